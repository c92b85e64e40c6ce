/**
 * `poissonWeight(seed, row, resample)`: a Poisson(1) bootstrap weight from a counter-based hash. @packageDocumentation
 */

/** murmur3's 32-bit finaliser (Appleby 2008): a bijective avalanche mix of a 32-bit integer. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Cumulative Poisson(1) probabilities `P(W ≤ k)`, k = 0…17, scaled to 2³². */
const CDF: readonly number[] = (() => {
  const out: number[] = [];
  let p = Math.exp(-1);
  let c = 0;
  for (let k = 0; k < 18; k++) {
    c += p;
    out.push(Math.min(2 ** 32, c * 2 ** 32));
    p /= k + 1;
  }
  return out;
})();

/**
 * The Poisson(1) weight of data row `row` in bootstrap resample `resample`: a pure function of
 * `(seed, row, resample)`, so results do not depend on chunking, order or engine.
 *
 * @remarks
 * Poisson bootstrap (Hanley & MacGibbon 2006; Chamandy, Muralidharan, Najmi & Naidu 2012,
 * "Estimating uncertainty for massive data streams"): instead of drawing n rows with
 * replacement, every row gets an independent Poisson(1) count, the limit of the multinomial
 * counts as n grows. The 32-bit uniform is a counter-based hash, `u = fmix32(fmix32(fmix32(
 * seed) ⊕ row_hi ⊕ fmix32(row_lo + resample·0x9e3779b9)))` (murmur3 finaliser), and the weight
 * is the smallest k with `2³²·P(W ≤ k) > u` (inverse CDF; docs/methodology.md#poisson-bootstrap).
 *
 * @param seed - Integer seed.
 * @param row - 1-based data row number (up to 2⁵³).
 * @param resample - 0-based resample index.
 * @example
 * ```ts
 * import { poissonWeight } from 'csi-analytics';
 * poissonWeight(1, 17, 0); // 0, 1, 2, … (mean 1 over rows)
 * ```
 */
export function poissonWeight(seed: number, row: number, resample: number): number {
  const lo = row >>> 0;
  const hi = Math.floor(row / 2 ** 32) >>> 0;
  const u = fmix32(fmix32(fmix32(seed >>> 0) ^ hi ^ fmix32((lo + Math.imul(resample, 0x9e3779b9)) >>> 0)) ^ Math.imul(resample + 1, 0x27d4eb2f));
  let k = 0;
  while (k < 17 && u >= (CDF[k] as number)) k++;
  return k;
}
