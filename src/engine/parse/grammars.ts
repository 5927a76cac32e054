// The grammar registry: which languages exist (grammars/languages.json), which file belongs to
// which language, and lazy loading of each .wasm grammar on first use (sha256-checked).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { Language, Parser } from 'web-tree-sitter';

export interface LanguageInfo {
  id: string;
  name: string;
  extensions: string[];
  filenames?: string[];
  wasm: string;
  package: string;
  version: string;
  sha256: string;
  /** The line-comment marker used when Vigil writes a comment (suppressions). */
  lineComment?: string;
}

let runtimeReady: Promise<void> | undefined;

/** web-tree-sitter's own runtime wasm lives next to the grammars, so every host finds it the same way. */
function initRuntime(grammarDir: string): Promise<void> {
  runtimeReady ??= Parser.init({ locateFile: (name: string) => join(grammarDir, name) });
  return runtimeReady;
}

export class GrammarRegistry {
  readonly languages: LanguageInfo[];
  private readonly byExtension = new Map<string, LanguageInfo>();
  private readonly byFilename = new Map<string, LanguageInfo>();
  private readonly loaded = new Map<string, Promise<Language>>();

  constructor(readonly grammarDir: string) {
    const manifestPath = join(grammarDir, 'languages.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { languages: LanguageInfo[] };
    this.languages = manifest.languages;
    for (const lang of this.languages) {
      for (const ext of lang.extensions) this.byExtension.set(ext.toLowerCase(), lang);
      for (const name of lang.filenames ?? []) this.byFilename.set(name, lang);
    }
  }

  info(languageId: string): LanguageInfo | undefined {
    return this.languages.find((l) => l.id === languageId);
  }

  /** Language of a path by file name, then extension; undefined when Vigil has no grammar for it. */
  languageForPath(path: string): LanguageInfo | undefined {
    return this.byFilename.get(basename(path)) ?? this.byExtension.get(extname(path).toLowerCase());
  }

  /** Loads a grammar once; later calls share the same promise. */
  load(languageId: string): Promise<Language> {
    let pending = this.loaded.get(languageId);
    if (!pending) {
      pending = this.loadUncached(languageId);
      this.loaded.set(languageId, pending);
      pending.catch(() => this.loaded.delete(languageId));
    }
    return pending;
  }

  isLoaded(languageId: string): boolean {
    return this.loaded.has(languageId);
  }

  private async loadUncached(languageId: string): Promise<Language> {
    const info = this.info(languageId);
    if (!info) throw new Error(`no grammar for language '${languageId}'`);
    await initRuntime(this.grammarDir);
    const file = join(this.grammarDir, info.wasm);
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      throw new Error(`grammar ${file} is missing; run 'npm run build' to copy the grammars`);
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (sha256 !== info.sha256) {
      throw new Error(`grammar ${file} has sha256 ${sha256}, expected ${info.sha256} (${info.package}@${info.version})`);
    }
    return Language.load(bytes);
  }
}
