import type { CsiWarning } from '../errors.js';
import { deepFreeze, recordFrom } from '../util/record.js';
import { correlationSystem, solveCorrelation } from './internal/correlationSystem.js';

/** Result of {@link regressionWeights}. */
export interface RegressionWeightsResult {
  /** R² of the OLS regression of the outcome on all predictors (with intercept). */
  readonly rSquared: number;
  /** Standardized regression coefficients β_j = b_j s_j / s_y, by predictor. */
  readonly standardizedBetas: Readonly<Record<string, number>>;
  /** Zero-order correlations r_jy, by predictor. */
  readonly correlations: Readonly<Record<string, number>>;
  readonly n: number;
  readonly droppedRows: readonly number[];
  readonly warnings: readonly CsiWarning[];
}

/**
 * Derived importance by multiple regression: standardized betas and zero-order correlations of
 * each driver with the outcome (e.g. overall satisfaction).
 *
 * @remarks
 * With R_xx the predictor correlation matrix and r_xy the predictor–outcome correlations:
 * β = R_xx⁻¹ r_xy (equal to b_j s_j / s_y of the OLS fit with intercept), R² = r_xyᵀ β
 * (docs/methodology.md#derived-importance). Betas are unstable under collinearity and can be negative, so they are
 * rarely usable as weights directly — prefer {@link relativeWeights} or {@link shapleyWeights}.
 * Rows with a NaN in a predictor or the outcome are dropped (listwise).
 *
 * @throws CsiError `INVALID_DATA` (unequal lengths, ±Infinity, constant columns),
 *   `INSUFFICIENT_DATA` (fewer than p + 2 complete rows), `SINGULAR` (collinear predictors).
 *
 * @example
 * ```ts
 * const r = regressionWeights({ x1: [1, 2, 3, 4, 5], x2: [2, 1, 4, 3, 6] }, [1, 3, 2, 5, 4]);
 * r.rSquared; r.standardizedBetas.x1;
 * ```
 */
export function regressionWeights(
  predictors: Readonly<Record<string, ArrayLike<number>>>,
  outcome: ArrayLike<number>,
): RegressionWeightsResult {
  const sys = correlationSystem(predictors, outcome, 'A regression');
  const beta = solveCorrelation(sys.rxx, sys.rxy, sys.labels);
  let r2 = 0;
  for (let j = 0; j < beta.length; j++) r2 += beta[j]! * sys.rxy[j]!;
  return deepFreeze({
    rSquared: r2,
    standardizedBetas: recordFrom(sys.labels.map((l, j) => [l, beta[j]!] as const)),
    correlations: recordFrom(sys.labels.map((l, j) => [l, sys.rxy[j]!] as const)),
    n: sys.n,
    droppedRows: [...sys.droppedRows],
    warnings: sys.warnings,
  });
}
