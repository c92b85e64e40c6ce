/** Argument helpers for the `csi` command (Node only). @internal */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { nearest } from '../util/record.js';
import { langProblem } from './checkLang.js';

/** A usage error: exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface Parsed {
  readonly values: Record<string, string | boolean | string[] | undefined>;
  readonly positionals: string[];
}

/** Parses `argv` strictly; unknown flags become a UsageError naming the flag. */
export function parse(argv: readonly string[], options: OptionSpec): Parsed {
  let parsed: Parsed;
  try {
    const r = parseArgs({ args: [...argv], options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
    parsed = { values: r.values as Parsed['values'], positionals: r.positionals };
  } catch (e) {
    const message = e instanceof Error ? e.message.replace(/^TypeError \[[A-Z_]+\]: /, '') : String(e);
    const unknown = /^Unknown option '(--?[^']+)'/.exec(message);
    if (unknown !== null) {
      const flagName = (unknown[1] ?? '').replace(/^-+/, '');
      const guess = nearest(flagName, Object.keys(options));
      throw new UsageError(`Unknown option --${flagName}${guess !== undefined ? ` — did you mean --${guess}?` : '.'}`);
    }
    throw new UsageError(message);
  }
  // a report's language is checked before any work is done
  const lang = parsed.values['lang'];
  const problem = typeof lang === 'string' && 'lang' in options ? langProblem(lang) : undefined;
  if (problem !== undefined) throw new UsageError(problem);
  return parsed;
}

export function str(p: Parsed, name: string): string | undefined {
  const v = p.values[name];
  return typeof v === 'string' ? v : undefined;
}

export function required(p: Parsed, name: string): string {
  const v = str(p, name);
  if (v === undefined || v === '') throw new UsageError(`Missing required option --${name}.`);
  return v;
}

export function num(p: Parsed, name: string): number | undefined {
  const v = str(p, name);
  if (v === undefined) return undefined;
  const x = Number(v);
  if (!Number.isFinite(x)) throw new UsageError(`Option --${name} expects a number, got "${v}".`);
  return x;
}

export function flag(p: Parsed, name: string): boolean {
  return p.values[name] === true;
}

export function oneOf<T extends string>(p: Parsed, name: string, allowed: readonly T[]): T | undefined {
  const v = str(p, name);
  if (v === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(v)) {
    const guess = nearest(v, allowed);
    throw new UsageError(`Option --${name} must be one of ${allowed.join(', ')}; got "${v}"${guess !== undefined ? ` — did you mean "${guess}"?` : '.'}`);
  }
  return v as T;
}
