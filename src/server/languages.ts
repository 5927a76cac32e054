// Editor language ids -> engine language ids, and the comment syntax used for suppressions.
import type { Engine } from '../engine';
import { uriToPath } from './uri';

/** Editor ids that differ from the engine's grammar ids (the rest are the same word). */
const EDITOR_TO_ENGINE: Record<string, string> = {
  javascriptreact: 'javascript', // VS Code
  typescriptreact: 'tsx',
  js: 'javascript', // Emacs (eglot derives the id from the major mode)
  jsx: 'javascript', // Helix
  hcl: 'terraform',
  sh: 'shellscript', // Neovim, Emacs
  bash: 'shellscript', // Helix
  'c++': 'cpp',
  cs: 'csharp', // Neovim
  'c-sharp': 'csharp', // Helix
};

/** The engine languages switched on by the `languages` setting (given in any editor's ids). */
export function enabledLanguages(editorIds: string[]): Set<string> {
  return new Set(editorIds.map((id) => EDITOR_TO_ENGINE[id] ?? id));
}

/** The engine language of a document, or undefined when Vigil has no grammar for it. */
export function engineLanguage(engine: Engine, editorLanguageId: string, uri: string): string | undefined {
  const mapped = EDITOR_TO_ENGINE[editorLanguageId] ?? editorLanguageId;
  if (engine.registry.info(mapped)) return mapped;
  const path = uriToPath(uri);
  return path ? engine.languageForPath(path)?.id : undefined;
}

/** Languages whose grammar has block comments only; everything in the manifest with lineComment uses that. */
const BLOCK_COMMENTS: Record<string, [string, string]> = {
  css: ['/*', ' */'],
  html: ['<!--', ' -->'],
  xml: ['<!--', ' -->'],
};

/** How to write a comment in a language, or undefined when it has none (JSON). */
export function commentSyntax(engine: Engine, languageId: string): { start: string; end: string } | undefined {
  const line = engine.registry.info(languageId)?.lineComment;
  if (line) return { start: line, end: '' };
  const block = BLOCK_COMMENTS[languageId];
  return block ? { start: block[0], end: block[1] } : undefined;
}
