import type { CsiIssue } from '../errors.js';
import { normalQuantile } from './normalQuantile.js';
import { checkArguments, checkOptions, keysSpec, levelRule, objectRule } from '../validate/index.js';

/** Inputs of {@link sampleSizeForMean}. */
export interface SampleSizeForMeanInput {
  /** Expected standard deviation σ of the respondent scores (index points: 15–20 is typical). */
  readonly sd: number;
  /** Desired margin of error E (half-width of the interval). */
  readonly margin: number;
  /** Confidence level. @defaultValue 0.95 */
  readonly level?: number;
}

/** A required sample size. */
export interface SampleSize {
  /** Rounded up to a whole respondent. */
  readonly n: number;
  /** Unrounded value of the formula. */
  readonly exact: number;
}

/** The issues of the required sample-size inputs (each a positive number). @internal */
export function positiveIssues(entries: readonly (readonly [string, number])[]): CsiIssue[] {
  const issues: CsiIssue[] = [];
  for (const [name, v] of entries) {
    if (!(Number.isFinite(v) && v > 0)) issues.push({ kind: 'invalid_input', message: `"${name}" is ${v}; expected a positive number.`, value: v });
  }
  return issues;
}

/**
 * Respondents needed to estimate a mean (an index) within ±E: `n = (z_{1−α/2}·σ/E)²`.
 *
 * @remarks
 * See docs/methodology.md#sample-size (Cochran 1977, *Sampling Techniques*, eq. 4.3): with σ = 15 index points,
 * ±2 points at 95% needs n = 217 (216.1 rounded up). Normal quantile, no finite-population
 * correction.
 *
 * @example
 * ```ts
 * sampleSizeForMean({ sd: 15, margin: 2 }).n; // 217
 * ```
 */
export function sampleSizeForMean(input: SampleSizeForMeanInput): SampleSize {
  checkArguments('sampleSizeForMean', [['input', input, objectRule('an object such as { sd: 1.5, margin: 0.1 }')]], 'INVALID_OPTIONS');
  checkOptions(input, { ...keysSpec(['sd', 'margin']), level: levelRule }, 'sampleSizeForMean', positiveIssues([['sd', input.sd], ['margin', input.margin]]));
  const level = input.level ?? 0.95;
  const z = normalQuantile((1 + level) / 2);
  const exact = ((z * input.sd) / input.margin) ** 2;
  return Object.freeze({ n: Math.ceil(exact - 1e-9), exact });
}
