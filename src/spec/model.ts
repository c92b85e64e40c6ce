import { CsiError } from '../errors.js';
import { describeValue } from '../validate/index.js';
import type { ConstructJson, PathJson } from './modelSchema.js';
import { specifyModel } from './specifyModel.js';
import type { ModelSpec } from './types.js';

/**
 * Assembles constructs and paths into a validated model; path lists may be nested
 * (e.g. several `paths(...)` calls) and are flattened in order.
 *
 * @remarks
 * Equivalent to `specifyModel({ name, constructs, paths: paths.flat() })`; see
 * {@link specifyModel} for the checks (recursive inner model, one block per item:
 * Tenenhaus et al. 2005, §2).
 *
 * @throws CsiError `INVALID_SPEC` with every problem found.
 *
 * @example
 * ```ts
 * const m = model({
 *   constructs: [reflective('PERQ', items('PERQ', 1, 7)), reflective('CUSA', items('CUSA', 1, 3))],
 *   paths: [paths({ from: 'PERQ', to: 'CUSA' })],
 * });
 * ```
 */
export function model(spec: {
  readonly name?: string;
  readonly constructs: readonly ConstructJson[];
  readonly paths: readonly (PathJson | readonly PathJson[])[];
}): ModelSpec {
  if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) {
    throw new CsiError('INVALID_SPEC', [{ kind: 'invalid_argument', value: describeValue(spec), message: `model needs { constructs: [...], paths: [...] }; got ${describeValue(spec)}.` }]);
  }
  if (!Array.isArray(spec.paths)) return specifyModel(spec);
  const flat: PathJson[] = [];
  for (const p of spec.paths) {
    if (Array.isArray(p)) flat.push(...(p as readonly PathJson[]));
    else flat.push(p as PathJson);
  }
  return specifyModel({
    ...(spec.name !== undefined ? { name: spec.name } : {}),
    constructs: spec.constructs,
    paths: flat,
  });
}
