// Compiling the taint rules of one language: resolve library names, check every pattern on its
// own (so errors point at the right file, line and column), then fold the sources into one query
// (matched around their triggers) and keep the flow patterns — sinks, sanitizers, propagators —
// for lazy matching at the nodes that carry taint.
import { Query, type Language } from 'web-tree-sitter';
import type { RuleLoadError } from '../model';
import { compileQuery, dialectError } from '../rules/compile';
import { compilePredicates, type PredicateCheck } from '../rules/predicates';
import type { Rule, TaintPattern } from '../rules/rule';
import { DEFINITION_QUERIES } from './adapters';
import { queryForLanguage } from '../rules/dialects';
import { GuidedQuery } from '../rules/patternQueries';
import { LazyPatterns } from './lazyPatterns';
import { entriesForLanguage, ROLE_CAPTURE, type TaintEntry, type TaintLibrary, type TaintRole } from './library';

export interface TaintRuleInfo {
  rule: Rule;
  /** Names of the sources whose data this rule follows. */
  sources: Set<string>;
  /** Names of the sanitizers that make data safe for this rule's sinks. */
  sanitizers: Set<string>;
}

export interface PatternInfo {
  role: TaintRole;
  name: string;
  label: string;
  /** Sinks: the rules that report when tainted data reaches this sink. */
  rules: TaintRuleInfo[];
  requires?: string;
  check?: PredicateCheck;
}

export interface CompiledTaint {
  languageId: string;
  rules: TaintRuleInfo[];
  /** Source patterns, folded; a whole-file match looks only around their triggers. */
  sources?: GuidedQuery;
  sourcePatterns: PatternInfo[];
  /** Function definitions (@fn, @name), for files with sources. */
  structure?: Query;
  /** Sinks, sanitizers and propagators, matched lazily at nodes that carry taint. */
  flow?: LazyPatterns;
  flowPatterns: PatternInfo[];
  /** Indices of the sink patterns in flowPatterns. */
  sinkIndices: number[];
}

/** A library or inline entry, its query in the language's dialect (`original`: the text as written). */
type Resolved = TaintEntry & { original?: string };

function dialect(e: TaintEntry, languageId: string): Resolved {
  const query = queryForLanguage(e.query, languageId);
  return query === e.query ? e : { ...e, query, original: e.query };
}

