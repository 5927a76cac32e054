// The extension in a real editor: activation, diagnostics from the bundled server, the quick fix,
// suppression, rule docs, the workspace scan and its report. Reusable by the code-server e2e suite.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'vigil.vigil-security';

function folder(): vscode.Uri {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, 'the runner opens a workspace folder');
  return f.uri;
}

async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 20000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0)) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function vigilDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Vigil');
}

describe('Vigil extension', () => {
  before(async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is installed`);
    await ext.activate();
  });

  it('registers its commands (vigil.fixWithAI comes from the AI fix module)', async () => {
    const all = await vscode.commands.getCommands(true);
    for (const c of ['vigil.scanWorkspace', 'vigil.showReport', 'vigil.setApiKey', 'vigil.clearApiKey', 'vigil.clearFindings', 'vigil.enable', 'vigil.disable', 'vigil.suppress', 'vigil.showRuleDoc']) {
      assert.ok(all.includes(c), c);
    }
  });

  it('shows a diagnostic with rule id, CWE link and source while the file is open', async () => {
    const uri = vscode.Uri.joinPath(folder(), 'app.js');
    await vscode.window.showTextDocument(uri);
    const [d] = await until('eval diagnostic', () => vigilDiagnostics(uri));
    assert.equal(d.range.start.line, 3);
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.match(d.message, /CWE-95/);
    const code = d.code as { value: string; target: vscode.Uri };
    assert.equal(code.value, 'js-eval-injection');
    assert.equal(code.target.toString(true), 'https://cwe.mitre.org/data/definitions/95.html');
  });

  it('applies the preferred quick fix', async () => {
    const uri = vscode.Uri.joinPath(folder(), 'job.py');
    const editor = await vscode.window.showTextDocument(uri);
    const [d] = await until('yaml diagnostic', () => vigilDiagnostics(uri));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range);
    const fix = actions.find((a) => a.isPreferred && a.edit);
    assert.ok(fix, 'preferred fix offered');
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    assert.match(editor.document.getText(), /yaml\.safe_load\(stream\)/);
    await until('diagnostic gone', () => (vigilDiagnostics(uri).length === 0 ? true : undefined));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('suppresses with a justification as one edit above the finding', async () => {
    const uri = vscode.Uri.joinPath(folder(), 'app.js');
    const editor = await vscode.window.showTextDocument(uri);
    const [d] = await until('eval diagnostic', () => vigilDiagnostics(uri));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range);
    const suppress = actions.find((a) => a.command?.command === 'vigil.suppress');
    assert.ok(suppress?.command);
    const original = vscode.window.showInputBox;
    (vscode.window as { showInputBox: unknown }).showInputBox = async () => 'expression comes from our own admin console';
    try {
      assert.equal(await vscode.commands.executeCommand(suppress.command.command, ...(suppress.command.arguments ?? [])), true);
    } finally {
      (vscode.window as { showInputBox: unknown }).showInputBox = original;
    }
    assert.equal(editor.document.lineAt(3).text, '  // vigil-ignore: js-eval-injection -- expression comes from our own admin console');
    await until('suppressed diagnostic gone', () => (vigilDiagnostics(uri).length === 0 ? true : undefined));
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.lineAt(3).text, '  const result = eval(req.query.expr);');
  });

  it('scans the workspace and reports it', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const report = await vscode.commands.executeCommand<{ filesScanned: number; findings: Array<{ ruleId: string }> } | undefined>('vigil.scanWorkspace');
    assert.ok(report);
    assert.equal(report.filesScanned, 2);
    assert.deepEqual(report.findings.map((f) => f.ruleId).sort(), ['js-eval-injection', 'py-yaml-unsafe-load']);
    await until('diagnostics of a closed file', () => vigilDiagnostics(vscode.Uri.joinPath(folder(), 'job.py')));
    await vscode.commands.executeCommand('vigil.showReport');
    await vscode.commands.executeCommand('vigil.clearFindings');
    await until('cleared', () => (vigilDiagnostics(vscode.Uri.joinPath(folder(), 'job.py')).length === 0 ? true : undefined));
  });
});
