/**
 * Seeded synthetic survey data from a population PLS path model. @packageDocumentation
 */
import { CsiError, IssueCollector, type CsiIssue } from '../errors.js';
import type { Dataset, ItemScale } from '../data/types.js';
import type { ModelSpec } from '../spec/types.js';
import { normalQuantile } from '../stats/normalQuantile.js';
import { createRng } from '../numeric/random.js';
import { record } from '../util/record.js';
import {
  anyOfRule, arrayRule, checkOptions, describeValue, numberRule, objectRule, oneOfRule, seedRule, signalRule, throwIfAborted, type OptionSpec,
} from '../validate/index.js';
import type { CompiledModel } from './compileModel.js';
import { modelEntry } from './runPls.js';

/** Bounds of a simulated item's integer scale. */
export interface SimulatedScale {
  readonly min: number;
  readonly max: number;
}

/** Options of {@link simulateSurvey}. */
export interface SimulateSurveyOptions {
  /** Seed of the PRNG (`createRng`); equal seeds give identical data. @defaultValue 1 */
  readonly seed?: number;
  /** Standardized loading of every item, or per item. @defaultValue 0.8 */
  readonly loadings?: number | Readonly<Record<string, number>>;
  /** Integer response scale for all items, or per item. @defaultValue `{ min: 1, max: 10 }` */
  readonly scale?: SimulatedScale | Readonly<Record<string, SimulatedScale>>;
  /**
   * Cut points on the standard-normal item scale: `'equal-probability'` (every scale point
   * equally likely when `location` is 0) or `k − 1` increasing z-values for a `k`-point scale.
   * @defaultValue 'equal-probability'
   */
  readonly thresholds?: 'equal-probability' | readonly number[];
  /**
   * Shift added to every continuous item before cutting (positive = answers pile up at the top
   * of the scale, as in real satisfaction surveys). @defaultValue 0
   */
  readonly location?: number;
  /** Cancels the simulation (checked every 1,024 rows): `CsiError` `ABORTED`. @defaultValue none */
  readonly signal?: AbortSignal;
}

const SIMULATE_OPTION_SPEC: OptionSpec = {
  seed: seedRule,
  loadings: anyOfRule(numberRule({ min: -1, max: 1, example: 0.8 }), objectRule('a record of loadings by item')),
  scale: objectRule('a scale such as { min: 1, max: 10 } or a record of scales by item'),
  thresholds: anyOfRule(oneOfRule(['equal-probability']), arrayRule('an array of increasing cut points')),
  location: numberRule({ example: 0.5 }),
  signal: signalRule,
};

/** The options with the population paths, sample size and seed resolved. */
interface SimulationSettings extends SimulateSurveyOptions {
  readonly n: number;
  readonly seed: number;
  readonly paths: Readonly<Record<string, number>>;
}

/** Issues of the positional inputs: the population paths and the sample size. */
function inputIssues(paths: unknown, n: unknown): CsiIssue[] {
  const issues: CsiIssue[] = [];
  if (paths !== null && typeof paths === 'object' && 'paths' in paths) {
    issues.push({ kind: 'missing_option', message: 'simulateSurvey takes the population paths and the sample size as arguments: simulateSurvey(model, paths, n, options?) (the "paths" and "n" options were removed).' });
    return issues;
  }
  if (paths === null || typeof paths !== 'object' || Array.isArray(paths)) {
    issues.push({ kind: 'missing_option', message: `The paths of simulateSurvey (its second argument) must be a record of population path coefficients such as { "CUSA->CUSL": 0.5 }; got ${describeValue(paths)}.` });
  }
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 1e9) {
    issues.push({ kind: 'invalid_option', message: `The sample size n of simulateSurvey (its third argument) ${n === undefined ? 'is missing' : `is ${describeValue(n)}`}; expected a whole number from 1 to 1000000000 such as 1000.` });
  }
  return issues;
}

const isScale = (s: unknown): s is SimulatedScale =>
  typeof s === 'object' && s !== null && typeof (s as SimulatedScale).min === 'number' && typeof (s as SimulatedScale).max === 'number';

