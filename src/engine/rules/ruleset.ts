// The rules in force for one workspace: built-in packs, workspace packs, extra packs, minus what
// the config disables, with severities overridden. Queries are compiled lazily per language, once.
import type { Language } from 'web-tree-sitter';
import type { RuleLoadError, Severity } from '../model';
import { disposeTaint } from '../analysis/compileTaint';
import { loadTaintLibraries, type TaintLibrary } from '../analysis/library';
import { compileLanguage, type CompiledLanguage } from './compile';
import { loadRuleDir } from './load';
import type { Rule } from './rule';

export interface RuleSetOptions {
  /** Folders of rule packs, in order; a later pack's rule replaces an earlier one with the same id. */
  packs: Array<{ dir: string; label: string }>;
  disabled?: string[];
  severityOverrides?: Record<string, Severity>;
  /** Folders searched for taint libraries (`_taint.yaml`), in order; defaults to the packs. */
  libraryDirs?: string[];
}

export class RuleSet {
  readonly rules: Rule[];
  readonly loadErrors: RuleLoadError[] = [];
  /** Taint libraries (`_taint.yaml`) of every pack, in pack order. */
  readonly taintLibraries: TaintLibrary[];
  private readonly compiled = new Map<string, CompiledLanguage>();

  constructor(options: RuleSetOptions) {
    const byId = new Map<string, Rule>();
    for (const { dir, label } of options.packs) {
      const pack = loadRuleDir(dir, label);
      for (const rule of pack.rules) byId.set(rule.id, rule);
      this.loadErrors.push(...pack.errors);
    }
    const libs = loadTaintLibraries(options.libraryDirs ?? options.packs.map((p) => p.dir));
    this.taintLibraries = libs.libraries;
    this.loadErrors.push(...libs.errors);
    const disabled = new Set(options.disabled ?? []);
    this.rules = [...byId.values()]
      .filter((r) => !disabled.has(r.id))
      .map((r) => (options.severityOverrides?.[r.id] ? { ...r, severity: options.severityOverrides[r.id] } : r))
      .sort((a, b) => a.id.localeCompare(b.id));
  }

  get(id: string): Rule | undefined {
    return this.rules.find((r) => r.id === id);
  }

  /** The compiled queries for a language (compiled on first use; errors kept for reporting). */
  forLanguage(languageId: string, language: Language): CompiledLanguage {
    let c = this.compiled.get(languageId);
    if (!c) {
      c = compileLanguage(languageId, language, this.rules, this.taintLibraries);
      this.compiled.set(languageId, c);
    }
    return c;
  }

  /** Every problem found so far: load errors plus compile errors of the languages compiled yet. */
  get errors(): RuleLoadError[] {
    return [...this.loadErrors, ...[...this.compiled.values()].flatMap((c) => c.errors)];
  }

  dispose(): void {
    for (const c of this.compiled.values()) {
      c.queries.delete();
      disposeTaint(c.taint);
    }
    this.compiled.clear();
  }
}
