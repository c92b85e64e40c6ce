import { CsiError, type CsiIssue } from '../errors.js';

/** Values with missing entries removed, and how many were removed. @internal */
export interface FiniteValues {
  readonly values: Float64Array;
  /** Number of `NaN` (missing) entries dropped. */
  readonly missing: number;
}

/**
 * Copies the finite values of `values` into a `Float64Array`, dropping `NaN` (missing) and
 * refusing `±Infinity`. @internal
 *
 * @remarks
 * `NaN` is the library's missing-value marker (see `Dataset`), so it is dropped and counted.
 * An infinite value is a data error: a `CsiError('INVALID_DATA')` lists every such row.
 *
 * @example
 * ```ts
 * finiteValues([1, NaN, 3], 'x'); // { values: Float64Array [1, 3], missing: 1 }
 * ```
 */
export function finiteValues(values: ArrayLike<number>, label: string): FiniteValues {
  const n = values.length;
  const out = new Float64Array(n);
  let k = 0;
  let missing = 0;
  const issues: CsiIssue[] = [];
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (Number.isNaN(v)) missing++;
    else if (!Number.isFinite(v)) {
      issues.push({
        kind: 'not_finite',
        message: `"${label}" in row ${i + 1} has value ${v}; expected a finite number or NaN for missing.`,
        item: label,
        row: i + 1,
        value: v,
      });
    } else out[k++] = v;
  }
  if (issues.length > 0) throw new CsiError('INVALID_DATA', issues);
  return { values: out.slice(0, k), missing };
}

/** Throws `INSUFFICIENT_DATA` unless at least `min` values are available. @internal */
export function requireCount(n: number, min: number, label: string, what: string): void {
  if (n < min) {
    throw new CsiError('INSUFFICIENT_DATA', [
      {
        kind: 'too_few_values',
        message: `"${label}" has ${n} usable value${n === 1 ? '' : 's'}; ${what} needs at least ${min}.`,
        item: label,
        value: n,
      },
    ]);
  }
}
