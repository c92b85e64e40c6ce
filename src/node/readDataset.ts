/**
 * `readDataset(path, options)`: read a CSV file into a data set (Node only).
 */
import { readFileSync } from 'node:fs';
import type { CsvDatasetOptions } from '../data/datasetFromCsv.js';
import { datasetFromCsvBytes } from '../data/datasetFromCsvBytes.js';
import type { Dataset } from '../data/types.js';
import { checkOptions, encodingRule, keysSpec } from '../validate/index.js';

/** Options of {@link readDataset}: those of `datasetFromCsv` plus the file encoding. */
export interface ReadDatasetOptions extends CsvDatasetOptions {
  /**
   * Text encoding of the file, any WHATWG label (`'utf-8'`, `'utf-16le'`, `'euc-kr'`,
   * `'windows-1252'`, …). @defaultValue 'utf-8' (UTF-16 if the file starts with a UTF-16 byte-order mark)
   */
  readonly encoding?: string;
}

/**
 * Reads a CSV file (UTF-8 with or without byte-order mark by default; UTF-16 when the file
 * starts with a UTF-16 byte-order mark, as Excel's "Unicode Text" export does) and builds a validated
 * data set with `datasetFromCsv` (same options, same errors).
 *
 * @remarks
 * UTF-8 bytes are parsed straight into `Float64Array` columns by `datasetFromCsvBytes`
 * (numbers from bytes, no string per cell; same result and errors as `datasetFromCsv`).
 * Other encodings are decoded with the WHATWG `TextDecoder` and re-encoded as UTF-8 first, so legacy survey exports (e.g. Korean CP949 =
 * `'euc-kr'`) can be read without converting the file first. File-system errors (missing file,
 * no permission) are thrown as they come from Node.
 *
 * @example
 * ```ts
 * import { readDataset, readScales } from 'csi-analytics/node';
 * const scales = readScales('examples/data/scales.json');
 * const data = readDataset('examples/data/ecsi-mobi.csv', { scales });
 * ```
 */
export function readDataset(path: string, options: ReadDatasetOptions = {}): Dataset {
  checkOptions(options, { encoding: encodingRule, ...keysSpec(['delimiter', 'scales', 'defaultScale', 'factors', 'idColumn', 'weightColumn', 'missingTokens', 'decimalSeparator', 'strict', 'maxIssuesPerItem']) }, 'readDataset');
  const { encoding, ...csvOptions } = options;
  const bytes = readFileSync(path);
  // Without an explicit encoding, a UTF-16 byte-order mark (Excel's "Unicode Text" export) decides.
  const sniffed =
    bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  const decoder = new TextDecoder(encoding ?? sniffed); // a known label (encodingRule)
  // UTF-8 goes straight to the byte reader; other encodings are transcoded to UTF-8 first
  const utf8 = decoder.encoding === 'utf-8' ? bytes : new TextEncoder().encode(decoder.decode(bytes));
  return datasetFromCsvBytes(utf8, csvOptions);
}
