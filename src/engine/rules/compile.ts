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

export function compileLanguage(languageId: string, language: Language, rules: Rule[], libraries: TaintLibrary[] = []): CompiledLanguage {
  const out: CompiledLanguage = { languageId, patterns: [], taintRules: [], errors: [] };
  const sources: string[] = [];
  const accepted: Array<{ rule: Rule; count: number }> = [];
  for (const rule of rules) {
    if (!rule.languages.includes(languageId)) continue;
    if (rule.taint) {
      out.taintRules.push(rule);
      continue;
    }
    const { query, error } = compileQuery(language, rule.query!, rule.file, rule.queryLine, rule.queryIndent, rule.id);
    if (error) { out.errors.push(error); continue; }
    try {
      for (let i = 0; i < query!.patternCount(); i++) compilePredicates(query!.predicatesForPattern(i));
      if (!query!.captureNames.includes('finding')) throw new Error('the query must capture @finding');
      if (rule.fix && !query!.captureNames.includes(rule.fix.replace)) throw new Error(`fix.replace names capture @${rule.fix.replace}, which the query does not capture`);
      accepted.push({ rule, count: query!.patternCount() });
      sources.push(rule.query!);
    } catch (err) {
      out.errors.push({ file: rule.file, ruleId: rule.id, line: rule.queryLine, message: (err as Error).message });
    } finally {
      query!.delete();
    }
  }
  out.taint = compileTaint(languageId, language, out.taintRules, libraries, out.errors);
  if (sources.length === 0) return out;
  out.query = new Query(language, sources.join('\n'));
  let index = 0;
  for (const { rule, count } of accepted) {
    for (let i = 0; i < count; i++, index++) {
      out.patterns.push({ rule, check: compilePredicates(out.query.predicatesForPattern(index)) });
    }
  }
  return out;
}
