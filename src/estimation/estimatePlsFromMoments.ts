/**
 * PLS path modeling from sufficient statistics. @packageDocumentation
 */
import type { ItemScale } from '../data/types.js';
import { objectRule, type OptionSpec } from '../validate/index.js';
import type { ModelSpec } from '../spec/types.js';
import { record } from '../util/record.js';
import { noMissingPerItem } from '../data/applyMissingPolicy.js';
import { PLS_OPTION_SPEC, resolvePlsOptions } from './resolvePlsOptions.js';
import { checkMomentsArg } from './checkArguments.js';
import { consistentPls } from './consistentPls.js';
import { modelEntry, runPls } from './runPls.js';
import type { Moments, PlsFit, PlsOptions } from './types.js';

/** Options of {@link estimatePlsFromMoments}: the PLS options plus known item scales. */
export interface PlsFromMomentsOptions extends PlsOptions {
  /** Item scales to carry into the result (for 0–100 indices). @defaultValue none */
  readonly scales?: Readonly<Record<string, ItemScale>>;
}

const MOMENTS_OPTION_SPEC: OptionSpec = { ...PLS_OPTION_SPEC, scales: objectRule('a record of item scales') };

/**
 * Estimates a PLS path model from item moments only (no raw data).
 *
 * @remarks
 * Every PLS-PM estimate is a function of the item correlation matrix `S` (and, for
 * unstandardized weights, the standard deviations), so data that never fits in memory or lives
 * in shards can be modelled from {@link momentsOf} / {@link mergeMoments}. The algorithm is the
 * Lohmöller/Wold iteration (docs/methodology.md#pls-algorithm; Lohmöller 1989; Tenenhaus et al. 2005, CSDA 48):
 *
 * 1. `w_j ← 1`, rescaled so `w_jᵀ S_jj w_j = 1` (unit composite variance);
 * 2. composite correlations `R = Wᵀ S W`; inner weights `e_ij` = sign(r_ij) (centroid), r_ij
 *    (factorial), or for the path scheme the OLS coefficients `R_PP⁻¹ r_Pj` of j on its
 *    predecessors and `r_ij` for its successors;
 * 3. outer update Mode A `w_j = S_j· W e_j` (item–proxy covariances), Mode B
 *    `w_j = S_jj⁻¹ S_j· W e_j`, unit `w_j = 1`; rescale as in 1;
 * 4. stop when Σ|Δw| (`sum`, seminr), max|Δw| (`max`, cSEM) or Σ(|w_old| − |w_new|)²
 *    (`squared`, plspm) is below `tolerance`.
 *
 * Then loadings `λ_kj = cor(x_k, ĉ_j) = (S W)_kj`, paths `β_j = R_PP⁻¹ r_Pj`,
 * `R²_j = r_Pjᵀ β_j`, adjusted `R̄² = 1 − (1 − R²)(n − 1)/(n − k − 1)` (docs/methodology.md#pls-algorithm), total
 * effects `(I − B)⁻¹ − I` and indirect = total − direct. Unstandardized weights are `w/sd(x)`
 * with sd on n − 1. With `standardize: false` the items are only centred (plspm `scaled =
 * FALSE`): Mode A weights are item–proxy *covariances*, the raw initial weights are 1 and the
 * convergence criterion is measured on raw-scale weights; `outerWeights` are still reported on
 * the z-scale (`raw weight × sd`), `unstandardizedWeights` hold the raw weights (unit sample
 * variance; plspm's unit-*population*-variance weights are `√(n/(n−1))` times these).
 *
 * `scores` is `null` (no raw data); `missing.policy` is `'none'`. Defaults: see `estimatePls`.
 *
 * @throws CsiError `SINGULAR` for a collinear Mode B block or collinear predictors,
 *   `INVALID_DATA` for unknown or constant items, `NOT_CONVERGED` with `strict`,
 *   `INVALID_SPEC` / `INVALID_OPTIONS` for a bad model or options.
 * @example
 * ```ts
 * const m = momentsOf(mobi, items);
 * const fit = estimatePlsFromMoments(ecsi, m, { scheme: 'path' });
 * fit.pathCoefficients['CUSA->CUSL'];
 * ```
 */
export function estimatePlsFromMoments(model: ModelSpec, moments: Moments, options: PlsFromMomentsOptions = {}): PlsFit {
  modelEntry(model, 'estimatePlsFromMoments');
  checkMomentsArg(moments, 'estimatePlsFromMoments');
  const resolved = resolvePlsOptions(model, options, 'none', 'estimatePlsFromMoments', MOMENTS_OPTION_SPEC);
  const perItem = noMissingPerItem(moments.items);
  const fit = runPls(model, moments, resolved, {
    strict: options.strict === true,
    scales: options.scales ?? record<ItemScale>(),
    missing: { policy: 'none', rowsIn: moments.n, rowsUsed: moments.n, rowsDropped: 0, perItem },
  }, 'estimatePlsFromMoments');
  return options.consistent === true ? consistentPls(fit) : fit;
}
