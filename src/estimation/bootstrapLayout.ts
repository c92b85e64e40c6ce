/**
 * Which statistics a bootstrap resample produces, in vector order (internal). @packageDocumentation
 */
import type { ItemScale } from '../data/types.js';
import { IssueCollector, type CsiWarning } from '../errors.js';
import type { CompiledModel } from './compileModel.js';
import type { PlsFit } from './types.js';

/** Statistic groups, in vector order. @internal */
export type StatGroup =
  | 'outerWeights'
  | 'loadings'
  | 'paths'
  | 'rSquared'
  | 'totalEffects'
  | 'indirectEffects'
  | 'specificIndirectEffects'
  | 'htmt'
  | 'performance';

/** Label of one statistic: `group[a]` or `group[a][b]`. @internal */
export interface StatLabel {
  readonly group: StatGroup;
  readonly a: string;
  readonly b?: string;
}

/** The statistic vector of a resample and the index arrays to fill it. @internal */
export interface BootstrapLayout {
  readonly labels: readonly StatLabel[];
  /** Block entries (weights) in all. */
  readonly K: number;
  readonly nPaths: number;
  /** Construct index of each block entry. */
  readonly entryConstruct: Int32Array;
  readonly indirectFrom: Int32Array;
  readonly indirectTo: Int32Array;
  /** Specific indirect chains as path-index lists. */
  readonly chains: readonly Int32Array[];
  readonly chainEnds: readonly (readonly [number, number])[];
  /** Constructs with a 0–100 performance. */
  readonly perfConstructs: Int32Array;
  /** Per item (compiled order): theoretical scale minimum and maximum (NaN = unknown). */
  readonly scaleMin: Float64Array;
  readonly scaleMax: Float64Array;
}

/** Weights and loadings (one per block entry), paths, R², total effects. */
function fitLabels(c: CompiledModel, labels: StatLabel[]): Int32Array {
  const J = c.constructs.length;
  const K = c.blockItem.length;
  const entryConstruct = new Int32Array(K);
  for (let j = 0; j < J; j++) {
    for (let m = c.blockStart[j] as number; m < (c.blockStart[j + 1] as number); m++) {
      entryConstruct[m] = j;
      labels.push({ group: 'outerWeights', a: c.constructs[j] as string, b: c.items[c.blockItem[m] as number] as string });
    }
  }
  for (let m = 0; m < K; m++) labels.push({ group: 'loadings', a: (labels[m] as StatLabel).a, b: (labels[m] as StatLabel).b as string });
  for (const key of c.pathKeys) labels.push({ group: 'paths', a: key });
  for (let q = 0; q < c.endogenous.length; q++) labels.push({ group: 'rSquared', a: c.constructs[c.endogenous[q] as number] as string });
  c.effectKeys.forEach((key) => labels.push({ group: 'totalEffects', a: key }));
  return entryConstruct;
}

/** Pairs with an indirect route: i → k (a path) and k reaches j. */
function indirectPairs(c: CompiledModel, labels: StatLabel[]): { from: Int32Array; to: Int32Array } {
  const J = c.constructs.length;
  const reach = new Set<number>();
  for (let e = 0; e < c.effectKeys.length; e++) reach.add((c.effectFrom[e] as number) * J + (c.effectTo[e] as number));
  const from: number[] = [];
  const to: number[] = [];
  c.effectKeys.forEach((key, e) => {
    const i = c.effectFrom[e] as number;
    const j = c.effectTo[e] as number;
    const S = c.succ[i] as Int32Array;
    let has = false;
    for (let a = 0; a < S.length; a++) if (reach.has((S[a] as number) * J + j)) has = true;
    if (has) {
      from.push(i);
      to.push(j);
      labels.push({ group: 'indirectEffects', a: key });
    }
  });
  return { from: Int32Array.from(from), to: Int32Array.from(to) };
}

