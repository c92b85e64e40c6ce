import { normalQuantile } from './normalQuantile.js';
import { positiveIssues, type SampleSize } from './sampleSizeForMean.js';
import { checkArguments, checkOptions, keysSpec, levelRule, numberRule, objectRule, type OptionSpec } from '../validate/index.js';

const PROPORTION_SPEC: OptionSpec = {
  ...keysSpec(['margin']),
  proportion: numberRule({ min: 0, max: 1, gt: true, lt: true, example: 0.5 }),
  level: levelRule,
};

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
  checkOptions(input, PROPORTION_SPEC, 'sampleSizeForProportion', positiveIssues([['margin', input.margin]]));
  const level = input.level ?? 0.95;
  const p = input.proportion ?? 0.5;
  const z = normalQuantile((1 + level) / 2);
  const exact = (z * z * p * (1 - p)) / (input.margin * input.margin);
  return Object.freeze({ n: Math.ceil(exact - 1e-9), exact });
}
