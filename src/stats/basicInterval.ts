import { deepFreeze } from '../util/record.js';
import { quantile } from './quantile.js';
import { sortedDraws } from './sortedDraws.js';
import type { BootstrapInterval, IntervalOptions } from './types.js';
import { INTERVAL_OPTION_SPEC } from './percentileInterval.js';
import { anyNumberRule, checkArguments, checkOptions, numbersRule } from '../validate/index.js';

/**
 * Basic (reverse-percentile, "hybrid") bootstrap interval `[2θ̂ − q_{1−α/2}, 2θ̂ − q_{α/2}]`.
 *
 * @remarks
 * Davison & Hinkley (1997), *Bootstrap Methods and their Application*, eq. 5.6; R
 * `boot.ci(type = "basic")` up to the quantile rule (here type 7). `NaN` draws are ignored and
 * counted. Checked against an independent NumPy computation.
 *
 * @param estimate - The original-sample estimate θ̂.
 *
 * @example
 * ```ts
 * basicInterval([0.41, 0.38, 0.45, 0.40, 0.43], 0.42, { level: 0.9 });
 * ```
 */
export function basicInterval(draws: ArrayLike<number>, estimate: number, options?: IntervalOptions): BootstrapInterval {
  checkArguments('basicInterval', [['draws', draws, numbersRule('an array of bootstrap draws (NaN = failed)')], ['estimate', estimate, anyNumberRule]]);
  const level = checkOptions(options, INTERVAL_OPTION_SPEC, 'basicInterval').level ?? 0.95;
  const { sorted, failed } = sortedDraws(draws, level);
  return deepFreeze(basicOfSorted(sorted, failed, estimate, level));
}

/** The basic interval of draws already sorted by `sortedDraws`. @internal */
export function basicOfSorted(sorted: Float64Array, failed: number, estimate: number, level: number): BootstrapInterval {
  const a = (1 - level) / 2;
  const [qLo, qHi] = quantile(sorted, [a, 1 - a], { sorted: true }) as [number, number];
  return {
    method: 'basic' as const,
    lower: 2 * estimate - qHi,
    upper: 2 * estimate - qLo,
    level,
    draws: sorted.length,
    failed,
    probabilities: [a, 1 - a] as [number, number],
    warnings: [],
  };
}
