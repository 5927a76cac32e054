// Taint libraries: `rules/<family>/_taint.yaml` files that name reusable sources, sinks,
// sanitizers and propagators for a family of languages. Rules refer to entries by name. Every
// problem is reported with file, line and column, exactly like a rule file; a broken entry is
// dropped and the rest of the library keeps working.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { RuleLoadError } from '../model';

export type TaintRole = 'sources' | 'sinks' | 'sanitizers' | 'propagators';
export const TAINT_ROLES: TaintRole[] = ['sources', 'sinks', 'sanitizers', 'propagators'];
/** The capture each role's query must have. */
export const ROLE_CAPTURE: Record<TaintRole, string> = { sources: 'source', sinks: 'sink', sanitizers: 'sanitizer', propagators: 'propagator' };

export interface TaintEntry {
  role: TaintRole;
  name: string;
  label: string;
  query: string;
  file: string;
  /** 1-based line of the query text in `file`, and the indentation its block scalar stripped. */
  line: number;
  indent: number;
  /** Restricts the entry to some of the library's languages (e.g. TypeScript-only decorators). */
  languages?: string[];
  /** Sanitizers only: the mark applies only to data that already carries this sanitizer's mark. */
  requires?: string;
}

export interface TaintLibrary {
  file: string;
  languages: string[];
  entries: TaintEntry[];
}

const ENTRY_KEYS = new Set(['label', 'query', 'languages', 'requires']);
const TOP_KEYS = new Set(['languages', ...TAINT_ROLES]);
export const LIBRARY_FILE = '_taint.yaml';

/** Finds and parses every `_taint.yaml` under the given pack folders, in pack order. */
export function loadTaintLibraries(dirs: string[]): { libraries: TaintLibrary[]; errors: RuleLoadError[] } {
  const libraries: TaintLibrary[] = [];
  const errors: RuleLoadError[] = [];
  for (const dir of dirs) {
    for (const file of findLibraryFiles(dir)) {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (err) {
        errors.push({ file, message: `cannot read taint library: ${(err as Error).message}` });
        continue;
      }
      const parsed = parseTaintLibrary(text, file);
      if (parsed.library) libraries.push(parsed.library);
      errors.push(...parsed.errors);
    }
  }
  return { libraries, errors };
}

function findLibraryFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...findLibraryFiles(full));
    else if (name === LIBRARY_FILE || name === '_taint.yml') out.push(full);
  }
  return out;
}

