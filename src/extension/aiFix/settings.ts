// The AI-fix settings, read in one place. The API key is NOT a setting: it lives in SecretStorage.
import * as vscode from 'vscode';

export const DEFAULT_AI_MODEL = 'claude-sonnet-5-5';
export const API_KEY_SECRET = 'vigil.anthropicApiKey';

export interface AiSettings {
  enabled: boolean;
  model: string;
  /** Empty means Anthropic's default endpoint. */
  baseUrl?: string;
  /** 0 means no cap. */
  dailyCostCapUsd: number;
}

export function readAiSettings(scope?: vscode.ConfigurationScope): AiSettings {
  const c = vscode.workspace.getConfiguration('vigil.ai', scope);
  const cap = Number(c.get<number>('dailyCostCapUsd', 1));
  return {
    enabled: c.get<boolean>('enabled', true),
    model: c.get<string>('model', DEFAULT_AI_MODEL) || DEFAULT_AI_MODEL,
    baseUrl: c.get<string>('baseUrl', '')?.trim() || undefined,
    dailyCostCapUsd: Number.isFinite(cap) && cap >= 0 ? cap : 1,
  };
}
