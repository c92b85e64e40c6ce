/**
 * Inverse of a symmetric positive-definite matrix. @packageDocumentation
 */
import { choleskyDecompose, choleskySolve, DEFAULT_PIVOT_TOLERANCE } from './cholesky.js';

/**
 * Inverts a symmetric positive-definite `n × n` matrix through its Cholesky factor.
 *
 * @remarks
 * Solves `A X = I` column by column with the factor `A = L·Lᵀ`. Returns `null` when the
 * matrix is (numerically) singular — see {@link choleskyDecompose} for the pivot test —
 * so callers can name what is collinear.
 *
 * @param a - Row-major symmetric matrix.
 * @param n - Order.
 * @param tol - Relative pivot tolerance. @defaultValue 1e-10
 * @returns The inverse (row-major) or `null` if singular.
 * @example
 * ```ts
 * symmetricInverse(new Float64Array([2, 0, 0, 4]), 2); // [0.5, 0, 0, 0.25]
 * ```
 */
export function symmetricInverse(a: Float64Array, n: number, tol: number = DEFAULT_PIVOT_TOLERANCE): Float64Array | null {
  const l = new Float64Array(n * n);
  if (choleskyDecompose(a, n, l, tol) >= 0) return null;
  const inv = new Float64Array(n * n);
  const e = new Float64Array(n);
  const x = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    e.fill(0);
    e[j] = 1;
    choleskySolve(l, n, e, x);
    for (let i = 0; i < n; i++) inv[i * n + j] = x[i] as number;
  }
  // symmetrise (removes rounding asymmetry)
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const v = 0.5 * ((inv[i * n + j] as number) + (inv[j * n + i] as number));
      inv[i * n + j] = v;
      inv[j * n + i] = v;
    }
  return inv;
}
