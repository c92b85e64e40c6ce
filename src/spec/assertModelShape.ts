/**
 * `assertModelShape(model, fnName)`: the door check of the model helpers — a `ModelSpec`-shaped
 * object, or one clear `CsiError('INVALID_SPEC')` instead of a TypeError. @internal
 */
import { CsiError } from '../errors.js';
import { describeValue } from '../validate/index.js';
import type { ModelSpec } from './types.js';

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Throws unless `model` has `constructs` (objects with a text `name` and an `items` array) and
 * `paths` (objects with text `from` and `to`). Use `specifyModel` to validate model JSON fully.
 * @internal
 */
export function assertModelShape(model: unknown, fnName: string): asserts model is ModelSpec {
  const constructs = isObject(model) ? model.constructs : undefined;
  const paths = isObject(model) ? model.paths : undefined;
  const ok =
    Array.isArray(constructs) &&
    Array.isArray(paths) &&
    constructs.every((c) => isObject(c) && typeof c.name === 'string' && Array.isArray(c.items)) &&
    paths.every((p) => isObject(p) && typeof p.from === 'string' && typeof p.to === 'string');
  if (!ok) {
    throw new CsiError('INVALID_SPEC', [{
      kind: 'invalid_model',
      value: describeValue(model),
      message: `${fnName} needs a model such as specifyModel(...) returns ({ constructs: [{ name, items }], paths: [{ from, to }] }); got ${describeValue(model)}.`,
    }]);
  }
}
