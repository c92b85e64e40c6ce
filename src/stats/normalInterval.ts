import { deepFreeze } from '../util/record.js';
import { normalQuantile } from './normalQuantile.js';
import { sampleMoments } from './sampleMoments.js';
import { sortedDraws } from './sortedDraws.js';
import type { BootstrapInterval, IntervalOptions } from './types.js';
import { anyNumberRule, booleanRule, checkArguments, checkOptions, levelRule, numbersRule } from '../validate/index.js';

/** Options of {@link normalInterval}. */
export interface NormalIntervalOptions extends IntervalOptions {
  /**
   * Centre the interval on the bias-corrected estimate `2θ̂ − θ̄*` (R `boot::norm.ci`);
   * `false` centres it on θ̂. @defaultValue true
   */
  readonly biasCorrected?: boolean;
}

/**
 * Normal-approximation bootstrap interval `θ̂ − bias ± z_{1−α/2}·SE*`.
 *
 * @remarks
 * bias = θ̄* − θ̂, SE* = standard deviation of the draws (divisor B − 1); Efron & Tibshirani
 * (1993) §13.2, Davison & Hinkley (1997) eq. 5.5 (R `boot::norm.ci`). `NaN` draws are ignored
 * and counted. Checked against an independent NumPy computation.
 *
 * @example
 * ```ts
 * normalInterval([0.41, 0.38, 0.45, 0.40, 0.43], 0.42);
 * ```
 */
export function normalInterval(
  draws: ArrayLike<number>,
  estimate: number,
  options?: NormalIntervalOptions,
): BootstrapInterval {
  checkArguments('normalInterval', [['draws', draws, numbersRule('an array of bootstrap draws (NaN = failed)')], ['estimate', estimate, anyNumberRule]]);
  const level = checkOptions(options, { level: levelRule, biasCorrected: booleanRule }, 'normalInterval').level ?? 0.95;
  const { sorted, failed } = sortedDraws(draws, level);
  return deepFreeze(normalOfSorted(sorted, failed, estimate, level, options?.biasCorrected !== false));
}

/** The normal interval of draws already sorted by `sortedDraws` (moments summed in sorted order). @internal */
export function normalOfSorted(sorted: Float64Array, failed: number, estimate: number, level: number, biasCorrected: boolean): BootstrapInterval {
  const m = sampleMoments(sorted);
  const centre = biasCorrected ? 2 * estimate - m.mean : estimate;
  const half = normalQuantile((1 + level) / 2) * Math.sqrt(m.variance);
  return { method: 'normal' as const, lower: centre - half, upper: centre + half, level, draws: sorted.length, failed, warnings: [] };
}
