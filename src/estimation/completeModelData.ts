/**
 * The complete-data table a model transformation (interactions, higher-order constructs)
 * works on. @internal @packageDocumentation
 */
import { applyMissingPolicy } from '../data/applyMissingPolicy.js';
import type { Dataset, ItemScale, MissingPolicy, MissingReport } from '../data/types.js';
import type { CsiIssue } from '../errors.js';
import { sampleMoments } from '../stats/sampleMoments.js';
import { record } from '../util/record.js';
import { throwIssues } from '../validate/index.js';

/** A data set with no missing value in the model's items, and what the policy did. @internal */
export interface CompleteModelData {
  readonly dataset: Dataset;
  readonly missing: MissingReport;
}

/**
 * Applies the missing-data policy to `items` once and returns a data set holding only those
 * columns for the rows kept, so derived columns (products, stage-1 scores) are computed on the
 * same rows the PLS fit uses. @internal
 */
export function completeModelData(dataset: Dataset, items: readonly string[], policy: MissingPolicy): CompleteModelData {
  const cleaned = applyMissingPolicy(dataset, items, policy);
  const columns = record<Float64Array>();
  const scales = record<ItemScale>();
  for (const it of items) {
    columns[it] = cleaned.columns[it] as Float64Array;
    const s = Object.prototype.hasOwnProperty.call(dataset.scales, it) ? dataset.scales[it] : undefined;
    if (s !== undefined) scales[it] = s;
  }
  const ids = dataset.rowIds;
  const rows = cleaned.rows;
  const out: Dataset = {
    n: rows.length,
    items: [...items],
    columns,
    factorNames: [],
    factors: record<readonly (string | null)[]>(),
    scales,
    ...(ids !== undefined ? { rowIds: Array.from(rows, (r) => ids[r] as string) } : {}),
  };
  return { dataset: out, missing: cleaned.report };
}

/**
 * `dataset` with extra (derived) numeric columns appended; a name that is already a column of
 * `dataset` is an error, one `clash(name)` issue each. @throws CsiError `INVALID_SPEC`. @internal
 */
export function withColumns(dataset: Dataset, extra: Readonly<Record<string, Float64Array>>, clash: (name: string) => CsiIssue): Dataset {
  throwIssues('INVALID_SPEC', Object.keys(extra).filter((k) => dataset.items.includes(k)).map(clash));
  const columns = record<Float64Array>();
  for (const it of dataset.items) columns[it] = dataset.columns[it] as Float64Array;
  for (const [k, v] of Object.entries(extra)) columns[k] = v;
  return { ...dataset, items: [...dataset.items, ...Object.keys(extra)], columns };
}

/** z-scores with the sample SD (divisor n − 1), as `scale()` in R and every PLS peer. @internal */
export function zScores(values: ArrayLike<number>): Float64Array {
  const { mean, variance } = sampleMoments(values);
  const sd = Math.sqrt(variance);
  return Float64Array.from(values, (v) => (v - mean) / sd);
}
