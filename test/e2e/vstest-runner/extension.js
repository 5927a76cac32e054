// A throw-away VS Code extension that runs the extension-host suite (test/vscode/suite/*.vstest.js,
// written for @vscode/test-electron, which cannot download VS Code here) inside code-server's
// extension host, with the repository's mocha, and writes each test's outcome to a JSON file the
// e2e test reads. The e2e test copies the suite into Vigil's installed folder (`vstest/`) and
// passes mocha's path and the result file through code-server's environment.
const { readdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const vscode = require('vscode');

exports.activate = function activate() {
  const { VIGIL_VSTEST_MOCHA: mochaPath, VIGIL_VSTEST_RESULT: result } = process.env;
  const vigil = vscode.extensions.getExtension('vigil.vigil-security');
  if (!mochaPath || !result || !vigil) return;
  const dir = join(vigil.extensionPath, 'vstest');
  const tests = [];
  const write = (extra) => writeFileSync(result, JSON.stringify({ tests, ...extra }, null, 2));
  // Collects results instead of printing them: the extension host has no terminal.
  class Collect {
    constructor(runner) {
      runner.on('pass', (t) => tests.push({ title: t.fullTitle(), state: 'passed', ms: t.duration }));
      runner.on('fail', (t, err) => tests.push({ title: t.fullTitle(), state: 'failed', error: String(err && err.stack || err) }));
      runner.on('pending', (t) => tests.push({ title: t.fullTitle(), state: 'pending' }));
    }
  }
  // After activation returns: the suite activates Vigil and opens editors itself.
  setTimeout(() => {
    try {
      const loaded = require(mochaPath);
      const Mocha = typeof loaded === 'function' ? loaded : loaded.default ?? loaded.Mocha; // CJS or ESM build
      const mocha = new Mocha({ ui: 'bdd', timeout: 60000, reporter: Collect });
      for (const f of readdirSync(dir).filter((n) => n.endsWith('.vstest.js'))) mocha.addFile(join(dir, f));
      mocha.run((failures) => write({ done: true, failures }));
    } catch (err) {
      write({ done: true, failures: -1, error: String(err && err.stack || err) });
    }
  }, 0);
};
