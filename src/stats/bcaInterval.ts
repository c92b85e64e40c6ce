import { deepFreeze } from '../util/record.js';
import { adjustedPercentiles, type BiasCorrectionOptions } from './biasCorrectedInterval.js';
import { BIAS_CORRECTION_OPTION_SPEC } from './biasCorrectedInterval.js';
import { anyNumberRule, checkArguments, checkOptions, numbersRule } from '../validate/index.js';
import { jackknifeAcceleration } from './jackknifeAcceleration.js';
import { sortedDraws } from './sortedDraws.js';
import type { BootstrapInterval } from './types.js';

/**
 * Bias-corrected and accelerated (BCa) bootstrap interval.
 *
 * @remarks
 * Efron (1987), *JASA* 82:171–185; Efron & Tibshirani (1993) §14.3:
 * `z₀ = Φ⁻¹(#{θ*_b < θ̂}/B)`, acceleration from the jackknife values
 * `a = Σ(θ̄ − θ₍₋ᵢ₎)³/(6[Σ(θ̄ − θ₍₋ᵢ₎)²]^{3/2})` ({@link jackknifeAcceleration}),
 * `α₁ = Φ(z₀ + (z₀ + z_{α/2})/(1 − a(z₀ + z_{α/2})))`, `α₂` likewise with z_{1−α/2}; the
 * interval is the draws' type-7 quantiles at α₁, α₂ (R's `boot` interpolates order statistics
 * on the normal scale instead — results differ slightly for small B). Degenerate z₀ (all
 * draws on one side) collapses to the extreme draw with a warning. Checked against an
 * independent NumPy implementation of Efron's formulas on fixed draws.
 *
 * @param draws - Bootstrap replicates θ*.
 * @param estimate - Original estimate θ̂.
 * @param jackknifeValues - Leave-one-out estimates θ₍₋ᵢ₎, i = 1…n.
 *
 * @example
 * ```ts
 * const x = [3, 5, 4, 8, 6, 9, 7];
 * const mean = (v: number[]) => v.reduce((s, t) => s + t, 0) / v.length;
 * const rng = createRng(1); // src/numeric/random.ts
 * const draws = Array.from({ length: 2000 }, () => mean(x.map(() => x[rng.nextInt(x.length)]!)));
 * const jackknife = x.map((_, i) => mean(x.filter((_, j) => j !== i)));
 * bcaInterval(draws, mean(x), jackknife, { level: 0.95 }); // { lower, upper, z0, acceleration, … }
 * ```
 */
export function bcaInterval(
  draws: ArrayLike<number>,
  estimate: number,
  jackknifeValues: ArrayLike<number>,
  options?: BiasCorrectionOptions,
): BootstrapInterval {
  checkArguments('bcaInterval', [['draws', draws, numbersRule('an array of bootstrap draws (NaN = failed)')], ['estimate', estimate, anyNumberRule], ['jackknife values', jackknifeValues, numbersRule('an array of leave-one-out estimates')]]);
  const level = checkOptions(options, BIAS_CORRECTION_OPTION_SPEC, 'bcaInterval').level ?? 0.95;
  const { sorted, failed } = sortedDraws(draws, level);
  return deepFreeze(bcaOfSorted(sorted, failed, estimate, jackknifeValues, level, options));
}

/** The BCa interval of draws already sorted by `sortedDraws`. @internal */
export function bcaOfSorted(sorted: Float64Array, failed: number, estimate: number, jackknifeValues: ArrayLike<number>, level: number, options?: BiasCorrectionOptions): BootstrapInterval {
  const a = jackknifeAcceleration(jackknifeValues);
  const { z0, p1, p2, lower, upper, warnings } = adjustedPercentiles(sorted, estimate, level, a, options);
  return {
    method: 'bca' as const,
    lower,
    upper,
    level,
    draws: sorted.length,
    failed,
    probabilities: [p1, p2] as [number, number],
    z0,
    acceleration: a,
    warnings,
  };
}
