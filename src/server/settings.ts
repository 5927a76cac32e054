// Settings arrive from any client (VS Code, Neovim, tests) as untyped JSON: take what is valid,
// fall back to the default per key, and never throw.
import type { Severity } from '../engine';
import { DEFAULT_SETTINGS, type ServerSettings } from './protocol';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

function strings(v: unknown, fallback: string[]): string[] {
  return Array.isArray(v) && v.every((s) => typeof s === 'string') ? v : fallback;
}

function number(v: unknown, fallback: number, min: number): number {
  return typeof v === 'number' && Number.isFinite(v) && v >= min ? v : fallback;
}

export function normaliseSettings(raw: unknown, base: ServerSettings = DEFAULT_SETTINGS): ServerSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const ai = (r.ai && typeof r.ai === 'object' ? r.ai : {}) as Record<string, unknown>;
  return {
    enable: typeof r.enable === 'boolean' ? r.enable : base.enable,
    languages: strings(r.languages, base.languages),
    minimumSeverity: SEVERITIES.includes(r.minimumSeverity as Severity) ? (r.minimumSeverity as Severity) : base.minimumSeverity,
    exclude: strings(r.exclude, base.exclude),
    rulePacks: strings(r.rulePacks, base.rulePacks),
    disabledRules: strings(r.disabledRules, base.disabledRules),
    debounceMs: number(r.debounceMs, base.debounceMs, 0),
    maxFileSizeKb: number(r.maxFileSizeKb, base.maxFileSizeKb, 1),
    ai: { enabled: typeof ai.enabled === 'boolean' ? ai.enabled : base.ai.enabled },
  };
}
