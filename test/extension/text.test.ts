// The extension's vscode-free pieces: the suppression comment it inserts and the scan report.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { reportMarkdown } from '../../src/extension/reportMarkdown';
import { suppressionLine, validateReason } from '../../src/extension/suppressText';
import type { WorkspaceScanReport } from '../../src/server/protocol';
import { makeEngine } from '../helpers/engine';

describe('suppression comment', () => {
  it('goes on its own line with the finding line\'s indentation, in line-comment syntax', () => {
    assert.equal(suppressionLine('    return yaml.load(s)', { ruleId: 'py-yaml-unsafe-load', commentStart: '#', commentEnd: '' }, 'trusted build fixture'),
      '    # vigil-ignore: py-yaml-unsafe-load -- trusted build fixture\n');
    assert.equal(suppressionLine('\tx = eval(a);', { ruleId: 'js-eval-injection', commentStart: '//', commentEnd: '' }, 'a\nb'),
      '\t// vigil-ignore: js-eval-injection -- a b\n');
  });

  it('keeps a block comment closed: the reason cannot end it early', () => {
    assert.equal(suppressionLine('  a { }', { ruleId: 'css-x', commentStart: '/*', commentEnd: ' */' }, 'see */ ticket'),
      '  /* vigil-ignore: css-x -- see  ticket */\n');
  });

  it('is recognised by the engine as a suppression of that rule on the next line', async () => {
    const code = 'function f(req) {\n  return eval(req.q);\n}\n';
    const lines = code.split('\n');
    lines.splice(1, 0, suppressionLine(lines[1], { ruleId: 'js-eval-injection', commentStart: '//', commentEnd: '' }, 'sandboxed').replace(/\n$/, ''));
    const [finding] = await makeEngine().scanText(join('x', 'f.js'), 'javascript', lines.join('\n'));
    assert.equal(finding.ruleId, 'js-eval-injection');
    assert.deepEqual(finding.suppressed && { kind: finding.suppressed.kind, justification: finding.suppressed.justification }, { kind: 'inline', justification: 'sandboxed' });
  });

  it('asks for a real reason', () => {
    assert.ok(validateReason(''));
    assert.ok(validateReason('  '));
    assert.equal(validateReason('constant input'), undefined);
  });
});

describe('workspace scan report', () => {
  it('counts per severity, CWE, file and rule, and lists skipped files and rule errors', () => {
    const f = (file: string, cwe: string, ruleId: string, suppressed = false) => ({
      uri: `file:///w/${file}`, ruleId, severity: 'error' as const, message: 'm', cwe, owasp: 'A03:2021-Injection', line: 0, character: 0, endLine: 0, endCharacter: 1, suppressed,
    });
    const report: WorkspaceScanReport = {
      folders: ['file:///w'], filesScanned: 3, linesScanned: 120, durationMs: 1500, cancelled: false,
      findings: [f('a.js', 'CWE-95', 'js-eval-injection'), f('a.js', 'CWE-95', 'js-eval-injection'), f('b.py', 'CWE-502', 'py-yaml-unsafe-load'), f('c.py', 'CWE-502', 'py-yaml-unsafe-load', true)],
      bySeverity: { error: 3, warning: 0, info: 0 }, suppressed: 1,
      skipped: [{ uri: 'file:///w/big.js', reason: 'too-large', detail: '2048 KB > 1024 KB' }],
      ruleErrors: [{ file: '/w/.vigil/rules/bad.yaml', line: 3, column: 5, ruleId: 'bad', message: 'invalid query' }],
    };
    const md = reportMarkdown(report, (u) => u.replace('file:///w/', ''), new Date('2026-11-29T12:00:00Z'));
    assert.match(md, /\*\*3 findings\*\*: 3 error, 0 warning, 0 info; 1 suppressed; 1 files skipped; 1 rule errors\./);
    assert.match(md, /\| CWE-95 \| 2 \|\n\| CWE-502 \| 1 \|/);
    assert.match(md, /\| a\.js \| 2 \|\n\| b\.py \| 1 \|\n\n/, 'suppressed c.py is not counted per file');
    assert.match(md, /\| big\.js \| too-large \(2048 KB > 1024 KB\) \|/);
    assert.match(md, /`\/w\/\.vigil\/rules\/bad\.yaml:3:5` \(bad\): invalid query/);
    assert.match(md, /2026-11-29 12:00:00 UTC · 3 files, 120 lines in 1\.5 s/);
  });
});