/**
 * Simulates Likert-type survey responses from a population PLS path model.
 *
 * @remarks
 * Population model (standardized): exogenous constructs are independent N(0, 1); each
 * endogenous construct is `η_j = Σ_{i→j} β_ij η_i + ζ_j` with `var(ζ_j) = 1 − β_jᵀ Φ_PP β_j`
 * so that `var(η_j) = 1` (Φ = implied construct covariance, built in topological order; an
 * implied explained variance ≥ 1 is an error). Items are reflective whatever the construct's
 * mode: `x* = λ·η + √(1 − λ²)·ε`, ε ~ N(0, 1), then `x* + location` is cut into the `k =
 * max − min + 1` points of the integer scale at thresholds `t_1 < … < t_{k−1}`:
 * `x = min + #{t_i < x* + location}`. Equal-probability thresholds are `t_i = Φ⁻¹(i/k)`.
 * Randomness: xoshiro128** (`createRng(seed)`), normals by the polar method, drawn in the
 * order row → constructs (topological) → items, so results are reproducible across platforms.
 * The result is a `Dataset` with integer scales declared for every item.
 *
 * @throws CsiError `INVALID_OPTIONS` listing missing or unknown path coefficients, invalid
 *   loadings/scales/thresholds, or an implied explained variance ≥ 1.
 * @param model - The population model.
 * @param paths - Standardized population path coefficient of every model path, keyed `'FROM->TO'`.
 * @param n - Number of respondents.
 * @param options - {@link SimulateSurveyOptions}.
 * @example
 * ```ts
 * const paths = {
 *   'IMAG->CUEX': 0.5, 'IMAG->CUSA': 0.2, 'IMAG->CUSL': 0.2, 'CUEX->PERQ': 0.55, 'CUEX->PERV': 0.1,
 *   'CUEX->CUSA': 0.05, 'PERQ->PERV': 0.55, 'PERQ->CUSA': 0.45, 'PERV->CUSA': 0.2, 'CUSA->CUSCO': 0.5,
 *   'CUSA->CUSL': 0.5, 'CUSCO->CUSL': 0.05,
 * };
 * const data = simulateSurvey(ecsiModel(), paths, 1000, { seed: 1, loadings: 0.8, scale: { min: 1, max: 10 } });
 * estimatePls(ecsiModel(), data).pathCoefficients['PERQ->CUSA']; // ≈ 0.48 (true value 0.45)
 * ```
 */
export function simulateSurvey(model: ModelSpec, paths: Readonly<Record<string, number>>, n: number, options?: SimulateSurveyOptions): Dataset {
  const c = modelEntry(model, 'simulateSurvey').compiled;
  const opts = checkOptions(options, SIMULATE_OPTION_SPEC, 'simulateSurvey', inputIssues(paths, n));
  const settings: SimulationSettings = { ...opts, paths, n, seed: opts.seed ?? 1 };
  const issues = new IssueCollector();
  const beta = pathMatrix(c, paths, issues);
  const { lambda, scales } = itemSettings(c, settings, issues);
  issues.throwIfAny('INVALID_OPTIONS');
  const dist = disturbanceSds(c, beta);
  const cuts = itemThresholds(c.items, scales, settings.thresholds ?? 'equal-probability', issues);
  issues.throwIfAny('INVALID_OPTIONS');
  const cols = drawResponses(c, settings, beta, dist, lambda, scales, cuts);
  const columns = record<Float64Array>();
  const outScales = record<ItemScale>();
  c.items.forEach((it, k) => {
    columns[it] = cols[k] as Float64Array;
    const sc = scales[k] as SimulatedScale;
    outScales[it] = { min: sc.min, max: sc.max, integer: true };
  });
  return { n, items: [...c.items], columns, factorNames: [], factors: record<readonly (string | null)[]>(), scales: outScales };
}

/** Population path coefficients `β[from·J + to]`; issues for missing or unknown paths. */
function pathMatrix(c: CompiledModel, paths: Readonly<Record<string, number>>, issues: IssueCollector): Float64Array {
  const J = c.constructs.length;
  const beta = new Float64Array(J * J);
  c.pathKeys.forEach((key, q) => {
    const v = Object.prototype.hasOwnProperty.call(paths, key) ? paths[key] : undefined;
    if (v === undefined || !Number.isFinite(v)) {
      issues.add({ kind: 'missing_path_value', message: `The paths of simulateSurvey have no finite coefficient for model path "${key}".` });
      return;
    }
    beta[(c.pathFrom[q] as number) * J + (c.pathTo[q] as number)] = v;
  });
  for (const key of Object.keys(paths)) {
    if (!c.pathKeys.includes(key)) issues.add({ kind: 'unknown_path', message: `The paths of simulateSurvey name "${key}", which is not a path of the model (paths: ${c.pathKeys.join(', ')}).` });
  }
  return beta;
}

/** Loading and integer scale of every item; issues for invalid ones. */
function itemSettings(c: CompiledModel, options: SimulateSurveyOptions, issues: IssueCollector): { lambda: Float64Array; scales: SimulatedScale[] } {
  const lambda = new Float64Array(c.items.length);
  const scales: SimulatedScale[] = [];
  c.items.forEach((it, k) => {
    const L = options.loadings;
    const l = L === undefined ? 0.8 : typeof L === 'number' ? L : Object.prototype.hasOwnProperty.call(L, it) ? L[it] : 0.8;
    if (l === undefined || !(Math.abs(l) <= 1)) issues.add({ kind: 'invalid_option', item: it, message: `Loading of item "${it}" is ${String(l)}; expected a number in [−1, 1].` });
    lambda[k] = l ?? 0.8;
    const S = options.scale;
    const s = S === undefined ? { min: 1, max: 10 } : isScale(S) ? S : Object.prototype.hasOwnProperty.call(S, it) ? S[it] : { min: 1, max: 10 };
    if (s === undefined || !Number.isInteger(s.min) || !Number.isInteger(s.max) || s.max <= s.min) {
      issues.add({ kind: 'invalid_option', item: it, message: `Scale of item "${it}" must have integer min < max; got ${JSON.stringify(s)}.` });
      scales.push({ min: 1, max: 10 });
    } else scales.push(s);
  });
  return { lambda, scales };
}

