import type { Dataset } from '../data/types.js';
import { CsiError, type CsiIssue } from '../errors.js';
import { anyOfRule, checkArguments, datasetRule, stringArrayRule } from '../validate/index.js';
import { suggestColumn } from './suggestColumn.js';
import type { ModelSpec } from './types.js';
import { assertModelShape } from './assertModelShape.js';

/**
 * Checks that every item of a model is a numeric column of the data; throws one
 * `CsiError('INVALID_DATA', issues)` listing every missing item, each with the nearest
 * column name as a suggestion.
 *
 * @remarks
 * Each manifest variable of a PLS block must be an observed column (Tenenhaus et al. 2005,
 * §2.1). With a `Dataset`, an item that exists only as a non-numeric (segment) column is
 * reported as such. Suggestions use the case-insensitive Levenshtein distance
 * (Levenshtein 1966) over the numeric column names.
 *
 * @param model - A model from {@link specifyModel}.
 * @param data - The data's numeric column names, or a `Dataset`.
 * @throws CsiError with code `INVALID_DATA` when any item is missing.
 *
 * @example
 * ```ts
 * validateModelData(model, ['CUSA1', 'CUSA2', 'CUSA3', 'CUSL1', 'CUSL3']); // ok: returns
 * validateModelData(model, dataset); // throws if e.g. "CUSA4" is not a column
 * ```
 */
export function validateModelData(model: ModelSpec, data: readonly string[] | Dataset): void {
  assertModelShape(model, 'validateModelData');
  checkArguments('validateModelData', [['data', data, anyOfRule(stringArrayRule('an array of column names'), datasetRule)]]);
  const isNames = Array.isArray(data);
  const numeric: readonly string[] = isNames ? (data as readonly string[]) : (data as Dataset).items;
  const factors: readonly string[] = isNames ? [] : (data as Dataset).factorNames;
  const numericSet = new Set(numeric);
  const factorSet = new Set(factors);
  const used = new Set(model.constructs.flatMap((c) => c.items));
  const issues: CsiIssue[] = [];
  for (const c of model.constructs) {
    for (const item of c.items) {
      if (numericSet.has(item)) continue;
      if (factorSet.has(item)) {
        issues.push({
          kind: 'non_numeric_item',
          message: `Construct "${c.name}" uses item "${item}", which is a non-numeric column in the data; items must be numeric scores.`,
          construct: c.name,
          item,
        });
        continue;
      }
      const hint = suggestColumn(item, numeric, used);
      issues.push({
        kind: 'unknown_item',
        message:
          `Construct "${c.name}" uses item "${item}", which is not in the data.` +
          (hint !== undefined ? ` Did you mean "${hint}"?` : ''),
        construct: c.name,
        item,
      });
    }
  }
  if (issues.length > 0) throw new CsiError('INVALID_DATA', issues);
}
