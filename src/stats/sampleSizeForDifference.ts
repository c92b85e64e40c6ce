import { normalQuantile } from './normalQuantile.js';
import { positiveIssues, type SampleSize } from './sampleSizeForMean.js';
import { checkArguments, checkOptions, keysSpec, levelRule, numberRule, objectRule, type OptionSpec } from '../validate/index.js';

/** `power` is a probability strictly between 0 and 1, like the level. */
const DIFFERENCE_SPEC: OptionSpec = {
  ...keysSpec(['sd', 'delta']),
  level: levelRule,
  power: numberRule({ min: 0, max: 1, gt: true, lt: true, example: 0.8 }),
};

/** Inputs of {@link sampleSizeForDifference}. */
export interface SampleSizeForDifferenceInput {
  /** Common standard deviation σ of the scores in each group. */
  readonly sd: number;
  /** Smallest change Δ worth detecting. */
  readonly delta: number;
  /** Confidence level 1 − α (two-sided test). @defaultValue 0.95 */
  readonly level?: number;
  /** Power 1 − β. @defaultValue 0.8 */
  readonly power?: number;
}

/**
 * Respondents **per group** needed to detect a change Δ between two independent samples
 * (two periods or two competitors): `n = 2(z_{1−α/2} + z_{1−β})²σ²/Δ²`.
 *
 * @remarks
 * See docs/methodology.md#sample-size (normal approximation; Cohen 1988, ch. 2): σ = 15, Δ = 3, α = 0.05,
 * power 0.8 → 392.4, i.e. 393 per group.
 *
 * @example
 * ```ts
 * sampleSizeForDifference({ sd: 15, delta: 3 }).n; // 393
 * ```
 */
export function sampleSizeForDifference(input: SampleSizeForDifferenceInput): SampleSize {
  checkArguments('sampleSizeForDifference', [['input', input, objectRule('an object such as { sd: 1.5, delta: 0.3 }')]], 'INVALID_OPTIONS');
  checkOptions(input, DIFFERENCE_SPEC, 'sampleSizeForDifference', positiveIssues([['sd', input.sd], ['delta', input.delta]]));
  const level = input.level ?? 0.95;
  const power = input.power ?? 0.8;
  const z = normalQuantile((1 + level) / 2) + normalQuantile(power);
  const exact = (2 * z * z * input.sd * input.sd) / (input.delta * input.delta);
  return Object.freeze({ n: Math.ceil(exact - 1e-9), exact });
}