/**
 * Disturbance SDs `√(1 − β_jᵀ Φ_PP β_j)` from the implied construct covariance Φ, built in
 * topological order; an explained variance ≥ 1 is an `INVALID_OPTIONS` error.
 */
function disturbanceSds(c: CompiledModel, beta: Float64Array): Float64Array {
  const J = c.constructs.length;
  const phi = new Float64Array(J * J);
  const dist = new Float64Array(J);
  for (let t = 0; t < J; t++) {
    const j = c.topo[t] as number;
    const P = c.pred[j] as Int32Array;
    if (P.length === 0) {
      phi[j * J + j] = 1;
      dist[j] = 1;
      continue;
    }
    for (let u = 0; u < t; u++) {
      const k = c.topo[u] as number;
      let s = 0;
      for (let a = 0; a < P.length; a++) s += (beta[(P[a] as number) * J + j] as number) * (phi[(P[a] as number) * J + k] as number);
      phi[j * J + k] = s;
      phi[k * J + j] = s;
    }
    let explained = 0;
    for (let a = 0; a < P.length; a++)
      for (let b = 0; b < P.length; b++)
        explained += (beta[(P[a] as number) * J + j] as number) * (beta[(P[b] as number) * J + j] as number) * (phi[(P[a] as number) * J + (P[b] as number)] as number);
    if (!(explained < 1)) {
      throw new CsiError('INVALID_OPTIONS', [
        {
          kind: 'implied_variance',
          construct: c.constructs[j] as string,
          message: `The path coefficients into "${c.constructs[j] as string}" explain ${explained.toFixed(4)} of its variance; standardized paths must explain less than 1. Reduce them.`,
        },
      ]);
    }
    phi[j * J + j] = 1;
    dist[j] = Math.sqrt(1 - explained);
  }
  return dist;
}

/** Cut points per item: equal-probability normal quantiles or the given ones (checked). */
function itemThresholds(items: readonly string[], scales: readonly SimulatedScale[], th: 'equal-probability' | readonly number[], issues: IssueCollector): Float64Array[] {
  const cuts: Float64Array[] = [];
  items.forEach((it, k) => {
    const s = scales[k] as SimulatedScale;
    const kk = s.max - s.min + 1;
    if (th === 'equal-probability') {
      cuts.push(Float64Array.from({ length: kk - 1 }, (_, i) => normalQuantile((i + 1) / kk)));
    } else {
      const ok = th.length === kk - 1 && th.every((v, i) => Number.isFinite(v) && (i === 0 || v > (th[i - 1] as number)));
      if (!ok) issues.add({ kind: 'invalid_option', item: it, message: `Option "thresholds" of simulateSurvey needs ${kk - 1} increasing finite values for the ${kk}-point scale of item "${it}"; got ${th.length}.` });
      cuts.push(Float64Array.from(th));
    }
  });
  return cuts;
}

/** Draws the responses row by row: constructs in topological order, then items, cut to the scale. */
function drawResponses(
  c: CompiledModel,
  options: SimulationSettings,
  beta: Float64Array,
  dist: Float64Array,
  lambda: Float64Array,
  scales: readonly SimulatedScale[],
  cuts: readonly Float64Array[],
): Float64Array[] {
  const { n, seed } = options;
  const J = c.constructs.length;
  const items = c.items;
  const location = options.location ?? 0;
  const ownerOf = new Int32Array(items.length);
  for (let j = 0; j < J; j++) for (let m = c.blockStart[j] as number; m < (c.blockStart[j + 1] as number); m++) ownerOf[c.blockItem[m] as number] = j;
  const rng = createRng(seed);
  const p = items.length;
  const cols = items.map(() => new Float64Array(n));
  const eta = new Float64Array(J);
  const noise = Float64Array.from(lambda, (l) => Math.sqrt(Math.max(0, 1 - l * l)));
  for (let r = 0; r < n; r++) {
    if ((r & 1023) === 0) throwIfAborted(options.signal, 'simulateSurvey');
    for (let t = 0; t < J; t++) {
      const j = c.topo[t] as number;
      const P = c.pred[j] as Int32Array;
      let v = (dist[j] as number) * rng.normal();
      for (let a = 0; a < P.length; a++) v += (beta[(P[a] as number) * J + j] as number) * (eta[P[a] as number] as number);
      eta[j] = v;
    }
    for (let k = 0; k < p; k++) {
      const x = (lambda[k] as number) * (eta[ownerOf[k] as number] as number) + (noise[k] as number) * rng.normal() + location;
      const cut = cuts[k] as Float64Array;
      let cat = 0;
      while (cat < cut.length && (cut[cat] as number) < x) cat++;
      (cols[k] as Float64Array)[r] = (scales[k] as SimulatedScale).min + cat;
    }
  }
  return cols;
}
