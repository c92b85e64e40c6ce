import { CsiError } from '../errors.js';
import type { CsiWarning } from '../errors.js';
import { deepFreeze, recordFrom } from '../util/record.js';
import { correlationSystem } from './internal/correlationSystem.js';

/**
 * Largest number of predictors {@link shapleyWeights} accepts (20): the exact Shapley (LMG)
 * decomposition enumerates all 2^p predictor subsets.
 *
 * @remarks
 * Cost grows as 2^p · O(p²) (Lindeman, Merenda & Gold 1980; Lipovetsky & Conklin 2001;
 * docs/methodology.md#derived-importance): 2^20 ≈ 10⁶ subsets is still interactive, 2^30 is not. For more drivers use
 * {@link relativeWeights} (Johnson 2000), which approximates the same decomposition in O(p³).
 *
 * @example
 * ```ts
 * const drivers = { x1: [1, 2, 3, 4, 5, 6], x2: [2, 1, 4, 3, 6, 5] };
 * const y = [1, 3, 2, 5, 4, 6];
 * const shares = Object.keys(drivers).length <= SHAPLEY_MAX_PREDICTORS
 *   ? shapleyWeights(drivers, y).shares     // exact LMG shares of R²
 *   : relativeWeights(drivers, y).rescaled; // Johnson's approximation, also summing to 1
 * ```
 */
export const SHAPLEY_MAX_PREDICTORS = 20;

/** Result of {@link shapleyWeights}. */
export interface ShapleyResult {
  /** R² of the full regression; equals Σ_j weights_j. */
  readonly rSquared: number;
  /**
   * Shapley values φ_j (LMG): each predictor's average R² increment, by predictor. These sum
   * to R², **not** to 1 (they correspond to `relativeWeights(...).raw`); use `shares` for
   * weights that sum to 1 (like `relativeWeights(...).rescaled` and every other weighting
   * method).
   */
  readonly weights: Readonly<Record<string, number>>;
  /** φ_j / R², summing to 1. */
  readonly shares: Readonly<Record<string, number>>;
  readonly n: number;
  readonly droppedRows: readonly number[];
  readonly warnings: readonly CsiWarning[];
}

/**
 * Shapley-value (LMG) decomposition of R²: each driver's R² gain averaged over all orders in
 * which predictors can enter the regression. Exact, over all 2^p subsets (p ≤ 20).
 *
 * @remarks
 * Lindeman, Merenda & Gold (1980); Kruskal (1987); Lipovetsky & Conklin (2001) *Applied
 * Stochastic Models in Business and Industry* 17:319–330 (docs/methodology.md#derived-importance):
 * φ_j = Σ_{S ⊆ P∖{j}} |S|! (p − |S| − 1)! / p! · [R²(S ∪ {j}) − R²(S)], Σ_j φ_j = R².
 * R²(S) = r_Sᵀ R_SS⁻¹ r_S from the correlation matrix. Subsets are visited depth-first so each
 * one extends its parent's Cholesky factor by one row: R²(S ∪ {k}) = R²(S) + z_k², where z_k
 * is the new component of L⁻¹ r — O(p²) per subset instead of O(p³). Rows with a NaN
 * anywhere are dropped (listwise).
 *
 * @throws CsiError `INVALID_DATA`, `INSUFFICIENT_DATA`, `SINGULAR` (collinear predictors),
 *   `INVALID_OPTIONS` (more than 20 predictors).
 *
 * @example
 * ```ts
 * const r = shapleyWeights({ x1: [1, 2, 3, 4, 5, 6], x2: [2, 1, 4, 3, 6, 5] }, [1, 3, 2, 5, 4, 6]);
 * r.weights.x1 + r.weights.x2 === r.rSquared; // up to rounding
 * ```
 */
export function shapleyWeights(
  predictors: Readonly<Record<string, ArrayLike<number>>>,
  outcome: ArrayLike<number>,
): ShapleyResult {
  const p = Object.keys(predictors).length;
  if (p > SHAPLEY_MAX_PREDICTORS) {
    throw new CsiError(
      'INVALID_OPTIONS',
      `Exact Shapley weights enumerate 2^p regressions; ${p} predictors is more than the ${SHAPLEY_MAX_PREDICTORS} supported. Use relativeWeights instead.`,
    );
  }
  const sys = correlationSystem(predictors, outcome, 'Shapley weights');
  const { rxx, rxy, labels } = sys;
  const size = 1 << p;
  const r2 = new Float64Array(size);
  // Depth-first over subsets in increasing index order; level d holds the Cholesky row of the
  // d-th member and its component z of L⁻¹ r.
  const members = new Int32Array(p);
  const lRows = Array.from({ length: p }, () => new Float64Array(p));
  const z = new Float64Array(p);
  const visit = (depth: number, mask: number, r2s: number, next: number): void => {
    for (let k = next; k < p; k++) {
      const row = lRows[depth] as Float64Array;
      const rk = rxx[k] as Float64Array;
      let dd = 1;
      let zk = rxy[k]!;
      for (let a = 0; a < depth; a++) {
        const la = lRows[a] as Float64Array;
        let s = rk[members[a]!]!;
        for (let b = 0; b < a; b++) s -= la[b]! * row[b]!;
        const v = s / la[a]!;
        row[a] = v;
        dd -= v * v;
        zk -= v * z[a]!;
      }
      if (!(dd > 1e-12)) {
        const others = Array.from(members.subarray(0, depth), (m) => `"${labels[m] ?? ''}"`).join(', ');
        throw new CsiError('SINGULAR', [
          {
            kind: 'collinear',
            message: `Predictor "${labels[k] ?? ''}" is (almost) a linear combination of ${others} (1 − R² = ${dd.toExponential(2)}); drop or combine it.`,
            item: labels[k] ?? '',
          },
        ]);
      }
      const d = Math.sqrt(dd);
      row[depth] = d;
      const zNew = zk / d;
      z[depth] = zNew;
      members[depth] = k;
      const m2 = mask | (1 << k);
      const value = r2s + zNew * zNew;
      r2[m2] = value;
      visit(depth + 1, m2, value, k + 1);
    }
  };
  visit(0, 0, 0, 0);

  // |S|! (p − |S| − 1)! / p! by subset size
  const coef = new Float64Array(p);
  for (let s = 0; s < p; s++) coef[s] = 1 / (p * binomial(p - 1, s));
  const popcount = (x: number): number => {
    let c = 0;
    for (let v = x; v !== 0; v &= v - 1) c++;
    return c;
  };
  const phi = new Float64Array(p);
  for (let mask = 0; mask < size; mask++) {
    const c = coef[popcount(mask)];
    for (let j = 0; j < p; j++) {
      const bit = 1 << j;
      if ((mask & bit) === 0) phi[j] = phi[j]! + (c as number) * (r2[mask | bit]! - r2[mask]!);
    }
  }
  const full = r2[size - 1]!;
  return deepFreeze({
    rSquared: full,
    weights: recordFrom(labels.map((l, j) => [l, phi[j]!] as const)),
    shares: recordFrom(labels.map((l, j) => [l, phi[j]! / full] as const)),
    n: sys.n,
    droppedRows: [...sys.droppedRows],
    warnings: sys.warnings,
  });
}

function binomial(n: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}
