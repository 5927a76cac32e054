// The engine's vocabulary. Everything here is plain JSON-serialisable data so that every host
// (CLI, language server, MCP server, tests) can pass it across a process boundary unchanged.

export type Severity = 'error' | 'warning' | 'info';
export type Confidence = 'high' | 'medium' | 'low';

export const SEVERITY_RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

/** Zero-based line and UTF-16 character, exactly like LSP and `vscode.Position`. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A text replacement in a document, by UTF-16 offsets into the text it was computed for. */
export interface TextEdit {
  startIndex: number;
  endIndex: number;
  range: Range;
  newText: string;
}

/** A deterministic fix declared by the rule, already instantiated for one finding. */
export interface DeterministicFix {
  title: string;
  edits: TextEdit[];
}

/** One step of a taint trace: where untrusted data came from, how it moved, where it lands. */
export interface TraceStep {
  kind: 'source' | 'step' | 'sink';
  message: string;
  range: Range;
  snippet: string;
}

export interface Suppression {
  kind: 'inline' | 'baseline';
  /** The reason written after `--` in the comment, or the baseline entry's note. */
  justification: string;
  /** Where the suppressing comment is (inline only). */
  range?: Range;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  confidence: Confidence;
  message: string;
  /** e.g. "CWE-89" */
  cwe: string;
  /** e.g. "A03:2021-Injection" */
  owasp: string;
  /** The path the host gave (absolute or relative, never rewritten by the engine). */
  file: string;
  languageId: string;
  range: Range;
  startIndex: number;
  endIndex: number;
  /** The matched source text (clipped to a reasonable length). */
  snippet: string;
  /** Stable across edits elsewhere in the file: rule + normalised snippet + enclosing scope + occurrence. */
  fingerprint: string;
  /** Name of the enclosing function/class chain, e.g. "UserController.find"; "" at top level. */
  scope: string;
  trace?: TraceStep[];
  fix?: DeterministicFix;
  suppressed?: Suppression;
}

export interface QueryPosition {
  /** Position of the problem inside the rule file (1-based line and column, like compilers print). */
  line: number;
  column: number;
}

/** A problem with a rule pack, found while loading it. It never stops the other rules. */
export interface RuleLoadError {
  file: string;
  line?: number;
  column?: number;
  ruleId?: string;
  message: string;
}

export type SkipReason =
  | 'excluded-directory'
  | 'ignored-by-gitignore'
  | 'excluded-by-config'
  | 'too-large'
  | 'minified'
  | 'binary'
  | 'invalid-utf8'
  | 'unsupported-language'
  | 'unreadable';

export interface SkippedFile {
  file: string;
  reason: SkipReason;
  detail?: string;
}

export interface ScanProgress {
  done: number;
  total: number;
  file?: string;
}

export interface ScanSummary {
  files: ScanFileResult[];
  skipped: SkippedFile[];
  ruleErrors: RuleLoadError[];
  cancelled: boolean;
  durationMs: number;
  linesScanned: number;
}

export interface ScanFileResult {
  file: string;
  languageId: string;
  lines: number;
  findings: Finding[];
  /** Syntax errors do not stop a scan, but they are worth knowing about. */
  parseErrors: number;
}
