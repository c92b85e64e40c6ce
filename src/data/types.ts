/**
 * Core data types shared by every module. @packageDocumentation
 */

import type { CsiWarning } from '../errors.js';

/**
 * The theoretical scale of a questionnaire item (e.g. a 1–10 Likert item).
 *
 * @remarks
 * All 0–100 transformations use these **theoretical** bounds, never the sample min/max
 * (docs/methodology.md#scales).
 */
export interface ItemScale {
  /** Lowest scale point, e.g. 1. */
  readonly min: number;
  /** Highest scale point, e.g. 10. */
  readonly max: number;
  /** Reverse-code the item as `(min + max) − x` before any analysis. @defaultValue false */
  readonly reverse?: boolean;
  /** Codes that mean "missing / don't know / refused" (e.g. `-99`, `98`), turned into NaN. */
  readonly missingCodes?: readonly number[];
  /** Only integer scale points are valid. @defaultValue false */
  readonly integer?: boolean;
  /** Optional labels of scale points, e.g. `{ 1: 'very dissatisfied', 10: 'very satisfied' }`. */
  readonly labels?: Readonly<Record<string, string>>;
}

/**
 * Respondent (survey) weights of one sample, the one form every function's `surveyWeights`
 * option takes: `'data'` uses the data set's own `weights` when it has them (otherwise every
 * respondent counts equally), `'none'` ignores them, or one weight ≥ 0 per row. Functions over
 * several samples (waves, competitors) take this form per sample:
 * `Readonly<Record<sample, SurveyWeights>>`.
 */
export type SurveyWeights = 'data' | 'none' | ArrayLike<number>;

/**
 * A survey data set held column by column.
 *
 * @remarks
 * `columns[item]` is a `Float64Array` with `NaN` for missing values; scored items have
 * already had their scale applied (missing codes → NaN, reverse coding). Non-numeric columns
 * (segments such as `tier`, `region`, `wave`) live in `factors`. All records are
 * prototype-free, so a column named `__proto__` cannot pollute objects.
 */
export interface Dataset {
  /** Number of rows (respondents). */
  readonly n: number;
  /** Names of numeric (scored) columns, in file order. */
  readonly items: readonly string[];
  /** Numeric columns; `NaN` = missing. */
  readonly columns: Readonly<Record<string, Float64Array>>;
  /** Names of non-numeric columns kept for segmentation, in file order. */
  readonly factorNames: readonly string[];
  /** Non-numeric columns; `null` = missing. */
  readonly factors: Readonly<Record<string, readonly (string | null)[]>>;
  /** Optional row identifiers (e.g. respondent ids). */
  readonly rowIds?: readonly string[];
  /** Declared scale per item (only items with a declared or inferred scale appear). */
  readonly scales: Readonly<Record<string, ItemScale>>;
  /** Optional respondent (survey) weights, one per row. */
  readonly weights?: Float64Array;
  /**
   * Per item: how many cells are missing and which declared missing codes were seen
   * (filled by the data constructors; absent on hand-built data sets).
   */
  readonly missingCounts?: Readonly<Record<string, MissingCount>>;
  /**
   * Per item whose declared missing codes occurred: the code found in each row (`null` where
   * the cell was not a missing code). Lets row subsets recount {@link Dataset.missingCounts}.
   */
  readonly missingCodeCells?: Readonly<Record<string, readonly (number | null)[]>>;
  /** Non-fatal findings from construction (e.g. a constant item when `strict: false`). */
  readonly warnings?: readonly CsiWarning[];
}

/** Missing cells of one item. */
export interface MissingCount {
  /** All missing cells: empty/missing tokens, `null`/`NaN` and declared missing codes. */
  readonly total: number;
  /** Cells per declared missing code, keyed by the code (e.g. `{ "-99": 3 }`). */
  readonly codes: Readonly<Record<string, number>>;
}

/** How missing values are treated before estimation. */
export type MissingPolicy = 'listwise' | 'mean';

/** What was missing and what was done about it, per item. */
export interface MissingReport {
  readonly policy: MissingPolicy | 'none';
  /** Rows in the input. */
  readonly rowsIn: number;
  /** Rows used after the policy. */
  readonly rowsUsed: number;
  /** Rows dropped (listwise). */
  readonly rowsDropped: number;
  /** Per item: cells missing in the input, and cells replaced by the item mean. */
  readonly perItem: Readonly<Record<string, { readonly missing: number; readonly replaced: number }>>;
}