export function compileTaint(languageId: string, language: Language, rules: Rule[], libraries: TaintLibrary[], errors: RuleLoadError[]): CompiledTaint | undefined {
  const taintRules = rules.filter((r) => r.taint && r.languages.includes(languageId));
  if (taintRules.length === 0) return undefined;
  const { entries: written, known } = entriesForLanguage(libraries, languageId);
  // Each entry's text in this language's dialect (see rules/dialects.ts).
  const entries = new Map([...written].map(([k, e]) => [k, dialect(e, languageId)]));
  const valid = new Map<string, boolean>();
  /** Per entry: the predicate check of each of its patterns (one compile per entry, reused below). */
  const compiledEntries = new Map<string, Array<PredicateCheck | undefined>>();
  const seenErrors = new Set<string>();
  // Each pattern is compiled alone once: a broken library entry is reported at its own position.
  const checkEntry = (e: Resolved, ruleId?: string): boolean => {
    const key = `${e.role}:${e.name}`;
    if (valid.has(key)) return valid.get(key)!;
    const { query, error: dialectFailure } = compileQuery(language, e.query, e.file, e.line, e.indent, ruleId);
    const error = dialectFailure && (dialectError(language, { source: e.query, original: e.original, file: e.file, line: e.line, indent: e.indent, ruleId }) ?? dialectFailure);
    let ok = !error;
    const report = (err: RuleLoadError) => {
      const k = `${err.file}:${err.line}:${err.message}`;
      if (!seenErrors.has(k)) { seenErrors.add(k); errors.push(err); }
    };
    if (error) report({ ...error, message: `${e.role}.${e.name}: ${error.message}` });
    if (query) {
      try {
        const checks: Array<PredicateCheck | undefined> = [];
        for (let i = 0; i < query.patternCount(); i++) checks.push(compilePredicates(query.predicatesForPattern(i)));
        compiledEntries.set(`${e.role}:${e.name}`, checks);
        const capture = ROLE_CAPTURE[e.role];
        if (!query.captureNames.includes(capture)) throw new Error(`the query must capture @${capture}`);
      } catch (err) {
        ok = false;
        report({ file: e.file, ruleId, line: e.line, column: e.indent + 1, message: `${e.role}.${e.name}: ${(err as Error).message}` });
      } finally {
        query.delete();
      }
    }
    valid.set(key, ok);
    return ok;
  };

  const infos: TaintRuleInfo[] = [];
  const usedSources = new Map<string, Resolved>();
  const sinks = new Map<string, { entry: Resolved; rules: TaintRuleInfo[] }>();
  const sanitizers = new Map<string, Resolved>();
  for (const e of entries.values()) if (e.role === 'sanitizers' && checkEntry(e)) sanitizers.set(e.name, e);

  for (const rule of taintRules) {
    const spec = rule.taint!;
    const info: TaintRuleInfo = { rule, sources: new Set(), sanitizers: new Set() };
    let broken = false;
    const resolve = (role: TaintRole, item: string | TaintPattern, index: number): Resolved | undefined => {
      if (typeof item !== 'string') {
        const e: Resolved = dialect({ role, name: `${rule.id}#${role}${index + 1}`, label: item.label ?? `${role.slice(0, -1)} of ${rule.id}`, query: item.query, file: rule.file, line: item.line, indent: item.indent ?? 0 }, languageId);
        if (!checkEntry(e, rule.id)) { broken = true; return undefined; }
        return e;
      }
      const e = entries.get(`${role}:${item}`);
      if (!e) {
        // Known for another language of the same library (e.g. a TypeScript-only source): not an error.
        if (known.has(`${role}:${item}`)) return undefined;
        const ref = spec.refs?.find((r) => r.name === item);
        const available = [...entries.values()].filter((x) => x.role === role).map((x) => x.name);
        errors.push({ file: rule.file, ruleId: rule.id, line: ref?.line, column: ref?.column, message: `unknown taint ${role.slice(0, -1)} '${item}' for ${languageId}${available.length ? ` (the library has: ${available.join(', ')})` : ' (no taint library defines any for this language)'}` });
        broken = true;
        return undefined;
      }
      if (!checkEntry(e)) { broken = true; return undefined; }
      return e;
    };
    spec.sources.forEach((s, i) => { const e = resolve('sources', s, i); if (e) { info.sources.add(e.name); usedSources.set(e.name, e); } });
    spec.sanitizers.forEach((s, i) => { const e = resolve('sanitizers', s, i); if (e) { info.sanitizers.add(e.name); sanitizers.set(e.name, e); } });
    const ruleSinks: Resolved[] = [];
    spec.sinks.forEach((s, i) => { const e = resolve('sinks', s, i); if (e) ruleSinks.push(e); });
    if (broken) continue;
    infos.push(info);
    for (const e of ruleSinks) {
      const slot = sinks.get(e.name) ?? { entry: e, rules: [] };
      slot.rules.push(info);
      sinks.set(e.name, slot);
    }
  }
  const propagators = [...entries.values()].filter((e) => e.role === 'propagators' && checkEntry(e));

  const out: CompiledTaint = { languageId, rules: infos, sourcePatterns: [], flowPatterns: [], sinkIndices: [] };
  if (infos.length === 0) return out;
  const patternCounts = (items: Array<{ entry: Resolved }>): number[] => items.map(({ entry }) => compiledEntries.get(`${entry.role}:${entry.name}`)!.length);
  const describe = (items: Array<{ entry: Resolved; rules: TaintRuleInfo[] }>, counts: number[], patterns: PatternInfo[]) => {
    items.forEach(({ entry, rules: r }, k) => {
      // Each entry's predicate checks, from its own compile in checkEntry.
      const own = compiledEntries.get(`${entry.role}:${entry.name}`)!;
      for (let i = 0; i < counts[k]; i++) patterns.push({ role: entry.role, name: entry.name, label: entry.label, rules: r, requires: entry.requires, check: own[i] });
    });
  };
  // Sources: one query, compiled once, matched around its triggers (see rules/patternQueries.ts).
  const sourceItems = [...usedSources.values()].map((entry) => ({ entry, rules: [] as TaintRuleInfo[] }));
  if (sourceItems.length) {
    const counts = patternCounts(sourceItems);
    describe(sourceItems, counts, out.sourcePatterns);
    const text = sourceItems.map((i) => i.entry.query).join('\n');
    out.sources = GuidedQuery.of(new Query(language, text), text);
    // Function definitions by name, read only for files that have sources (and, in languages whose
    // named functions cannot nest, by walking declaration containers instead: see fileStructure.ts).
    const definitions = DEFINITION_QUERIES[languageId];
    if (definitions) out.structure = new Query(language, definitions);
  }
  const flowItems = [
    ...[...sinks.values()],
    ...[...sanitizers.values()].map((entry) => ({ entry, rules: [] as TaintRuleInfo[] })),
    ...propagators.map((entry) => ({ entry, rules: [] as TaintRuleInfo[] })),
  ];
  if (flowItems.length) {
    const counts = patternCounts(flowItems);
    describe(flowItems, counts, out.flowPatterns);
    out.flowPatterns.forEach((p, i) => { if (p.role === 'sinks') out.sinkIndices.push(i); });
    out.flow = new LazyPatterns(language, flowItems.map((i) => i.entry.query), counts);
  }
  return out;
}

export function disposeTaint(c: CompiledTaint | undefined): void {
  c?.sources?.query.delete();
  c?.structure?.delete();
  c?.flow?.dispose();
}
