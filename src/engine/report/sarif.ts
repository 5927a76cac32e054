// SARIF 2.1.0 output for CI and code-scanning dashboards (GitHub conventions for tags and
// security-severity). Validated against the official schema in the test suite.
import { pathToFileURL } from 'node:url';
import type { Finding, Range, RuleLoadError, ScanSummary, Severity, TraceStep } from '../model';
import type { Rule } from '../rules/rule';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
/** GitHub's code-scanning buckets: ≥7 high, ≥4 medium, otherwise low. */
const SECURITY_SEVERITY: Record<Severity, string> = { error: '8.0', warning: '5.5', info: '3.0' };

export interface SarifOptions {
  rules: Rule[];
  /** Absolute workspace root; result URIs are relative to it (%SRCROOT%). */
  root: string;
  relativePath: (file: string) => string;
  version: string;
}

export function ruleHelpMarkdown(rule: Rule): string {
  const refs = rule.references.map((r) => `- ${r}`).join('\n');
  return [
    `**${rule.title}**`,
    '',
    rule.explanation.trim(),
    '',
    `${rule.cwe} · OWASP ${rule.owasp}`,
    refs ? `\n**References**\n${refs}` : '',
  ].join('\n');
}

export function toSarif(summary: ScanSummary, options: SarifOptions): object {
  const findings = summary.files.flatMap((f) => f.findings);
  // Every rule in force is listed (dashboards show what was checked), in a stable order.
  const rules = options.rules;
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const region = (range: Range, snippet?: string) => ({
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
    ...(snippet !== undefined ? { snippet: { text: snippet } } : {}),
  });
  const location = (file: string, range: Range, snippet?: string, message?: string) => ({
    physicalLocation: { artifactLocation: { uri: encodeUri(options.relativePath(file)), uriBaseId: '%SRCROOT%' }, region: region(range, snippet) },
    ...(message ? { message: { text: message } } : {}),
  });
  const codeFlow = (f: Finding, trace: TraceStep[]) => ({
    threadFlows: [{ locations: trace.map((s) => ({ location: location(f.file, s.range, s.snippet, s.message), kinds: [s.kind === 'step' ? 'taint' : s.kind] })) }],
  });
  const results = findings.map((f) => ({
    ruleId: f.ruleId,
    ruleIndex: index.get(f.ruleId) ?? -1,
    level: LEVEL[f.severity],
    message: { text: `${f.message} (${f.cwe})` },
    locations: [location(f.file, f.range, f.snippet)],
    partialFingerprints: { 'vigilFingerprint/v1': f.fingerprint },
    ...(f.trace?.length ? { codeFlows: [codeFlow(f, f.trace)] } : {}),
    ...(f.suppressed
      ? { suppressions: [{ kind: f.suppressed.kind === 'inline' ? 'inSource' : 'external', status: 'accepted', justification: f.suppressed.justification || 'no justification given' }] }
      : {}),
    properties: { confidence: f.confidence, owasp: f.owasp },
  }));
  const notifications = [
    ...summary.ruleErrors.map((e) => notification('error', describeRuleError(e))),
    ...summary.skipped.map((s) => notification('note', `skipped ${options.relativePath(s.file)}: ${s.reason}${s.detail ? ` (${s.detail})` : ''}`)),
  ];
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Vigil',
            semanticVersion: options.version,
            informationUri: 'https://example.invalid/vigil',
            rules: rules.map((r) => ({
              id: r.id,
              name: r.id.replace(/[^A-Za-z0-9]+(.)/g, (_, c: string) => c.toUpperCase()),
              shortDescription: { text: r.title },
              fullDescription: { text: r.explanation.trim() },
              help: { text: r.explanation.trim(), markdown: ruleHelpMarkdown(r) },
              ...(r.references[0] ? { helpUri: r.references[0] } : {}),
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: {
                tags: ['security', `external/cwe/${r.cwe.toLowerCase()}`, `owasp-${r.owasp.slice(0, 3).toLowerCase()}`, ...r.tags],
                'security-severity': SECURITY_SEVERITY[r.severity],
                precision: r.confidence === 'high' ? 'high' : r.confidence === 'medium' ? 'medium' : 'low',
                problem: { severity: r.severity === 'info' ? 'recommendation' : r.severity },
              },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(options.root).href.replace(/\/?$/, '/') } },
        columnKind: 'utf16CodeUnits',
        invocations: [{ executionSuccessful: summary.ruleErrors.length === 0 && !summary.cancelled, toolExecutionNotifications: notifications }],
        results,
      },
    ],
  };
}

function notification(level: 'error' | 'note', text: string) {
  return { level, message: { text } };
}

export function describeRuleError(e: RuleLoadError): string {
  const where = e.line ? `${e.file}:${e.line}${e.column ? `:${e.column}` : ''}` : e.file;
  return `${where}: ${e.ruleId ? `rule ${e.ruleId}: ` : ''}${e.message}`;
}

function encodeUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
