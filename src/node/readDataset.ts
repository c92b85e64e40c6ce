/**
 * `readDataset(path, options)`: read a CSV file into a data set (Node only).
 */
import { readFileSync } from 'node:fs';
import { datasetFromCsv, type CsvDatasetOptions } from '../data/datasetFromCsv.js';
import type { Dataset } from '../data/types.js';

/** Options of {@link readDataset}: those of `datasetFromCsv` plus the file encoding. */
export interface ReadDatasetOptions extends CsvDatasetOptions {
  /**
   * Text encoding of the file, any WHATWG label (`'utf-8'`, `'utf-16le'`, `'euc-kr'`,
   * `'windows-1252'`, …). @defaultValue 'utf-8'
   */
  readonly encoding?: string;
}

/**
 * Reads a CSV file (UTF-8 with or without byte-order mark by default) and builds a validated
 * data set with `datasetFromCsv` (same options, same errors).
 *
 * @remarks
 * Decoding uses the WHATWG `TextDecoder`, so legacy survey exports (e.g. Korean CP949 =
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
  const { encoding, ...csvOptions } = options;
  const text = new TextDecoder(encoding ?? 'utf-8').decode(readFileSync(path));
  return datasetFromCsv(text, csvOptions);
}
