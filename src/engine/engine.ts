// The engine: grammars + rules + scanning, for one workspace. Hosts create one and call it; it
// never touches the network or the editor, and it holds no tree beyond a call unless asked to.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Tree } from 'web-tree-sitter';
import { BASELINE_FILE, loadConfig, WORKSPACE_RULES_DIR, type VigilConfig } from './config';
import { availableParallelism } from 'node:os';
import type { Finding, RuleLoadError, ScanFileResult, ScanProgress, ScanSummary, Severity, SkippedFile } from './model';
import { scanInWorkers } from './scan/pool';
import { GrammarRegistry, type LanguageInfo } from './parse/grammars';
import { countSyntaxErrors, Parsers } from './parse/parser';
import { RuleSet } from './rules/ruleset';
import { applyBaseline, readBaseline, type Baseline } from './scan/baseline';
import { decodeSource } from './scan/content';
import { planIncremental, recordScan, rootLevelMatches, type TreeChanges } from './scan/incremental';
import { scanTree } from './scan/scanTree';
import { walk } from './scan/walk';

export interface EngineOptions {
  /** Folder holding `grammars/` and `rules/`; found by walking up from this file when omitted. */
  assetRoot?: string;
  /** Workspace root: where `.vigil/config.json`, `.vigil/rules/` and the baseline live. */
  workspaceRoot?: string;
  /** Load `.vigil/rules/` and config rule packs (false in untrusted workspaces). Default true. */
  trustWorkspace?: boolean;
  /** Extra rule pack folders (CLI --rules, editor setting). */
  extraRuleDirs?: string[];
  /** Rule ids to disable on top of the config file. */
  disabledRules?: string[];
  severityOverrides?: Record<string, Severity>;
  /** Replace the built-in packs (tests of a single pack). */
  builtinRuleDirs?: string[];
}

export interface ScanFilesOptions {
  signal?: AbortSignal;
  onProgress?: (p: ScanProgress) => void;
  /** How many files are read ahead at once. */
  concurrency?: number;
  /** Path of a baseline file, or a baseline; the workspace's `.vigil/baseline.json` is used when present. */
  baseline?: string | Baseline | false;
  /** Extra exclude globs for this scan. */
  exclude?: string[];
  /** Worker threads (default 1 = in-process). Each worker compiles its own queries, which costs
   *  about a second per worker: on 2 cores it only pays off for very large scans (see npm run bench). */
  workers?: number;
}

/** Below this many files, starting workers (each loads its own grammars) costs more than it saves. */
const MIN_FILES_PER_WORKER = 64;

export interface PathOutcome {
  result?: ScanFileResult;
  skipped?: SkippedFile;
}

export function findAssetRoot(start = __dirname): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'grammars', 'languages.json')) && existsSync(join(dir, 'rules'))) return dir;
    if (dirname(dir) === dir) throw new Error(`cannot find Vigil's grammars/ and rules/ above ${start}`);
  }
}

export class Engine {
  readonly assetRoot: string;
  readonly workspaceRoot: string;
  readonly registry: GrammarRegistry;
  readonly parsers: Parsers;
  readonly config: VigilConfig;
  readonly rules: RuleSet;
  private readonly configErrors: RuleLoadError[] = [];

  constructor(readonly options: EngineOptions = {}) {
    this.assetRoot = options.assetRoot ?? findAssetRoot();
    this.workspaceRoot = resolve(options.workspaceRoot ?? process.cwd());
    this.registry = new GrammarRegistry(join(this.assetRoot, 'grammars'));
    this.parsers = new Parsers(this.registry);
    const trusted = options.trustWorkspace ?? true;
    const { config, error } = trusted ? loadConfig(this.workspaceRoot) : { config: loadConfig('/nonexistent').config, error: undefined };
    this.config = config;
    if (error) this.configErrors.push(error);
    const packs = (options.builtinRuleDirs ?? [join(this.assetRoot, 'rules')]).map((dir) => ({ dir, label: 'builtin' }));
    if (trusted) {
      const wsRules = join(this.workspaceRoot, WORKSPACE_RULES_DIR);
      if (existsSync(wsRules)) packs.push({ dir: wsRules, label: 'workspace' });
      for (const dir of config.rules) packs.push({ dir: resolve(this.workspaceRoot, dir), label: 'workspace' });
    }
    for (const dir of options.extraRuleDirs ?? []) packs.push({ dir: resolve(dir), label: 'extra' });
    // Taint rules in any pack may use the built-in taint libraries' names, even when the
    // built-in rules are replaced (`vigil rules test DIR` on a workspace pack).
    const builtinRules = join(this.assetRoot, 'rules');
    const libraryDirs = [...new Set([...(existsSync(builtinRules) ? [builtinRules] : []), ...packs.map((p) => p.dir)])];
    this.rules = new RuleSet({
      libraryDirs,
      packs,
      disabled: [...config.disable, ...(options.disabledRules ?? [])],
      severityOverrides: { ...config.severity, ...options.severityOverrides },
    });
  }

  languageForPath(path: string): LanguageInfo | undefined {
    return this.registry.languageForPath(path);
  }

  /** Rule and config problems found so far (compile errors appear once a language is used). */
  get ruleErrors(): RuleLoadError[] {
    return [...this.configErrors, ...this.rules.errors];
  }

  /** Loads every grammar and compiles every rule, so that all rule errors are known. */
  async compileAll(): Promise<RuleLoadError[]> {
    const ids = new Set(this.rules.rules.flatMap((r) => r.languages));
    for (const id of ids) {
      if (!this.registry.info(id)) continue;
      this.rules.forLanguage(id, await this.registry.load(id));
    }
    const unknown = this.rules.rules.flatMap((r) => r.languages.filter((l) => !this.registry.info(l)).map((l) => ({ file: r.file, ruleId: r.id, message: `unknown language '${l}'` })));
    return [...this.ruleErrors, ...unknown];
  }

