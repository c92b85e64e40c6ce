import type { CsiIssue } from '../errors.js';
import type { PlsFit } from '../estimation/types.js';
import { deepFreeze } from '../util/record.js';
import { checkOptions } from '../validate/index.js';
import { assertFit, keysSpec } from './internal/assertFit.js';

/** The options {@link satisfactionIndex} accepts (values checked by checkIndexOptions). @internal */
export const SATISFACTION_INDEX_OPTION_KEYS: readonly string[] = ['scales', 'nonPositiveWeights', 'data', 'level', 'by', 'minCellSize', 'minAnswered', 'surveyWeights', 'includeScores', 'bootstrap'];
const SPEC = keysSpec(SATISFACTION_INDEX_OPTION_KEYS);
import { checkIndexOptions, indexBlock, indexResult, throwIssues } from './internal/computeIndex.js';
import type { SatisfactionIndexOptions, SatisfactionIndexResult } from './types.js';

/**
 * The 0–100 ACSI-type index of one construct (Fornell et al. 1996), optionally with
 * respondent scores, a confidence interval, survey weights and segment indices.
 *
 * @remarks
 * With the fit's unstandardized weights `ŵ_i = w_i/s_i` (weights that apply to raw items),
 * `Index = 100·(E[ξ] − Min[ξ])/(Max[ξ] − Min[ξ])` with `Min[ξ] = Σŵ_i·min_i`,
 * `Max[ξ] = Σŵ_i·max_i` (Fornell, Johnson, Anderson, Cha & Bryant 1996, *J. Marketing*
 * 60(4):7–18; docs/methodology.md#index-from-weights). Equivalently `Index = Σ r_i·POMP(x̄_i)` with
 * `POMP(x) = 100(x − min_i)/(max_i − min_i)` on each item's **theoretical** bounds and
 * `r_i = ŵ_i(max_i − min_i) / Σ_j ŵ_j(max_j − min_j)`; when all items share one scale this is
 * `r_i = ŵ_i/Σŵ_j`, the SmartPLS/cSEM IPMA performance (Ringle & Sarstedt 2016).
 *
 * All weights must be > 0: otherwise `CsiError('INVALID_WEIGHTS')` names the construct and
 * the items, unless `nonPositiveWeights: 'equal'` (equal weights, `weighting:
 * 'equal-fallback'`, warning).
 *
 * With `data`: respondent scores `y_r = Σ_{answered} r_i·POMP(x_ri)/Σ_{answered} r_i` (block
 * re-normalization, docs/methodology.md#missing-data; `minAnswered` items required), `index = ȳ` and
 * `CI = ȳ ± t_{n−1,1−α/2}·s_y/√n` with the weights treated as fixed (docs/methodology.md#index-confidence-interval).
 * Survey weights give `ȳ_w = Σwy/Σw`, item means weighted alike, and the Kish effective
 * sample size `n_eff = (Σw)²/Σw²` replaces n (`SE = s_w/√n_eff`,
 * `s_w² = Σw(y−ȳ_w)²/(Σw − Σw²/Σw)`, df = n_eff − 1; Kish 1965) — an approximation; use a
 * bootstrap for complex designs. `by` gives the same per level of a factor column (segment
 * weights stay the whole-sample weights) and warns when a level has fewer than
 * `minCellSize` scored respondents.
 *
 * Weights re-estimated per resample: pass `bootstrap` with the index draws (or a bootstrap
 * result's `performance[construct]` draws) for a percentile interval.
 *
 * @param fit - A PLS fit (its `unstandardizedWeights`, `data.means`, `scales`, `model`).
 * @param construct - Construct name, e.g. `CUSA`.
 * @param options - See {@link SatisfactionIndexOptions}.
 * @throws CsiError `INVALID_OPTIONS` (unknown construct/segment column, bad level),
 *   `INVALID_SCALE` (unknown item scale), `INVALID_WEIGHTS` (weight ≤ 0), `INVALID_DATA`
 *   (missing item column, value outside the scale, bad survey weights).
 *
 * @example
 * ```ts
 * const fit = estimatePls(model, mobi);
 * const csi = satisfactionIndex(fit, 'CUSA', { data: mobi });
 * csi.index;            // 72.45
 * csi.ci;               // { lower: 70.66, upper: 74.25, … }
 * csi.weights.CUSA1;    // 0.3836
 * ```
 */
export function satisfactionIndex(
  fit: PlsFit,
  construct: string,
  options?: SatisfactionIndexOptions,
): SatisfactionIndexResult {
  assertFit(fit, 'satisfactionIndex');
  options = checkOptions(options, SPEC, 'satisfactionIndex');
  const issues: CsiIssue[] = [];
  checkIndexOptions(options, issues);
  throwIssues(issues);
  const block = indexBlock(fit, construct, options, issues);
  throwIssues(issues);
  if (block === undefined) throw new Error('unreachable: block weights without issues');
  return deepFreeze(indexResult(fit, block, options));
}
