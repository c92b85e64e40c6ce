/**
 * The data-set argument check shared by the functions that take a {@link Dataset}. @internal
 */
import { CsiError } from '../errors.js';
import { describeValue } from '../validate/index.js';
import type { Dataset } from './types.js';

/**
 * Throws `CsiError('INVALID_DATA')` naming `fn` unless `value` looks like a data set built by
 * `datasetFromCsv`, `datasetFromRows` or `createDataset` (a number `n`, an `items` array and
 * a `columns` record). @internal
 */
export function assertDataset(value: unknown, fn: string): asserts value is Dataset {
  const d = value as Partial<Dataset> | null;
  const ok =
    d !== null && typeof d === 'object' && typeof d.n === 'number' && Array.isArray(d.items) &&
    d.columns !== null && typeof d.columns === 'object';
  if (!ok) {
    throw new CsiError('INVALID_DATA', [{
      kind: 'invalid_input',
      value: describeValue(value),
      message: `${fn} needs a data set (from datasetFromCsv, datasetFromRows or createDataset); got ${describeValue(value)}.`,
    }]);
  }
}

/** Throws `CsiError('INVALID_DATA')` unless `values` is an array or typed array of numbers. @internal */
export function assertValues(values: unknown, fn: string): asserts values is ArrayLike<number> {
  const ok = Array.isArray(values) || (ArrayBuffer.isView(values) && !(values instanceof DataView));
  if (!ok) {
    throw new CsiError('INVALID_DATA', [{
      kind: 'invalid_input',
      value: describeValue(values),
      message: `${fn} needs an array of numbers (NaN = missing); got ${describeValue(values)}.`,
    }]);
  }
}
