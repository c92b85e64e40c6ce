/**
 * `createDataset({ columns, ... })`: a data set from numeric columns.
 */
import { CsiError, type CsiIssue } from '../errors.js';
import { arrayRule, checkOptions, describeValue, objectRule, type OptionSpec } from '../validate/index.js';
import { buildDataset, type RawColumn } from './buildDataset.js';
import { TABLE_OPTION_SPEC } from './tableOptionSpec.js';
import type { TableOptions } from './tableOptions.js';
import type { Dataset, ItemScale } from './types.js';

/** Input of {@link createDataset}. */
export interface CreateDatasetInput
  extends Pick<TableOptions, 'defaultScale' | 'missingTokens' | 'strict' | 'maxIssuesPerItem'> {
  /** Numeric item columns, one value per row; `null` or `NaN` = missing. */
  readonly columns: Readonly<Record<string, ArrayLike<number | null>>>;
  /** Non-numeric columns for segmentation (tier, region, wave); `null` = missing. */
  readonly factors?: Readonly<Record<string, readonly (string | null)[]>>;
  /** Row (respondent) ids, unique, one per row. */
  readonly rowIds?: readonly string[];
  /** Scale per item, e.g. from {@link scaleMap}. */
  readonly scales?: Readonly<Record<string, ItemScale>>;
  /** Respondent weights, finite and non-negative, one per row. */
  readonly weights?: ArrayLike<number>;
}

const lengthRule = (what: string) => (v: unknown): string | undefined =>
  v !== null && typeof v === 'object' && typeof (v as { length?: unknown }).length === 'number' ? undefined : what;

const CREATE_DATASET_SPEC: OptionSpec = {
  columns: objectRule('a record { item: [values] } such as { Q1: [7, 9, 8] }'),
  factors: objectRule('a record { column: [texts] } such as { tier: ["gold", "silver"] }'),
  rowIds: arrayRule('an array of ids, one per row'),
  scales: TABLE_OPTION_SPEC.scales,
  weights: lengthRule('an array of weights, one per row'),
  defaultScale: TABLE_OPTION_SPEC.defaultScale,
  missingTokens: TABLE_OPTION_SPEC.missingTokens,
  strict: TABLE_OPTION_SPEC.strict,
  maxIssuesPerItem: TABLE_OPTION_SPEC.maxIssuesPerItem,
};

/**
 * Builds a validated, frozen {@link Dataset} from columns held in memory.
 *
 * @remarks
 * Scales are applied once, at construction (docs/methodology.md#scales): declared missing codes
 * (e.g. −99) become `NaN` and are counted per item in `missingCounts`, then reverse-coded items
 * are stored as `(min + max) − x`. Every problem is collected and thrown as one
 * `CsiError('INVALID_DATA')`: values outside the scale, non-numbers, non-integers on integer
 * scales, constant items, columns of unequal length, reserved names such as `__proto__`,
 * duplicate names, an empty data set. The input arrays are copied. The input object is
 * checked like an options object: a missing `columns`, an unknown key (with "did you mean")
 * or a wrongly typed field is a `CsiError('INVALID_OPTIONS')`.
 *
 * @example
 * ```ts
 * import { createDataset, likert } from 'csi-analytics';
 * const data = createDataset({
 *   columns: { CUSA1: [7, 9, null, 10], CUSA2: [6, 8, 9, 10] },
 *   factors: { tier: ['gold', 'silver', 'gold', null] },
 *   defaultScale: likert(1, 10),
 * });
 * data.columns.CUSA1; // Float64Array [7, 9, NaN, 10]
 * ```
 */
export function createDataset(input: CreateDatasetInput): Dataset {
  const missing: CsiIssue[] =
    input !== null && typeof input === 'object' && !Array.isArray(input) && (input as { columns?: unknown }).columns === undefined
      ? [{ kind: 'invalid_options', message: 'createDataset needs { columns: { item: [values] } }, e.g. createDataset({ columns: { Q1: [7, 9, 8] } }); columns is missing.' }]
      : [];
  if (input === undefined) {
    throw new CsiError('INVALID_OPTIONS', [{ kind: 'invalid_options', message: 'createDataset needs { columns: { item: [values] } }, e.g. createDataset({ columns: { Q1: [7, 9, 8] } }); got nothing.' }]);
  }
  checkOptions(input, CREATE_DATASET_SPEC, 'createDataset', missing);
  const issues: CsiIssue[] = [];
  const raw: RawColumn[] = [];
  const columnNames = Object.keys(input.columns);
  const factorNames = Object.keys(input.factors ?? {});
  const numericNames = new Set(columnNames);
  let n: number | undefined;
  let first = '';
  const add = (name: string, cells: ArrayLike<unknown> | undefined, kind: 'numeric' | 'factor'): void => {
    if (cells === undefined || typeof cells !== 'object' || typeof (cells as { length?: unknown }).length !== 'number') {
      issues.push({ kind: 'invalid_column', item: name, value: describeValue(cells), message: `Column "${name}" is ${describeValue(cells)}; expected an array of values.` });
      return;
    }
    if (n === undefined) {
      n = cells.length;
      first = name;
    } else if (cells.length !== n) {
      issues.push({
        kind: 'length_mismatch',
        item: name,
        message: `Column "${name}" has ${cells.length} values, but column "${first}" has ${n}; all columns need one value per row.`,
      });
      return;
    }
    raw.push({ name, cells, kind });
  };
  for (const name of columnNames) add(name, Object.getOwnPropertyDescriptor(input.columns, name)?.value as ArrayLike<unknown> | undefined, 'numeric');
  for (const name of factorNames) {
    if (numericNames.has(name)) {
      issues.push({
        kind: 'duplicate_column',
        item: name,
        message: `Column name "${name}" is used both in columns and in factors; column names must be unique.`,
      });
      continue;
    }
    add(name, Object.getOwnPropertyDescriptor(input.factors, name)?.value as ArrayLike<unknown> | undefined, 'factor');
  }
  return buildDataset({
    n: n ?? 0,
    columns: raw,
    options: {
      ...(input.scales !== undefined ? { scales: input.scales } : {}),
      ...(input.defaultScale !== undefined ? { defaultScale: input.defaultScale } : {}),
      ...(input.missingTokens !== undefined ? { missingTokens: input.missingTokens } : {}),
      ...(input.strict !== undefined ? { strict: input.strict } : {}),
      ...(input.maxIssuesPerItem !== undefined ? { maxIssuesPerItem: input.maxIssuesPerItem } : {}),
    },
    ...(input.rowIds !== undefined ? { rowIds: input.rowIds } : {}),
    ...(input.weights !== undefined ? { weights: input.weights } : {}),
    issues,
  });
}
