import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { CsiError } from '../errors.js';
import type { CsiWarning } from '../errors.js';
import { deepFreeze, recordFrom } from '../util/record.js';
import { correlationSystem, solveCorrelation } from './internal/correlationSystem.js';

/** Result of {@link relativeWeights}. */
export interface RelativeWeightsResult {
  /** R² of the full regression; equals Σ_j raw_j. */
  readonly rSquared: number;
  /** Raw relative weights ε_j (each predictor's share of R² in R² units), by predictor. */
  readonly raw: Readonly<Record<string, number>>;
  /** ε_j / R²: shares summing to 1 (usable as weights). */
  readonly rescaled: Readonly<Record<string, number>>;
  /** Standardized regression coefficients β = R_xx⁻¹ r_xy, by predictor. */
  readonly standardizedBetas: Readonly<Record<string, number>>;
  /** Zero-order correlations r_jy, by predictor. */
  readonly correlations: Readonly<Record<string, number>>;
  readonly n: number;
  readonly droppedRows: readonly number[];
  readonly warnings: readonly CsiWarning[];
}

/**
 * Johnson's relative weights: how much of the explained variance R² each (correlated) driver
 * accounts for — non-negative, summing to R², a stable alternative to betas for key-driver
 * analysis and for deriving indicator weights from an outcome.
 *
 * @remarks
 * Johnson (2000) "A heuristic method for estimating the relative weight of predictor variables
 * in multiple regression", *Multivariate Behavioral Research* 35(1):1–19 (docs/methodology.md#derived-importance):
 * R_xx = Q Λ Qᵀ, Λ* = R_xx^{1/2} = Q Λ^{1/2} Qᵀ, β* = Λ*⁻¹ r_xy,
 * ε_j = Σ_k (λ*_jk)² (β*_k)², Σ_j ε_j = R². Rescaled weights ε_j / R². The symmetric
 * eigendecomposition uses ml-matrix. Rows with a NaN anywhere are dropped (listwise).
 *
 * @throws CsiError `INVALID_DATA`, `INSUFFICIENT_DATA` (fewer than p + 2 complete rows),
 *   `SINGULAR` (collinear predictors).
 *
 * @example
 * ```ts
 * const mobi = loadMobi(); // ECSI mobile-phone data
 * const r = relativeWeights(
 *   { PERQ1: mobi.columns.PERQ1, PERV1: mobi.columns.PERV1, PERV2: mobi.columns.PERV2, IMAG1: mobi.columns.IMAG1 },
 *   mobi.columns.CUSA1,
 * );
 * r.rSquared;  // 0.4112
 * r.raw.PERQ1; // 0.2239 (54.4 % of R²)
 * ```
 */
export function relativeWeights(
  predictors: Readonly<Record<string, ArrayLike<number>>>,
  outcome: ArrayLike<number>,
): RelativeWeightsResult {
  const sys = correlationSystem(predictors, outcome, 'Relative weights');
  const p = sys.labels.length;
  const beta = solveCorrelation(sys.rxx, sys.rxy, sys.labels);
  const evd = new EigenvalueDecomposition(new Matrix(sys.rxx.map((r) => Array.from(r))), { assumeSymmetric: true });
  const lambda = evd.realEigenvalues;
  const q = evd.eigenvectorMatrix;
  if (lambda.some((v) => !(v > 1e-12))) {
    throw new CsiError('SINGULAR', 'The predictor correlation matrix is not positive definite; drop collinear predictors.');
  }
  // Λ* = Q Λ^{1/2} Qᵀ (symmetric)
  const half = Array.from({ length: p }, () => new Float64Array(p));
  for (let j = 0; j < p; j++) {
    for (let k = 0; k < p; k++) {
      let s = 0;
      for (let m = 0; m < p; m++) s += q.get(j, m) * Math.sqrt(lambda[m] as number) * q.get(k, m);
      (half[j] as Float64Array)[k] = s;
    }
  }
  const betaStar = solveCorrelation(half, sys.rxy, sys.labels);
  const eps = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    let s = 0;
    for (let k = 0; k < p; k++) s += (half[j] as Float64Array)[k]! ** 2 * betaStar[k]! ** 2;
    eps[j] = s;
  }
  let r2 = 0;
  for (let j = 0; j < p; j++) r2 += beta[j]! * sys.rxy[j]!;
  const sumEps = eps.reduce((s, v) => s + v, 0);
  return deepFreeze({
    rSquared: r2,
    raw: recordFrom(sys.labels.map((l, j) => [l, eps[j]!] as const)),
    rescaled: recordFrom(sys.labels.map((l, j) => [l, eps[j]! / sumEps] as const)),
    standardizedBetas: recordFrom(sys.labels.map((l, j) => [l, beta[j]!] as const)),
    correlations: recordFrom(sys.labels.map((l, j) => [l, sys.rxy[j]!] as const)),
    n: sys.n,
    droppedRows: [...sys.droppedRows],
    warnings: sys.warnings,
  });
}
