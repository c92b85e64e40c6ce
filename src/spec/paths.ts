import { CsiError, type CsiIssue } from '../errors.js';
import { checkOptions, describeValue, oneOfRule, type OptionSpec } from '../validate/index.js';
import { MAX_GENERATED_PATHS } from './limits.js';
import type { PathSpec } from './types.js';

const PATHS_OPTION_SPEC: OptionSpec = { expectedSign: oneOfRule(['+', '-', '±']) };

const namesOf = (v: unknown): readonly string[] | undefined =>
  typeof v === 'string' ? [v] : Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : undefined;

function specIssues(spec: unknown): CsiIssue[] {
  if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) {
    return [{ kind: 'invalid_argument', value: describeValue(spec), message: `paths needs { from, to } with construct names, e.g. paths({ from: ['PERQ', 'PERV'], to: 'CUSA' }); got ${describeValue(spec)}.` }];
  }
  const issues: CsiIssue[] = [];
  for (const key of ['from', 'to'] as const) {
    const v = (spec as Record<string, unknown>)[key];
    const names = namesOf(v);
    if (names === undefined || names.length === 0) {
      issues.push({ kind: 'invalid_argument', value: describeValue(v), message: `paths: "${key}" is ${describeValue(v)}; expected a construct name or a non-empty array of names.` });
    }
  }
  for (const key of Object.keys(spec)) {
    if (key !== 'from' && key !== 'to') issues.push({ kind: 'unknown_key', value: key, message: `paths: unknown key "${key}"; expected { from, to }.` });
  }
  if (issues.length === 0) {
    const count = (namesOf((spec as { from: unknown }).from)?.length ?? 0) * (namesOf((spec as { to: unknown }).to)?.length ?? 0);
    if (count > MAX_GENERATED_PATHS) {
      issues.push({ kind: 'too_many', value: count, message: `paths would create ${count} paths; at most ${MAX_GENERATED_PATHS} are allowed per call.` });
    }
  }
  return issues;
}

/** Options of {@link paths}. */
export interface PathsOptions {
  /** Expected sign recorded on every path built (documentation only). @defaultValue none */
  readonly expectedSign?: '+' | '-' | '±';
}

/**
 * All paths from each construct in `from` to each construct in `to` (the Cartesian product),
 * in `from`-major order.
 *
 * @remarks
 * Structural arrows `ξ_i → η_j` of the inner model (Tenenhaus et al. 2005, §2.2). Pairs are
 * produced as asked, so `from` and `to` sharing a name gives a self-loop that
 * {@link specifyModel} reports. At most 10,000 paths per call. A `spec` that is not
 * `{ from, to }` with names is a `CsiError('INVALID_SPEC')`; unknown or invalid options are
 * `INVALID_OPTIONS`.
 *
 * @example
 * ```ts
 * paths({ from: ['PERQ', 'PERV'], to: 'CUSA' });
 * // [{ from: 'PERQ', to: 'CUSA' }, { from: 'PERV', to: 'CUSA' }]
 * ```
 */
export function paths(
  spec: { readonly from: string | readonly string[]; readonly to: string | readonly string[] },
  options?: PathsOptions,
): PathSpec[] {
  const issues = specIssues(spec);
  if (issues.length > 0) throw new CsiError('INVALID_SPEC', issues);
  const opts = checkOptions(options, PATHS_OPTION_SPEC, 'paths');
  const froms = namesOf(spec.from) ?? [];
  const tos = namesOf(spec.to) ?? [];
  const out: PathSpec[] = [];
  for (const from of froms) {
    for (const to of tos) {
      out.push({ from, to, ...(opts.expectedSign !== undefined ? { expectedSign: opts.expectedSign } : {}) });
    }
  }
  return out;
}
