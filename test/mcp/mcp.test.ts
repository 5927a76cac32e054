// The MCP host through a real MCP client over stdio (the SDK's own client), as an agent uses it.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { DEMO_APP, REPO_ROOT } from '../helpers/engine';

type ToolText = { content: Array<{ type: string; text: string }>; isError?: boolean };

describe('vigil mcp', function () {
  this.timeout(30000);
  let client: Client;

  before(async () => {
    client = new Client({ name: 'vigil-test', version: '1.0.0' });
    await client.connect(new StdioClientTransport({ command: process.execPath, args: [join(REPO_ROOT, 'bin', 'vigil.js'), 'mcp', '--root', DEMO_APP], stderr: 'pipe' }));
  });
  after(async () => { await client.close(); });

  const call = async (name: string, args: Record<string, unknown>) => {
    const r = (await client.callTool({ name, arguments: args })) as ToolText;
    return { ...r, json: r.isError ? undefined : JSON.parse(r.content[0].text) };
  };

  it('lists its tools with input schemas', async () => {
    const { tools } = await client.listTools();
    assert.deepEqual(tools.map((t) => t.name).sort(), ['vigil_explain_rule', 'vigil_list_rules', 'vigil_scan_code', 'vigil_scan_paths']);
    for (const t of tools) assert.equal(t.inputSchema.type, 'object');
  });

  it('scans unsaved code an agent is about to write', async () => {
    const r = await call('vigil_scan_code', { path: 'tools/convert.py', text: 'import yaml\n\ndef read(s):\n    return yaml.load(s)\n' });
    assert.equal(r.json.language, 'python');
    assert.deepEqual(r.json.findings.map((f: { ruleId: string; line: number; cwe: string }) => [f.ruleId, f.line, f.cwe]), [['py-yaml-unsafe-load', 4, 'CWE-502']]);
    assert.equal(r.json.findings[0].fix.replacement[0], 'safe_load');
  });

  it('scans workspace files and reports suppressed findings as such', async () => {
    const r = await call('vigil_scan_paths', { paths: ['web'] });
    const evals = r.json.findings.filter((f: { ruleId: string }) => f.ruleId === 'js-eval-injection');
    assert.ok(evals.some((f: { suppressed: string | null }) => f.suppressed === 'inline'));
    assert.ok(evals.some((f: { suppressed: string | null; file: string }) => f.suppressed === null && f.file === 'web/server.js'));
  });

  it('refuses paths outside the workspace', async () => {
    for (const [tool, args] of [['vigil_scan_code', { path: '../../../etc/passwd.py' }], ['vigil_scan_paths', { paths: ['/etc'] }]] as const) {
      const r = await call(tool, args);
      assert.equal(r.isError, true, tool);
      assert.match(r.content[0].text, /outside the workspace/);
    }
  });

  it('explains and lists rules', async () => {
    const list = await call('vigil_list_rules', { language: 'python' });
    assert.ok(list.json.rules.some((r: { id: string }) => r.id === 'py-yaml-unsafe-load'));
    assert.ok(list.json.rules.every((r: { languages: string[] }) => r.languages.includes('python')));
    const doc = await call('vigil_explain_rule', { ruleId: 'js-eval-injection' });
    assert.match(doc.json.markdown, /CWE-95/);
    const missing = await call('vigil_explain_rule', { ruleId: 'nope' });
    assert.equal(missing.isError, true);
  });
});
