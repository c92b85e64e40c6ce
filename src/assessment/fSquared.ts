/**
 * Cohen's f² effect sizes of the structural paths. @packageDocumentation
 */
import { CsiError, type CsiWarning } from '../errors.js';
import { estimatePlsFromMoments } from '../estimation/estimatePlsFromMoments.js';
import type { ByPath, Moments, PlsFit, PlsOptions, SignRule } from '../estimation/types.js';
import type { ModelSpec } from '../spec/types.js';
import { symmetricInverse } from '../numeric/symmetricInverse.js';
import { deepFreeze, recordFrom } from '../util/record.js';
import { fitBlocks, pathKey } from './fitBlocks.js';
import { checkFitArg } from './checkFitArg.js';
import { checkOptions } from '../validate/index.js';
import { F_SQUARED_OPTION_SPEC } from './assessmentOptions.js';

/**
 * How R² without the path is obtained.
 * - `reestimate`: re-run the whole PLS algorithm on the model without the path (seminr; the
 *   weights of every construct may change);
 * - `regression`: drop the predictor from the OLS regression on the same construct scores
 *   (ADANCO 2.2.1; no re-estimation).
 */
export type FSquaredMethod = 'reestimate' | 'regression';

/** Options of {@link fSquared}. */
export interface FSquaredOptions {
  /**
   * See {@link FSquaredMethod}.
   * @defaultValue 'reestimate'
   */
  readonly method?: FSquaredMethod;
}

/** The fit's item moments rebuilt from `fit.data` (correlations, means, sds, n). @internal */
export function momentsFromFit(fit: PlsFit): Moments {
  const items = fit.data.items;
  const p = items.length;
  const n = fit.n;
  const sd = items.map((it) => fit.data.sds[it] ?? 1);
  const means = new Float64Array(items.map((it) => fit.data.means[it] ?? 0));
  const comoments = new Float64Array(p * p);
  for (let i = 0; i < p; i++) {
    const row = fit.data.correlations[i] ?? [];
    for (let j = 0; j < p; j++) comoments[i * p + j] = (row[j] ?? NaN) * (sd[i] as number) * (sd[j] as number) * (n - 1);
  }
  return { items: [...items], n, means, comoments };
}

/** The model without one path; constructs left without any path are dropped. @internal */
export function modelWithoutPath(model: ModelSpec, from: string, to: string): ModelSpec {
  const paths = model.paths.filter((p) => !(p.from === from && p.to === to));
  const connected = new Set(paths.flatMap((p) => [p.from, p.to]));
  return {
    ...(model.name !== undefined ? { name: model.name } : {}),
    constructs: model.constructs.filter((c) => connected.has(c.name)),
    paths,
  };
}

function refitOptions(fit: PlsFit, model: ModelSpec): PlsOptions {
  const o = fit.options;
  let signRule: SignRule = o.signRule;
  if (signRule.kind === 'dominant') {
    const keep = new Set(model.constructs.map((c) => c.name));
    signRule = {
      kind: 'dominant',
      items: recordFrom(Object.entries(signRule.items).filter(([c]) => keep.has(c))),
    };
  }
  return {
    scheme: o.scheme,
    tolerance: o.tolerance,
    maxIterations: o.maxIterations,
    criterion: o.criterion,
    signRule,
    scores: false,
    ...(o.standardize !== undefined ? { standardize: o.standardize } : {}),
  };
}

/** f² values plus the warnings met while re-estimating. @internal */
export function fSquaredWithWarnings(
  fit: PlsFit,
  options: FSquaredOptions = {},
): { readonly values: ByPath; readonly warnings: readonly CsiWarning[] } {
  const method = checkOptions(options, F_SQUARED_OPTION_SPEC, 'fSquared').method ?? 'reestimate';
  const { constructs, r, predecessors } = fitBlocks(fit);
  const J = constructs.length;
  const warnings: CsiWarning[] = [];
  const moments = method === 'reestimate' ? momentsFromFit(fit) : null;
  const r2Regression = (preds: readonly string[], to: string): number => {
    const k = preds.length;
    if (k === 0) return 0;
    const idx = preds.map((c) => constructs.indexOf(c));
    const t = constructs.indexOf(to);
    const sub = new Float64Array(k * k);
    for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) sub[i * k + j] = r[(idx[i] as number) * J + (idx[j] as number)] as number;
    const inv = symmetricInverse(sub, k);
    if (inv === null) return NaN;
    let acc = 0;
    for (let i = 0; i < k; i++) {
      for (let j = 0; j < k; j++) {
        acc += (r[(idx[i] as number) * J + t] as number) * (inv[i * k + j] as number) * (r[(idx[j] as number) * J + t] as number);
      }
    }
    return acc;
  };
  const entries = fit.model.paths.map((path) => {
    const key = pathKey(path.from, path.to);
    const included = fit.rSquared[path.to] ?? NaN;
    const rest = (predecessors[path.to] ?? []).filter((c) => c !== path.from);
    let excluded: number;
    if (rest.length === 0) excluded = 0;
    else if (moments === null) excluded = r2Regression(rest, path.to);
    else {
      const reduced = modelWithoutPath(fit.model, path.from, path.to);
      const refit = estimatePlsFromMoments(reduced, moments, refitOptions(fit, reduced));
      if (!refit.converged) {
        warnings.push({
          kind: 'f_squared_not_converged',
          construct: path.to,
          message: `Re-estimating the model without path ${key} for f² did not converge in ${refit.iterations} iterations; f²(${key}) uses the last iterate.`,
        });
      }
      excluded = refit.rSquared[path.to] ?? 0;
    }
    return [key, (included - excluded) / (1 - included)] as const;
  });
  return { values: deepFreeze(recordFrom(entries)), warnings: deepFreeze(warnings) };
}

/**
 * Cohen's f² effect size of every structural path: how much R² of the target drops when the
 * path is removed.
 *
 * @remarks
 * `f²_{i→j} = (R²_{j,incl} − R²_{j,excl}) / (1 − R²_{j,incl})` (Cohen 1988; Hair et al. 2019;
 * docs/methodology.md#pls-algorithm). By default `R²_excl` comes from re-estimating the whole PLS
 * model without the path, as seminr does — from the fit's own moments (`fit.data`
 * correlations, means, sds and `n`) with the fit's options, so it also works on a fit loaded
 * from JSON. Constructs left without any path are dropped from the reduced model; a target left
 * without predictors has `R²_excl = 0`. `method: 'regression'` instead drops the predictor from
 * the regression on the same scores (ADANCO). Effect sizes 0.02 / 0.15 / 0.35 are small /
 * medium / large (Cohen 1988).
 *
 * @returns `{ ['FROM->TO']: f² }` for every path, in model order.
 * @example
 * ```ts
 * const fit = estimatePls(ecsiModel(), mobi);
 * fSquared(fit)['IMAG->CUSA'];                           // 0.042521 (seminr Set B)
 * fSquared(fit, { method: 'regression' })['IMAG->CUSA']; // same-scores variant (ADANCO)
 * ```
 */
export function fSquared(fit: PlsFit, options: FSquaredOptions = {}): ByPath {
  checkFitArg(fit, 'fSquared');
  return fSquaredWithWarnings(fit, options).values;
}
