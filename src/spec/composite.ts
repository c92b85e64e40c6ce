import { CsiError, type CsiIssue } from '../errors.js';
import { checkOptions, describeValue, oneOfRule, stringRule, type OptionSpec } from '../validate/index.js';
import type { ConstructSpec, MeasurementMode } from './types.js';

/** Options of {@link composite}. */
export interface CompositeOptions {
  /** Measurement mode: `A` reflective/Mode A, `B` formative, `unit` equal weights. @defaultValue 'A' */
  readonly mode?: MeasurementMode;
  /** Human-readable label, e.g. `Customer satisfaction`. @defaultValue none */
  readonly label?: string;
  /** Role tag (`satisfaction`, `loyalty`, …). @defaultValue none */
  readonly role?: string;
}

/** Rules of {@link CompositeOptions}. @internal */
export const COMPOSITE_OPTION_SPEC: OptionSpec = {
  mode: oneOfRule(['A', 'B', 'unit']),
  label: stringRule('a text such as "Customer satisfaction"'),
  role: stringRule('a role name such as "satisfaction"'),
};

/** The construct name and item list must be text and an array of texts (details: specifyModel). @internal */
export function constructArgIssues(fn: string, name: unknown, itemNames: unknown): CsiIssue[] {
  const issues: CsiIssue[] = [];
  if (typeof name !== 'string') {
    issues.push({ kind: 'invalid_argument', value: describeValue(name), message: `${fn}: the construct name must be a text such as "CUSA"; got ${describeValue(name)}.` });
  }
  if (!Array.isArray(itemNames) || !itemNames.every((x) => typeof x === 'string')) {
    issues.push({
      kind: 'invalid_argument',
      ...(typeof name === 'string' ? { construct: name } : {}),
      value: describeValue(itemNames),
      message: `${fn}: the items of ${typeof name === 'string' ? `"${name}"` : 'the construct'} must be an array of item names such as items('CUSA', 1, 3); got ${describeValue(itemNames)}.`,
    });
  }
  return issues;
}

/**
 * Builds the JSON of one construct: `{ name, items, mode, label?, role? }`.
 *
 * @remarks
 * A PLS block: a latent variable estimated as a weighted composite of its items
 * (Wold 1982; Tenenhaus et al. 2005, §2). Mode A weights are item–score covariances,
 * Mode B weights are multiple-regression coefficients. Only the argument types and the options
 * are checked here (`CsiError('INVALID_SPEC')` for a name that is not text or items that are
 * not an array of names, `INVALID_OPTIONS` for unknown or invalid options);
 * {@link specifyModel} (or {@link model}) validates the whole model.
 *
 * @example
 * ```ts
 * composite('CUSA', items('CUSA', 1, 3), { label: 'Customer satisfaction' });
 * // { name: 'CUSA', items: ['CUSA1', 'CUSA2', 'CUSA3'], mode: 'A', label: 'Customer satisfaction' }
 * ```
 */
export function composite(name: string, itemNames: readonly string[], options?: CompositeOptions): ConstructSpec {
  return compositeOf('composite', name, itemNames, options);
}

/** {@link composite} with the calling function's name in messages. @internal */
export function compositeOf(fn: string, name: string, itemNames: readonly string[], options: CompositeOptions | undefined, mode?: MeasurementMode): ConstructSpec {
  const args = constructArgIssues(fn, name, itemNames);
  if (args.length > 0) throw new CsiError('INVALID_SPEC', args);
  const { mode: _mode, ...fixedSpec } = COMPOSITE_OPTION_SPEC;
  const opts = checkOptions(options, mode === undefined ? COMPOSITE_OPTION_SPEC : fixedSpec, fn);
  return {
    name,
    items: [...itemNames],
    mode: mode ?? opts.mode ?? 'A',
    ...(opts.label !== undefined ? { label: opts.label } : {}),
    ...(opts.role !== undefined ? { role: opts.role } : {}),
  };
}
