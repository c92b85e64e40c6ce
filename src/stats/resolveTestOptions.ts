import { CsiError, type CsiIssue } from '../errors.js';
import type { OptionRule } from '../validate/index.js';
import type { Alternative, TestOptions } from './types.js';

/** Validated alternative and confidence level. @internal */
export interface ResolvedTestOptions {
  readonly alternative: Alternative;
  readonly level: number;
}

const ALTERNATIVES: readonly string[] = ['two-sided', 'less', 'greater'];

/**
 * Applies the defaults (`'two-sided'`, 0.95) and validates the common test options. @internal
 *
 * @example
 * ```ts
 * resolveTestOptions({ level: 0.9 }); // { alternative: 'two-sided', level: 0.9 }
 * ```
 */
export function resolveTestOptions(options: TestOptions | undefined): ResolvedTestOptions {
  const alternative = options?.alternative ?? 'two-sided';
  const level = options?.level ?? 0.95;
  const issues: CsiIssue[] = [];
  if (!ALTERNATIVES.includes(alternative)) {
    issues.push({
      kind: 'invalid_alternative',
      message: `Option "alternative" is ${JSON.stringify(alternative)}; expected 'two-sided', 'less' or 'greater'.`,
      value: String(alternative),
    });
  }
  checkLevel(level, issues);
  if (issues.length > 0) throw new CsiError('INVALID_OPTIONS', issues);
  return { alternative, level };
}

/** Adds an issue unless `level` is a number strictly between 0 and 1. @internal */
export function checkLevel(level: number, issues: CsiIssue[], name = 'level'): void {
  if (typeof level !== 'number' || !(level > 0 && level < 1)) {
    issues.push({
      kind: 'invalid_level',
      message: `Option "${name}" is ${String(level)}; expected a number strictly between 0 and 1 (e.g. 0.95).`,
      value: typeof level === 'number' ? level : String(level),
    });
  }
}

/** The `labels` option of the two-sample tests: two strings. @internal */
export const labelPairRule: OptionRule = (v) =>
  Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'string') ? undefined : 'two labels such as ["a", "b"]';
