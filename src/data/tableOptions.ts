/**
 * Options shared by the data-set constructors.
 */
import type { ItemScale } from './types.js';

/**
 * The text cells read as missing (NaN) when `missingTokens` is not given: the empty cell,
 * `NA`, `N/A` and `.` (compared after trimming).
 *
 * @remarks
 * Not a statistic: the conventional missing-value spellings of R (`NA`), SPSS/SAS exports (`.`)
 * and spreadsheets (empty, `N/A`). Numeric missing codes such as `-99` are declared per item
 * with `missingCodes` on its scale instead.
 *
 * @example
 * ```ts
 * DEFAULT_MISSING_TOKENS; // ['', 'NA', 'N/A', '.']
 * // keep the defaults and add a survey-specific token:
 * const data = datasetFromCsv('Q1,Q2\n3,NA\n4,skipped\n5,2\n2,4\n', {
 *   defaultScale: likert(1, 5),
 *   missingTokens: [...DEFAULT_MISSING_TOKENS, 'skipped'],
 * });
 * data.columns['Q2']; // Float64Array [NaN, NaN, 2, 4]
 * ```
 */
export const DEFAULT_MISSING_TOKENS: readonly string[] = Object.freeze(['', 'NA', 'N/A', '.']);

/**
 * Options shared by {@link createDataset}, {@link datasetFromRows} and {@link datasetFromCsv}.
 *
 * @remarks
 * Column roles: a column with a declared scale (in `scales`) is a scored item; a column in
 * `factors` is a factor (segment); `idColumn` holds row ids and `weightColumn` respondent
 * weights. Any other column is classified by its cells: all numbers (or missing) → item; mostly
 * numbers → item, and the stray non-numeric cells are reported as errors (typos such as `5a`);
 * mostly text → factor.
 */
export interface TableOptions {
  /** Scale per item, e.g. from {@link scaleMap}. Listing an item here declares it scored. */
  readonly scales?: Readonly<Record<string, ItemScale>>;
  /** Scale for every numeric item without an entry in `scales` (e.g. `likert(1, 10)`). */
  readonly defaultScale?: ItemScale;
  /** Columns kept as factors (segments) even if they look numeric, e.g. `['wave']`. @defaultValue [] */
  readonly factors?: readonly string[];
  /** Column holding respondent ids (kept as text in `rowIds`, must be unique). */
  readonly idColumn?: string;
  /** Column holding respondent weights (finite, non-negative; moved to `weights`). */
  readonly weightColumn?: string;
  /** Text cells meaning "missing" (compared after trimming). @defaultValue ['', 'NA', 'N/A', '.'] */
  readonly missingTokens?: readonly string[];
  /** Decimal separator of numbers written as text. @defaultValue '.' */
  readonly decimalSeparator?: '.' | ',';
  /**
   * Treat constant items, items without any valid value and scales declared for unknown columns
   * as errors (`true`) or as `warnings` on the data set (`false`). @defaultValue true
   */
  readonly strict?: boolean;
  /** At most this many issues of one kind are listed per item; the rest are counted. @defaultValue 20 */
  readonly maxIssuesPerItem?: number;
}
