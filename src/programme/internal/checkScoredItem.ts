/**
 * The check of one item a programme analysis scores on 0–100 (internal): a numeric column of
 * the data with a declared scale; a misspelt name gets the nearest column. @packageDocumentation
 */
import type { CsiIssue } from '../../errors.js';
import type { Dataset } from '../../data/types.js';
import { suggestColumn } from '../../spec/suggestColumn.js';
import { describeValue } from '../../validate/index.js';

/** Pushes an issue when `item` is not a scored numeric item of `data`; `where` names its role, `example` a valid name. @internal */
export function checkScoredItem(data: Dataset, item: unknown, where: string, example: string, issues: CsiIssue[]): void {
  if (typeof item !== 'string' || item === '') {
    issues.push({ kind: 'invalid_item', value: describeValue(item), message: `An item of ${where} is ${describeValue(item)}; expected an item name such as "${example}".` });
  } else if (!data.items.includes(item)) {
    const factor = data.factorNames.includes(item);
    const hint = factor ? undefined : suggestColumn(item, data.items, new Set());
    issues.push({
      kind: factor ? 'non_numeric_item' : 'unknown_item',
      item,
      message: factor
        ? `Item "${item}" of ${where} is a non-numeric column; items must be numeric scores.`
        : `Item "${item}" of ${where} is not in the data.` + (hint !== undefined ? ` Did you mean "${hint}"?` : ''),
    });
  } else if (data.scales[item] === undefined || !(data.scales[item]!.max > data.scales[item]!.min)) {
    issues.push({ kind: 'missing_scale', item, message: `Item "${item}" of ${where} has no scale, so it cannot be put on 0–100; declare its scale in the data.` });
  }
}
