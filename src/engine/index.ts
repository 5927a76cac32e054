// The engine's façade: the only module hosts import. Nothing under src/engine imports 'vscode'.
export * from './model';
export { Engine, findAssetRoot, type EngineOptions, type ScanFilesOptions } from './engine';
export type { Rule, TaintSpec, TaintPattern, FixTemplate, FixPostcondition } from './rules/rule';
export { parseRule, loadRuleDir, loadRuleFile } from './rules/load';
export type { LanguageInfo } from './parse/grammars';
export { countSyntaxErrors } from './parse/parser';
export { loadConfig, CONFIG_FILE, WORKSPACE_RULES_DIR, BASELINE_FILE, type VigilConfig } from './config';
export { readBaseline, writeBaseline, applyBaseline, type Baseline, type BaselineEntry } from './scan/baseline';
export { findSuppressionComments, type SuppressionComment } from './scan/suppress';
export { enclosingFunction, scopeChain } from './scan/scope';
export { runFixtures, type FixtureReport, type FixtureFailure } from './rules/fixtures';
export { toSarif } from './report/sarif';
export { formatText, summarise } from './report/text';
export * from './fix';
export { planIncremental, queryRootTypes, type TreeChanges, type IncrementalPlan } from './scan/incremental';
// The language server keeps one tree per open document and edits it in place (incremental parsing).
export { Edit, type Tree } from 'web-tree-sitter';
export { scanTaint, type TaintScanInput } from './analysis/fileAnalysis';
export { parseTaintLibrary, loadTaintLibraries, type TaintLibrary, type TaintEntry } from './analysis/library';
