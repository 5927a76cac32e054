// Argument parsing shared by the CLI commands: node's parseArgs, with usage errors that exit 2.
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(argv: string[], io: Io): Promise<number>;
}

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  isTty: boolean;
  cwd: string;
}

export function parse<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T, usage: string) {
  try {
    return parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\n\n${usage}`);
  }
}

export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (!allowed.includes(value as T)) throw new UsageError(`${flag} must be one of ${allowed.join(', ')}; got '${value}'`);
  return value as T;
}

/** Folders given on the command line (e.g. repeated --rules), resolved against the working directory. */
export const resolveAll = (cwd: string, dirs: string[] | undefined): string[] => (dirs ?? []).map((d) => resolve(cwd, d));
