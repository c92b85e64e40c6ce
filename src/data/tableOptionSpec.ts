/**
 * The option rules of the data-set constructors (shared by datasetFromCsv, datasetFromRows,
 * createDataset and readDataset). @internal
 */
import {
  booleanRule, numberRule, objectRule, oneOfRule, stringArrayRule, stringRule, type OptionRule, type OptionSpec,
} from '../validate/index.js';

/** An array of texts; the empty text is allowed (it is the default missing token). @internal */
export const tokenListRule: OptionRule = (v) =>
  Array.isArray(v) && v.every((x) => typeof x === 'string') ? undefined : 'an array of texts such as ["", "NA", "-"]';

/** Rules of {@link TableOptions}. @internal */
export const TABLE_OPTION_SPEC = {
  scales: objectRule('a record { item: scale }, e.g. from scaleMap([...])'),
  defaultScale: objectRule('a scale such as likert(1, 10)'),
  factors: stringArrayRule('an array of column names such as ["wave"]'),
  idColumn: stringRule('a column name'),
  weightColumn: stringRule('a column name'),
  missingTokens: tokenListRule,
  decimalSeparator: oneOfRule(['.', ',']),
  strict: booleanRule,
  maxIssuesPerItem: numberRule({ min: 0, integer: true, infinite: true, example: 20 }),
} as const satisfies OptionSpec;

/** Rules of {@link CsvDatasetOptions}: the table options plus `delimiter`. @internal */
export const CSV_DATASET_OPTION_SPEC: OptionSpec = {
  ...TABLE_OPTION_SPEC,
  delimiter: oneOfRule([',', ';', '\t']),
};
