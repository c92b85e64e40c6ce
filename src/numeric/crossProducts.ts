/**
 * The cross-product kernel behind every co-moment in the library (internal). @packageDocumentation
 */

/**
 * Cross-products of the columns of two column-major buffers:
 * `out[k·outStride + l] = Σ_{r < len} x[k·stride + r] · y[l·stride + r]` for `l ≥ k` (the upper
 * triangle; a few entries just below the diagonal inside each 2 × 4 tile are written too).
 *
 * @remarks
 * `P` (the number of columns) must be a multiple of 4; pad with zero columns. Entries are
 * computed in 2 × 4 register tiles, but each is summed in row order starting from 0, so the
 * result is the same bit for bit as the naive loop `for r: s += x_k[r]·y_l[r]`. `momentsOf` calls
 * it on centred chunks (`x = y`), the bootstrap on standardized drawn rows with `x = c·z`
 * (`c` the draw counts). `out` needs `P` rows of `outStride ≥ P` entries.
 * @internal
 */
export function crossProducts(
  x: Float64Array,
  y: Float64Array,
  len: number,
  stride: number,
  P: number,
  out: Float64Array,
  outStride: number,
): void {
  for (let k0 = 0; k0 < P; k0 += 2) {
    const a0 = k0 * stride;
    const a1 = a0 + stride;
    for (let l0 = k0 & ~3; l0 < P; l0 += 4) {
      const b0 = l0 * stride;
      const b1 = b0 + stride;
      const b2 = b1 + stride;
      const b3 = b2 + stride;
      let s00 = 0;
      let s01 = 0;
      let s02 = 0;
      let s03 = 0;
      let s10 = 0;
      let s11 = 0;
      let s12 = 0;
      let s13 = 0;
      for (let r = 0; r < len; r++) {
        const x0 = x[a0 + r] as number;
        const x1 = x[a1 + r] as number;
        const y0 = y[b0 + r] as number;
        const y1 = y[b1 + r] as number;
        const y2 = y[b2 + r] as number;
        const y3 = y[b3 + r] as number;
        s00 += x0 * y0;
        s01 += x0 * y1;
        s02 += x0 * y2;
        s03 += x0 * y3;
        s10 += x1 * y0;
        s11 += x1 * y1;
        s12 += x1 * y2;
        s13 += x1 * y3;
      }
      const o0 = k0 * outStride + l0;
      const o1 = o0 + outStride;
      out[o0] = s00;
      out[o0 + 1] = s01;
      out[o0 + 2] = s02;
      out[o0 + 3] = s03;
      out[o1] = s10;
      out[o1 + 1] = s11;
      out[o1 + 2] = s12;
      out[o1 + 3] = s13;
    }
  }
}

/** `p` rounded up to a multiple of 4 (the column count {@link crossProducts} needs). @internal */
export function paddedColumns(p: number): number {
  return (p + 3) & ~3;
}
