/**
 * Indicator reliability (squared loadings). @packageDocumentation
 */
import type { ByConstructItem, PlsFit } from '../estimation/types.js';
import { recordFrom } from '../util/record.js';
import { perBlock } from './perBlock.js';

/**
 * Indicator reliability of every item: its squared loading on its own construct.
 *
 * @remarks
 * `rel_k = λ_k²`, the share of the item's variance explained by its construct (the
 * "communality" of plspm; docs/methodology.md#reliability). Hair et al. (2019) recommend
 * λ ≥ 0.708, i.e. λ² ≥ 0.5, for reflectively measured constructs.
 *
 * @returns `{ [construct]: { [item]: λ² } }`.
 * @example
 * ```ts
 * indicatorReliability(fit).PERV.PERV1; // λ² of PERV1
 * ```
 */
export function indicatorReliability(fit: PlsFit): ByConstructItem {
  return perBlock(fit, 'indicatorReliability', (b) => {
    const entries = b.items.map((it, i) => {
      const l = b.loadings[i] as number;
      return [it, l * l] as const;
    });
    return recordFrom(entries);
  });
}