/** Parses one library file. Exported for tests and for hosts holding unsaved text. */
export function parseTaintLibrary(text: string, file: string): { library?: TaintLibrary; errors: RuleLoadError[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const errors: RuleLoadError[] = [];
  const fail = (message: string, node?: YamlNode | null) => {
    const offset = node?.range?.[0];
    const pos = offset !== undefined ? lines.linePos(offset) : undefined;
    errors.push({ file, line: pos?.line, column: pos?.col, message });
  };
  if (doc.errors.length) {
    const pos = lines.linePos(doc.errors[0].pos[0]);
    return { errors: [{ file, line: pos.line, column: pos.col, message: `invalid YAML: ${doc.errors[0].message.split('\n')[0]}` }] };
  }
  if (!isMap(doc.contents)) return { errors: [{ file, line: 1, column: 1, message: 'a taint library must be a YAML mapping with languages, sources, sinks, sanitizers and propagators' }] };
  for (const item of doc.contents.items) {
    const key = isScalar(item.key) ? String(item.key.value) : '';
    if (!TOP_KEYS.has(key)) fail(`unknown field '${key}' (a taint library has ${[...TOP_KEYS].join(', ')})`, item.key as YamlNode);
  }
  const languages = stringList(doc.get('languages', true) as YamlNode | undefined, 'languages', fail);
  if (languages === undefined || languages.length === 0) {
    if (languages !== undefined) fail('languages must list at least one language id', doc.get('languages', true) as YamlNode);
    else fail("missing required field 'languages'");
    return { errors };
  }
  const entries: TaintEntry[] = [];
  const sourceLines = text.split('\n');
  for (const role of TAINT_ROLES) {
    const section = doc.get(role, true) as YamlNode | undefined;
    if (section === undefined || (isScalar(section) && section.value === null)) continue;
    if (!isMap(section)) { fail(`'${role}' must be a mapping of names to entries`, section); continue; }
    for (const item of section.items) {
      const keyNode = item.key as YamlNode;
      const name = isScalar(keyNode) ? String(keyNode.value) : '';
      if (!/^[a-z0-9][a-z0-9._-]*$/.test(name)) { fail(`${role} name '${name}' may use only a-z, 0-9, '.', '_' and '-'`, keyNode); continue; }
      const value = item.value as YamlNode | null;
      if (!value || !isMap(value)) { fail(`${role}.${name} must be a mapping with 'query' (and optional label, languages, requires)`, value ?? keyNode); continue; }
      let ok = true;
      for (const field of value.items) {
        const k = isScalar(field.key) ? String(field.key.value) : '';
        if (!ENTRY_KEYS.has(k)) { fail(`unknown field '${k}' in ${role}.${name} (allowed: ${[...ENTRY_KEYS].join(', ')})`, field.key as YamlNode); ok = false; }
      }
      const query = value.get('query', true) as YamlNode | undefined;
      if (!query || !isScalar(query) || typeof query.value !== 'string' || query.value.trim() === '') {
        fail(`${role}.${name} needs a non-empty 'query'`, query ?? keyNode);
        continue;
      }
      const capture = ROLE_CAPTURE[role];
      if (!new RegExp(`@${capture}\\b`).test(query.value)) { fail(`${role}.${name}: the query must capture @${capture}`, query); ok = false; }
      if (role === 'propagators' && !/@from\b/.test(query.value)) { fail(`propagators.${name}: the query must capture @from (where the taint comes from)`, query); ok = false; }
      const labelNode = value.get('label', true) as YamlNode | undefined;
      if (labelNode && !(isScalar(labelNode) && typeof labelNode.value === 'string')) { fail(`${role}.${name}: label must be a string`, labelNode); ok = false; }
      const entryLanguages = value.has('languages') ? stringList(value.get('languages', true) as YamlNode, `${role}.${name}.languages`, fail) : undefined;
      if (entryLanguages) {
        for (const l of entryLanguages) if (!languages.includes(l)) { fail(`${role}.${name}: language '${l}' is not one of the library's languages (${languages.join(', ')})`, value.get('languages', true) as YamlNode); ok = false; }
      }
      const requiresNode = value.get('requires', true) as YamlNode | undefined;
      let requires: string | undefined;
      if (requiresNode) {
        if (role !== 'sanitizers') { fail(`${role}.${name}: only sanitizers may have 'requires'`, requiresNode); ok = false; }
        else if (!isScalar(requiresNode) || typeof requiresNode.value !== 'string') { fail(`sanitizers.${name}: requires must name another sanitizer`, requiresNode); ok = false; }
        else requires = requiresNode.value;
      }
      if (!ok) continue;
      const pos = lines.linePos(query.range![0]);
      const block = query.type === 'BLOCK_LITERAL' || query.type === 'BLOCK_FOLDED';
      const line = block ? pos.line + 1 : pos.line;
      const indent = block ? /^\s*/.exec(sourceLines[line - 1] ?? '')![0].length : pos.col - 1;
      entries.push({
        role, name, file, line, indent,
        label: labelNode && isScalar(labelNode) ? String(labelNode.value) : name,
        query: query.value as string,
        languages: entryLanguages,
        requires,
      });
    }
  }
  for (const e of entries) {
    if (e.requires && !entries.some((o) => o.role === 'sanitizers' && o.name === e.requires)) {
      errors.push({ file, line: e.line - 1, message: `sanitizers.${e.name} requires '${e.requires}', which this library does not define` });
    }
  }
  return { library: { file, languages, entries }, errors };
}

function stringList(node: YamlNode | undefined, what: string, fail: (m: string, n?: YamlNode | null) => void): string[] | undefined {
  if (node === undefined) return undefined;
  if (!isSeq(node) || !node.items.every((i) => isScalar(i) && typeof i.value === 'string')) {
    fail(`'${what}' must be a list of strings`, node);
    return [];
  }
  return node.items.map((i) => String((i as { value: unknown }).value));
}

/** Entries visible to one language: later libraries override earlier ones entry by entry. */
export function entriesForLanguage(libraries: TaintLibrary[], languageId: string): { entries: Map<string, TaintEntry>; known: Set<string> } {
  const entries = new Map<string, TaintEntry>();
  const known = new Set<string>();
  for (const lib of libraries) {
    if (!lib.languages.includes(languageId)) continue;
    for (const e of lib.entries) {
      known.add(`${e.role}:${e.name}`);
      if (e.languages && !e.languages.includes(languageId)) { entries.delete(`${e.role}:${e.name}`); continue; }
      entries.set(`${e.role}:${e.name}`, e);
    }
  }
  return { entries, known };
}
