// Vigil in a real VS Code (code-server 4.100.3 = VS Code 1.100.3, driven in headless chromium):
// the packaged .vsix installed into a fresh profile, a copy of test/fixtures/demo-app opened, and
// a developer's steps done with the mouse and keyboard. See docs/TESTING.md for how it runs, skips
// and what it needs. One VS Code session serves all scenarios (start-up is the expensive part);
// each scenario navigates to what it needs by itself.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { resetArtifacts, saveLogs } from './harness/artifacts';
import { FakeAnthropic } from '../fix/fake-anthropic';
import { cliFindings } from './harness/cliOracle';
import { CodeServer } from './harness/codeServer';
import { DEMO_APP, REPO_ROOT } from './harness/paths';
import { poll } from './harness/poll';
import { announceSkip, ensurePrerequisites, E2E_REQUIRED } from './harness/prerequisites';
import { buildVsix } from './harness/vsix';
import { Workbench, type ListRow } from './harness/workbench';

interface RuleDoc { id: string; cwe: string; explanation: string; fix?: { title: string } }

function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

/** The marker rows (level 2) under a file's row in the Problems panel. */
function markersOf(rows: ListRow[], file: string): string[] {
  const start = rows.findIndex((r) => r.level === 1 && r.resource === file);
  if (start < 0) return [];
  const end = rows.findIndex((r, i) => i > start && r.level === 1);
  return rows.slice(start + 1, end < 0 ? undefined : end).map((r) => r.ariaLabel);
}

/** One-based number of the line containing `text` in a file on disk. */
function lineNumber(file: string, text: string): number {
  const index = readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(text));
  assert.ok(index >= 0, `${file} has a line with "${text}"`);
  return index + 1;
}

function rule(relPath: string): RuleDoc {
  return parseYaml(readFileSync(join(REPO_ROOT, 'rules', relPath), 'utf8')) as RuleDoc;
}

