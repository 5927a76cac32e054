// The engine and the non-editor hosts run in plain Node: nothing under them may import 'vscode',
// not even a type-only import (a tsconfig `types` setting would not catch that).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPO_ROOT } from '../helpers/engine';

const HOST_FREE = ['src/engine', 'src/cli', 'src/server', 'src/mcp'];
const VSCODE_IMPORT = /(?:\bfrom\s*['"]vscode['"])|(?:\brequire\s*\(\s*['"]vscode['"]\s*\))|(?:\bimport\s*\(\s*['"]vscode['"]\s*\))|(?:\bimport\s+['"]vscode['"])/;

function tsFiles(dir: string): string[] {
  let out: string[] = [];
  let entries: string[] = [];
  try { entries = readdirSync(dir); } catch { return out; }
  for (const e of entries) {
    const full = join(dir, e);
    if (statSync(full).isDirectory()) out = out.concat(tsFiles(full));
    else if (/\.[cm]?tsx?$/.test(e)) out.push(full);
  }
  return out;
}

describe('architecture boundaries', () => {
  it('the detector itself catches each form of import', () => {
    for (const line of [`import * as vscode from 'vscode';`, `import type { Uri } from "vscode";`, `const v = require('vscode');`, `await import('vscode')`, `import 'vscode';`]) {
      assert.match(line, VSCODE_IMPORT, line);
    }
    assert.doesNotMatch(`import { x } from 'vscode-languageserver';`, VSCODE_IMPORT);
  });

  it('no file under the engine, CLI, server or MCP host imports vscode', () => {
    const offenders = HOST_FREE.flatMap((d) => tsFiles(join(REPO_ROOT, d)))
      .filter((f) => VSCODE_IMPORT.test(readFileSync(f, 'utf8')))
      .map((f) => relative(REPO_ROOT, f));
    assert.deepEqual(offenders, []);
    assert.ok(tsFiles(join(REPO_ROOT, 'src/engine')).length > 5, 'engine sources not found');
  });
});
