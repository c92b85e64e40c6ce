import { CsiError } from '../errors.js';
import { nearest } from '../util/record.js';
import type { ConstructSpec, ModelSpec } from './types.js';

/**
 * The construct called `name`, or a `CsiError('INVALID_SPEC')` with a suggestion.
 *
 * @example
 * ```ts
 * requireConstruct(model, 'CUSA').items;
 * ```
 * @internal
 */
export function requireConstruct(model: ModelSpec, name: string): ConstructSpec {
  const c = model.constructs.find((k) => k.name === name);
  if (c !== undefined) return c;
  const names = model.constructs.map((k) => k.name);
  const hint = nearest(name, names);
  throw new CsiError('INVALID_SPEC', [
    {
      kind: 'unknown_construct',
      message:
        `The model has no construct "${name}".` +
        (hint !== undefined ? ` Did you mean "${hint}"?` : ` Constructs: ${names.join(', ')}.`),
      construct: name,
    },
  ]);
}
