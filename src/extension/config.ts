// The ONE place that reads `vigil.*` settings: a typed snapshot, and change events that say which
// keys changed. Every key read here is declared in package.json and vice versa (a test checks it).
import * as vscode from 'vscode';
import type { ServerSettings } from '../server/protocol';
import { DEFAULT_SETTINGS } from '../server/protocol';

export type GroupBy = 'severity' | 'cwe' | 'file';

/** The server's settings plus what only the editor uses (AI model and spend, the tree's grouping). */
export interface VigilConfig extends Omit<ServerSettings, 'ai'> {
  ai: ServerSettings['ai'] & { model: string; baseUrl: string; dailyCostCapUsd: number };
  findingsGroupBy: GroupBy;
}

export const SECTION = 'vigil';

/** Reads the whole configuration; `get` is the only accessor, so the keys below are the full list. */
export function readConfig(scope?: vscode.ConfigurationScope): VigilConfig {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  const get = <T>(key: string, fallback: T): T => c.get<T>(key, fallback);
  return {
    enable: get('enable', DEFAULT_SETTINGS.enable),
    languages: get('languages', DEFAULT_SETTINGS.languages),
    minimumSeverity: get('minimumSeverity', DEFAULT_SETTINGS.minimumSeverity),
    exclude: get('exclude', DEFAULT_SETTINGS.exclude),
    rulePacks: get('rulePacks', DEFAULT_SETTINGS.rulePacks),
    disabledRules: get('disabledRules', DEFAULT_SETTINGS.disabledRules),
    debounceMs: get('debounceMs', DEFAULT_SETTINGS.debounceMs),
    maxFileSizeKb: get('maxFileSizeKb', DEFAULT_SETTINGS.maxFileSizeKb),
    ai: {
      enabled: get('ai.enabled', true),
      model: get('ai.model', 'claude-sonnet-5-5'),
      baseUrl: get('ai.baseUrl', ''),
      dailyCostCapUsd: get('ai.dailyCostCapUsd', 1),
    },
    findingsGroupBy: get('findings.groupBy', 'severity' as GroupBy),
  };
}

/** What the language server needs. In an untrusted workspace there is no AI (and the server loads no workspace packs). */
export function toServerSettings(config: VigilConfig, trusted = vscode.workspace.isTrusted): ServerSettings {
  return {
    enable: config.enable,
    languages: config.languages,
    minimumSeverity: config.minimumSeverity,
    exclude: config.exclude,
    rulePacks: trusted ? config.rulePacks : [],
    disabledRules: config.disabledRules,
    debounceMs: config.debounceMs,
    maxFileSizeKb: config.maxFileSizeKb,
    ai: { enabled: config.ai.enabled && trusted },
  };
}

/** Which top-level keys of the snapshot differ (e.g. ['minimumSeverity', 'ai']). */
export function changedKeys(before: VigilConfig, after: VigilConfig): Array<keyof VigilConfig> {
  return (Object.keys(after) as Array<keyof VigilConfig>).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

/** Calls `listener` with the changed keys whenever a `vigil.*` setting changes. */
export function onConfigChange(listener: (changed: Array<keyof VigilConfig>, config: VigilConfig) => void): vscode.Disposable {
  let current = readConfig();
  return vscode.workspace.onDidChangeConfiguration((e) => {
    if (!e.affectsConfiguration(SECTION)) return;
    const next = readConfig();
    const changed = changedKeys(current, next);
    current = next;
    if (changed.length) listener(changed, next);
  });
}

/** Writes `vigil.enable` where it takes effect: the workspace when one is open, else the user settings. */
export async function setEnabled(enabled: boolean): Promise<void> {
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await vscode.workspace.getConfiguration(SECTION).update('enable', enabled, target);
}

export function setGroupBy(groupBy: GroupBy): Thenable<void> {
  return vscode.workspace.getConfiguration(SECTION).update('findings.groupBy', groupBy, vscode.ConfigurationTarget.Global);
}
