import { CsiError, type CsiIssue } from '../errors.js';
import { normalQuantile } from './normalQuantile.js';
import { checkLevel } from './resolveTestOptions.js';
import { checkPositive, type SampleSize } from './sampleSizeForMean.js';
import { checkArguments, checkOptions, keysSpec, objectRule } from '../validate/index.js';

/** Inputs of {@link sampleSizeForProportion}. */
export interface SampleSizeForProportionInput {
  /** Margin of error E as a proportion (0.05 = ±5 points). */
  readonly margin: number;
  /** Anticipated proportion p; 0.5 is the worst case. @defaultValue 0.5 */
  readonly proportion?: number;
  /** Confidence level. @defaultValue 0.95 */
  readonly level?: number;
}

/**
 * Respondents needed to estimate a proportion (top-2-box, complaint rate) within ±E:
 * `n = z²_{1−α/2}·p(1 − p)/E²`.
 *
 * @remarks
 * See docs/methodology.md#sample-size (Cochran 1977, eq. 4.2): p = 0.5, ±5 points at 95% → n = 385.
 *
 * @example
 * ```ts
 * sampleSizeForProportion({ margin: 0.05 }).n; // 385
 * ```
 */
export function sampleSizeForProportion(input: SampleSizeForProportionInput): SampleSize {
  checkArguments('sampleSizeForProportion', [['input', input, objectRule('an object such as { margin: 0.03 }')]], 'INVALID_OPTIONS');
  checkOptions(input, keysSpec(['margin', 'proportion', 'level']), 'sampleSizeForProportion');
  const level = input.level ?? 0.95;
  const p = input.proportion ?? 0.5;
  const issues: CsiIssue[] = [];
  checkLevel(level, issues);
  checkPositive([['margin', input.margin]], issues);
  if (!(p > 0 && p < 1)) issues.push({ kind: 'invalid_input', message: `"proportion" is ${p}; expected a number strictly between 0 and 1.`, value: p });
  if (issues.length > 0) throw new CsiError('INVALID_OPTIONS', issues);
  const z = normalQuantile((1 + level) / 2);
  const exact = (z * z * p * (1 - p)) / (input.margin * input.margin);
  return Object.freeze({ n: Math.ceil(exact - 1e-9), exact });
}
