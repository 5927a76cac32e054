// What a rule is once loaded: the data from its YAML file, validated, plus where it came from.
import type { Confidence, Severity } from '../model';

/** A source, sink or sanitizer pattern for taint rules: a tree-sitter query with a known capture. */
export interface TaintPattern {
  /** Name used in traces and docs, e.g. "Express request parameter". */
  label?: string;
  query: string;
  /** 1-based line of the query text inside the rule or library file, for error positions. */
  line: number;
  /** Columns of indentation the YAML block scalar stripped (so query error columns point into the file). */
  indent?: number;
}

export interface TaintSpec {
  /** Names of pattern sets from the language's taint library (rules/<lang>/taint.yaml), or inline patterns. */
  sources: Array<string | TaintPattern>;
  sinks: Array<string | TaintPattern>;
  sanitizers: Array<string | TaintPattern>;
  /** Where each library name was written in the rule file (for "unknown name" errors). */
  refs?: Array<{ name: string; line: number; column: number }>;
}

export interface FixTemplate {
  title: string;
  /** Capture whose text is replaced; defaults to `finding`. */
  replace: string;
  /** Replacement text; may interpolate captures as {{name}}. */
  with: string;
}

/** What an AI fix must satisfy besides removing the finding (checked by the verification gate). */
export interface FixPostcondition {
  /** A query that must match inside the fixed scope (e.g. a parameterised call). */
  mustMatch?: string;
  description: string;
}

export interface Rule {
  id: string;
  /** Short human name, e.g. "Code injection through eval". */
  title: string;
  languages: string[];
  severity: Severity;
  confidence: Confidence;
  message: string;
  explanation: string;
  cwe: string;
  owasp: string;
  references: string[];
  /** Pattern rules: the query, which must capture @finding. */
  query?: string;
  /** Set on a language's copy of the rule whose query is that language's dialect (see dialects.ts): the text as written. */
  dialectOf?: string;
  /** Taint rules: sources → sinks unless a sanitizer intervenes. */
  taint?: TaintSpec;
  fix?: FixTemplate;
  fixGuidance?: string;
  postcondition?: FixPostcondition;
  tags: string[];
  /** Where the rule was defined. */
  file: string;
  /** 1-based line of the query text inside `file`. */
  queryLine: number;
  /** Columns of indentation the YAML block scalar stripped from each query line. */
  queryIndent: number;
  /** 'builtin' or the folder of a workspace/extra pack. */
  pack: string;
}
