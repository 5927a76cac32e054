// Compiling rules into tree-sitter queries, once per language. All pattern rules of a language
// are folded into a single Query so a scan walks the tree once, whatever the number of rules.
import { Query, type Language } from 'web-tree-sitter';
import { compileTaint, type CompiledTaint } from '../analysis/compileTaint';
import type { TaintLibrary } from '../analysis/library';
import type { RuleLoadError } from '../model';
import { GuidedQuery, PatternQueries, type GuidedGroup, type PatternEntry } from './patternQueries';
import { compilePredicates } from './predicates';
import { queryForLanguage } from './dialects';
import { patternShapes } from './queryShape';
import type { Rule } from './rule';
import { TriggerIndex, triggerOf, type Trigger } from './triggers';

export interface CompiledLanguage {
  languageId: string;
  /** Every pattern rule's patterns, folded into a few queries (see patternQueries.ts). */
  queries: PatternQueries;
  /** Global patternIndex (as PatternQueries reports it) → the rule and its Vigil predicates. */
  patterns: PatternEntry[];
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
    // A #match? expression that is no regular expression: tree-sitter gives no position, so find
    // the expression in the query (its text may be escaped there; then the query's first line).
    const offset = typeof e.index === 'number' ? e.index : regexOffset(source, e.message);
    if (offset === undefined && /regular expression/i.test(e.message)) {
      error.line = firstLine;
      error.message += ` (in the query starting at line ${firstLine} of the rule file)`;
    }
    if (offset !== undefined) {
      const before = source.slice(0, offset);
      const lineInQuery = before.split('\n').length - 1;
      const column = offset - (before.lastIndexOf('\n') + 1);
      error.line = firstLine + lineInQuery;
      error.column = indent + column + 1;
      error.message += ` (line ${error.line}, column ${error.column} of the rule file)`;
    }
    return { error };
  }
}

/** Where the expression named in "Invalid regular expression: /…/: …" starts in the query text, if it is there verbatim. */
function regexOffset(source: string, message: string): number | undefined {
  const body = /regular expression: \/(.*)\/[a-z]*: /i.exec(message)?.[1];
  if (!body) return undefined;
  const at = source.indexOf(`"${body}"`);
  return at >= 0 ? at + 1 : undefined;
}

export interface FoldItem {
  source: string;
  /** The text as written, when `source` is its dialect for this language: errors point into it. */
  original?: string;
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
      if (error) { errors.push(dialectError(language, items[i]) ?? error); rejected.add(i); }
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

/** For a dialect that does not compile, the error of the text as written (its position is in the rule file). */
export function dialectError(language: Language, item: FoldItem): RuleLoadError | undefined {
  if (item.original === undefined) return undefined;
  const { query, error } = compileQuery(language, item.original, item.file, item.line, item.indent, item.ruleId);
  query?.delete();
  return error;
}

export function compileLanguage(languageId: string, language: Language, rules: Rule[], libraries: TaintLibrary[] = []): CompiledLanguage {
  const errors: RuleLoadError[] = [];
  const taintRules: Rule[] = [];
  const patternRules: Rule[] = [];
  for (const rule of rules) {
    if (!rule.languages.includes(languageId)) continue;
    if (rule.taint) {
      taintRules.push(rule);
      continue;
    }
    if (rule.fix && !new RegExp(`@${rule.fix.replace}\\b`).test(rule.query!)) {
      errors.push({ file: rule.file, ruleId: rule.id, line: rule.queryLine, message: `fix.replace names capture @${rule.fix.replace}, which the query does not capture` });
      continue;
    }
    patternRules.push(rule);
  }
  // The dialect's text (see dialects.ts); error positions come from compiling the rule's own text.
  for (let i = 0; i < patternRules.length; i++) {
    const query = queryForLanguage(patternRules[i].query!, languageId);
    if (query !== patternRules[i].query) patternRules[i] = { ...patternRules[i], query, dialectOf: patternRules[i].query };
  }
  // Rules whose every pattern has a trigger are queried only around their triggers' text.
  const triggersOf = new Map<Rule, Trigger[]>();
  for (const rule of patternRules) {
    try {
      const triggers = patternShapes(rule.query!).map(triggerOf);
      if (triggers.every((t) => t)) triggersOf.set(rule, triggers as Trigger[]);
    } catch {
      // Text this reader does not follow: the rule is queried over the whole tree, always correct.
    }
  }
  // Rules with a pattern that only a region confines (see regions.ts) get a query of their own:
  // their spans are whole loops or functions, which the large text-triggered query should not walk.
  const regional = (r: Rule) => triggersOf.get(r)!.some((t) => t.literalSets.length === 0 && t.regexes.length === 0);
  const textual = guidedGroup(language, patternRules.filter((r) => triggersOf.has(r) && !regional(r)), triggersOf, errors);
  const regions = guidedGroup(language, patternRules.filter((r) => triggersOf.has(r) && regional(r)), triggersOf, errors);
  const free = foldRules(language, patternRules.filter((r) => !triggersOf.has(r)), errors);
  const queries = new PatternQueries([textual, regions], free);
  const out: CompiledLanguage = { languageId, queries, patterns: queries.patterns, taintRules, errors };
  out.taint = compileTaint(languageId, language, out.taintRules, libraries, out.errors);
  return out;
}

/** Folds rules whose patterns all have triggers into one query guided by them. */
function guidedGroup(language: Language, rules: Rule[], triggersOf: Map<Rule, Trigger[]>, errors: RuleLoadError[]): GuidedGroup {
  const folded = foldRules(language, rules, errors);
  // Pattern counts are tree-sitter's; if the reader's split disagrees, walk the whole tree.
  const triggers: Array<Trigger | undefined> = [];
  const perRule = new Map<Rule, number>();
  for (const entry of folded.patterns) {
    const k = perRule.get(entry.rule) ?? 0;
    perRule.set(entry.rule, k + 1);
    triggers.push(triggersOf.get(entry.rule)![k]);
  }
  for (const [rule, count] of perRule) if (count !== triggersOf.get(rule)!.length) triggers.fill(undefined);
  return { guided: folded.query && new GuidedQuery(folded.query, new TriggerIndex(triggers)), patterns: folded.patterns };
}

/**
 * Folds rules into one query; a rule using an unknown Vigil predicate is reported and dropped
 * (and the rest folded again), as is a rule whose query does not compile.
 */
function foldRules(language: Language, rules: Rule[], errors: RuleLoadError[]): { query?: Query; patterns: PatternEntry[] } {
  const items = rules.map((r) => ({ source: r.query!, original: r.dialectOf, file: r.file, line: r.queryLine, indent: r.queryIndent, ruleId: r.id }));
  let folded = foldQueries(language, items, errors);
  for (;;) {
    const patterns: PatternEntry[] = [];
    const bad = new Set<number>();
    for (let p = 0; p < folded.owner.length; p++) {
      const rule = rules[folded.owner[p]];
      try {
        patterns.push({ rule, check: compilePredicates(folded.query!.predicatesForPattern(p)) });
      } catch (err) {
        if (!bad.has(folded.owner[p])) errors.push({ file: rule.file, ruleId: rule.id, line: rule.queryLine, message: (err as Error).message });
        bad.add(folded.owner[p]);
      }
    }
    if (bad.size === 0) return { query: folded.query, patterns };
    folded.query?.delete();
    folded = foldQueries(language, items, errors, new Set([...folded.rejected, ...bad]));
  }
}
