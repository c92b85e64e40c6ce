/**
 * Pairwise merge of sufficient statistics. @packageDocumentation
 */
import { CsiError } from '../errors.js';
import { checkMomentsArg } from './checkArguments.js';
import type { Moments } from './types.js';

/**
 * Merges the moments of two disjoint sets of rows over the same items.
 *
 * @remarks
 * Chan, Golub & LeVeque (1979) pairwise update: with `δ = x̄_b − x̄_a` and `n = n_a + n_b`,
 * `x̄ = x̄_a + δ·n_b/n` and `C = C_a + C_b + δδᵀ·n_a·n_b/n`. Numerically stable and
 * associative up to rounding, so shards can be merged in any order.
 *
 * @throws CsiError `INVALID_DATA` when the item lists differ (names or order).
 * @example
 * ```ts
 * const all = mergeMoments(momentsOf(shard1, items), momentsOf(shard2, items));
 * ```
 */
export function mergeMoments(a: Moments, b: Moments): Moments {
  checkMomentsArg(a, 'mergeMoments');
  checkMomentsArg(b, 'mergeMoments');
  const p = a.items.length;
  const same = p === b.items.length && a.items.every((x, i) => x === b.items[i]);
  if (!same) {
    const onlyA = a.items.filter((x) => !b.items.includes(x));
    const onlyB = b.items.filter((x) => !a.items.includes(x));
    const detail =
      onlyA.length + onlyB.length > 0
        ? `${onlyA.length > 0 ? ` only in the first: ${onlyA.join(', ')};` : ''}${onlyB.length > 0 ? ` only in the second: ${onlyB.join(', ')};` : ''}`
        : ' same items in a different order;';
    throw new CsiError('INVALID_DATA', [
      { kind: 'moments_mismatch', message: `Cannot merge moments over different items:${detail} compute both with the same item list.` },
    ]);
  }
  const n = a.n + b.n;
  const means = new Float64Array(p);
  const comoments = new Float64Array(p * p);
  if (a.n === 0 || b.n === 0) {
    const src = a.n === 0 ? b : a;
    means.set(src.means);
    comoments.set(src.comoments);
  } else {
    const f = (a.n * b.n) / n;
    const d = new Float64Array(p);
    for (let k = 0; k < p; k++) d[k] = (b.means[k] as number) - (a.means[k] as number);
    for (let k = 0; k < p; k++) {
      means[k] = (a.means[k] as number) + ((d[k] as number) * b.n) / n;
      for (let l = 0; l < p; l++) {
        const i = k * p + l;
        comoments[i] = (a.comoments[i] as number) + (b.comoments[i] as number) + (d[k] as number) * (d[l] as number) * f;
      }
    }
  }
  return Object.freeze({ items: a.items, n, means, comoments });
}
