/**
 * Bootstrap inference for PLS path models (single thread; runs in browsers). @packageDocumentation
 */
import type { Dataset } from '../data/types.js';
import type { ModelSpec } from '../spec/types.js';
import { throwIfAborted } from '../validate/index.js';
import { createBootstrapEngine } from './bootstrapEngine.js';
import { summarizeBootstrap } from './bootstrapSummary.js';
import type { BootstrapPlsOptions, PlsBootstrap } from './bootstrapTypes.js';

/**
 * Nonparametric bootstrap of a PLS path model: standard errors, t and p values and five kinds of
 * confidence interval for outer weights, loadings, paths, R², total, indirect and specific
 * indirect effects, HTMT and the 0–100 construct performances.
 *
 * @remarks
 * **Resampling.** Rows (after the missing-data policy, applied once to the full data as seminr
 * does) are drawn with replacement, `resamples` times (R). Resample r uses a pseudo-random
 * stream that depends only on `(seed, r)` (`bootstrapIndices`), so results are bit-identical
 * however the work is split (see `bootstrapPlsParallel` in `csi-analytics/node`). Each resample
 * is re-estimated from its correlation matrix `Σ c_i z_i z_iᵀ − n δδᵀ` (draw counts `c_i`) with
 * the same PLS options as the full-sample fit (docs/methodology.md#pls-algorithm).
 *
 * **Failed resamples** — a collinear or constant item/construct (`SINGULAR`) or no convergence
 * within `maxIterations` — are counted in `failed`, reported in `warnings` and left out of every
 * statistic (their draws are `NaN`); `valid = R − failed`.
 *
 * **Summaries** (docs/methodology.md#pls-bootstrap; Efron & Tibshirani 1993, *An Introduction to the Bootstrap*,
 * ch. 13–14; Davison & Hinkley 1997, ch. 5), with θ̂ the full-sample estimate and θ*_b the
 * B valid draws: `bootMean = mean θ*`, `bias = bootMean − θ̂`, `se = sd(θ*)` (divisor B − 1),
 * `t = θ̂/se`, `p = 2·P(T_{B−1} > |t|)` (Student t with B − 1 df, as seminr). Intervals at
 * `level` 1 − α: percentile `[q_{α/2}, q_{1−α/2}]` (type-7 quantiles, seminr; the default
 * headline `lower`/`upper`), basic `[2θ̂ − q_{1−α/2}, 2θ̂ − q_{α/2}]`, normal
 * `2θ̂ − bootMean ± z_{1−α/2}·se`, bias-corrected (BC) and BCa with
 * `z₀ = Φ⁻¹(#{θ* < θ̂}/B)` and acceleration `a = Σd³ / (6(Σd²)^{3/2})`, `d = θ̄_(·) − θ_(i)`, from
 * the jackknife: leave-one-out fits (n extra fits) when n ≤ `jackknifeGroups`, else the delete-d
 * jackknife over `jackknifeGroups` contiguous groups of rows (cost: that many extra fits).
 *
 * **Sign changes** (`signChange`, docs/methodology.md#pls-bootstrap): `none` (seminr); `individual` (each weight
 * and each loading takes the sign of its original estimate; Tenenhaus, Esposito Vinzi, Chatelin
 * & Lauro 2005, *Comput. Stat. Data Anal.* 48:159–205); `construct` (construct j is reflected
 * when `|Σ_k(λ_k − λ*_k)| > |Σ_k(λ_k + λ*_k)|`; weights and loadings of j change sign, and every
 * path, total or indirect effect that starts or ends at j — an exact re-estimation with the
 * reflected composite). The same correction applies to the jackknife fits.
 *
 * **Derived statistics.** Indirect effects `T − B` (docs/methodology.md#pls-algorithm) for pairs joined by a route of
 * length ≥ 2; specific indirect effects `Π β` along each chain in `indirect`; HTMT from each
 * resample's item correlations (`htmtConvention`, as `htmt`); performance
 * `100·Σ_k u_k(x̄_k − min_k) / Σ_k u_k(max_k − min_k)` with `u_k = w_k/s_k` on the items'
 * theoretical scales (ACSI index, Fornell et al. 1996; `satisfactionIndex`; docs/methodology.md#index-from-weights),
 * for constructs whose items have known scales and positive full-sample weights.
 *
 * **Cost.** O(R·(n·p² + kernel)) plus O(G·(p² + kernel)) for the jackknife; one resample of the
 * ECSI model on mobi takes ≈ 0.1 ms. `onProgress` is called synchronously; an exception it
 * throws stops the bootstrap and propagates. `signal` (an `AbortSignal`) is checked before every
 * resample and jackknife fit.
 *
 * @param model - The PLS model.
 * @param data - Survey data (as for `estimatePls`).
 * @param options - {@link BootstrapPlsOptions}; PLS options as `estimatePls`.
 * @returns A frozen {@link PlsBootstrap}; with `keepDraws`, every draw in `draws`.
 * @throws CsiError `INVALID_OPTIONS` (unknown options with "did you mean", bad resamples, seed,
 *   level, ci, signChange, chains), `INVALID_SPEC` / `INVALID_DATA` for a malformed model or
 *   data set, `ABORTED` when `signal` is aborted,
 *   and every error of `estimatePls` for the full-sample fit.
 * @example
 * ```ts
 * const boot = bootstrapPls(ecsiModel(), mobi, { resamples: 5000, seed: 1, indirect: [['CUEX', 'PERQ', 'CUSA']] });
 * boot.paths['CUSA->CUSL'];              // { estimate: 0.4855, se: 0.06…, p: …, lower: …, upper: …, ci: { … } }
 * boot.paths['CUSA->CUSL'].ci.bca;       // { lower, upper }
 * boot.performance['CUSA'].ci.percentile;
 * boot.failed;                           // { singular: 0, nonConverged: 0 }
 * ```
 */
export function bootstrapPls(model: ModelSpec, data: Dataset, options: BootstrapPlsOptions = {}): PlsBootstrap {
  const engine = createBootstrapEngine(model, data, options);
  const { onProgress, signal } = options;
  throwIfAborted(signal, 'bootstrapPls');
  const R = engine.settings.resamples;
  const S = engine.labels.length;
  const values = new Float64Array(R * S);
  const status = new Uint8Array(R);
  const every = Math.max(1, Math.floor(R / 100));
  const step = onProgress === undefined && signal === undefined ? undefined : (done: number): void => {
    throwIfAborted(signal, 'bootstrapPls');
    if (onProgress !== undefined && (done % every === 0 || done === R)) onProgress(done, R);
  };
  engine.runRange(0, R, values, status, step);
  const jack = engine.runJackknife(signal === undefined ? undefined : () => throwIfAborted(signal, 'bootstrapPls'));
  return summarizeBootstrap(engine, model, values, status, jack);
}
