// Findings -> LSP diagnostics. Suppressed findings and those below the minimum severity are not
// shown (they still count in reports); every diagnostic carries the version it was computed for.
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import { SEVERITY_RANK, type Finding, type Severity } from '../engine';
import type { DiagnosticData } from './protocol';
import { cweUrl } from './ruleDocs';

export const SOURCE = 'Vigil';

const LSP_SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function isShown(finding: Finding, minimum: Severity): boolean {
  return !finding.suppressed && SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[minimum];
}

export function toDiagnostic(finding: Finding, uri: string, version: number): Diagnostic {
  const href = cweUrl(finding.cwe);
  const data: DiagnosticData = { ruleId: finding.ruleId, fingerprint: finding.fingerprint, version };
  const related: DiagnosticRelatedInformation[] = (finding.trace ?? []).map((step) => ({
    location: { uri, range: step.range },
    message: `${step.kind}: ${step.message}`,
  }));
  return {
    range: finding.range,
    severity: LSP_SEVERITY[finding.severity],
    code: finding.ruleId,
    ...(href ? { codeDescription: { href } } : {}),
    source: SOURCE,
    message: finding.message.includes(finding.cwe) ? finding.message : `${finding.message} (${finding.cwe})`,
    ...(related.length ? { relatedInformation: related } : {}),
    data,
  };
}

export function toDiagnostics(findings: Finding[], uri: string, version: number, minimum: Severity): Diagnostic[] {
  return findings.filter((f) => isShown(f, minimum)).map((f) => toDiagnostic(f, uri, version));
}

export function isVigilData(data: unknown): data is DiagnosticData {
  const d = data as DiagnosticData | undefined;
  return !!d && typeof d.ruleId === 'string' && typeof d.fingerprint === 'string' && typeof d.version === 'number';
}
