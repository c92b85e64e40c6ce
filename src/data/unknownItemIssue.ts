import type { CsiIssue } from '../errors.js';
import { nearest } from '../util/record.js';

/**
 * The `unknown_item` issue of a function given an item the data set does not have, with a
 * "did you mean" from the data set's items.
 *
 * @example
 * ```ts
 * unknownItemIssue('pompColumns', 'CUSA9', ['CUSA1', 'CUSA2']).message;
 * // 'pompColumns: "CUSA9" is not an item of the data set (did you mean "CUSA1"?).'
 * ```
 * @internal
 */
export function unknownItemIssue(fn: string, item: string, items: readonly string[]): CsiIssue {
  const near = nearest(item, items);
  return {
    kind: 'unknown_item',
    item,
    message: `${fn}: "${item}" is not an item of the data set${near !== undefined ? ` (did you mean "${near}"?)` : ''}.`,
  };
}
