import { deepFreeze } from '../util/record.js';
import { quantile } from './quantile.js';
import { sortedDraws } from './sortedDraws.js';
import type { BootstrapInterval, IntervalOptions } from './types.js';
import { checkArguments, checkOptions, levelRule, numbersRule, type OptionSpec } from '../validate/index.js';

/** The options of the bootstrap interval functions. @internal */
export const INTERVAL_OPTION_SPEC: OptionSpec = { level: levelRule };

/**
 * Bootstrap percentile interval `[q_{α/2}, q_{1−α/2}]` of the draws.
 *
 * @remarks
 * Efron & Tibshirani (1993), *An Introduction to the Bootstrap*, §13.3. Quantiles are R's
 * type 7 (`quantile` default), as seminr uses (docs/methodology.md#bootstrap-intervals). `NaN` draws (failed resamples)
 * are ignored and counted in `failed`. Checked against NumPy 2.4.6 `np.quantile` (linear).
 *
 * @param draws - Bootstrap replicates θ*₁ … θ*_B.
 * @param options - `level`: confidence level. @defaultValue `{ level: 0.95 }`
 *
 * @example
 * ```ts
 * percentileInterval([0.41, 0.38, 0.45, 0.40, 0.43], { level: 0.9 }); // { lower: 0.384, upper: 0.446, … }
 * ```
 */
export function percentileInterval(draws: ArrayLike<number>, options?: IntervalOptions): BootstrapInterval {
  checkArguments('percentileInterval', [['draws', draws, numbersRule('an array of bootstrap draws (NaN = failed)')]]);
  const level = checkOptions(options, INTERVAL_OPTION_SPEC, 'percentileInterval').level ?? 0.95;
  const { sorted, failed } = sortedDraws(draws, level);
  return deepFreeze(percentileOfSorted(sorted, failed, level));
}

/**
 * The percentile interval of draws already sorted by `sortedDraws` (the bootstrap summary sorts
 * once for all five intervals). @internal
 */
export function percentileOfSorted(sorted: Float64Array, failed: number, level: number): BootstrapInterval {
  const a = (1 - level) / 2;
  const [lower, upper] = quantile(sorted, [a, 1 - a], { sorted: true }) as [number, number];
  return { method: 'percentile' as const, lower, upper, level, draws: sorted.length, failed, probabilities: [a, 1 - a] as [number, number], warnings: [] };
}
