// Token cost of a fix, as an ESTIMATE from the usage the API reports and a small price table by
// model family (US$ per million tokens, list prices as known when written; they change). And a
// daily cap: the running total lives in a small JSON file chosen by the host.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { FixError, type TokenUsage } from './types';

interface Price { input: number; output: number }

const PRICES: Array<[RegExp, Price]> = [
  [/opus/i, { input: 15, output: 75 }],
  [/sonnet/i, { input: 3, output: 15 }],
  [/haiku/i, { input: 1, output: 5 }],
];
// Unknown families are priced like the most expensive one, so the cap errs on the safe side.
const FALLBACK: Price = { input: 15, output: 75 };

export interface CostEstimate {
  usd: number;
  /** Always true: this is a price-table estimate, not a bill. */
  estimate: true;
  basis: string;
  usage: TokenUsage;
}

export function addUsage(a: TokenUsage, b: TokenUsage): TokenUsage {
  return { inputTokens: a.inputTokens + b.inputTokens, outputTokens: a.outputTokens + b.outputTokens, cacheReadTokens: a.cacheReadTokens + b.cacheReadTokens, cacheWriteTokens: a.cacheWriteTokens + b.cacheWriteTokens };
}

export const NO_USAGE: TokenUsage = { inputTokens: 0, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0 };

export function estimateCost(model: string, usage: TokenUsage): CostEstimate {
  const match = PRICES.find(([re]) => re.test(model));
  const price = match?.[1] ?? FALLBACK;
  // Prompt-cache reads cost 0.1× and writes 1.25× the input price.
  const usd = (usage.inputTokens * price.input + usage.cacheReadTokens * price.input * 0.1 + usage.cacheWriteTokens * price.input * 1.25 + usage.outputTokens * price.output) / 1e6;
  return {
    usd,
    estimate: true,
    basis: `estimate: ${match ? `${model} priced as ${match[0].source}` : `unknown model ${model} priced as the most expensive family`} at $${price.input}/$${price.output} per million input/output tokens`,
    usage,
  };
}

interface BudgetState { day: string; spentUsd: number }

/** A daily spending cap kept in a JSON file the host points to (e.g. the extension's global storage). */
export class DailyBudget {
  constructor(private readonly file: string, readonly capUsd: number, private readonly now: () => Date = () => new Date()) {}

  private today(): string {
    return this.now().toISOString().slice(0, 10);
  }

  spentToday(): number {
    if (!existsSync(this.file)) return 0;
    try {
      const state = JSON.parse(readFileSync(this.file, 'utf8')) as BudgetState;
      return state.day === this.today() && typeof state.spentUsd === 'number' ? state.spentUsd : 0;
    } catch {
      return 0; // a damaged file must not block the user forever; it is rewritten on the next record()
    }
  }

  /** Throws a clear error when today's estimated spend has reached the cap. */
  assertAvailable(): void {
    if (this.capUsd <= 0) return; // 0 means no cap
    const spent = this.spentToday();
    if (spent >= this.capUsd) {
      throw new FixError('budget', `today's AI fix budget is used up (estimated $${spent.toFixed(4)} of $${this.capUsd.toFixed(2)}); raise the daily cap setting or try again tomorrow (UTC)`);
    }
  }

  record(usd: number): void {
    const state: BudgetState = { day: this.today(), spentUsd: this.spentToday() + usd };
    mkdirSync(dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(state) + '\n');
    renameSync(tmp, this.file);
  }
}
