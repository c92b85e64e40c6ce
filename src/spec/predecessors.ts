import { requireConstruct } from './requireConstruct.js';
import type { ModelSpec } from './types.js';

/**
 * The constructs with a path into `construct` (its predictors), in declaration order.
 *
 * @remarks
 * For an endogenous ξ_j these are the regressors of its structural equation
 * `ξ_j = Σ_i β_ij ξ_i + ζ_j` (Tenenhaus et al. 2005, §2.2), also used by the path weighting
 * inner scheme (docs/methodology.md#pls-algorithm, step 3).
 *
 * @throws CsiError `INVALID_SPEC` when `construct` is not in the model.
 *
 * @example
 * ```ts
 * predecessors(ecsiModel(), 'CUSA'); // ['IMAG', 'CUEX', 'PERQ', 'PERV']
 * ```
 */
export function predecessors(model: ModelSpec, construct: string): string[] {
  requireConstruct(model, construct);
  const from = new Set(model.paths.filter((p) => p.to === construct).map((p) => p.from));
  return model.constructs.map((c) => c.name).filter((n) => from.has(n));
}
