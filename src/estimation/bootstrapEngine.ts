/**
 * The resampling engine behind `bootstrapPls` and `bootstrapPlsParallel` (internal): it turns
 * a resample number into a vector of statistics without allocating. @packageDocumentation
 */
import { applyMissingPolicy } from '../data/applyMissingPolicy.js';
import type { Dataset, MissingPolicy } from '../data/types.js';
import { CsiError, type CsiWarning } from '../errors.js';
import type { ModelSpec } from '../spec/types.js';
import { bootstrapCore, planEvaluator, type BootstrapCore, type BootstrapPlan, type StandardizedData } from './bootstrapCore.js';
import { checkResampleArgs } from './bootstrapIndices.js';
import { buildBootstrapLayout, type StatLabel } from './bootstrapLayout.js';
import { splitBootstrapOptions, type ResolvedBootstrapSettings } from './bootstrapSettings.js';
import { STATUS_NOT_CONVERGED, STATUS_OK } from './bootstrapStatistics.js';
import type { BootstrapPlsOptions } from './bootstrapTypes.js';
import { checkDatasetArg } from './checkArguments.js';
import { estimatePls } from './estimatePls.js';
import { modelEntry } from './runPls.js';
import type { PlsFit } from './types.js';

export type { StatGroup, StatLabel } from './bootstrapLayout.js';
export type { ResolvedBootstrapSettings } from './bootstrapSettings.js';
export { splitBootstrapOptions } from './bootstrapSettings.js';
export { STATUS_NOT_CONVERGED, STATUS_OK, STATUS_SINGULAR } from './bootstrapStatistics.js';

/** A prepared bootstrap: everything needed to evaluate resamples. @internal */
export interface BootstrapEngine extends BootstrapCore {
  readonly fit: PlsFit;
  readonly settings: ResolvedBootstrapSettings;
  /** Rows resampled. */
  readonly n: number;
  /** Statistics per resample. */
  readonly labels: readonly StatLabel[];
  /** Full-sample estimates (length = labels.length). */
  readonly estimate: Float64Array;
  readonly warnings: readonly CsiWarning[];
  /** The plan behind the engine (what a worker needs). */
  readonly plan: BootstrapPlan;
}

/** Rows standardized with the fit's means and SDs (column-major), optionally in shared memory. */
function standardize(fit: PlsFit, items: readonly string[], columns: Readonly<Record<string, Float64Array>>, n: number, shared: boolean): StandardizedData {
  const p = items.length;
  const mean = new Float64Array(p);
  const sd = new Float64Array(p);
  const z = shared && typeof SharedArrayBuffer === 'function' ? new Float64Array(new SharedArrayBuffer(8 * n * p)) : new Float64Array(n * p);
  items.forEach((it, k) => {
    const m = fit.data.means[it] as number;
    const s = fit.data.sds[it] as number;
    mean[k] = m;
    sd[k] = s;
    const col = columns[it] as Float64Array;
    const at = k * n;
    for (let i = 0; i < n; i++) z[at + i] = ((col[i] as number) - m) / s;
  });
  const corr = new Float64Array(p * p);
  fit.data.correlations.forEach((row, k) => row.forEach((v, l) => (corr[k * p + l] = v)));
  return { z, mean, sd, corr };
}

/**
 * Prepares the bootstrap: validates arguments and options, fits the full sample with
 * `estimatePls`, cleans and standardizes the data once and builds the evaluation buffers.
 *
 * @remarks
 * Per resample with draw counts `c_i` (Σc_i = n), on items standardized once with the full
 * sample mean and SD (`z`): `s = Σ c_i z_i`, `G = Σ c_i z_i z_iᵀ` (rows with c_i = 0 skipped),
 * `δ = s/n`, co-moments `C = G − n δδᵀ`, correlations `C_kl/√(C_kk C_ll)`, resample means
 * `x̄ + sd·δ` and SDs `sd·√(C_kk/(n − 1))`; then the PLS kernel (docs/methodology.md#pls-bootstrap)
 * on the correlation matrix. Jackknife fits use `G_full − Σ_{i∈g} z_i z_iᵀ` (O(p²) per left-out row).
 * `shared` puts the standardized rows in a `SharedArrayBuffer` (for workers).
 * @internal
 */
export function createBootstrapEngine(model: ModelSpec, data: Dataset, options: BootstrapPlsOptions | undefined, fn = 'bootstrapPls', shared = false): BootstrapEngine {
  const { compiled, copy } = modelEntry(model, fn);
  checkDatasetArg(data, fn);
  const { pls, settings } = splitBootstrapOptions(options, fn);
  const opts = options ?? {};
  const fit = estimatePls(model, data, { ...pls, scores: false });
  const warnings: CsiWarning[] = [];
  const layout = buildBootstrapLayout(compiled, fit, opts.indirect ?? [], opts.scales ?? data.scales, warnings);
  const cleaned = applyMissingPolicy(data, compiled.items, fit.options.missing as MissingPolicy);
  const n = cleaned.rows.length;
  checkResampleArgs(n, settings.seed);
  const std = standardize(fit, compiled.items, cleaned.columns as Readonly<Record<string, Float64Array>>, n, shared);
  const evaluate = planEvaluator(model, fit.options, layout, settings.htmtConvention, compiled);
  const estimate = new Float64Array(layout.labels.length);
  const st0 = evaluate(std.corr, std.sd, std.mean, estimate, 0, 'none', null);
  if (st0 !== STATUS_OK && st0 !== STATUS_NOT_CONVERGED) {
    throw new CsiError('SINGULAR', 'The full-sample PLS fit produced non-finite estimates; the bootstrap cannot summarise them.');
  }
  // a non-converged full-sample fit is already reported in fit.warnings (estimatePls)
  const plan: BootstrapPlan = { model: copy ?? fit.model, fitOptions: fit.options, settings, layout, n, data: std, estimate };
  const core = bootstrapCore(plan, evaluate);
  return { fit, settings, n, labels: layout.labels, estimate, warnings, plan, runRange: core.runRange, runJackknife: core.runJackknife };
}
