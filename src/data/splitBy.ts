/**
 * `splitBy(dataset, column)`: one data set per segment.
 */
import { CsiError } from '../errors.js';
import { nearest, record } from '../util/record.js';
import { checkOptions, describeValue, stringRule } from '../validate/index.js';
import { assertDataset } from './assertDataset.js';
import { selectRows } from './selectRows.js';
import type { Dataset } from './types.js';

/** Options of {@link splitBy}. */
export interface SplitByOptions {
  /** Put rows with a missing segment value under this level; dropped when omitted. @defaultValue undefined (drop) */
  readonly missingLevel?: string;
}

/**
 * Splits a data set into segments by a factor (e.g. tier, region, wave) or by the values of a
 * numeric column: `{ level: Dataset }`, each segment keeping its row ids, weights and scales
 * aligned (for per-segment indices).
 *
 * @remarks
 * Levels appear in order of first occurrence for factors and in ascending order for numeric
 * columns (keys are the values as text, e.g. `"2"`). The record is prototype-free, so a level
 * named `__proto__` is an ordinary key. Rows with a missing value are dropped unless
 * `missingLevel` is given.
 *
 * @throws CsiError `INVALID_OPTIONS` when the column does not exist (with a suggestion).
 *
 * @example
 * ```ts
 * import { splitBy } from 'csi-analytics';
 * const byTier = splitBy(data, 'tier');
 * Object.keys(byTier); // ['gold', 'silver']
 * byTier.gold?.n; // rows of the gold segment
 * ```
 */
export function splitBy(dataset: Dataset, column: string, options?: SplitByOptions): Readonly<Record<string, Dataset>> {
  const opts = checkOptions(options, { missingLevel: stringRule('a level name such as "(missing)"') }, 'splitBy');
  assertDataset(dataset, 'splitBy');
  if (typeof column !== 'string') throw new CsiError('INVALID_OPTIONS', `splitBy: the column must be a column name; got ${describeValue(column)}.`);
  let values: (string | null)[];
  const factor = dataset.factorNames.includes(column) ? dataset.factors[column] : undefined;
  const numeric = dataset.items.includes(column) ? dataset.columns[column] : undefined;
  if (factor !== undefined) {
    values = [...factor];
  } else if (numeric !== undefined) {
    values = Array.from(numeric, (v) => (Number.isNaN(v) ? null : String(v)));
  } else {
    const near = nearest(column, [...dataset.factorNames, ...dataset.items]);
    throw new CsiError(
      'INVALID_OPTIONS',
      `splitBy: "${column}" is not a column of the data set${near !== undefined ? ` (did you mean "${near}"?)` : ''}.`,
    );
  }
  const groups = new Map<string, number[]>();
  values.forEach((v, i) => {
    const level = v ?? opts.missingLevel;
    if (level === undefined) return;
    const g = groups.get(level);
    if (g === undefined) groups.set(level, [i]);
    else g.push(i);
  });
  let levels = [...groups.keys()];
  if (numeric !== undefined && factor === undefined) {
    levels = levels.sort((a, b) => {
      const x = Number(a);
      const y = Number(b);
      return Number.isNaN(x) ? 1 : Number.isNaN(y) ? -1 : x - y;
    });
  }
  const out = record<Dataset>();
  for (const level of levels) {
    Object.defineProperty(out, level, {
      value: selectRows(dataset, groups.get(level) ?? []),
      enumerable: true,
      writable: false,
      configurable: false,
    });
  }
  return Object.freeze(out);
}
