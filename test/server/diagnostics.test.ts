// Finding -> diagnostic and hover text, for the parts the built-in pattern rules do not exercise:
// taint traces (relatedInformation, hover steps), severities, filtering, links.
import assert from 'node:assert/strict';
import type { Finding, Rule } from '../../src/engine';
import { isShown, toDiagnostic, toDiagnostics } from '../../src/server/diagnostics';
import { cweUrl, hoverMarkdown, owaspUrl } from '../../src/server/ruleDocs';

const range = (line: number, a: number, b: number) => ({ start: { line, character: a }, end: { line, character: b } });

function finding(over: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'js-sql-injection', severity: 'error', confidence: 'high', message: 'SQL built from a request value', cwe: 'CWE-89',
    owasp: 'A03:2021-Injection', file: '/w/a.js', languageId: 'javascript', range: range(9, 2, 30), startIndex: 200, endIndex: 228,
    snippet: 'db.query(sql)', fingerprint: 'f'.repeat(32), scope: 'handler',
    trace: [
      { kind: 'source', message: 'request parameter', range: range(3, 14, 27), snippet: 'req.query.id' },
      { kind: 'step', message: 'concatenated into sql', range: range(5, 8, 40), snippet: "'SELECT * FROM t WHERE id=' + id" },
      { kind: 'sink', message: 'executed as SQL', range: range(9, 2, 30), snippet: 'db.query(sql)' },
    ],
    ...over,
  };
}

describe('diagnostics and hover text', () => {
  it('turns a taint trace into related information on the same document', () => {
    const d = toDiagnostic(finding(), 'file:///w/a.js', 7);
    assert.deepEqual(d.relatedInformation?.map((r) => [r.location.range.start.line, r.message]), [[3, 'source: request parameter'], [5, 'step: concatenated into sql'], [9, 'sink: executed as SQL']]);
    assert.ok(d.relatedInformation?.every((r) => r.location.uri === 'file:///w/a.js'));
    assert.equal(d.message, 'SQL built from a request value (CWE-89)');
    assert.deepEqual(d.data, { ruleId: 'js-sql-injection', fingerprint: 'f'.repeat(32), version: 7 });
    assert.equal(toDiagnostic(finding({ trace: undefined }), 'file:///w/a.js', 1).relatedInformation, undefined);
  });

  it('maps severities and drops suppressed findings and those below the minimum', () => {
    assert.deepEqual(['error', 'warning', 'info'].map((severity) => toDiagnostic(finding({ severity: severity as Finding['severity'] }), 'u', 1).severity), [1, 2, 3]);
    const list = [finding(), finding({ severity: 'info', fingerprint: 'b' }), finding({ suppressed: { kind: 'inline', justification: 'ok' }, fingerprint: 'c' })];
    assert.deepEqual(toDiagnostics(list, 'u', 1, 'info').map((d) => (d.data as { fingerprint: string }).fingerprint), ['f'.repeat(32), 'b']);
    assert.deepEqual(toDiagnostics(list, 'u', 1, 'warning').length, 1);
    assert.equal(isShown(finding({ suppressed: { kind: 'baseline', justification: '' } }), 'info'), false);
  });

  it('shows the trace steps and links in the hover', () => {
    const rule = { id: 'js-sql-injection', title: 'SQL injection', explanation: 'Use placeholders.', fixGuidance: 'Pass values as parameters.', references: [] } as unknown as Rule;
    const md = hoverMarkdown(finding(), rule);
    assert.match(md, /^\*\*SQL injection\*\* · error · \[CWE-89\]\(https:\/\/cwe\.mitre\.org\/data\/definitions\/89\.html\) · \[A03:2021-Injection\]\(https:\/\/owasp\.org\/Top10\/A03_2021-Injection\/\)/);
    assert.match(md, /\*\*Data flow\*\*\n\n1\. \*source\* line 4: request parameter ` req\.query\.id `\n2\. \*step\* line 6: concatenated into sql ` 'SELECT \* FROM t WHERE id=' \+ id `\n3\. \*sink\* line 10/);
    assert.match(md, /\*\*How to fix\*\*\n\nPass values as parameters\./);
  });

  it('builds stable CWE and OWASP links, and none for malformed ids', () => {
    assert.equal(cweUrl('CWE-502'), 'https://cwe.mitre.org/data/definitions/502.html');
    assert.equal(cweUrl('89'), undefined);
    assert.equal(owaspUrl('A10:2021-Server-Side Request Forgery'), 'https://owasp.org/Top10/A10_2021-Server-Side_Request_Forgery_%28SSRF%29/');
    assert.equal(owaspUrl('A08:2021-Software and Data Integrity Failures'), 'https://owasp.org/Top10/A08_2021-Software_and_Data_Integrity_Failures/');
    assert.equal(owaspUrl('A03:2017-Sensitive Data Exposure'), undefined);
    assert.equal(owaspUrl('Injection'), undefined);
  });
});
