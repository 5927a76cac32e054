// Human documentation of a rule, as markdown: shown on hover (short form) and by "Show rule
// documentation" (long form). Links go to stable public pages (MITRE CWE, OWASP Top 10 2021).
import type { Finding, Rule, TraceStep } from '../engine';

/** https://cwe.mitre.org/data/definitions/89.html for "CWE-89"; undefined when the id is malformed. */
export function cweUrl(cwe: string): string | undefined {
  const m = /^CWE-(\d+)$/i.exec(cwe.trim());
  return m ? `https://cwe.mitre.org/data/definitions/${m[1]}.html` : undefined;
}

/** The OWASP Top 10 2021 pages by category (their slugs are not derivable: A10 ends in "(SSRF)"). */
const OWASP_2021: Record<string, string> = {
  A01: 'A01_2021-Broken_Access_Control',
  A02: 'A02_2021-Cryptographic_Failures',
  A03: 'A03_2021-Injection',
  A04: 'A04_2021-Insecure_Design',
  A05: 'A05_2021-Security_Misconfiguration',
  A06: 'A06_2021-Vulnerable_and_Outdated_Components',
  A07: 'A07_2021-Identification_and_Authentication_Failures',
  A08: 'A08_2021-Software_and_Data_Integrity_Failures',
  A09: 'A09_2021-Security_Logging_and_Monitoring_Failures',
  A10: 'A10_2021-Server-Side_Request_Forgery_%28SSRF%29',
};

/** https://owasp.org/Top10/A03_2021-Injection/ for "A03:2021-Injection"; undefined when not a 2021 category. */
export function owaspUrl(owasp: string): string | undefined {
  const m = /^(A\d\d):2021\b/.exec(owasp.trim());
  const slug = m && OWASP_2021[m[1]];
  return slug ? `https://owasp.org/Top10/${slug}/` : undefined;
}

function link(label: string, url: string | undefined): string {
  const text = label.replace(/[[\]\\]/g, '\\$&');
  return url ? `[${text}](${url})` : text;
}

/** Escapes markdown punctuation in text that comes from code or rule files. */
export function escape(text: string): string {
  return text.replace(/([\\`*[\]|<>])/g, '\\$1');
}

function codeSpan(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const fence = oneLine.includes('`') ? '``' : '`';
  return `${fence} ${oneLine} ${fence}`;
}

export function traceMarkdown(trace: TraceStep[] | undefined): string[] {
  if (!trace?.length) return [];
  return [
    '**Data flow**',
    '',
    ...trace.map((s, i) => `${i + 1}. *${s.kind}* line ${s.range.start.line + 1}: ${escape(s.message)}${s.snippet ? ` ${codeSpan(s.snippet)}` : ''}`),
    '',
  ];
}

function howToFix(rule: Rule | undefined, finding?: Finding): string[] {
  const lines: string[] = [];
  if (finding?.fix) lines.push(`Quick fix available: **${escape(finding.fix.title)}** (Ctrl+. / Cmd+.)`, '');
  else if (rule?.fix) lines.push(`Rule fix: **${escape(rule.fix.title)}**`, '');
  if (rule?.fixGuidance) lines.push(rule.fixGuidance.trim(), '');
  return lines.length ? ['**How to fix**', '', ...lines] : [];
}

/** The hover for one finding: what, why, where the data came from, how to fix. */
export function hoverMarkdown(finding: Finding, rule: Rule | undefined): string {
  return [
    `**${escape(rule?.title ?? finding.ruleId)}** · ${finding.severity} · ${link(finding.cwe, cweUrl(finding.cwe))} · ${link(finding.owasp, owaspUrl(finding.owasp))}`,
    '',
    escape(finding.message),
    '',
    ...(rule?.explanation ? [rule.explanation.trim(), ''] : []),
    ...traceMarkdown(finding.trace),
    ...howToFix(rule, finding),
    `*Vigil rule \`${finding.ruleId}\`, confidence ${finding.confidence}.*`,
  ].join('\n');
}

/** The full documentation page of a rule. */
export function ruleDocMarkdown(rule: Rule): string {
  return [
    `# ${escape(rule.title)}`,
    '',
    `| | |`,
    `|---|---|`,
    `| Rule | \`${rule.id}\` |`,
    `| Severity | ${rule.severity} |`,
    `| Confidence | ${rule.confidence} |`,
    `| CWE | ${link(rule.cwe, cweUrl(rule.cwe))} |`,
    `| OWASP Top 10 | ${link(rule.owasp, owaspUrl(rule.owasp))} |`,
    `| Languages | ${rule.languages.join(', ')} |`,
    `| Kind | ${rule.taint ? 'taint (source → sink)' : 'pattern'} |`,
    `| Pack | ${escape(rule.pack)} |`,
    '',
    '## Why it matters',
    '',
    rule.explanation.trim(),
    '',
    ...(rule.fix || rule.fixGuidance ? ['## How to fix', '', ...(rule.fix ? [`Vigil offers a quick fix: **${escape(rule.fix.title)}**.`, ''] : []), ...(rule.fixGuidance ? [rule.fixGuidance.trim(), ''] : [])] : []),
    '## Suppressing it',
    '',
    `Add \`vigil-ignore: ${rule.id} -- <reason>\` in a comment on the line or alone on the line above.`,
    '',
    ...(rule.references.length ? ['## References', '', ...rule.references.map((r) => `- <${r}>`), ''] : []),
  ].join('\n');
}
