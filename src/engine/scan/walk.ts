// Finding the files of a workspace scan. Every file that is not scanned is reported with its
// reason; nothing is dropped silently. Honours .gitignore files at every level.
import { readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { SkippedFile } from '../model';

/** Folders that hold dependencies, build output or tool state rather than the project's own code. */
export const DEFAULT_EXCLUDED_DIRS = new Set([
  'node_modules', '.git', '.hg', '.svn', 'dist', 'build', 'out', 'target', 'vendor', 'third_party',
  'bower_components', '.venv', 'venv', '__pycache__', '.tox', '.mypy_cache', 'coverage', '.next', '.nuxt',
  '.gradle', '.idea', '.vscode-test',
]);

export interface WalkOptions {
  /** Extra gitignore-style patterns (from config or host settings). */
  exclude?: string[];
  isSupported: (path: string) => boolean;
}

export interface WalkResult {
  files: Array<{ path: string; size: number }>;
  skipped: SkippedFile[];
}

/** Walks `roots` (files or folders). Paths in the result are as given (joined under each root). */
export function walk(roots: string[], options: WalkOptions): WalkResult {
  const result: WalkResult = { files: [], skipped: [] };
  const extra = ignore().add(options.exclude ?? []);
  for (const root of roots) {
    let st: Stats;
    try {
      st = statSync(root);
    } catch (err) {
      result.skipped.push({ file: root, reason: 'unreadable', detail: (err as Error).message });
      continue;
    }
    if (st.isFile()) {
      if (options.isSupported(root)) result.files.push({ path: root, size: st.size });
      else result.skipped.push({ file: root, reason: 'unsupported-language' });
      continue;
    }
    visit(root, root, [], extra, options, result);
  }
  return result;
}

interface IgnoreLayer { base: string; ig: Ignore }

function visit(root: string, dir: string, layers: IgnoreLayer[], extra: Ignore, options: WalkOptions, result: WalkResult): void {
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch (err) {
    result.skipped.push({ file: dir, reason: 'unreadable', detail: (err as Error).message });
    return;
  }
  const here = entries.includes('.gitignore') ? [...layers, { base: dir, ig: ignore().add(safeRead(join(dir, '.gitignore'))) }] : layers;
  for (const name of entries) {
    const full = join(dir, name);
    let st: Stats;
    try {
      st = statSync(full);
    } catch (err) {
      result.skipped.push({ file: full, reason: 'unreadable', detail: (err as Error).message });
      continue;
    }
    const isDir = st.isDirectory();
    if (isDir && DEFAULT_EXCLUDED_DIRS.has(name)) {
      result.skipped.push({ file: full, reason: 'excluded-directory' });
      continue;
    }
    const rel = toPosix(relative(root, full)) + (isDir ? '/' : '');
    if (rel && extra.ignores(rel)) {
      result.skipped.push({ file: full, reason: 'excluded-by-config' });
      continue;
    }
    if (here.some((l) => { const r = toPosix(relative(l.base, full)) + (isDir ? '/' : ''); return r !== '' && l.ig.ignores(r); })) {
      result.skipped.push({ file: full, reason: 'ignored-by-gitignore' });
      continue;
    }
    if (isDir) visit(root, full, here, extra, options, result);
    else if (!st.isFile()) continue;
    else if (!options.isSupported(full)) {
      if (!name.startsWith('.')) result.skipped.push({ file: full, reason: 'unsupported-language' });
    } else result.files.push({ path: full, size: st.size });
  }
}

function safeRead(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}
