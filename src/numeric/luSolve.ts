/**
 * LU factorisation with partial pivoting for small dense square matrices. @packageDocumentation
 */

/**
 * In-place LU factorisation `P·A = L·U` with partial pivoting.
 *
 * @remarks
 * Doolittle elimination with row pivoting (Golub & Van Loan 2013, Alg. 3.4.1). When the
 * largest remaining pivot is below `tol · max|A_ij|`, the matrix is reported singular (the
 * column index is returned) instead of producing a meaningless factor.
 *
 * @param a - Row-major `n × n`, overwritten by L (unit lower, below diagonal) and U.
 * @param n - Order.
 * @param perm - Output row permutation (length ≥ n).
 * @param tol - Relative pivot tolerance. @defaultValue 1e-12
 * @returns `-1` on success, otherwise the 0-based failing column.
 * @example
 * ```ts
 * const a = new Float64Array([0, 1, 1, 0]);
 * const p = new Int32Array(2);
 * luDecompose(a, 2, p); // -1
 * ```
 */
export function luDecompose(a: Float64Array, n: number, perm: Int32Array, tol = 1e-12): number {
  let scale = 0;
  for (let i = 0; i < n * n; i++) {
    const v = Math.abs(a[i] as number);
    if (v > scale) scale = v;
  }
  const thresh = tol * (scale > 0 ? scale : 1);
  for (let i = 0; i < n; i++) perm[i] = i;
  for (let k = 0; k < n; k++) {
    let p = k;
    let best = Math.abs(a[k * n + k] as number);
    for (let i = k + 1; i < n; i++) {
      const v = Math.abs(a[i * n + k] as number);
      if (v > best) {
        best = v;
        p = i;
      }
    }
    if (!(best > thresh)) return k;
    if (p !== k) {
      for (let j = 0; j < n; j++) {
        const t = a[k * n + j] as number;
        a[k * n + j] = a[p * n + j] as number;
        a[p * n + j] = t;
      }
      const t = perm[k] as number;
      perm[k] = perm[p] as number;
      perm[p] = t;
    }
    const pivot = a[k * n + k] as number;
    for (let i = k + 1; i < n; i++) {
      const f = (a[i * n + k] as number) / pivot;
      a[i * n + k] = f;
      if (f !== 0) for (let j = k + 1; j < n; j++) a[i * n + j] = (a[i * n + j] as number) - f * (a[k * n + j] as number);
    }
  }
  return -1;
}

/**
 * Solves `A x = b` from the factor of {@link luDecompose}. `x` must not alias `b`.
 *
 * @remarks Permute, forward-substitute with unit L, back-substitute with U.
 * @example
 * ```ts
 * const a = new Float64Array([0, 1, 1, 0]);
 * const p = new Int32Array(2);
 * luDecompose(a, 2, p);
 * luSolve(a, 2, p, new Float64Array([2, 3]), new Float64Array(2)); // [3, 2]
 * ```
 */
export function luSolve(lu: Float64Array, n: number, perm: Int32Array, b: Float64Array, x: Float64Array): Float64Array {
  for (let i = 0; i < n; i++) {
    let s = b[perm[i] as number] as number;
    for (let k = 0; k < i; k++) s -= (lu[i * n + k] as number) * (x[k] as number);
    x[i] = s;
  }
  for (let i = n - 1; i >= 0; i--) {
    let s = x[i] as number;
    for (let k = i + 1; k < n; k++) s -= (lu[i * n + k] as number) * (x[k] as number);
    x[i] = s / (lu[i * n + i] as number);
  }
  return x;
}
