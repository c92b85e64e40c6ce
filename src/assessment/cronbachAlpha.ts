/**
 * Standardized Cronbach's alpha per construct. @packageDocumentation
 */
import type { ByConstruct, PlsFit } from '../estimation/types.js';
import { perBlock } from './perBlock.js';

/**
 * Standardized Cronbach's alpha of every measurement block, from the item correlations.
 *
 * @remarks
 * `α = K·r̄ / (1 + (K − 1)·r̄)`, with `K` the number of items of the block and `r̄` the mean
 * off-diagonal item correlation — equivalently `K/(K − 1)·(1 − K/1ᵀS_jj1)`
 * (Cronbach 1951; standardized form as in seminr and plspm, equal to cSEM's ρT on
 * correlations; docs/methodology.md#reliability). Single-item blocks get α = 1 as in seminr and
 * plspm (cSEM reports NaN). Computed for every block whatever its mode; for Mode B
 * (formative) blocks internal consistency is not a quality criterion (Hair et al. 2019).
 *
 * @returns `{ [construct]: α }`.
 * @example
 * ```ts
 * const fit = estimatePls(ecsiModel(), mobi);
 * cronbachAlpha(fit).CUSA; // 0.779195… (seminr 2.3.4)
 * ```
 */
export function cronbachAlpha(fit: PlsFit): ByConstruct {
  return perBlock(fit, 'cronbachAlpha', (b, s, p) => {
    const k = b.items.length;
    if (k < 2) return 1;
    let sum = 0;
    for (let i = 0; i < k; i++) {
      for (let j = 0; j < k; j++) if (i !== j) sum += s[(b.offset + i) * p + b.offset + j] as number;
    }
    const rBar = sum / (k * (k - 1));
    return (k * rBar) / (1 + (k - 1) * rBar);
  });
}
