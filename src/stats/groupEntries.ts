import { CsiError } from '../errors.js';
import { finiteValues } from './finiteValues.js';

/** Several samples, as an array or as a record keyed by group name. */
export type Groups = readonly ArrayLike<number>[] | Readonly<Record<string, ArrayLike<number>>>;

/** One named group with its finite values. @internal */
export interface GroupValues {
  readonly name: string;
  readonly values: Float64Array;
  readonly missing: number;
}

/**
 * Normalizes {@link Groups} to named groups with `NaN` removed; array groups are named
 * `"1"`, `"2"`, …. Throws if fewer than `minGroups` groups are given. @internal
 *
 * @example
 * ```ts
 * groupEntries({ vip: [1, 2], other: [3, NaN] }, 2); // [{ name: 'vip', … }, { name: 'other', missing: 1, … }]
 * ```
 */
export function groupEntries(groups: Groups, minGroups: number, what: string): GroupValues[] {
  const entries: [string, ArrayLike<number>][] = Array.isArray(groups)
    ? (groups as readonly ArrayLike<number>[]).map((g, i) => [String(i + 1), g])
    : Object.keys(groups).map((k) => [k, (groups as Readonly<Record<string, ArrayLike<number>>>)[k]!]);
  if (entries.length < minGroups) {
    throw new CsiError('INSUFFICIENT_DATA', [
      { kind: 'too_few_groups', message: `${what} needs at least ${minGroups} groups; got ${entries.length}.`, value: entries.length },
    ]);
  }
  return entries.map(([name, v]) => {
    const f = finiteValues(v, name);
    return { name, values: f.values, missing: f.missing };
  });
}
