// The AI-fix settings, read in one place. The API key is NOT a setting: it lives in SecretStorage.
import type * as vscode from 'vscode';
import { readConfig } from '../config';

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
  // Through the extension's one settings reader (src/extension/config.ts). (e2e merge of lsp + aifix)
  const { ai } = readConfig(scope);
  const cap = Number(ai.dailyCostCapUsd);
  return {
    enabled: ai.enabled,
    model: ai.model || DEFAULT_AI_MODEL,
    baseUrl: ai.baseUrl?.trim() || undefined,
    dailyCostCapUsd: Number.isFinite(cap) && cap >= 0 ? cap : 1,
  };
}
