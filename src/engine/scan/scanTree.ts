// Scanning one parsed document: run the language's folded queries, apply Vigil predicates, build
// findings, then fingerprints and inline suppressions. Pure with respect to its inputs.
import type { Node, QueryMatch, Tree } from 'web-tree-sitter';
import { scanTaint } from '../analysis/fileAnalysis';
import type { Finding } from '../model';
import type { CompiledLanguage } from '../rules/compile';
import { assignFingerprints } from './fingerprint';
import { instantiateFix, interpolate, makeFinding } from './findings';
import { applyInlineSuppressions, findSuppressionComments } from './suppress';
import { inDeadBranch } from './deadCode';
import { FileText } from '../rules/fileText';

export interface ScanTreeInput {
  file: string;
  languageId: string;
  text: string;
  tree: Tree;
  compiled: CompiledLanguage;
  /** Restrict taint analysis to functions overlapping this range (the LSP re-scanning one function). */
  taintRange?: { startIndex: number; endIndex: number };
  /** Incremental re-scan (see incremental.ts): query only these subtrees… */
  within?: Node[];
  /** …and add these findings carried over from the previous scan… */
  keep?: Finding[];
  /** …and these matches (those rooted at the root node, found apart). */
  extraMatches?: QueryMatch[];
  /** Filled with how many accepted matches produced each finding key (see findingKey). */
  matchCounts?: Map<string, number>;
}

export function findingKey(ruleId: string, startIndex: number, endIndex: number): string {
  return `${ruleId}:${startIndex}:${endIndex}`;
}

export function scanTree({ file, languageId, text, tree, compiled, taintRange, within, keep, extraMatches, matchCounts }: ScanTreeInput): Finding[] {
  FileText.forget();
  try {
    return scanParsed({ file, languageId, text, tree, compiled, taintRange, within, keep, extraMatches, matchCounts });
  } finally {
    FileText.forget(); // the text searches are shared within one scan only
  }
}

function scanParsed({ file, languageId, text, tree, compiled, taintRange, within, keep, extraMatches, matchCounts }: ScanTreeInput): Finding[] {
  const findings: Finding[] = [...(keep ?? [])];
  const seen = new Set<string>(findings.map((f) => findingKey(f.ruleId, f.startIndex, f.endIndex)));
  if (!compiled.queries.empty) {
    const matches = within ? within.flatMap((node) => compiled.queries.matchNode(node)) : compiled.queries.matchFile(tree.rootNode, text);
    for (const match of extraMatches ? matches.concat(extraMatches) : matches) {
      const entry = compiled.patterns[match.patternIndex];
      if (!entry) continue;
      if (entry.check && !entry.check(match.captures)) continue;
      const target = match.captures.find((c) => c.name === 'finding');
      if (!target) continue;
      const key = findingKey(entry.rule.id, target.node.startIndex, target.node.endIndex);
      matchCounts?.set(key, (matchCounts.get(key) ?? 0) + 1);
      if (seen.has(key)) continue;
      if (inDeadBranch(target.node, tree, text)) continue; // code that can never run
      seen.add(key);
      const finding = makeFinding(entry.rule, target.node, file, languageId, interpolate(entry.rule.message, match.captures));
      finding.fix = instantiateFix(entry.rule, match.captures);
      findings.push(finding);
    }
  }
  if (compiled.taint) {
    try {
      findings.push(...scanTaint({ file, languageId, text, tree, taint: compiled.taint, range: taintRange }));
    } catch (err) {
      // A dataflow failure on unusual code must not cost the file its pattern findings; it is
      // reported (once per message) with the rule errors, which every host shows.
      const message = `taint analysis skipped for this file: ${(err as Error).message}`;
      if (!compiled.errors.some((e) => e.file === file && e.message === message)) compiled.errors.push({ file, message });
    }
  }
  findings.sort((a, b) => a.startIndex - b.startIndex || a.ruleId.localeCompare(b.ruleId));
  assignFingerprints(findings, (f) => text.slice(f.startIndex, f.endIndex));
  applyInlineSuppressions(findings, findSuppressionComments(text, tree));
  return findings;
}
