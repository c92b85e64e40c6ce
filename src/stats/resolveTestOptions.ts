import type { CsiIssue } from '../errors.js';
import { levelRule, oneOfRule, type OptionRule, type OptionSpec } from '../validate/index.js';
import type { Alternative, TestOptions } from './types.js';

/** Validated alternative and confidence level. @internal */
export interface ResolvedTestOptions {
  readonly alternative: Alternative;
  readonly level: number;
}

/**
 * The rules of the common test options (`alternative`, `level`), spread into each test's
 * option spec so that {@link checkOptions} reports them with the other options. @internal
 */
export const TEST_OPTION_SPEC: OptionSpec = { alternative: oneOfRule(['two-sided', 'less', 'greater']), level: levelRule };

/**
 * Applies the defaults (`'two-sided'`, 0.95) to the common test options, once checked against
 * {@link TEST_OPTION_SPEC}. @internal
 *
 * @example
 * ```ts
 * resolveTestOptions({ level: 0.9 }); // { alternative: 'two-sided', level: 0.9 }
 * ```
 */
export function resolveTestOptions(options: TestOptions | undefined): ResolvedTestOptions {
  return { alternative: options?.alternative ?? 'two-sided', level: options?.level ?? 0.95 };
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
