/**
 * Variance inflation factors of items within their block. @packageDocumentation
 */
import type { ByConstructItem, PlsFit } from '../estimation/types.js';
import { symmetricInverse } from '../numeric/symmetricInverse.js';
import { recordFrom } from '../util/record.js';
import { perBlock } from './perBlock.js';

/**
 * Item (outer) VIF of every item: collinearity with the other items of its block.
 *
 * @remarks
 * `VIF_k = 1 / (1 − R²_k)`, `R²_k` from the regression of item `k` on the other items of its
 * block; computed as the diagonal of `S_jj⁻¹` (the inverse of the block's item correlation
 * matrix), which equals `1/(1 − R²_k)` exactly (docs/methodology.md#pls-algorithm; seminr uses `lm`).
 * Single-item blocks get 1. A perfectly collinear block (singular `S_jj`) gives `Infinity`
 * for all its items. Mainly a criterion for formative (Mode B) indicators: VIF < 5, ideally
 * < 3 (Hair et al. 2019, Eur. Bus. Rev. 31(1)).
 *
 * @returns `{ [construct]: { [item]: VIF } }`.
 * @example
 * ```ts
 * itemVif(estimatePls(ecsiModel(), mobi)).PERQ.PERQ3; // 2.104753 (seminr Set B)
 * ```
 */
export function itemVif(fit: PlsFit): ByConstructItem {
  return perBlock(fit, 'itemVif', (b, s, p) => {
    const k = b.items.length;
    const sub = new Float64Array(k * k);
    for (let i = 0; i < k; i++) {
      for (let j = 0; j < k; j++) sub[i * k + j] = s[(b.offset + i) * p + b.offset + j] as number;
    }
    const inv = k === 1 ? new Float64Array([1]) : symmetricInverse(sub, k);
    return recordFrom(b.items.map((it, i) => [it, inv === null ? Infinity : (inv[i * k + i] as number)] as const));
  });
}
