// The contract between the Vigil language server and its clients (the VS Code extension, the
// tests, other editors). Plain types and method names only: both sides import this file.
import type { Finding, Rule, RuleLoadError, Severity, SkipReason } from '../engine';

/** The `vigil.*` settings the server acts on, in the same nested shape as package.json declares them. */
export interface ServerSettings {
  enable: boolean;
  /** Editor language ids (VS Code's: javascript, typescriptreact, python, …) scanned as you type. */
  languages: string[];
  minimumSeverity: Severity;
  /** Extra gitignore-style globs excluded from workspace scans. */
  exclude: string[];
  /** Extra rule pack folders (ignored in untrusted workspaces). */
  rulePacks: string[];
  disabledRules: string[];
  debounceMs: number;
  /** Open documents larger than this are scanned on open and save only, not on every keystroke. */
  maxFileSizeKb: number;
  ai: { enabled: boolean };
}

export const DEFAULT_LANGUAGES = [
  'javascript', 'javascriptreact', 'typescript', 'typescriptreact', 'python', 'java', 'go', 'c', 'cpp',
  'csharp', 'php', 'ruby', 'shellscript', 'json', 'yaml', 'terraform',
];

export const DEFAULT_SETTINGS: ServerSettings = {
  enable: true,
  languages: DEFAULT_LANGUAGES,
  minimumSeverity: 'info',
  exclude: [],
  rulePacks: [],
  disabledRules: [],
  debounceMs: 150,
  maxFileSizeKb: 1024,
  ai: { enabled: true },
};

export interface InitializationOptions {
  /** False in an untrusted workspace: no workspace rule packs, no config rule folders, no AI. */
  trustWorkspace?: boolean;
  settings?: Partial<ServerSettings>;
}

/** What every Vigil diagnostic carries in `data`, so code actions can find the finding again. */
export interface DiagnosticData {
  ruleId: string;
  fingerprint: string;
  /** The document version the finding was computed for. */
  version: number;
}

/** The single argument of the `vigil.fixWithAI` command. */
export interface FixWithAiArgs {
  uri: string;
  version: number;
  fingerprint: string;
  ruleId: string;
  /** Zero-based line of the finding. */
  line: number;
}

/** The single argument of the `vigil.suppress` command: the editor asks for the reason and inserts the comment. */
export interface SuppressArgs {
  uri: string;
  version: number;
  ruleId: string;
  /** Zero-based line of the finding; the comment goes on its own line above it. */
  line: number;
  /** Comment opener and closer in the document's language, e.g. ['#', ''] or ['/*', ' *\/']. */
  commentStart: string;
  commentEnd: string;
}

export interface ShowRuleDocArgs {
  ruleId: string;
  uri?: string;
}

export const Methods = {
  scanWorkspace: 'vigil/scanWorkspace',
  clearFindings: 'vigil/clearFindings',
  ruleDoc: 'vigil/ruleDoc',
  finding: 'vigil/finding',
} as const;

/** `vigil/finding`: one finding of an open document, for the AI fix flow (null when stale or gone). */
export interface FindingParams {
  uri: string;
  fingerprint: string;
  /** When given, the document must still be at this version. */
  version?: number;
}

export interface FindingResult {
  version: number;
  finding: Finding;
  rule: Rule;
}

export interface ScanWorkspaceParams {
  /** files.exclude globs (the keys set to true) from the editor, gitignore-style. */
  exclude?: string[];
  /** Limit the scan to these folders (URIs); default every workspace folder. */
  folders?: string[];
  workDoneToken?: string | number;
}

export interface ReportFinding {
  uri: string;
  ruleId: string;
  severity: Severity;
  message: string;
  cwe: string;
  owasp: string;
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
  suppressed: boolean;
}

export interface WorkspaceScanReport {
  folders: string[];
  filesScanned: number;
  linesScanned: number;
  findings: ReportFinding[];
  /** Counts exclude suppressed findings; `suppressed` counts those apart. */
  bySeverity: Record<Severity, number>;
  suppressed: number;
  skipped: Array<{ uri: string; reason: SkipReason; detail?: string }>;
  ruleErrors: RuleLoadError[];
  cancelled: boolean;
  durationMs: number;
}

export interface RuleDocParams {
  ruleId: string;
  uri?: string;
}

export interface RuleDocResult {
  ruleId: string;
  title: string;
  markdown: string;
}
