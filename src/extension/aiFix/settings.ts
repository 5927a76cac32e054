// The AI-fix settings, read in one place. The API key is NOT a setting: it lives in SecretStorage.
import type * as vscode from 'vscode';
import { readConfig } from '../config';

export const DEFAULT_AI_MODEL = 'claude-sonnet-5-5';
export { API_KEY_SECRET } from '../commands/apiKey';

export interface AiSettings {
  enabled: boolean;
  model: string;
  /** Empty means Anthropic's default endpoint. */
  baseUrl?: string;
  /** 0 means no cap. */
  dailyCostCapUsd: number;
}

/** The AI part of the extension's one settings reader (config.ts), normalised for the fix flow. */
export function readAiSettings(scope?: vscode.ConfigurationScope): AiSettings {
  const { ai } = readConfig(scope);
  const cap = Number(ai.dailyCostCapUsd);
  return {
    enabled: ai.enabled,
    model: ai.model.trim() || DEFAULT_AI_MODEL,
    baseUrl: ai.baseUrl.trim() || undefined,
    dailyCostCapUsd: Number.isFinite(cap) && cap >= 0 ? cap : 1,
  };
}
