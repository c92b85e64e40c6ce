/**
 * Survey data and scales: data-set constructors, Likert scales, 0–100 transforms, box scores,
 * summaries and row selection. @packageDocumentation
 */
export type { Dataset, ItemScale, MissingCount, MissingPolicy, MissingReport, SurveyWeights } from './types.js';
export { likert, type LikertOptions } from './likert.js';
export { scaleMap, type ScaleGroup } from './scaleMap.js';
export { DEFAULT_MISSING_TOKENS, type TableOptions } from './tableOptions.js';
export { createDataset, type CreateDatasetInput } from './createDataset.js';
export { datasetFromRows, type DataRow } from './datasetFromRows.js';
export { datasetFromCsv, type CsvDatasetOptions } from './datasetFromCsv.js';
export { datasetFromCsvBytes } from './datasetFromCsvBytes.js';
export { pomp } from './pomp.js';
export { pompColumns } from './pompColumns.js';
export { percentOfMaximum } from './percentOfMaximum.js';
export { topBox, type BoxOptions } from './topBox.js';
export { bottomBox } from './bottomBox.js';
export { netBox } from './netBox.js';
export {
  describeDataset,
  type DatasetSummary,
  type DescribeOptions,
  type FactorSummary,
  type ItemSummary,
  type ScalePointCount,
} from './describeDataset.js';
export { filterRows, type DatasetRow } from './filterRows.js';
export { splitBy, type SplitByOptions } from './splitBy.js';
export { summaryRows, type SummaryRow } from './summaryRows.js';
