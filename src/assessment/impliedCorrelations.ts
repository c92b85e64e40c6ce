/**
 * Composite-model implied item correlation matrix. @packageDocumentation
 */
import { CsiError } from '../errors.js';
import type { PlsFit } from '../estimation/types.js';
import { deepFreeze } from '../util/record.js';
import { fitBlocks } from './fitBlocks.js';
import { checkFitArg } from './checkFitArg.js';
import { checkOptions } from '../validate/index.js';
import { MODEL_FIT_OPTION_SPEC } from './assessmentOptions.js';

/**
 * Which construct correlations the implied matrix uses.
 * - `saturated`: the estimated composite correlations themselves (every construct pair free);
 * - `estimated`: the correlations implied by the structural model (paths only).
 */
export type StructuralModelKind = 'saturated' | 'estimated';

/** Options of {@link impliedCorrelations} and the model-fit measures. */
export interface ModelFitOptions {
  /**
   * Construct correlations to use, see {@link StructuralModelKind}.
   * @defaultValue 'saturated'
   */
  readonly structural?: StructuralModelKind;
}

/** Result of {@link impliedCorrelations}. */
export interface ImpliedCorrelations {
  /** Model items, block after block. */
  readonly items: readonly string[];
  /** Implied correlation matrix, rows/columns in `items` order. */
  readonly matrix: readonly (readonly number[])[];
}

/** Empirical and implied matrices, row-major `p × p`, block-ordered items. @internal */
export interface FitMatrices {
  readonly items: readonly string[];
  readonly s: Float64Array;
  readonly sigma: Float64Array;
}

/**
 * Model-implied correlations of the constructs under the estimated structural model:
 * `Σ_η = (I − B)⁻¹ Ψ (I − B)⁻ᵀ`. @internal
 */
export function structuralImpliedConstructCorrelations(fit: PlsFit): Float64Array {
  const { constructs, r, predecessors, endogenous } = fitBlocks(fit);
  const J = constructs.length;
  // B[j][i] = β_{i→j}
  const B = new Float64Array(J * J);
  const psi = new Float64Array(J * J);
  const endo = new Set(endogenous);
  for (const to of endogenous) {
    const j = constructs.indexOf(to);
    for (const from of predecessors[to] ?? []) {
      const beta = fit.pathCoefficients[`${from}->${to}`];
      if (typeof beta !== 'number') {
        throw new CsiError('INVALID_DATA', `Path coefficient ${from}->${to} is missing from the fit.`);
      }
      B[j * J + constructs.indexOf(from)] = beta;
    }
    const r2 = fit.rSquared[to];
    if (typeof r2 !== 'number') throw new CsiError('INVALID_DATA', `R² of construct "${to}" is missing from the fit.`);
    psi[j * J + j] = 1 - r2;
  }
  for (let i = 0; i < J; i++) {
    if (endo.has(constructs[i] as string)) continue;
    for (let j = 0; j < J; j++) {
      if (endo.has(constructs[j] as string)) continue;
      psi[i * J + j] = r[i * J + j] as number;
    }
  }
  // (I − B)⁻¹ = Σ_{k<J} Bᵏ for a recursive (acyclic) model: B is nilpotent.
  const T = new Float64Array(J * J);
  let P = new Float64Array(J * J);
  for (let i = 0; i < J; i++) P[i * J + i] = 1;
  for (let step = 0; step <= J; step++) {
    let nonzero = false;
    for (let q = 0; q < J * J; q++) {
      T[q] = (T[q] as number) + (P[q] as number);
      if (P[q] !== 0) nonzero = true;
    }
    if (!nonzero) break;
    if (step === J) throw new CsiError('INVALID_SPEC', 'The structural model is not recursive (it has a cycle).');
    const next = new Float64Array(J * J);
    for (let i = 0; i < J; i++) {
      for (let k = 0; k < J; k++) {
        const b = B[i * J + k] as number;
        if (b === 0) continue;
        for (let j = 0; j < J; j++) next[i * J + j] = (next[i * J + j] as number) + b * (P[k * J + j] as number);
      }
    }
    P = next;
  }
  // Σ_η = T Ψ Tᵀ
  const tp = new Float64Array(J * J);
  for (let i = 0; i < J; i++) {
    for (let j = 0; j < J; j++) {
      let acc = 0;
      for (let k = 0; k < J; k++) acc += (T[i * J + k] as number) * (psi[k * J + j] as number);
      tp[i * J + j] = acc;
    }
  }
  const out = new Float64Array(J * J);
  for (let i = 0; i < J; i++) {
    for (let j = 0; j < J; j++) {
      let acc = 0;
      for (let k = 0; k < J; k++) acc += (tp[i * J + k] as number) * (T[j * J + k] as number);
      out[i * J + j] = acc;
    }
  }
  return out;
}

