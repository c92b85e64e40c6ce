/** Test helpers of the assessment tests: fits built from peer numbers, real fits, deviations. */
import { appendFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { Dataset } from 'csi-analytics';
import { estimatePls } from 'csi-analytics';
import type { PlsFit, PlsOptions } from 'csi-analytics';
import type { MeasurementMode, ModelSpec } from 'csi-analytics';
import { ecsiMobiModel, loadMobi, loadNumericCsv, loadPeer, readJson, type PeerName, type Scheme } from '../helpers/fixtures.js';

type Rec = Record<string, number>;
type Nested = Record<string, Rec>;

/** Pearson correlations, means and n − 1 sds of the given items (independent of the library). */
export function itemStatistics(data: Dataset, items: readonly string[]) {
  const n = data.n;
  const cols = items.map((it) => data.columns[it] as Float64Array);
  const means = cols.map((c) => c.reduce((a, b) => a + b, 0) / n);
  const sds = cols.map((c, i) => Math.sqrt(c.reduce((a, b) => a + (b - (means[i] as number)) ** 2, 0) / (n - 1)));
  const correlations = cols.map((ci, i) =>
    cols.map((cj, j) => {
      let acc = 0;
      for (let r = 0; r < n; r++) acc += ((ci[r] as number) - (means[i] as number)) * ((cj[r] as number) - (means[j] as number));
      return acc / ((n - 1) * (sds[i] as number) * (sds[j] as number));
    }),
  );
  return { n, means, sds, correlations };
}

/**
 * A `PlsFit` assembled from a peer's `fits_tight` numbers (weights, loadings, paths, R²) and the
 * item correlations of mobi; construct correlations `wᵢᵀ S wⱼ` and cross-loadings `S w` are derived
 * from those weights. No library estimation is involved.
 */
export function fitFromPeer(peer: PeerName, scheme: Scheme): PlsFit {
  const pf = loadPeer(peer).model.fits_tight[scheme];
  const model = ecsiMobiModel;
  const items = model.constructs.flatMap((c) => c.items);
  const st = itemStatistics(loadMobi(), items);
  const idx = new Map(items.map((it, i) => [it, i]));
  const w = (c: string, it: string): number => pf.outer_weights[c]?.[it] ?? 0;
  // cross[item][construct] = Σ_{k ∈ block} s_{item,k} w_k
  const crossLoadings: Nested = {};
  for (const it of items) {
    crossLoadings[it] = {};
    for (const c of model.constructs) {
      let acc = 0;
      for (const k of c.items) acc += (st.correlations[idx.get(it) as number]?.[idx.get(k) as number] as number) * w(c.name, k);
      (crossLoadings[it] as Rec)[c.name] = acc;
    }
  }
  const constructCorrelations: Nested = {};
  for (const a of model.constructs) {
    constructCorrelations[a.name] = {};
    for (const b of model.constructs) {
      let acc = 0;
      for (const k of a.items) acc += w(a.name, k) * ((crossLoadings[k] as Rec)[b.name] as number);
      (constructCorrelations[a.name] as Rec)[b.name] = acc;
    }
  }
  const endogenous = Object.keys(pf.r_squared);
  const n = st.n;
  const rSquaredAdjusted: Rec = {};
  for (const c of endogenous) {
    const k = model.paths.filter((p) => p.to === c).length;
    rSquaredAdjusted[c] = 1 - (1 - (pf.r_squared[c] as number)) * ((n - 1) / (n - k - 1));
  }
  return {
    kind: 'csi.pls-fit',
    version: 1,
    model,
    options: { scheme, tolerance: 1e-12, maxIterations: 1000, criterion: 'sum', signRule: { kind: 'none' }, missing: 'none' },
    n,
    constructs: model.constructs.map((c) => c.name),
    endogenous,
    iterations: pf.iterations,
    converged: pf.converged,
    warnings: [],
    outerWeights: pf.outer_weights,
    unstandardizedWeights: Object.fromEntries(
      model.constructs.map((c) => [c.name, Object.fromEntries(c.items.map((it) => [it, w(c.name, it) / (st.sds[idx.get(it) as number] as number)]))]),
    ),
    loadings: pf.outer_loadings,
    crossLoadings,
    pathCoefficients: pf.path_coefficients,
    rSquared: pf.r_squared,
    rSquaredAdjusted,
    directEffects: pf.path_coefficients,
    indirectEffects: pf.indirect_effects,
    totalEffects: pf.total_effects,
    constructCorrelations,
    scores: null,
    data: {
      items,
      means: Object.fromEntries(items.map((it, i) => [it, st.means[i] as number])),
      sds: Object.fromEntries(items.map((it, i) => [it, st.sds[i] as number])),
      correlations: st.correlations,
    },
    scales: {},
    missing: { policy: 'none', rowsIn: n, rowsUsed: n, rowsDropped: 0, perItem: {} },
  };
}

const tight: PlsOptions = { tolerance: 1e-13, maxIterations: 2000, criterion: 'max', scores: false };
const fitCache = new Map<string, PlsFit>();

/** The library's own PLS fit of the ECSI model on mobi (tight convergence). */
export function mobiFit(scheme: Scheme): PlsFit {
  const key = `mobi/${scheme}`;
  let f = fitCache.get(key);
  if (!f) {
    f = estimatePls(ecsiMobiModel, loadMobi(), { ...tight, scheme });
    fitCache.set(key, f);
  }
  return f;
}

/** The ADANCO Set G model (reference-values.md §9) with every construct in one mode. */
export function satisfactionModel(mode: MeasurementMode): ModelSpec {
  const set = readJson<{ model: { blocks: Record<string, string[]>; paths: string[] } }>('assessment', 'adanco-set-g.json');
  return {
    name: `satisfaction (all Mode ${mode})`,
    constructs: Object.entries(set.model.blocks).map(([name, items]) => ({ name, items, mode })),
    paths: set.model.paths.map((p) => {
      const [from, to] = p.split('->') as [string, string];
      return { from, to };
    }),
  };
}

/** The library's centroid-scheme fit of the Set G model on satisfaction.csv. */
export function satisfactionFit(mode: 'A' | 'B'): PlsFit {
  const key = `satisfaction/${mode}`;
  let f = fitCache.get(key);
  if (!f) {
    f = estimatePls(satisfactionModel(mode), loadNumericCsv('satisfaction.csv', { min: 0, max: 10 }), { ...tight, scheme: 'centroid' });
    fitCache.set(key, f);
  }
  return f;
}

/**
 * Max |actual − expected| over the keys of `expected` (every key must exist in `actual`).
 * A `null` reference value means "not reported / not finite" (the peers' JSON writes non-finite
 * numbers as null): ours must then be null, absent or non-finite — never skipped silently. A
 * fixture with no number at all fails (an empty comparison proves nothing).
 */
export function maxDev(actual: Readonly<Record<string, unknown>>, expected: Readonly<Record<string, unknown>>): number {
  const r = deviation(actual, expected, '');
  expect(r.compared, 'numbers compared with the reference').toBeGreaterThan(0);
  return r.max;
}

function deviation(actual: Readonly<Record<string, unknown>>, expected: Readonly<Record<string, unknown>>, path: string): { max: number; compared: number } {
  let max = 0;
  let compared = 0;
  for (const [k, e] of Object.entries(expected)) {
    const a = actual[k];
    const at = `${path}${k}`;
    if (typeof e === 'number') {
      expect(typeof a, `key ${at}`).toBe('number');
      max = Math.max(max, Math.abs((a as number) - e));
      compared++;
    } else if (e === null) {
      const ok = a === null || a === undefined || (typeof a === 'number' && !Number.isFinite(a));
      expect(ok, `key ${at}: the reference reports no value (null), ours is ${String(a)}`).toBe(true);
    } else if (typeof e === 'object') {
      expect(a, `key ${at}`).toBeTypeOf('object');
      const r = deviation(a as Record<string, unknown>, e as Record<string, unknown>, `${at}.`);
      max = Math.max(max, r.max);
      compared += r.compared;
    }
  }
  return { max, compared };
}

/**
 * Asserts agreement within `tol` and, when `ASSESSMENT_DEVIATIONS` names a file, appends the
 * deviation there (used to report max deviations per metric and reference).
 */
export function expectClose(
  metric: string,
  reference: string,
  actual: Readonly<Record<string, unknown>> | number,
  expected: Readonly<Record<string, unknown>> | number,
  tol: number,
): void {
  const dev =
    typeof actual === 'number' || typeof expected === 'number'
      ? Math.abs((actual as number) - (expected as number))
      : maxDev(actual, expected);
  const out = process.env['ASSESSMENT_DEVIATIONS'];
  if (out !== undefined && out !== '') appendFileSync(out, `${JSON.stringify({ metric, reference, dev, tol })}\n`);
  expect(dev, `${metric} vs ${reference}`).toBeLessThanOrEqual(tol);
}

/** The NumPy independent computation on mobi (test/fixtures/scripts/assessment_mobi.py). */
export interface IndependentMobiFit {
  construct_correlations: Nested;
  cross_loadings: Nested;
  alpha: Rec;
  rho_A: Rec;
  rho_C: Rec;
  ave: Rec;
  sqrt_ave: Rec;
  htmt_absolute: Rec;
  htmt_signed: Rec;
  htmt2: Rec;
  item_vif: Rec;
  structural_vif: Rec;
  r_squared_from_scores: Rec;
  information_criteria: Record<string, { aic: number; bic: number }>;
  gof: number;
  model_fit_saturated: { srmr: number; d_uls: number; d_g_log10: number; d_g_ln: number };
  model_fit_estimated: { srmr: number; d_uls: number; d_g_log10: number; d_g_ln: number };
}
export function independentMobi(peer: PeerName, scheme: Scheme): IndependentMobiFit {
  const d = readJson<{ fits: Record<string, IndependentMobiFit> }>('assessment', 'mobi-independent.json');
  const f = d.fits[`${peer}/${scheme}`];
  if (!f) throw new Error(`no independent fit ${peer}/${scheme}`);
  return f;
}

/** Flattens `{ construct: { item: v } }` to `{ item: v }`. */
export function flatten(nested: Readonly<Record<string, Readonly<Record<string, number>>>>): Rec {
  const out: Rec = {};
  for (const row of Object.values(nested)) for (const [k, v] of Object.entries(row)) out[k] = v;
  return out;
}

export const peers: readonly PeerName[] = ['seminr', 'csem', 'plspm'];
export const schemes: readonly Scheme[] = ['path', 'centroid', 'factorial'];
