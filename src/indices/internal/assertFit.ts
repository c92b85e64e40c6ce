/**
 * Guards of the first arguments of index and gap functions: a PLS fit, a dataset (internal).
 * @packageDocumentation
 */
import { CsiError } from '../../errors.js';
import type { Dataset } from '../../data/types.js';
import type { PlsFit } from '../../estimation/types.js';
import { checkFitArg } from '../../validate/checkFitArg.js';
import { describeValue } from '../../validate/index.js';

/** Throws `INVALID_DATA` unless `fit` has the parts of a PLS fit the index functions read (the shared deep check). @internal */
export function assertFit(fit: unknown, fn: string): asserts fit is PlsFit {
  checkFitArg(fit, fn, 'weights');
}

/** Throws `INVALID_DATA` unless `data` looks like a Dataset (numeric columns and n). @internal */
export function assertDataset(data: unknown, fn: string, what = 'data'): asserts data is Dataset {
  const d = data as { columns?: unknown; n?: unknown } | null;
  if (d === null || typeof d !== 'object' || d.columns === null || typeof d.columns !== 'object' || typeof d.n !== 'number') {
    throw new CsiError('INVALID_DATA', [{ kind: 'invalid_data', value: describeValue(data), message: `The ${what} of ${fn} must be a Dataset (from datasetFromCsv or createDataset); got ${describeValue(data)}.` }]);
  }
}

export { keysSpec } from '../../validate/index.js';