/** Empirical and composite-model implied item correlations (row-major). @internal */
export function fitMatrices(fit: PlsFit, options: ModelFitOptions = {}): FitMatrices {
  const structural = options.structural ?? 'saturated';
  const { blocks, items, s } = fitBlocks(fit);
  const J = blocks.length;
  const rc = structural === 'estimated' ? structuralImpliedConstructCorrelations(fit) : fitBlocks(fit).r;
  const p = items.length;
  // composite loadings a_j = S_jj w_j (item–composite correlations for unit-variance composites)
  const a = new Float64Array(p);
  for (const b of blocks) {
    const k = b.items.length;
    for (let i = 0; i < k; i++) {
      let acc = 0;
      for (let j = 0; j < k; j++) acc += (s[(b.offset + i) * p + b.offset + j] as number) * (b.weights[j] as number);
      a[b.offset + i] = acc;
    }
  }
  const sigma = new Float64Array(p * p);
  for (let bi = 0; bi < J; bi++) {
    const A = blocks[bi] as (typeof blocks)[number];
    for (let bj = 0; bj < J; bj++) {
      const Bk = blocks[bj] as (typeof blocks)[number];
      const rij = rc[bi * J + bj] as number;
      for (let i = 0; i < A.items.length; i++) {
        const row = (A.offset + i) * p;
        for (let j = 0; j < Bk.items.length; j++) {
          const col = Bk.offset + j;
          sigma[row + col] = bi === bj ? (s[row + col] as number) : (a[A.offset + i] as number) * rij * (a[col] as number);
        }
      }
    }
  }
  return { items, s, sigma };
}

/**
 * Item correlation matrix implied by the composite model of a fit.
 *
 * @remarks
 * Composite-model implied correlations (Dijkstra & Henseler 2015; docs/methodology.md#model-fit):
 * within a block `Σ̂_jj = S_jj` (composites leave their items' correlations free); between
 * blocks `Σ̂_ij = S_ii w_i · r_ij · w_jᵀ S_jj`, with `w` the unit-variance weights.
 * `r_ij` is the estimated composite correlation for the **saturated** model, or, for the
 * **estimated** model, the structural-model implied correlation
 * `Σ_η = (I − B)⁻¹ Ψ (I − B)⁻ᵀ` with `Ψ` = the exogenous constructs' correlations and
 * disturbance variances `1 − R²_j` (this reproduces ADANCO 2.2.1's "estimated model" fit,
 * docs/methodology.md#model-fit). Common-factor (PLSc) implied matrices are not covered.
 *
 * @example
 * ```ts
 * const { items, matrix } = impliedCorrelations(fit, { structural: 'estimated' });
 * ```
 */
export function impliedCorrelations(fit: PlsFit, options: ModelFitOptions = {}): ImpliedCorrelations {
  checkFitArg(fit, 'impliedCorrelations');
  checkOptions(options, MODEL_FIT_OPTION_SPEC, 'impliedCorrelations');
  const { items, sigma } = fitMatrices(fit, options);
  const p = items.length;
  const matrix: number[][] = [];
  for (let i = 0; i < p; i++) matrix.push(Array.from(sigma.subarray(i * p, (i + 1) * p)));
  return deepFreeze({ items: [...items], matrix });
}