  async parse(languageId: string, text: string, previous?: Tree): Promise<Tree> {
    return this.parsers.parse(languageId, text, previous);
  }

  /**
   * Scans an already-parsed document (the language server keeps trees for open documents). With
   * `changes` (the edits since the previous scan of this document and its findings), only the
   * part of the tree the edits can affect is queried again; the result is the same. `taintRange`
   * limits taint rules to functions overlapping that range (their findings elsewhere are then not produced).
   */
  async scanTree(path: string, languageId: string, text: string, tree: Tree, changes?: TreeChanges, options: { taintRange?: { startIndex: number; endIndex: number } } = {}): Promise<Finding[]> {
    const compiled = this.rules.forLanguage(languageId, await this.registry.load(languageId));
    const rootMatches = rootLevelMatches(tree, compiled);
    const plan = changes ? planIncremental(tree, compiled, changes) : undefined;
    const matchCounts = new Map<string, number>();
    const findings = scanTree({ file: path, languageId, text, tree, compiled, taintRange: options.taintRange ?? plan?.taintRange, within: plan?.within, keep: plan?.keep, extraMatches: plan ? rootMatches : undefined, matchCounts });
    recordScan(findings, compiled, rootMatches, matchCounts, plan?.keep);
    return findings;
  }

  /** Parses and scans one document's text. */
  async scanText(path: string, languageId: string, text: string): Promise<Finding[]> {
    return (await this.scanDocument(path, languageId, text)).findings;
  }

  async scanDocument(path: string, languageId: string, text: string): Promise<ScanFileResult> {
    const tree = await this.parse(languageId, text);
    try {
      const findings = await this.scanTree(path, languageId, text, tree);
      return { file: path, languageId, lines: countLines(text), findings, parseErrors: countSyntaxErrors(tree) };
    } finally {
      tree.delete();
    }
  }

  /** Scans files and folders. Skipped files are reported with their reason; cancellation keeps partial results. */
  async scanFiles(paths: string[], options: ScanFilesOptions = {}): Promise<ScanSummary> {
    const started = performance.now();
    const { files, skipped } = walk(paths, {
      exclude: [...this.config.exclude, ...(options.exclude ?? [])],
      isSupported: (p) => this.registry.languageForPath(p) !== undefined,
    });
    const limit = this.config.maxFileSizeKb * 1024;
    const queue = files.filter((f) => {
      if (f.size <= limit) return true;
      skipped.push({ file: f.path, reason: 'too-large', detail: `${Math.round(f.size / 1024)} KB > ${this.config.maxFileSizeKb} KB` });
      return false;
    });
    const summary: ScanSummary = { files: [], skipped, ruleErrors: [], cancelled: false, durationMs: 0, linesScanned: 0 };
    const total = queue.length;
    let done = 0;
    const record = (path: string, outcome: PathOutcome) => {
      if (outcome.result) {
        summary.files.push(outcome.result);
        summary.linesScanned += outcome.result.lines;
      }
      if (outcome.skipped) skipped.push(outcome.skipped);
      options.onProgress?.({ done: ++done, total, file: path });
    };
    const workers = Math.min(options.workers ?? 1, availableParallelism(), Math.floor(queue.length / MIN_FILES_PER_WORKER));
    if (workers > 1) {
      summary.cancelled = await scanInWorkers(queue.map((f) => f.path), workers, this.options, record, options.signal);
      // Workers compile their own queries; compile here too so rule errors reach the summary.
      for (const id of new Set(summary.files.map((f) => f.languageId))) this.rules.forLanguage(id, await this.registry.load(id));
    } else {
      let next = 0;
      const worker = async () => {
        while (next < queue.length) {
          if (options.signal?.aborted) { summary.cancelled = true; return; }
          const { path } = queue[next++];
          record(path, await this.scanPath(path));
        }
      };
      await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
      if (options.signal?.aborted && done < total) summary.cancelled = true;
    }
    summary.files.sort((a, b) => a.file.localeCompare(b.file));
    summary.skipped.sort((a, b) => a.file.localeCompare(b.file));
    const baseline = this.resolveBaseline(options.baseline);
    if (baseline) applyBaseline(summary.files.flatMap((f) => f.findings), baseline, (f) => this.relativePath(f.file));
    summary.ruleErrors = this.ruleErrors;
    summary.durationMs = performance.now() - started;
    return summary;
  }

  /** Reads, checks and scans one file: a result, or the reason it was skipped. */
  async scanPath(path: string): Promise<PathOutcome> {
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch (err) {
      return { skipped: { file: path, reason: 'unreadable', detail: (err as Error).message } };
    }
    const verdict = decodeSource(bytes, path);
    if ('reason' in verdict) return { skipped: { file: path, reason: verdict.reason, detail: verdict.detail } };
    const lang = this.registry.languageForPath(path);
    if (!lang) return { skipped: { file: path, reason: 'unsupported-language' } };
    return { result: await this.scanDocument(path, lang.id, verdict.text) };
  }

  /** Workspace-relative, '/'-separated path: the form used in baselines and SARIF. */
  relativePath(path: string): string {
    return relative(this.workspaceRoot, resolve(path)).split(sep).join('/');
  }

  private resolveBaseline(option: ScanFilesOptions['baseline']): Baseline | undefined {
    if (option === false) return undefined;
    if (typeof option === 'object') return option;
    const file = option ?? join(this.workspaceRoot, BASELINE_FILE);
    if (!option && !existsSync(file)) return undefined;
    return readBaseline(file);
  }

  dispose(): void {
    this.rules.dispose();
  }
}

function countLines(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
