/**
 * Portable text input/output (no Node imports). @packageDocumentation
 */
export { parseCsv, type CsvDelimiter, type ParseCsvOptions, type ParsedCsv } from './parseCsv.js';
export { toCsv, type CsvCell, type ToCsvOptions } from './toCsv.js';
export {
  createCsvScanner,
  type CsvBatch,
  type CsvColumnMode,
  type CsvScanner,
  type CsvScannerOptions,
  type CsvSink,
} from './createCsvScanner.js';
