/**
 * `datasetFromCsv(text, options)`: a data set from CSV text.
 */
import { CsiError } from '../errors.js';
import { csvText } from '../io/csvText.js';
import { parseCsv, type CsvDelimiter } from '../io/parseCsv.js';
import { checkOptions } from '../validate/index.js';
import { buildDataset, type RawColumn } from './buildDataset.js';
import { CSV_DATASET_OPTION_SPEC } from './tableOptionSpec.js';
import type { TableOptions } from './tableOptions.js';
import type { Dataset } from './types.js';

/** Options of {@link datasetFromCsv}. */
export interface CsvDatasetOptions extends TableOptions {
  /** Field delimiter; detected among `,` `;` and tab when omitted. @defaultValue auto-detect */
  readonly delimiter?: CsvDelimiter;
}

/**
 * Reads survey data from CSV text into a validated, frozen {@link Dataset}.
 *
 * @remarks
 * Format: a header row, then one row per respondent; delimiter `,` `;` or tab (detected, or
 * set with `delimiter`); `"`-quoted fields; UTF-8 with or without byte-order mark. Header names
 * are trimmed. Cells equal to a missing token (`''`, `NA`, `N/A`, `.` by default) are missing.
 *
 * Column roles: declared scored items (in `scales`), forced `factors`, `idColumn`,
 * `weightColumn`; other columns are items when their cells are numbers and factors (segments
 * such as tier, region, wave) when they are text (see {@link TableOptions}).
 *
 * Scales are applied once (docs/methodology.md#scales): declared missing codes (e.g. −99) become
 * `NaN` and are counted per item (`missingCounts`), then reverse-coded items are stored as
 * `(min + max) − x`. All problems — unclosed quotes, rows with the wrong number of fields,
 * values outside the scale (`Item "CUSA2" in row 17 has value 11, outside its scale 1–10.`),
 * non-numeric cells in items, non-integers on integer scales, constant items, duplicate or
 * reserved column names (`__proto__`), an empty file — are thrown together as one
 * `CsiError('INVALID_DATA')` with 1-based data rows (the header is not counted). An unnamed
 * column without any value (a delimiter at the end of every line) is ignored with a warning.
 * A number too large for a double (`1e309`) is reported as written; a decimal comma (`4,5`)
 * read with the default `decimalSeparator: '.'` gets a hint. Fewer rows than items is a
 * `few_rows` warning on the data set.
 *
 * Verbal labels: when an item's scale (declared or `defaultScale`) carries `labels`, text
 * cells equal to a label (compared after Unicode NFKC normalisation, lower-casing, trimming
 * and collapsing white space, so `" VERY  satisfied "` and full-width letters match) are coded
 * as its scale point; any other text in that item is an error naming the item, the row and the
 * text, with the nearest label suggested.
 *
 * Input: a string, or UTF-8 bytes (`Uint8Array`, so a Node `Buffer` or the bytes of a browser
 * `File`), UTF-16 when the bytes start with a UTF-16 byte-order mark. Options are checked
 * strictly: an unknown or misspelt option (`defaultscale`) or a wrong value
 * (`decimalSeparator: ';'`, `maxIssuesPerItem: -1`) is a `CsiError('INVALID_OPTIONS')` naming
 * the option and, for misspellings, the nearest valid one; input that is not text is
 * `CsiError('INVALID_DATA')`.
 *
 * @example
 * ```ts
 * import { datasetFromCsv, likert } from 'csi-analytics';
 * const csv = 'id;wave;CUSA1;CUSA2\n1;2019;7;8\n2;2020;-99;10\n3;2020;9;NA\n';
 * const data = datasetFromCsv(csv, {
 *   idColumn: 'id',
 *   factors: ['wave'],
 *   defaultScale: likert(1, 10, { missingCodes: [-99] }),
 * });
 * data.missingCounts?.CUSA1; // { total: 1, codes: { '-99': 1 } }
 * ```
 */
export function datasetFromCsv(text: string | Uint8Array, options?: CsvDatasetOptions): Dataset {
  const opts = checkOptions(options, CSV_DATASET_OPTION_SPEC, 'datasetFromCsv');
  const parsed = parseCsv(csvText(text, 'datasetFromCsv'), opts.delimiter !== undefined ? { delimiter: opts.delimiter } : {});
  const { header, rows } = parsed;
  const n = rows.length;
  const columns: RawColumn[] = header.map((name, j) => {
    const cells = new Array<string | undefined>(n);
    for (let i = 0; i < n; i++) cells[i] = rows[i]?.[j];
    return { name, cells, kind: 'auto' };
  });
  if (header.length === 0) {
    throw new CsiError('INVALID_DATA', [
      { kind: 'empty', message: 'The CSV text is empty; expected a header row and data rows.' },
    ]);
  }
  return buildDataset({ n, columns, options: opts, issues: parsed.issues });
}
