/**
 * Reproducible bootstrap resamples: the row indices of resample r depend only on (seed, r).
 * @packageDocumentation
 */
import { checkOptions, numberRule, type OptionSpec } from '../validate/index.js';
import { createRng, type Rng } from '../numeric/random.js';

/** murmur3 32-bit finalizer (a bijection of 32-bit integers). */
function fmix32(h: number): number {
  let x = h | 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Two 32-bit stream keys of resample `r` under `seed` (64 bits in all). @internal */
function streamKeys(seed: number, r: number): [number, number] {
  const lo = seed >>> 0;
  const hi = Math.floor(seed / 4294967296) >>> 0;
  const s = fmix32(fmix32(lo ^ 0x3c6ef372) ^ fmix32(hi ^ 0xa54ff53a));
  const k1 = fmix32(s ^ fmix32((r + 0x9e3779b9) | 0));
  const k2 = fmix32(fmix32(s ^ 0x510e527f) ^ fmix32((r ^ 0x1f83d9ab) + 0x5be0cd19));
  return [k1, k2];
}

/**
 * The uniform generator of resample `r`: two xoshiro128** streams (`createRng`) keyed by
 * independent 32-bit hashes of `(seed, r)`, XOR-ed (a 64-bit stream key). @internal
 */
export function resampleGenerator(seed: number, r: number): () => number {
  const [k1, k2] = streamKeys(seed, r);
  const a: Rng = createRng(k1 | 0);
  const b: Rng = createRng(k2 | 0);
  return () => (a.nextUint32() ^ b.nextUint32()) >>> 0;
}

/** Checks n, seed and r; throws `INVALID_OPTIONS` listing every problem. @internal */
export function checkResampleArgs(n: number, seed: number, r?: number): void {
  const args: Record<string, unknown> = { n, seed };
  if (r !== undefined) args.r = r;
  checkOptions(args, RESAMPLE_ARG_SPEC, 'bootstrapIndices');
}

const RESAMPLE_ARG_SPEC: OptionSpec = {
  n: numberRule({ min: 1, max: 0x7fffffff, integer: true, example: 250 }),
  seed: numberRule({ min: 0, max: Number.MAX_SAFE_INTEGER, integer: true, example: 1 }),
  r: numberRule({ min: 0, max: 0x7fffffff, integer: true, example: 0 }),
};

/**
 * Fills `out` with the row indices of resample `r` and `counts` (when given, length n, zeroed
 * here) with how often each row was drawn. No validation. @internal
 */
export function drawResample(n: number, seed: number, r: number, out: Int32Array | null, counts: Int32Array | null): void {
  const next = resampleGenerator(seed, r);
  const limit = 4294967296 - (4294967296 % n);
  if (counts !== null) counts.fill(0);
  for (let i = 0; i < n; i++) {
    let u = next();
    while (u >= limit) u = next();
    const row = u % n;
    if (out !== null) out[i] = row;
    if (counts !== null) counts[row] = (counts[row] as number) + 1;
  }
}

/**
 * Row indices (0-based, with repeats) of bootstrap resample `r` of `n` rows under `seed`.
 *
 * @remarks
 * Each resample draws `n` rows uniformly with replacement (Efron & Tibshirani 1993, ch. 6)
 * from its own pseudo-random stream, which depends only on `(seed, r)`: the XOR of two
 * xoshiro128** generators (Blackman & Vigna 2018; `createRng`) seeded with two independent
 * 32-bit murmur3-finalizer hashes of `(seed, r)`. Indices are `u mod n` with the biased tail of
 * the 32-bit draw `u` rejected (exactly uniform). Because no state is shared between resamples,
 * the resamples — and hence every bootstrap statistic — are the same however the work is split
 * (threads, workers, chunks), and a single resample can be reproduced on its own, e.g. to
 * re-fit it with another tool.
 *
 * @param n - Number of rows of the (cleaned) data.
 * @param seed - Non-negative safe integer (the `seed` option of `bootstrapPls`).
 * @param r - Resample number, 0-based (`0 … resamples − 1`).
 * @throws CsiError `INVALID_OPTIONS` for a non-integer n, seed or r.
 * @example
 * ```ts
 * const rows = bootstrapIndices(250, 1, 0); // Int32Array(250) of row numbers 0…249
 * momentsOf(mobi, items, { rows });         // moments of resample 0
 * ```
 */
export function bootstrapIndices(n: number, seed: number, r: number): Int32Array {
  checkResampleArgs(n, seed, r);
  const out = new Int32Array(n);
  drawResample(n, seed, r, out, null);
  return out;
}
