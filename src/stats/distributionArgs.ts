/**
 * Argument and option checks of the distribution functions. @internal
 */
import type { CsiIssue } from '../errors.js';
import { booleanRule, checkOptions, describeValue, type OptionSpec } from '../validate/index.js';

/** `{ lowerTail }`, the one option of every distribution function. @internal */
export const TAIL_OPTION_SPEC: OptionSpec = { lowerTail: booleanRule };

/** A value that must be a number (`NaN` allowed: it gives `NaN`). @internal */
export function numberArg(fn: string, name: string, v: unknown): CsiIssue[] {
  return typeof v === 'number' ? [] : [{ kind: 'invalid_argument', value: describeValue(v), message: `${fn}: ${name} is ${describeValue(v)}; expected a number.` }];
}

/** A probability in [0, 1] (`NaN` allowed: it gives `NaN`). @internal */
export function probabilityArg(fn: string, v: unknown): CsiIssue[] {
  if (typeof v === 'number' && (Number.isNaN(v) || (v >= 0 && v <= 1))) return [];
  return [{ kind: 'invalid_argument', value: typeof v === 'number' ? v : describeValue(v), message: `${fn}: the probability is ${describeValue(v)}; expected a number from 0 to 1.` }];
}

/** Degrees of freedom: a number > 0 (`Infinity` allowed; `NaN` gives `NaN`). @internal */
export function dfArg(fn: string, name: string, v: unknown): CsiIssue[] {
  if (typeof v === 'number' && (Number.isNaN(v) || v > 0)) return [];
  return [{ kind: 'invalid_argument', value: typeof v === 'number' ? v : describeValue(v), message: `${fn}: ${name} is ${describeValue(v)}; expected a number greater than 0 (degrees of freedom).` }];
}

/**
 * Checks `{ lowerTail }` and the argument issues together; returns whether the lower tail is
 * asked for. Throws one `CsiError('INVALID_OPTIONS')` with every problem. @internal
 */
export function lowerTailOf(options: { readonly lowerTail?: boolean } | undefined, fn: string, argIssues: readonly CsiIssue[]): boolean {
  if (options === undefined && argIssues.length === 0) return true;
  return checkOptions(options, TAIL_OPTION_SPEC, fn, argIssues).lowerTail ?? true;
}
