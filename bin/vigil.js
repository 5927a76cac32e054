#!/usr/bin/env node
// The `vigil` command: a thin launcher for the bundled CLI in dist/.
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const cli = join(__dirname, '..', 'dist', 'cli.js');
if (!existsSync(cli)) {
  console.error("vigil: dist/cli.js is missing; run 'npm run build' first");
  process.exit(2);
}
require(cli).runCli();
