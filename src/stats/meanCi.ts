import { deepFreeze } from '../util/record.js';
import { finiteValues, requireCount } from './finiteValues.js';
import { sampleMoments } from './sampleMoments.js';
import { studentTQuantile } from './studentTQuantile.js';
import type { ConfidenceInterval } from './types.js';
import { weightedPairs } from './weightedPairs.js';
import { weightedSums } from './weightedSums.js';
import { checkArguments, checkOptions, keysSpec, levelRule, numberRule, numbersRule, type OptionSpec } from '../validate/index.js';

/** `populationSize` may be `Infinity` (no finite-population correction). */
const MEAN_CI_SPEC: OptionSpec = { level: levelRule, ...keysSpec(['weights']), populationSize: numberRule({ min: 0, gt: true, infinite: true }) };

/** Options of {@link meanCi}. */
export interface MeanCiOptions {
  /** Confidence level. @defaultValue 0.95 */
  readonly level?: number;
  /** Respondent weights (post-stratification), one per value; `NaN` drops the respondent. */
  readonly weights?: ArrayLike<number>;
  /** Finite population size N for the correction `(1 − n/N)` of the variance. */
  readonly populationSize?: number;
}

/** Result of {@link meanCi}. */
export interface MeanCiResult {
  /** Mean (weighted mean with weights). */
  readonly mean: number;
  /** Standard deviation (reliability-weighted with weights). */
  readonly sd: number;
  readonly se: number;
  /** Respondents used. */
  readonly n: number;
  /** Kish effective sample size (equals n without weights). */
  readonly nEff: number;
  /** Degrees of freedom of the t quantile, n_eff − 1. */
  readonly df: number;
  readonly ci: ConfidenceInterval;
  /** Values dropped as missing. */
  readonly missing: number;
}

/**
 * t confidence interval of a mean, optionally for a weighted sample (docs/methodology.md#index-confidence-interval).
 *
 * @remarks
 * Unweighted: `ȳ ± t_{n−1, 1−α/2}·s/√n`. Weighted: mean `ȳ_w = Σwy/Σw`, reliability-weighted
 * `s_w² = Σw(y − ȳ_w)²/(Σw − Σw²/Σw)`, Kish `n_eff = (Σw)²/Σw²` (Kish 1965 §11.7),
 * `SE = s_w/√n_eff` and df = n_eff − 1 (a design-effect approximation, **not** a linearized
 * survey variance: it ignores strata and clusters). With `populationSize` N the variance is
 * multiplied by `(1 − n_eff/N)`. Example (docs/methodology.md#index-confidence-interval): mobi satisfaction index
 * s = 14.41, SE = 0.91, 95% CI 70.66–74.25. Checked against SciPy 1.17.1 `t.interval`.
 *
 * @example
 * ```ts
 * meanCi([72, 75, 70, 78, 74]).ci;                          // t interval, 4 df
 * meanCi([72, 75, 70], { weights: [1, 2, 1], level: 0.9 }); // Kish n_eff = 16/6
 * ```
 */
export function meanCi(values: ArrayLike<number>, options?: MeanCiOptions): MeanCiResult {
  checkArguments('meanCi', [['values', values, numbersRule()]]);
  checkOptions(options, MEAN_CI_SPEC, 'meanCi');
  const level = options?.level ?? 0.95;
  const pop = options?.populationSize;
  let mean: number;
  let variance: number;
  let n: number;
  let nEff: number;
  let missing: number;
  if (options?.weights === undefined) {
    const f = finiteValues(values, 'x');
    requireCount(f.values.length, 2, 'x', 'a confidence interval of the mean');
    const m = sampleMoments(f.values);
    mean = m.mean;
    variance = m.variance;
    n = m.n;
    nEff = n;
    missing = f.missing;
  } else {
    const { x, w, dropped } = weightedPairs(values, options.weights);
    requireCount(x.length, 2, 'x', 'a confidence interval of the mean');
    const { sw, sw2, mean: wMean, ss } = weightedSums(x, w);
    mean = wMean;
    variance = ss / (sw - sw2 / sw);
    n = x.length;
    nEff = (sw * sw) / sw2;
    missing = dropped;
  }
  const fpc = pop === undefined ? 1 : Math.max(0, 1 - nEff / pop);
  const se = Math.sqrt((variance * fpc) / nEff);
  const df = nEff - 1;
  const q = studentTQuantile((1 + level) / 2, df);
  return deepFreeze({
    mean,
    sd: Math.sqrt(variance),
    se,
    n,
    nEff,
    df,
    ci: { lower: mean - q * se, upper: mean + q * se, level },
    missing,
  });
}
