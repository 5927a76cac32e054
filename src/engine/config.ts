// The workspace configuration file, `.vigil/config.json`. Read in one place; a broken file is an
// error that names the file and position, never a silent fallback.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { RuleLoadError, Severity } from './model';

export interface VigilConfig {
  /** Rule ids to switch off. */
  disable: string[];
  /** Per-rule severity overrides. */
  severity: Record<string, Severity>;
  /** Extra rule pack folders, relative to the workspace root. */
  rules: string[];
  /** Extra gitignore-style patterns to exclude from workspace scans. */
  exclude: string[];
  /** Files above this size are skipped (and reported). */
  maxFileSizeKb: number;
}

export const DEFAULT_CONFIG: VigilConfig = { disable: [], severity: {}, rules: [], exclude: [], maxFileSizeKb: 1024 };
export const CONFIG_FILE = join('.vigil', 'config.json');
export const WORKSPACE_RULES_DIR = join('.vigil', 'rules');
export const BASELINE_FILE = join('.vigil', 'baseline.json');

export function loadConfig(root: string): { config: VigilConfig; error?: RuleLoadError } {
  const file = resolve(root, CONFIG_FILE);
  if (!existsSync(file)) return { config: { ...DEFAULT_CONFIG } };
  const text = readFileSync(file, 'utf8');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    const m = /position (\d+)/.exec((err as Error).message);
    const offset = m ? Number(m[1]) : undefined;
    const line = offset !== undefined ? text.slice(0, offset).split('\n').length : undefined;
    return { config: { ...DEFAULT_CONFIG }, error: { file, line, message: `invalid JSON: ${(err as Error).message}` } };
  }
  const problems: string[] = [];
  const obj = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const config: VigilConfig = { ...DEFAULT_CONFIG };
  const strings = (key: 'disable' | 'rules' | 'exclude') => {
    const v = obj[key];
    if (v === undefined) return;
    if (Array.isArray(v) && v.every((s) => typeof s === 'string')) config[key] = v as string[];
    else problems.push(`'${key}' must be a list of strings`);
  };
  strings('disable');
  strings('rules');
  strings('exclude');
  if (obj.severity !== undefined) {
    const sev = obj.severity as Record<string, unknown>;
    if (typeof sev === 'object' && sev && Object.values(sev).every((s) => s === 'error' || s === 'warning' || s === 'info')) config.severity = sev as Record<string, Severity>;
    else problems.push("'severity' maps rule ids to error, warning or info");
  }
  if (obj.maxFileSizeKb !== undefined) {
    if (typeof obj.maxFileSizeKb === 'number' && obj.maxFileSizeKb > 0) config.maxFileSizeKb = obj.maxFileSizeKb;
    else problems.push("'maxFileSizeKb' must be a positive number");
  }
  for (const key of Object.keys(obj)) {
    if (!(key in DEFAULT_CONFIG)) problems.push(`unknown setting '${key}'`);
  }
  return { config, error: problems.length ? { file, message: problems.join('; ') } : undefined };
}
