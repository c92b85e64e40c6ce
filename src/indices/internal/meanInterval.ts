/**
 * Mean of respondent scores with a t confidence interval, optionally survey-weighted. @internal
 */
import { studentTQuantile } from '../../stats/studentTQuantile.js';
import { surveyMoments } from '../../stats/surveyMoments.js';
import type { IndexInterval } from '../types.js';

/** Summary of (weighted) scores: NaN entries are skipped. @internal */
export interface MeanSummary {
  readonly n: number;
  readonly mean: number;
  readonly ci: IndexInterval | null;
}

/**
 * Weighted mean and t interval treating the weights as fixed.
 *
 * @remarks
 * Unweighted: `ȳ ± t_{n−1, 1−α/2} · s/√n` (docs/methodology.md#index-confidence-interval). Weighted (Kish 1965):
 * `ȳ_w = Σwy/Σw`, `n_eff = (Σw)²/Σw²`, `s_w² = Σw(y − ȳ_w)² / (Σw − Σw²/Σw)` (reduces to the
 * n − 1 sample variance for equal weights), `SE = s_w/√n_eff`, `df = n_eff − 1`.
 * Rows with weight 0 are not counted in `n`. @internal
 */
export function meanInterval(
  values: ArrayLike<number>,
  weights: ArrayLike<number> | undefined,
  level: number,
  rows?: ArrayLike<number>,
): MeanSummary {
  const { n, mean, sd, se, nEffective } = surveyMoments(values, weights, rows);
  if (n < 2) return { n, mean, ci: null };
  const df = nEffective - 1;
  const t = studentTQuantile(0.5 + level / 2, df);
  return {
    n,
    mean,
    ci: {
      method: weights ? 't-fixed-weights-kish' : 't-fixed-weights',
      level,
      lower: mean - t * se,
      upper: mean + t * se,
      sd,
      se,
      df,
      t,
      nEffective,
    },
  };
}
