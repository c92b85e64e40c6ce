/**
 * Reproducible permutations: permutation r depends only on (seed, r). @packageDocumentation
 */
import { checkResampleArgs, resampleGenerator } from './bootstrapIndices.js';

/**
 * A random permutation of `0 … n−1` for permutation number `r` under `seed`.
 *
 * @remarks
 * Fisher–Yates from the end (Knuth 1997, Algorithm P): for i = n − 1 … 1 swap position i with
 * `j` uniform on `0 … i` (`u mod (i + 1)` of a 32-bit draw, the biased tail rejected), drawing
 * from the pseudo-random stream of `(seed, r)` that `bootstrapIndices` uses. Like the bootstrap
 * resamples, each permutation can be reproduced on its own and results do not depend on how the
 * work is split. Used by the MICOM permutation tests and the PLSpredict fold shuffles.
 *
 * @param n - Number of elements.
 * @param seed - Non-negative safe integer.
 * @param r - Permutation number, 0-based.
 * @throws CsiError `INVALID_OPTIONS` for invalid n, seed or r.
 * @example
 * ```ts
 * const perm = permutationIndices(250, 1, 0); // Int32Array: a shuffle of 0…249
 * ```
 */
export function permutationIndices(n: number, seed: number, r: number): Int32Array {
  checkResampleArgs(n, seed, r);
  const next = resampleGenerator(seed, r);
  const perm = new Int32Array(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const m = i + 1;
    const limit = 4294967296 - (4294967296 % m);
    let u = next();
    while (u >= limit) u = next();
    const j = u % m;
    const t = perm[i] as number;
    perm[i] = perm[j] as number;
    perm[j] = t;
  }
  return perm;
}
