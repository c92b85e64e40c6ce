import { CsiError, type CsiIssue } from '../errors.js';
import { normalQuantile } from './normalQuantile.js';
import { checkLevel } from './resolveTestOptions.js';
import { checkPositive, type SampleSize } from './sampleSizeForMean.js';
import { checkArguments, checkOptions, keysSpec, objectRule } from '../validate/index.js';

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
  checkOptions(input, keysSpec(['sd', 'delta', 'level', 'power']), 'sampleSizeForDifference');
  const level = input.level ?? 0.95;
  const power = input.power ?? 0.8;
  const issues: CsiIssue[] = [];
  checkLevel(level, issues);
  checkLevel(power, issues, 'power');
  checkPositive([['sd', input.sd], ['delta', input.delta]], issues);
  if (issues.length > 0) throw new CsiError('INVALID_OPTIONS', issues);
  const z = normalQuantile((1 + level) / 2) + normalQuantile(power);
  const exact = (2 * z * z * input.sd * input.sd) / (input.delta * input.delta);
  return Object.freeze({ n: Math.ceil(exact - 1e-9), exact });
}
