// Compiling rules into tree-sitter queries, once per language. All pattern rules of a language
// are folded into a single Query so a scan walks the tree once, whatever the number of rules.
import { Query, type Language } from 'web-tree-sitter';
import { compileTaint, type CompiledTaint } from '../analysis/compileTaint';
import type { TaintLibrary } from '../analysis/library';
import type { RuleLoadError } from '../model';
import { compilePredicates, type PredicateCheck } from './predicates';
import type { Rule } from './rule';

export interface CompiledLanguage {
  languageId: string;
  /** One query holding every pattern rule's patterns; undefined when the language has none. */
  query?: Query;
  /** patternIndex → the rule it belongs to and its Vigil predicates. */
  patterns: Array<{ rule: Rule; check?: PredicateCheck }>;
  /** Rules with a taint section, compiled by the taint engine. */
  taintRules: Rule[];
  /** The taint rules' folded source and flow queries (see src/engine/analysis). */
  taint?: CompiledTaint;
  errors: RuleLoadError[];
}

/** Compiles one query; on failure reports tree-sitter's error position translated into the rule file. */
export function compileQuery(language: Language, source: string, file: string, firstLine: number, indent: number, ruleId?: string): { query?: Query; error?: RuleLoadError } {
  try {
    return { query: new Query(language, source) };
  } catch (err) {
    const e = err as Error & { index?: number };
    const error: RuleLoadError = { file, ruleId, message: `invalid query: ${e.message}` };
    if (typeof e.index === 'number') {
      const before = source.slice(0, e.index);
      const lineInQuery = before.split('\n').length - 1;
      const column = e.index - (before.lastIndexOf('\n') + 1);
      error.line = firstLine + lineInQuery;
      error.column = indent + column + 1;
      error.message += ` (line ${error.line}, column ${error.column} of the rule file)`;
    }
    return { error };
  }
}

export interface FoldItem {
  source: string;
  file: string;
  line: number;
  indent: number;
  ruleId?: string;
}

export interface Folded {
  query?: Query;
  /** owner[i] is the index in `items` of the source that pattern i came from. */
  owner: number[];
  /** Items left out because they do not compile (their errors are in `errors`). */
  rejected: Set<number>;
}

/**
 * Folds query sources into one Query, compiled ONCE: tree-sitter's query compilation dominates
 * start-up, so sources are not compiled one by one unless the folded query fails — then each is
 * compiled alone to find and report the culprits, and the rest are folded again.
 */
export function foldQueries(language: Language, items: FoldItem[], errors: RuleLoadError[], rejected = new Set<number>()): Folded {
  const kept = items.map((_, i) => i).filter((i) => !rejected.has(i));
  if (kept.length === 0) return { owner: [], rejected };
  const starts: number[] = [];
  let source = '';
  for (const i of kept) {
    starts.push(source.length);
    source += items[i].source + '\n';
  }
  let query: Query;
  try {
    query = new Query(language, source);
  } catch {
    for (const i of kept) {
      const { query: alone, error } = compileQuery(language, items[i].source, items[i].file, items[i].line, items[i].indent, items[i].ruleId);
      alone?.delete();
      if (error) { errors.push(error); rejected.add(i); }
    }
    return foldQueries(language, items, errors, rejected);
  }
  const owner: number[] = [];
  for (let p = 0, k = 0; p < query.patternCount(); p++) {
    const at = query.startIndexForPattern(p);
    while (k + 1 < starts.length && starts[k + 1] <= at) k++;
    owner.push(kept[k]);
  }
  return { query, owner, rejected };
}

export function compileLanguage(languageId: string, language: Language, rules: Rule[], libraries: TaintLibrary[] = []): CompiledLanguage {
  const out: CompiledLanguage = { languageId, patterns: [], taintRules: [], errors: [] };
  const patternRules: Rule[] = [];
  for (const rule of rules) {
    if (!rule.languages.includes(languageId)) continue;
    if (rule.taint) {
      out.taintRules.push(rule);
      continue;
    }
    if (rule.fix && !new RegExp(`@${rule.fix.replace}\\b`).test(rule.query!)) {
      out.errors.push({ file: rule.file, ruleId: rule.id, line: rule.queryLine, message: `fix.replace names capture @${rule.fix.replace}, which the query does not capture` });
      continue;
    }
    patternRules.push(rule);
  }
  const items = patternRules.map((r) => ({ source: r.query!, file: r.file, line: r.queryLine, indent: r.queryIndent, ruleId: r.id }));
  let folded = foldQueries(language, items, out.errors);
  // Vigil's own predicates are checked on the folded query; a rule using an unknown one is dropped.
  for (;;) {
    const bad = new Set<number>();
    for (let p = 0; p < folded.owner.length; p++) {
      try {
        out.patterns[p] = { rule: patternRules[folded.owner[p]], check: compilePredicates(folded.query!.predicatesForPattern(p)) };
      } catch (err) {
        const rule = patternRules[folded.owner[p]];
        if (!bad.has(folded.owner[p])) out.errors.push({ file: rule.file, ruleId: rule.id, line: rule.queryLine, message: (err as Error).message });
        bad.add(folded.owner[p]);
      }
    }
    if (bad.size === 0) break;
    folded.query?.delete();
    out.patterns = [];
    folded = foldQueries(language, items, out.errors, new Set([...folded.rejected, ...bad]));
  }
  out.query = folded.query;
  out.taint = compileTaint(languageId, language, out.taintRules, libraries, out.errors);
  return out;
}
