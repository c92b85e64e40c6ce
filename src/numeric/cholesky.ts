/**
 * Cholesky factorisation and solves for small dense symmetric positive-definite matrices
 * stored row-major in `Float64Array`s. Allocation-free. @packageDocumentation
 */

/** Default relative pivot tolerance: a pivot below `tol · max(diag)` means "singular". */
export const DEFAULT_PIVOT_TOLERANCE = 1e-10;

/**
 * Cholesky factorisation `A = L·Lᵀ` of the leading `n × n` block of a symmetric matrix.
 *
 * @remarks
 * Plain Cholesky–Banachiewicz (Golub & Van Loan 2013, Alg. 4.2.1). Pivot `k` equals the
 * residual variance of variable `k` given variables `0 … k−1`; when it falls below
 * `tol · max_i A_ii` the matrix is treated as singular and the index `k` is returned instead
 * of a garbage factor. For a correlation matrix the test reads "R² of item k on the previous
 * items exceeds 1 − tol".
 *
 * @param a - Row-major `n × n` symmetric matrix (only the lower triangle is read).
 * @param n - Order.
 * @param l - Output, row-major `n × n` (may alias `a`); upper triangle is zeroed.
 * @param tol - Relative pivot tolerance. @defaultValue 1e-10
 * @returns `-1` on success, otherwise the 0-based index of the failing pivot.
 * @example
 * ```ts
 * const a = new Float64Array([4, 2, 2, 3]);
 * const l = new Float64Array(4);
 * choleskyDecompose(a, 2, l); // -1; l = [2, 0, 1, √2]
 * ```
 */
export function choleskyDecompose(
  a: Float64Array,
  n: number,
  l: Float64Array,
  tol: number = DEFAULT_PIVOT_TOLERANCE,
): number {
  let maxDiag = 0;
  for (let i = 0; i < n; i++) {
    const d = a[i * n + i] as number;
    if (d > maxDiag) maxDiag = d;
  }
  const thresh = tol * (maxDiag > 0 ? maxDiag : 1);
  for (let i = 0; i < n; i++) {
    const ri = i * n;
    for (let j = 0; j <= i; j++) {
      const rj = j * n;
      let s = a[ri + j] as number;
      for (let k = 0; k < j; k++) s -= (l[ri + k] as number) * (l[rj + k] as number);
      if (i === j) {
        if (!(s > thresh)) return i;
        l[ri + i] = Math.sqrt(s);
      } else {
        l[ri + j] = s / (l[rj + j] as number);
      }
    }
    for (let j = i + 1; j < n; j++) l[ri + j] = 0;
  }
  return -1;
}

/**
 * Solves `L·Lᵀ x = b` given the Cholesky factor from {@link choleskyDecompose}.
 *
 * @remarks Forward then back substitution; `x` may alias `b`.
 * @example
 * ```ts
 * const l = new Float64Array([2, 0, 1, Math.SQRT2]);
 * const x = new Float64Array(2);
 * choleskySolve(l, 2, new Float64Array([6, 5]), x); // solves [[4,2],[2,3]] x = [6,5] → [1, 1]
 * ```
 */
export function choleskySolve(l: Float64Array, n: number, b: Float64Array, x: Float64Array): Float64Array {
  for (let i = 0; i < n; i++) {
    let s = b[i] as number;
    const ri = i * n;
    for (let k = 0; k < i; k++) s -= (l[ri + k] as number) * (x[k] as number);
    x[i] = s / (l[ri + i] as number);
  }
  for (let i = n - 1; i >= 0; i--) {
    let s = x[i] as number;
    for (let k = i + 1; k < n; k++) s -= (l[k * n + i] as number) * (x[k] as number);
    x[i] = s / (l[i * n + i] as number);
  }
  return x;
}
