/**
 * `poissonBootstrapPls(model, moments, bootstrap, options)`: bootstrap intervals of the path
 * coefficients from Poisson-weighted moments. @packageDocumentation
 */
import type { CsiWarning } from '../errors.js';
import { CsiError } from '../errors.js';
import type { ModelSpec } from '../spec/types.js';
import { recordFrom } from '../util/record.js';
import { deepFreeze } from '../util/record.js';
import {
  anyNumberRule, checkArguments, checkOptions, fieldsRule, levelRule, momentsRule, numbersRule, objectRule, oneOfRule, stringArrayRule, type OptionSpec,
} from '../validate/index.js';
import { checkModelArg } from './checkArguments.js';
import { summarizeStatistic } from './bootstrapSummary.js';
import type { BootstrapCiMethod, BootstrapStatistic } from './bootstrapTypes.js';
import { createPoissonBootstrap, type PoissonBootstrapState } from './createPoissonBootstrap.js';
import { estimatePlsFromMoments } from './estimatePlsFromMoments.js';
import type { Moments, PlsOptions } from './types.js';
import { attachSummary } from '../display/attachSummary.js';

/** The shape of a Poisson-bootstrap state (from `createPoissonBootstrap(...).state()`). */
const STATE_RULE = fieldsRule(
  { kind: oneOfRule(['csi.poisson-bootstrap-state']), items: stringArrayRule('item names'), resamples: anyNumberRule, seed: anyNumberRule, shift: numbersRule('numbers') },
  'the state of a Poisson bootstrap (createPoissonBootstrap(items).toJSON())',
);

/** Options of {@link poissonBootstrapPls}. */
export interface PoissonBootstrapPlsOptions {
  /** Confidence level. @defaultValue 0.95 */
  readonly level?: number;
  /** Headline interval (`bca` is not available: there is no jackknife of a stream). @defaultValue 'percentile' */
  readonly ci?: Exclude<BootstrapCiMethod, 'bca'>;
  /** PLS options of every fit. @defaultValue estimatePls defaults */
  readonly pls?: Omit<PlsOptions, 'missing' | 'scores'>;
}

/** Result of {@link poissonBootstrapPls}. */
export interface PoissonBootstrapPlsResult {
  readonly kind: 'csi.poisson-bootstrap';
  readonly resamples: number;
  readonly seed: number;
  /** Resamples whose fit failed (singular or not converged); left out of the summaries. */
  readonly failed: number;
  readonly level: number;
  /** `{ 'FROM->TO': summary }` */
  readonly paths: Readonly<Record<string, BootstrapStatistic>>;
  /** `{ construct: summary }` */
  readonly rSquared: Readonly<Record<string, BootstrapStatistic>>;
  readonly warnings: readonly CsiWarning[];
}

const OPTION_SPEC: OptionSpec = { level: levelRule, ci: oneOfRule(['percentile', 'basic', 'bc', 'normal']), pls: objectRule('PLS options') };

/**
 * Bootstrap standard errors and intervals of the PLS path coefficients and R² from a
 * Poisson-bootstrap state (data seen once).
 *
 * @remarks
 * Each resample b is fitted with `estimatePlsFromMoments` on its weighted moments (the data with
 * row r repeated `w_rb ~ Poisson(1)` times; Hanley & MacGibbon 2006; Chamandy et al. 2012) and
 * the draws are summarised exactly as `bootstrapPls` does (bias, SE, t, p; percentile, basic,
 * bias-corrected and normal intervals; Efron & Tibshirani 1993). BCa needs a jackknife, which a
 * stream does not allow, so it is reported as NaN. No sign-change correction is applied
 * (docs/methodology.md#poisson-bootstrap).
 *
 * @example
 * ```ts
 * const boot = createPoissonBootstrap(items, { resamples: 200, seed: 1, shift });
 * boot.add({ rows: data.n, firstRow: 1, columns });
 * const r = poissonBootstrapPls(model, moments, boot.toJSON());
 * r.paths['CUSA->CUSL']?.ci.percentile;
 * ```
 */
export function poissonBootstrapPls(model: ModelSpec, moments: Moments, bootstrap: PoissonBootstrapState, options: PoissonBootstrapPlsOptions = {}): PoissonBootstrapPlsResult {
  checkModelArg(model, 'poissonBootstrapPls');
  checkArguments('poissonBootstrapPls', [['moments', moments, momentsRule], ['bootstrap state', bootstrap, STATE_RULE]]);
  const o = checkOptions<PoissonBootstrapPlsOptions>(options, OPTION_SPEC, 'poissonBootstrapPls');
  const level = o.level ?? 0.95;
  const method = o.ci ?? 'percentile';
  const acc = createPoissonBootstrap(bootstrap.items, { resamples: bootstrap.resamples, seed: bootstrap.seed, shift: bootstrap.shift });
  acc.merge(bootstrap);
  const same = moments.items.length === bootstrap.items.length && moments.items.every((x, i) => x === bootstrap.items[i]);
  if (!same) throw new CsiError('INVALID_DATA', [{ kind: 'moments_mismatch', message: 'The moments and the Poisson-bootstrap state are over different items; accumulate both with the same item list.' }]);
  const fit = estimatePlsFromMoments(model, moments, o.pls ?? {});
  const pathKeys = Object.keys(fit.pathCoefficients);
  const r2Keys = Object.keys(fit.rSquared);
  const B = bootstrap.resamples;
  const draws = [...pathKeys, ...r2Keys].map(() => new Float64Array(B));
  let ok = 0;
  let failed = 0;
  for (let b = 0; b < B; b++) {
    let f;
    try {
      f = estimatePlsFromMoments(model, acc.replicate(b), { ...(o.pls ?? {}), strict: true });
    } catch (e) {
      if (e instanceof CsiError && (e.code === 'SINGULAR' || e.code === 'NOT_CONVERGED' || e.code === 'INVALID_DATA')) {
        failed++;
        continue;
      }
      throw e;
    }
    pathKeys.forEach((k, i) => ((draws[i] as Float64Array)[ok] = f.pathCoefficients[k] as number));
    r2Keys.forEach((k, i) => ((draws[pathKeys.length + i] as Float64Array)[ok] = f.rSquared[k] as number));
    ok++;
  }
  const warnings: CsiWarning[] = [];
  const none = new Float64Array(0);
  const summarize = (key: string, estimate: number, i: number): readonly [string, BootstrapStatistic] => {
    const local: CsiWarning[] = [];
    const s = summarizeStatistic(estimate, (draws[i] as Float64Array).subarray(0, ok), none, level, method, key, local);
    warnings.push(...local.filter((w) => w.kind !== 'no_acceleration'));
    return [key, s] as const;
  };
  if (failed > 0) warnings.push({ kind: 'failed_resamples', message: `${failed} of ${B} Poisson resamples could not be fitted (singular or not converged) and were left out.` });
  const result: PoissonBootstrapPlsResult = {
    kind: 'csi.poisson-bootstrap',
    resamples: B,
    seed: bootstrap.seed,
    failed,
    level,
    paths: recordFrom(pathKeys.map((k, i) => summarize(k, fit.pathCoefficients[k] as number, i))),
    rSquared: recordFrom(r2Keys.map((k, i) => summarize(k, fit.rSquared[k] as number, pathKeys.length + i))),
    warnings,
  };
  return deepFreeze(attachSummary(result));
}
