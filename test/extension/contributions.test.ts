// package.json and the extension code stay in sync: every declared command is registered (or is
// vigil.fixWithAI, reserved for the AI fix module), every registered command is declared, every
// setting read in config.ts is declared and every declared setting is read there. Settings are
// read nowhere else. Read as text: the extension imports 'vscode', which plain Node cannot load.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DEFAULT_SETTINGS } from '../../src/server/protocol';
import { REPO_ROOT } from '../helpers/engine';

const EXT = join(REPO_ROOT, 'src', 'extension');
const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
const AI_COMMAND = 'vigil.fixWithAI';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const full = join(dir, e);
    return statSync(full).isDirectory() ? sources(full) : /\.ts$/.test(e) ? [full] : [];
  });
}

function matchesIn(files: string[], re: RegExp): Set<string> {
  const out = new Set<string>();
  for (const f of files) for (const m of readFileSync(f, 'utf8').matchAll(re)) out.add(m[1]);
  return out;
}

describe('package.json contributions vs extension code', () => {
  const files = sources(EXT);
  const declaredCommands = new Set<string>(pkg.contributes.commands.map((c: { command: string }) => c.command));
  const registered = matchesIn(files, /registerCommand\(\s*'([^']+)'/g);

  it('registers every declared command (vigil.fixWithAI belongs to src/extension/aiFix)', () => {
    const aiFiles = files.filter((f) => relative(EXT, f).startsWith('aiFix'));
    const missing = [...declaredCommands].filter((c) => !registered.has(c) && !(c === AI_COMMAND && (aiFiles.length === 0 || matchesIn(aiFiles, /registerCommand\(\s*'([^']+)'/g).has(c))));
    assert.deepEqual(missing, []);
    assert.ok(registered.size >= 10, `found only ${registered.size} registrations: is the pattern still right?`);
  });

  it('registers each command once (a second registration makes activate() throw)', () => {
    const counts = new Map<string, number>();
    for (const f of files) for (const m of readFileSync(f, 'utf8').matchAll(/registerCommand\(\s*'([^']+)'/g)) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
    assert.deepEqual([...counts].filter(([, n]) => n > 1).map(([c]) => c), []);
  });

  it('declares every command the code registers', () => {
    assert.deepEqual([...registered].filter((c) => !declaredCommands.has(c)), []);
  });

  it('declares every command the server sends in code actions', () => {
    const serverCommands = matchesIn([join(REPO_ROOT, 'src', 'server', 'codeActions.ts')], /:\s*'(vigil\.[A-Za-z.]+)'/g);
    assert.deepEqual([...serverCommands].sort(), ['vigil.fixWithAI', 'vigil.showRuleDoc', 'vigil.suppress']);
    for (const c of serverCommands) assert.ok(declaredCommands.has(c), c);
  });

  it('reads exactly the declared settings, in config.ts only', () => {
    const configTs = join(EXT, 'config.ts');
    const read = matchesIn([configTs], /\b(?:get|get<[^>]+>|update)\(\s*'([a-zA-Z.]+)'/g);
    const declared = Object.keys(pkg.contributes.configuration.properties).map((k) => k.replace(/^vigil\./, ''));
    assert.deepEqual([...read].sort(), [...new Set(declared)].sort());
    // Any `vigil` section or sub-section ('vigil.ai' too) read elsewhere breaks the one-reader rule.
    const elsewhere = files.filter((f) => f !== configTs && /getConfiguration\(\s*(['"]vigil(\.[\w.]+)?['"]|SECTION)/.test(readFileSync(f, 'utf8')));
    assert.deepEqual(elsewhere.map((f) => relative(REPO_ROOT, f)), [], 'read settings through readConfig() in src/extension/config.ts');
  });

  it('falls back to the defaults package.json declares', () => {
    const text = readFileSync(join(EXT, 'config.ts'), 'utf8');
    const properties = pkg.contributes.configuration.properties;
    let checked = 0;
    for (const m of text.matchAll(/\bget\(\s*'([a-zA-Z.]+)',\s*([^)]+?)\s*\)/g)) {
      const [, key, expr] = m;
      const value = expr.startsWith('DEFAULT_SETTINGS.')
        ? (DEFAULT_SETTINGS as unknown as Record<string, unknown>)[expr.slice('DEFAULT_SETTINGS.'.length)]
        : JSON.parse(expr.replace(/\s+as\s+\w+$/, '').replace(/^'(.*)'$/, '"$1"'));
      assert.deepEqual(value, properties[`vigil.${key}`].default, key);
      checked++;
    }
    assert.equal(checked, Object.keys(properties).length);
  });

  it('activates on languages and commands, never on *', () => {
    const events: string[] = pkg.activationEvents;
    assert.ok(!events.includes('*'));
    assert.ok(events.includes('onLanguage:python') && events.includes('onCommand:vigil.scanWorkspace'));
    for (const c of declaredCommands) assert.ok(events.includes(`onCommand:${c}`), c);
  });

  it('restricts workspace-controlled settings in untrusted workspaces', () => {
    const restricted: string[] = pkg.capabilities.untrustedWorkspaces.restrictedConfigurations;
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, 'limited');
    for (const key of ['vigil.rulePacks', 'vigil.ai.baseUrl']) assert.ok(restricted.includes(key), key);
    for (const key of restricted) assert.ok(key in pkg.contributes.configuration.properties, key);
  });

  it('points main at the extension bundle and targets VS Code 1.100', () => {
    assert.equal(pkg.main, './dist/extension.js');
    assert.match(pkg.engines.vscode, /^\^1\.100\./);
  });
});
