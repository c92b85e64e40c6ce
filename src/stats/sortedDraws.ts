import { CsiError, type CsiIssue } from '../errors.js';
import { checkLevel } from './resolveTestOptions.js';
import { sortFloat64 } from '../numeric/sortFloat64.js';

/** Sorted finite bootstrap draws. @internal */
export interface SortedDraws {
  readonly sorted: Float64Array;
  readonly failed: number;
}

/**
 * Guards the level (the public interval functions check it as an option first; this catches
 * internal callers), removes `NaN` draws (failed resamples, counted) and sorts the rest.
 * Infinite draws and fewer than 2 finite draws are errors. @internal
 *
 * @example
 * ```ts
 * sortedDraws([3, NaN, 1], 0.95); // { sorted: [1, 3], failed: 1 }
 * ```
 */
export function sortedDraws(draws: ArrayLike<number>, level: number): SortedDraws {
  const issues: CsiIssue[] = [];
  checkLevel(level, issues);
  if (issues.length > 0) throw new CsiError('INVALID_OPTIONS', issues);
  const out = new Float64Array(draws.length);
  let k = 0;
  let failed = 0;
  for (let i = 0; i < draws.length; i++) {
    const v = draws[i]!;
    if (Number.isNaN(v)) failed++;
    else if (!Number.isFinite(v)) issues.push({ kind: 'not_finite', message: `Bootstrap draw ${i + 1} is ${v}; expected a finite number (or NaN for a failed resample).`, row: i + 1, value: v });
    else out[k++] = v;
  }
  if (issues.length > 0) throw new CsiError('INVALID_DATA', issues);
  if (k < 2) throw new CsiError('INSUFFICIENT_DATA', [{ kind: 'too_few_draws', message: `Only ${k} finite bootstrap draws; an interval needs at least 2.`, value: k }]);
  return { sorted: sortFloat64(out.slice(0, k)), failed };
}
