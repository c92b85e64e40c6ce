import { CsiError, type CsiIssue } from '../errors.js';

/** Complete pairs of two equally long samples. @internal */
export interface CompletePairs {
  readonly a: Float64Array;
  readonly b: Float64Array;
  /** Pairs dropped because either member was `NaN`. */
  readonly dropped: number;
}

/**
 * Keeps the pairs (aᵢ, bᵢ) where both are finite; `NaN` (missing) drops the pair, `±Infinity`
 * or unequal lengths throw one `CsiError('INVALID_DATA')` listing every problem. @internal
 *
 * @example
 * ```ts
 * completePairs([1, NaN, 3], [4, 5, 6], 'item 1'); // { a: [1, 3], b: [4, 6], dropped: 1 }
 * ```
 */
export function completePairs(a: ArrayLike<number>, b: ArrayLike<number>, label: string): CompletePairs {
  const issues: CsiIssue[] = [];
  if (a.length !== b.length) {
    issues.push({
      kind: 'length_mismatch',
      message: `"${label}": the paired samples have ${a.length} and ${b.length} values; pairs need equal lengths.`,
      item: label,
    });
    throw new CsiError('INVALID_DATA', issues);
  }
  const n = a.length;
  const oa = new Float64Array(n);
  const ob = new Float64Array(n);
  let k = 0;
  let dropped = 0;
  for (let i = 0; i < n; i++) {
    const x = a[i]!;
    const y = b[i]!;
    for (const [v, which] of [
      [x, 'first'],
      [y, 'second'],
    ] as const) {
      if (!Number.isNaN(v) && !Number.isFinite(v)) {
        issues.push({
          kind: 'not_finite',
          message: `"${label}" (${which} sample) in row ${i + 1} has value ${v}; expected a finite number or NaN for missing.`,
          item: label,
          row: i + 1,
          value: v,
        });
      }
    }
    if (Number.isNaN(x) || Number.isNaN(y)) {
      dropped++;
      continue;
    }
    oa[k] = x;
    ob[k] = y;
    k++;
  }
  if (issues.length > 0) throw new CsiError('INVALID_DATA', issues);
  return { a: oa.slice(0, k), b: ob.slice(0, k), dropped };
}
