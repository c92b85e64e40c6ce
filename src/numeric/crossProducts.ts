/**
 * The cross-product kernel behind every co-moment in the library (internal). @packageDocumentation
 */
import { simdKernels, type SimdKernels } from './simdKernels.js';

/**
 * Cross-products of the columns of two column-major buffers:
 * `out[k·outStride + l] = Σ_{r < len} x[k·stride + r] · y[l·stride + r]` for `l ≥ k` (the upper
 * triangle; the entries below the diagonal inside each diagonal 4 × 4 tile are written too).
 *
 * @remarks
 * `P` (the number of columns) must be a multiple of 4; pad with zero columns. Entries are
 * computed in 4 × 4 register tiles (four `y` values and one `x` value loaded at a time: 8 loads
 * per 16 products; ~10% faster than 2 × 4 tiles on 24 columns), but each is summed in row order starting from 0, so the
 * result is the same bit for bit as the naive loop `for r: s += x_k[r]·y_l[r]`. `momentsOf` calls
 * it on centred chunks (`x = y`), the bootstrap on standardized drawn rows with `x = c·z`
 * (`c` the draw counts). `out` needs `P` rows of `outStride ≥ P` entries.
 *
 * Where WebAssembly 128-bit SIMD is available the sums run in the SIMD kernel
 * (`wasm/simdKernels.wat`, about 5× faster): the columns are transposed to row-major blocks and
 * each f64x2 lane carries one entry through the same additions in the same order, so the result
 * is identical bit for bit (test/numeric/simdKernels.test.ts); elsewhere this JavaScript loop runs.
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
  const simd = len >= MIN_SIMD_ROWS ? simdKernels() : undefined;
  if (simd === undefined || !crossProductsSimd(simd, x, y, len, stride, P, out, outStride)) crossProductsScalar(x, y, len, stride, P, out, outStride);
}

/** Below this many rows the copies into the SIMD memory cost more than they save. */
const MIN_SIMD_ROWS = 8;
/** Doubles per staged block of rows (1 MiB). */
const BLOCK_DOUBLES = 1 << 17;

/**
 * {@link crossProducts} in the SIMD kernel: blocks of rows are copied into the module memory,
 * transposed to row-major and summed, each block continuing the sums of the one before (the
 * same additions in the same order as one pass); then the upper tiles are copied to `out`.
 * Returns false (nothing done) when the module memory cannot hold the blocks.
 */
function crossProductsSimd(simd: SimdKernels, x: Float64Array, y: Float64Array, len: number, stride: number, P: number, out: Float64Array, outStride: number): boolean {
  const B = Math.max(16, Math.min(len, Math.floor(BLOCK_DOUBLES / P)));
  const same = x === y;
  const sx = 0;
  const sy = same ? sx : P * B;
  const rx = sy + P * B;
  const ry = same ? rx : rx + B * P;
  const o = ry + B * P;
  const f64 = simd.reserve(o + P * P);
  if (f64 === undefined) return false;
  for (let r0 = 0; r0 < len; r0 += B) {
    const b = Math.min(B, len - r0);
    for (let k = 0; k < P; k++) {
      const from = k * stride + r0;
      f64.set(x.subarray(from, from + b), sx + k * b);
      if (!same) f64.set(y.subarray(from, from + b), sy + k * b);
    }
    simd.transpose(sx, b, b, P, rx);
    if (!same) simd.transpose(sy, b, b, P, ry);
    simd.cross(rx, ry, b, P, o, P, r0 > 0);
  }
  for (let k = 0; k < P; k++) {
    const src = o + k * P;
    const dst = k * outStride;
    for (let l = k & ~3; l < P; l++) out[dst + l] = f64[src + l] as number;
  }
  return true;
}

/** {@link crossProducts} in JavaScript (4 × 4 register tiles). @internal */
export function crossProductsScalar(x: Float64Array, y: Float64Array, len: number, stride: number, P: number, out: Float64Array, outStride: number): void {
  // the 4 × 4 tile is written out as a matrix: one line per tile row
  for (let k0 = 0; k0 < P; k0 += 4) {
    const a0 = k0 * stride;
    const a1 = a0 + stride;
    const a2 = a1 + stride;
    const a3 = a2 + stride;
    for (let l0 = k0; l0 < P; l0 += 4) {
      const b0 = l0 * stride;
      const b1 = b0 + stride;
      const b2 = b1 + stride;
      const b3 = b2 + stride;
      let s00 = 0, s01 = 0, s02 = 0, s03 = 0;
      let s10 = 0, s11 = 0, s12 = 0, s13 = 0;
      let s20 = 0, s21 = 0, s22 = 0, s23 = 0;
      let s30 = 0, s31 = 0, s32 = 0, s33 = 0;
      for (let r = 0; r < len; r++) {
        const y0 = y[b0 + r] as number, y1 = y[b1 + r] as number, y2 = y[b2 + r] as number, y3 = y[b3 + r] as number;
        let v = x[a0 + r] as number;
        s00 += v * y0; s01 += v * y1; s02 += v * y2; s03 += v * y3;
        v = x[a1 + r] as number;
        s10 += v * y0; s11 += v * y1; s12 += v * y2; s13 += v * y3;
        v = x[a2 + r] as number;
        s20 += v * y0; s21 += v * y1; s22 += v * y2; s23 += v * y3;
        v = x[a3 + r] as number;
        s30 += v * y0; s31 += v * y1; s32 += v * y2; s33 += v * y3;
      }
      const o0 = k0 * outStride + l0;
      const o1 = o0 + outStride;
      const o2 = o1 + outStride;
      const o3 = o2 + outStride;
      out[o0] = s00; out[o0 + 1] = s01; out[o0 + 2] = s02; out[o0 + 3] = s03;
      out[o1] = s10; out[o1 + 1] = s11; out[o1 + 2] = s12; out[o1 + 3] = s13;
      out[o2] = s20; out[o2 + 1] = s21; out[o2 + 2] = s22; out[o2 + 3] = s23;
      out[o3] = s30; out[o3 + 1] = s31; out[o3 + 2] = s32; out[o3 + 3] = s33;
    }
  }
}

/** `p` rounded up to a multiple of 4 (the column count {@link crossProducts} needs). @internal */
export function paddedColumns(p: number): number {
  return (p + 3) & ~3;
}