/** Specific indirect chains as path-index lists; throws `INVALID_OPTIONS` for bad chains. */
function specificChains(c: CompiledModel, indirect: readonly (readonly string[])[], labels: StatLabel[]): { chains: Int32Array[]; ends: (readonly [number, number])[] } {
  const issues = new IssueCollector();
  const chains: Int32Array[] = [];
  const ends: (readonly [number, number])[] = [];
  const seen = new Set<string>();
  const pathIndex = new Map<string, number>();
  c.pathKeys.forEach((k, q) => pathIndex.set(k, q));
  indirect.forEach((chain, ci) => {
    if (!Array.isArray(chain) || chain.length < 3 || !chain.every((x) => typeof x === 'string')) {
      issues.add({ kind: 'invalid_option', message: `Indirect effect ${ci + 1} must list at least three construct names (e.g. ["CUEX", "PERQ", "CUSA"]); got ${JSON.stringify(chain)}.` });
      return;
    }
    const key = chain.join('->');
    if (seen.has(key)) {
      issues.add({ kind: 'invalid_option', message: `Indirect effect "${key}" is listed twice.` });
      return;
    }
    seen.add(key);
    const qs: number[] = [];
    let ok = true;
    for (let a = 0; a + 1 < chain.length; a++) {
      const pk = `${String(chain[a])}->${String(chain[a + 1])}`;
      const q = pathIndex.get(pk);
      if (q === undefined) {
        ok = false;
        for (const name of [chain[a], chain[a + 1]]) {
          if (!c.constructs.includes(name as string)) issues.add({ kind: 'unknown_construct', construct: String(name), message: `Indirect effect "${key}" names construct "${String(name)}", which is not in the model.` });
        }
        issues.add({ kind: 'invalid_option', message: `Indirect effect "${key}" needs the path "${pk}", which is not in the model (paths: ${c.pathKeys.join(', ')}).` });
      } else qs.push(q);
    }
    if (!ok) return;
    chains.push(Int32Array.from(qs));
    ends.push([c.pathFrom[qs[0] as number] as number, c.pathTo[qs[qs.length - 1] as number] as number]);
    labels.push({ group: 'specificIndirectEffects', a: key });
  });
  issues.throwIfAny('INVALID_OPTIONS');
  return { chains, ends };
}

/** Theoretical bounds per compiled item (NaN where unknown or invalid). */
function itemBounds(c: CompiledModel, scales: Readonly<Record<string, ItemScale>>): { min: Float64Array; max: Float64Array } {
  const p = c.items.length;
  const min = new Float64Array(p).fill(NaN);
  const max = new Float64Array(p).fill(NaN);
  c.items.forEach((it, k) => {
    const s = Object.prototype.hasOwnProperty.call(scales, it) ? scales[it] : undefined;
    if (s !== undefined && Number.isFinite(s.min) && Number.isFinite(s.max) && s.max > s.min) {
      min[k] = s.min;
      max[k] = s.max;
    }
  });
  return { min, max };
}

/** Constructs that get a 0–100 performance (known scales, positive weights); warnings for the rest. */
function performanceConstructs(c: CompiledModel, fit: PlsFit, max: Float64Array, labels: StatLabel[], warnings: CsiWarning[]): Int32Array {
  const perf: number[] = [];
  const noScale: string[] = [];
  for (let j = 0; j < c.constructs.length; j++) {
    const name = c.constructs[j] as string;
    const missing: string[] = [];
    const nonPositive: string[] = [];
    for (let m = c.blockStart[j] as number; m < (c.blockStart[j + 1] as number); m++) {
      const k = c.blockItem[m] as number;
      const it = c.items[k] as string;
      if (Number.isNaN(max[k] as number)) missing.push(it);
      const w = fit.outerWeights[name]?.[it];
      if (!(w !== undefined && w > 0)) nonPositive.push(`${it} = ${String(w)}`);
    }
    if (missing.length > 0) noScale.push(`${name} (${missing.join(', ')})`);
    else if (nonPositive.length > 0) {
      warnings.push({
        kind: 'performance_skipped',
        construct: name,
        message: `No 0–100 performance for construct "${name}": the index needs every outer weight > 0, but ${nonPositive.join(', ')}.`,
      });
    } else {
      perf.push(j);
      labels.push({ group: 'performance', a: name });
    }
  }
  if (noScale.length > 0) {
    warnings.push({
      kind: 'performance_skipped',
      message: `No 0–100 performance for ${noScale.join('; ')}: the items have no declared scale (pass { scales: { item: { min, max } } }).`,
    });
  }
  return Int32Array.from(perf);
}

/**
 * Lays out the statistic vector of a resample: weights, loadings, paths, R², total, indirect and
 * specific indirect effects, HTMT pairs, performances (in this order).
 * @throws CsiError `INVALID_OPTIONS` for invalid `indirect` chains.
 * @internal
 */
export function buildBootstrapLayout(
  c: CompiledModel,
  fit: PlsFit,
  indirect: readonly (readonly string[])[],
  scales: Readonly<Record<string, ItemScale>>,
  warnings: CsiWarning[],
): BootstrapLayout {
  const labels: StatLabel[] = [];
  const J = c.constructs.length;
  const entryConstruct = fitLabels(c, labels);
  const pairs = indirectPairs(c, labels);
  const { chains, ends } = specificChains(c, indirect, labels);
  for (let i = 0; i < J; i++) for (let j = i + 1; j < J; j++) labels.push({ group: 'htmt', a: `${c.constructs[i] as string}<->${c.constructs[j] as string}` });
  const bounds = itemBounds(c, scales);
  const perfConstructs = performanceConstructs(c, fit, bounds.max, labels, warnings);
  return {
    labels,
    K: c.blockItem.length,
    nPaths: c.pathKeys.length,
    entryConstruct,
    indirectFrom: pairs.from,
    indirectTo: pairs.to,
    chains,
    chainEnds: ends,
    perfConstructs,
    scaleMin: bounds.min,
    scaleMax: bounds.max,
  };
}
