import { requireConstruct } from './requireConstruct.js';
import type { ModelSpec } from './types.js';
import { assertModelShape } from './assertModelShape.js';

/**
 * The items of the whole model (constructs in declaration order), or of one construct.
 *
 * @remarks
 * The manifest variables x_jh of the blocks (Tenenhaus et al. 2005, §2.1); each belongs to
 * exactly one construct in a model from {@link specifyModel}.
 *
 * @throws CsiError `INVALID_SPEC` when `construct` is given and not in the model.
 *
 * @example
 * ```ts
 * itemsOf(ecsiModel()).length;   // 24
 * itemsOf(ecsiModel(), 'CUSA');  // ['CUSA1', 'CUSA2', 'CUSA3']
 * ```
 */
export function itemsOf(model: ModelSpec, construct?: string): string[] {
  assertModelShape(model, 'itemsOf');
  if (construct !== undefined) return [...requireConstruct(model, construct).items];
  return model.constructs.flatMap((c) => [...c.items]);
}
