/**
 * Dense matrix–vector product. @packageDocumentation
 */

/**
 * `out = A·x` for a row-major `rows × cols` matrix.
 *
 * @remarks Plain indexed loop; `out` must not alias `x`.
 * @example
 * ```ts
 * matVec(new Float64Array([1, 2, 3, 4]), 2, 2, new Float64Array([1, 1]), new Float64Array(2)); // [3, 7]
 * ```
 */
export function matVec(a: Float64Array, rows: number, cols: number, x: Float64Array, out: Float64Array): Float64Array {
  for (let i = 0; i < rows; i++) {
    let s = 0;
    const r = i * cols;
    for (let j = 0; j < cols; j++) s += (a[r + j] as number) * (x[j] as number);
    out[i] = s;
  }
  return out;
}