/** Markdown source → the words a reader sees in the rendered hover. */
function plainWords(markdown: string): string {
  return markdown.replace(/[`*_]/g, '').replace(/\s+/g, ' ').trim();
}

const YAML_RULE = rule('python/py-yaml-unsafe-load.yaml');
const IMPORTER = 'worker/importer.py';
const UNSAFE_LINE = 'return yaml.load(stream)';
const SERVER_JS = 'web/server.js';
const EVAL_LINE = 'const value = eval(req.query.expr);';
/** What the fake model proposes for the eval finding (passes the gate: JSON.parse is a postcondition shape). */
const AI_FIX = {
  edits: [{ old_text: EVAL_LINE, new_text: 'const value = JSON.parse(req.query.expr);' }],
  explanation: 'Parse the submitted value as JSON data instead of running it as JavaScript.',
};

/** VS Code settings of the throw-away profile: nothing that pops up, phones home or asks. */
function userSettings(extra: Record<string, unknown>): Record<string, unknown> {
  return {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'security.workspace.trust.enabled': false,
    'security.workspace.trust.startupPrompt': 'never',
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'extensions.ignoreRecommendations': true,
    'update.mode': 'none',
    'git.enabled': false,
    // Built-in JS/TS diagnostics would mix with Vigil's in the Problems panel.
    'javascript.validate.enable': false,
    'typescript.validate.enable': false,
    'editor.hover.delay': 200,
    // Below the line, so screenshots show the flagged code's function and the explanation.
    'editor.hover.above': false,
    'files.autoSave': 'off',
    ...extra,
  };
}

describe('Vigil in real VS Code (code-server + chromium, e2e)', function () {
  this.timeout(60000);
  let server: CodeServer | undefined;
  let wb: Workbench | undefined;
  let fake: FakeAnthropic | undefined;
  let failed = false;

  before(async function () {
    this.timeout(240000); // includes a first-time code-server install (~50 s) and the .vsix build
    const readiness = ensurePrerequisites();
    if (!readiness.ready) {
      if (E2E_REQUIRED) throw new Error(`VIGIL_E2E_REQUIRED=1 but the e2e suite cannot run: ${readiness.reason}`);
      announceSkip(readiness.reason);
      this.skip();
    }
    resetArtifacts();
    const started = Date.now();
    const lap = (what: string) => console.log(`      e2e: ${what} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const vsix = buildVsix();
    lap('.vsix built');
    fake = new FakeAnthropic();
    const aiBaseUrl = await fake.start();
    server = await CodeServer.start({
      vsix,
      workspaceSource: DEMO_APP,
      settings: userSettings({ 'vigil.ai.baseUrl': aiBaseUrl }),
    });
    lap('code-server up with the .vsix installed');
    wb = await Workbench.open(server.url, join(server.scratch, 'browser-profile'), join(server.scratch, 'browser-home'));
    lap('workbench loaded in chromium');
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') {
      failed = true;
      await wb?.screenshot(`FAILED-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 60)}`).catch(() => undefined);
    }
  });

  after(async function () {
    this.timeout(30000);
    if (server && failed) console.log(`      e2e logs saved in ${saveLogs(server.logFile, server.userDataDir)}`);
    await wb?.close();
    await server?.stop();
    await fake?.close();
  });

  it('marks a vulnerable line as you open it, and the hover explains the rule with its CWE', async () => {
    await wb!.openFromExplorer(IMPORTER);
    const squiggle = await wb!.waitForSquiggleOn(UNSAFE_LINE);
    const hover = await wb!.hoverAndRead(squiggle, new RegExp(YAML_RULE.cwe));
    await wb!.screenshot('hover-yaml-load');
    assert.match(hover, new RegExp(`\\b${YAML_RULE.cwe}\\b`), 'hover names the CWE');
    const firstSentence = plainWords(YAML_RULE.explanation).split('. ')[0];
    assert.ok(plainWords(hover).includes(firstSentence),
      `hover shows the rule's explanation ("${firstSentence}"); it showed:\n${hover}`);
    // The safe look-alike two functions below is not flagged.
    assert.equal(await wb!.squiggleOn('return yaml.safe_load(stream)'), undefined, 'safe_load is not flagged');
  });

  it('Scan Workspace (Ctrl+Shift+P) lists every finding, across languages, in Problems and the Findings view', async () => {
    await wb!.runCommand('Vigil: Scan Workspace');
    const expected = cliFindings(server!.workspace);
    const languages = new Set(expected.map((f) => f.languageId));
    assert.ok(languages.size >= 2, `the demo app should have findings in several languages; the CLI found ${[...languages]}`);

    // Problems panel: one file row per file with findings ("N problems in file X of folder Y"),
    // then one row per marker ("Error: message (CWE-n) at line L and character C. generated by Vigil").
    const expectedFiles = countBy(expected, (f) => f.file);
    let shown: Record<string, number> = {};
    let rows: ListRow[] = [];
    await poll('the Problems panel to list the files the CLI reports', async () => {
      rows = await wb!.problemRows();
      shown = Object.fromEntries(rows.filter((r) => r.level === 1).map((r) => [
        relative(server!.workspace, r.resource).replace(/\\/g, '/'),
        Number(/^(\d+) problems?/.exec(r.ariaLabel)?.[1] ?? NaN),
      ]));
      return isDeepStrictEqual(shown, expectedFiles);
    }, 45000, 1000).catch(() => undefined);
    await wb!.screenshot('problems-panel');
    assert.deepEqual(shown, expectedFiles, 'Problems panel files and counts = CLI findings');
    for (const f of expected) {
      const markers = markersOf(rows, join(server!.workspace, f.file));
      assert.ok(markers.some((m) => m.includes(`(${f.cwe})`) && m.includes(`at line ${f.line} `) && /Vigil$/.test(m)),
        `Problems shows ${f.ruleId} at ${f.file}:${f.line}; rows for the file:\n${markers.join('\n')}`);
    }

    // Findings view (grouped by severity by default): a row per finding, described "file:line · rule".
    const tree = await wb!.viewRows('Vigil: Focus on Findings View', 'workbench.view.extension.vigil');
    await wb!.screenshot('findings-view');
    const findingRows = tree.filter((r) => r.level === 2);
    assert.equal(findingRows.length, expected.length, `Findings view rows:\n${tree.map((r) => r.ariaLabel).join('\n')}`);
    for (const f of expected) {
      assert.ok(findingRows.some((r) => r.description.includes(`${f.file}:${f.line}`) && r.description.includes(f.ruleId)),
        `Findings view lists ${f.ruleId} at ${f.file}:${f.line}`);
    }
    const groups = tree.filter((r) => r.level === 1);
    assert.deepEqual(Object.fromEntries(groups.map((g) => [g.label, Number(g.description)])), countBy(expected, (f) => f.severity),
      'severity groups and their counts');
  });

  it('applies the deterministic fix from Ctrl+. and the squiggle goes away', async () => {
    await wb!.openFromExplorer(IMPORTER);
    await wb!.waitForSquiggleOn(UNSAFE_LINE);
    await wb!.placeCursorOnSquiggle(UNSAFE_LINE, lineNumber(join(server!.workspace, IMPORTER), UNSAFE_LINE));
    const applied = await wb!.applyCodeAction(/^Use yaml\.safe_load$/);
    assert.equal(applied, 'Use yaml.safe_load');
    const text = await poll('the editor to show the fixed line', async () => {
      const t = await wb!.visibleText();
      return t.includes('def load_manifest(stream):\n    return yaml.safe_load(stream)') ? t : undefined;
    }, 15000);
    assert.doesNotMatch(text, /yaml\.load\(/, 'no unsafe yaml.load left');
    await poll('the squiggle to go away', async () => (await wb!.squiggleOn('return yaml.safe_load(stream)')) === undefined, 15000);
    await wb!.screenshot('fixed-yaml-load');
    // Saved to disk (in the scratch copy of the demo app) exactly as shown.
    await wb!.page.keyboard.press('Control+S');
    const onDisk = await poll('the fix to be saved', async () => {
      const content = readFileSync(join(server!.workspace, IMPORTER), 'utf8');
      return content.includes('yaml.load(') ? undefined : content;
    }, 10000);
    assert.equal(onDisk.match(/yaml\.safe_load\(stream\)/g)?.length, 2);
  });

  it('Fix with AI (verified)…: key through the command, consent, diff preview with receipt, apply', async () => {
    // The demo's API token is outside the function being fixed: it must never reach the model.
    const apiToken = /API_TOKEN = '([^']+)'/.exec(readFileSync(join(DEMO_APP, SERVER_JS), 'utf8'))?.[1];
    assert.ok(apiToken, 'the demo app plants an API token in web/server.js');
    fake!.forbidden = [apiToken];
    fake!.script({ kind: 'tool', input: AI_FIX });

    await wb!.runCommand('Vigil: Set Anthropic API Key');
    await wb!.answerInputBox(fake!.apiKey, /Anthropic API key/i);

    await wb!.openFromExplorer(SERVER_JS);
    await wb!.waitForSquiggleOn(EVAL_LINE);
    await wb!.placeCursorOnSquiggle(EVAL_LINE, lineNumber(join(server!.workspace, SERVER_JS), EVAL_LINE));
    await wb!.applyCodeAction(/^Fix with AI \(verified\)/);

    const consent = await wb!.waitForDialog(/Send code to the AI model\?/);
    assert.match(consent.detail, /Anthropic/);
    await wb!.screenshot('ai-consent');
    await wb!.pressDialogButton('Send');

    const proposal = await wb!.waitForDialog(/Apply the verified AI fix\?/, 60000);
    const fixedLine = wb!.page.locator('.monaco-diff-editor .editor.modified .view-line', { hasText: AI_FIX.edits[0].new_text });
    await poll('the diff preview to show the fixed line', async () => (await fixedLine.count()) > 0, 20000);
    await wb!.screenshot('ai-diff-and-receipt');
    assert.match(proposal.detail, /Verification receipt \([^)]*\): ACCEPTED/);
    assert.match(proposal.detail, /\[PASS\]/);
    assert.doesNotMatch(proposal.detail, /\[FAIL\]/);
    assert.ok(proposal.detail.includes(AI_FIX.explanation), `the receipt shows the model's explanation:\n${proposal.detail}`);
    assert.equal(readFileSync(join(server!.workspace, SERVER_JS), 'utf8').includes(EVAL_LINE), true, 'nothing applied before the user says so');

    await wb!.pressDialogButton('Apply fix');
    await wb!.openFromExplorer(SERVER_JS);
    const text = await poll('the editor to show the AI fix', async () => {
      const t = await wb!.visibleText();
      return t.includes(AI_FIX.edits[0].new_text) ? t : undefined;
    }, 20000);
    assert.ok(!text.includes(EVAL_LINE), 'the eval line is gone');
    await poll('the eval squiggle to go away', async () => (await wb!.squiggleOn(AI_FIX.edits[0].new_text)) === undefined, 20000);
    await wb!.screenshot('ai-applied');

    assert.equal(fake!.requests.length, 1, 'one request to the model');
    assert.equal(fake!.requests[0].headers.authorization, `Bearer ${fake!.apiKey}`, 'the key set through the command (SecretStorage) was used');
    assert.deepEqual(fake!.violations, [], 'no planted secret reached the model');
    assert.equal(fake!.pending, 0);
  });
});
