/**
 * Matrices of a fitted PLS model arranged by measurement block (shared by the assessment
 * metrics). @packageDocumentation
 */
import { CsiError, IssueCollector } from '../errors.js';
import type { PlsFit } from '../estimation/types.js';
import type { MeasurementMode } from '../spec/types.js';

/** One measurement block of a fit. @internal */
export interface FitBlock {
  readonly name: string;
  readonly mode: MeasurementMode;
  readonly items: readonly string[];
  /** Position of each item in the block-ordered item list (`FitBlocks.items`). */
  readonly offset: number;
  /** Standardized outer weights, in `items` order. */
  readonly weights: Float64Array;
  /** Loadings, in `items` order. */
  readonly loadings: Float64Array;
}

/** Everything the assessment metrics need, in block order. @internal */
export interface FitBlocks {
  readonly constructs: readonly string[];
  readonly blocks: readonly FitBlock[];
  /** Model items, block after block (`p` items). */
  readonly items: readonly string[];
  /** Item correlation matrix of `items`, row-major `p × p`. */
  readonly s: Float64Array;
  /** Construct correlation matrix, row-major `J × J` in `constructs` order. */
  readonly r: Float64Array;
  /** Predecessors of each endogenous construct, in the order of `model.paths`. */
  readonly predecessors: Readonly<Record<string, readonly string[]>>;
  /** Endogenous constructs in model order. */
  readonly endogenous: readonly string[];
}

const cache = new WeakMap<PlsFit, FitBlocks>();

/**
 * Extracts and validates the block structure, item correlations and construct correlations
 * of a fit. Works on a fit that went through `JSON.parse(JSON.stringify(fit))`.
 *
 * @remarks
 * The item correlation matrix is taken from `fit.data.correlations` (rows/columns in
 * `fit.data.items` order) and re-ordered block by block; weights and loadings from
 * `fit.outerWeights` / `fit.loadings`; construct correlations from
 * `fit.constructCorrelations`. Results are cached per fit object.
 *
 * @throws CsiError `INVALID_DATA` listing every item, construct or number missing from the fit.
 * @example
 * ```ts
 * const b = fitBlocks(fit);
 * b.blocks[0].weights; // Float64Array of the first block's weights
 * ```
 * @internal
 */
export function fitBlocks(fit: PlsFit): FitBlocks {
  const hit = cache.get(fit);
  if (hit) return hit;
  const issues = new IssueCollector();
  const dataIndex = new Map<string, number>();
  fit.data.items.forEach((it, i) => dataIndex.set(it, i));
  const blocks: FitBlock[] = [];
  const items: string[] = [];
  const constructs = fit.model.constructs.map((c) => c.name);
  for (const c of fit.model.constructs) {
    const k = c.items.length;
    const weights = new Float64Array(k);
    const loadings = new Float64Array(k);
    const w = fit.outerWeights[c.name];
    const l = fit.loadings[c.name];
    c.items.forEach((it, i) => {
      if (!dataIndex.has(it)) {
        issues.add({
          kind: 'unknown_item',
          construct: c.name,
          item: it,
          message: `Item "${it}" of construct "${c.name}" is missing from the fit's item correlations (fit.data.items).`,
        });
      }
      const wv = w?.[it];
      const lv = l?.[it];
      if (typeof wv !== 'number' || !Number.isFinite(wv)) {
        issues.add({
          kind: 'missing_weight',
          construct: c.name,
          item: it,
          value: wv ?? null,
          message: `Outer weight of item "${it}" in construct "${c.name}" is ${String(wv)}; expected a finite number.`,
        });
      } else weights[i] = wv;
      if (typeof lv !== 'number' || !Number.isFinite(lv)) {
        issues.add({
          kind: 'missing_loading',
          construct: c.name,
          item: it,
          value: lv ?? null,
          message: `Loading of item "${it}" in construct "${c.name}" is ${String(lv)}; expected a finite number.`,
        });
      } else loadings[i] = lv;
    });
    blocks.push({ name: c.name, mode: c.mode, items: c.items, offset: items.length, weights, loadings });
    items.push(...c.items);
  }
  const pData = fit.data.items.length;
  const corr = fit.data.correlations;
  if (corr.length !== pData || corr.some((row) => row.length !== pData)) {
    issues.add({
      kind: 'bad_correlations',
      message: `fit.data.correlations must be a ${pData} × ${pData} matrix (one row and column per item of fit.data.items).`,
    });
  }
  const J = constructs.length;
  const r = new Float64Array(J * J);
  for (let i = 0; i < J; i++) {
    const a = constructs[i] as string;
    for (let j = 0; j < J; j++) {
      const b = constructs[j] as string;
      const v = i === j ? 1 : fit.constructCorrelations[a]?.[b];
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        issues.add({
          kind: 'missing_correlation',
          construct: a,
          value: v ?? null,
          message: `Construct correlation ${a}<->${b} is ${String(v)}; expected a finite number.`,
        });
      } else r[i * J + j] = v;
    }
  }
  issues.throwIfAny('INVALID_DATA');
  const p = items.length;
  const s = new Float64Array(p * p);
  const pos = items.map((it) => dataIndex.get(it) as number);
  for (let i = 0; i < p; i++) {
    const row = corr[pos[i] as number] as readonly number[];
    for (let j = 0; j < p; j++) s[i * p + j] = row[pos[j] as number] as number;
  }
  const predecessors: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  for (const path of fit.model.paths) {
    if (!constructs.includes(path.from) || !constructs.includes(path.to)) {
      throw new CsiError(
        'INVALID_SPEC',
        `Path ${path.from}->${path.to} names a construct that is not in the model.`,
      );
    }
    (predecessors[path.to] ??= []).push(path.from);
  }
  const endogenous = constructs.filter((c) => predecessors[c] !== undefined);
  const result: FitBlocks = { constructs, blocks, items, s, r, predecessors, endogenous };
  cache.set(fit, result);
  return result;
}

/** `'A<->B'` key of a construct pair (model order). @internal */
export function pairKey(a: string, b: string): string {
  return `${a}<->${b}`;
}

/** `'FROM->TO'` key of a path. @internal */
export function pathKey(from: string, to: string): string {
  return `${from}->${to}`;
}
