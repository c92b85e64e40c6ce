/**
 * Survey-weighted mean, SD and Kish effective sample size of one sample. @internal @packageDocumentation
 */

/** Moments of a (survey-weighted) sample; `NaN` values and rows with weight ≤ 0 are skipped. @internal */
export interface SurveyMoments {
  /** Rows used (non-missing value, weight > 0). */
  readonly n: number;
  /** `Σw` over the rows used. */
  readonly sumWeights: number;
  /** Kish effective sample size `(Σw)²/Σw²` (= n without weights). */
  readonly nEffective: number;
  /** `ȳ_w = Σwy/Σw`. */
  readonly mean: number;
  /** `s_w = √(Σw(y − ȳ_w)²/(Σw − Σw²/Σw))` (the n − 1 SD for equal weights); `NaN` when n < 2. */
  readonly sd: number;
  /** `s_w/√n_eff`; `NaN` when n < 2. */
  readonly se: number;
}

/**
 * Weighted mean, reliability-weighted SD and SE `s_w/√n_eff` (Kish 1965), the same arithmetic as
 * the survey-weighted `satisfactionIndex` interval (docs/methodology.md#index-confidence-interval), so that a wave's index equals
 * that function's. `rows` restricts the computation to those row numbers. @internal
 */
export function surveyMoments(
  values: ArrayLike<number>,
  weights: ArrayLike<number> | undefined,
  rows?: ArrayLike<number>,
): SurveyMoments {
  let n = 0;
  let sw = 0;
  let sw2 = 0;
  let swy = 0;
  const m = rows ? rows.length : values.length;
  for (let k = 0; k < m; k++) {
    const r = rows ? (rows[k] as number) : k;
    const w = usedWeight(values, weights, r);
    if (w === 0) continue;
    n++;
    sw += w;
    sw2 += w * w;
    swy += w * (values[r] as number);
  }
  if (n === 0) return { n: 0, sumWeights: 0, nEffective: 0, mean: NaN, sd: NaN, se: NaN };
  const mean = swy / sw;
  let ss = 0;
  for (let k = 0; k < m; k++) {
    const r = rows ? (rows[k] as number) : k;
    const w = usedWeight(values, weights, r);
    if (w === 0) continue;
    const d = (values[r] as number) - mean;
    ss += w * d * d;
  }
  const nEffective = (sw * sw) / sw2;
  if (n < 2) return { n, sumWeights: sw, nEffective, mean, sd: NaN, se: NaN };
  const sd = Math.sqrt(ss / (sw - sw2 / sw));
  return { n, sumWeights: sw, nEffective, mean, sd, se: sd / Math.sqrt(nEffective) };
}

/** Row `r`'s weight (1 without weights) when its value is observed and the weight positive; else 0. */
function usedWeight(values: ArrayLike<number>, weights: ArrayLike<number> | undefined, r: number): number {
  if (Number.isNaN(values[r] as number)) return 0;
  const w = weights ? (weights[r] as number) : 1;
  return w > 0 ? w : 0;
}
