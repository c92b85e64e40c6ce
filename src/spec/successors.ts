import { requireConstruct } from './requireConstruct.js';
import type { ModelSpec } from './types.js';

/**
 * The constructs `construct` has a path to, in declaration order.
 *
 * @remarks
 * The constructs ξ_j predicted by ξ_i (Tenenhaus et al. 2005, §2.2); the path weighting
 * inner scheme uses correlations with these (docs/methodology.md#pls-algorithm, step 3).
 *
 * @throws CsiError `INVALID_SPEC` when `construct` is not in the model.
 *
 * @example
 * ```ts
 * successors(ecsiModel(), 'CUSA'); // ['CUSCO', 'CUSL']
 * ```
 */
export function successors(model: ModelSpec, construct: string): string[] {
  requireConstruct(model, construct);
  const to = new Set(model.paths.filter((p) => p.from === construct).map((p) => p.to));
  return model.constructs.map((c) => c.name).filter((n) => to.has(n));
}
