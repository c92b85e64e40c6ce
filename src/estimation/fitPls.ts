/**
 * PLS path modeling of an ordinary model on a data set (the kernel of estimatePls). @packageDocumentation
 */
import { applyMissingPolicy, noMissingPerItem } from '../data/applyMissingPolicy.js';
import type { Dataset, MissingReport } from '../data/types.js';
import type { ModelSpec } from '../spec/types.js';
import { validateModelData } from '../spec/validateModelData.js';
import { checkDatasetArg } from './checkArguments.js';
import { consistentPls } from './consistentPls.js';
import { comomentsIfComplete, comomentsOfColumns, resumeComoments, type Comoments } from './momentsOf.js';
import { resolvePlsOptions } from './resolvePlsOptions.js';
import { modelEntry, runPls } from './runPls.js';
import type { Moments, PlsFit, PlsOptions } from './types.js';

/**
 * Estimates an ordinary PLS path model (first-order constructs with items): the body of
 * {@link estimatePls}, used directly by the higher-order and interaction estimators (which
 * transform the model first). See estimatePls for the steps and formulas.
 * @internal
 */
export function fitPls(model: ModelSpec, dataset: Dataset, options: PlsOptions = {}): PlsFit {
  const { compiled, copy } = modelEntry(model);
  checkDatasetArg(dataset, 'estimatePls');
  const policy = (options as PlsOptions | null)?.missing ?? 'mean';
  const resolved = resolvePlsOptions(model, options, policy);
  const items = compiled.items;
  // every model item must be a numeric column (names the construct, suggests the nearest column)
  const numeric = dataset.items;
  let known = true;
  for (let k = 0; known && k < items.length; k++) known = numeric.includes(items[k] as string);
  if (!known) validateModelData(model, dataset);
  // Fast path: with no declared missing codes, compute the moments on the raw columns. A NaN or
  // ±Infinity makes its chunk's mean non-finite; the pass then stops there, the missing-data
  // policy is applied, and the moments resume at that chunk on the cleaned columns (the rows
  // before it had no missing value, so they are the same in the cleaned data). Complete data is
  // thus read once, and the result is bit-identical to cleaning first.
  const raw = rawColumns(dataset, items);
  const first = raw !== undefined ? comomentsIfComplete(raw, dataset.n) : undefined;
  let cols: Float64Array[];
  let stats: Comoments;
  let report: MissingReport;
  let kept: Int32Array | undefined;
  if (raw !== undefined && first !== undefined && 'comoments' in first) {
    cols = raw;
    stats = first;
      const perItem = noMissingPerItem(items);
    report = { policy, rowsIn: dataset.n, rowsUsed: dataset.n, rowsDropped: 0, perItem };
  } else {
    const cleaned = applyMissingPolicy(dataset, items, policy);
    cols = [];
    for (const it of items) cols.push(cleaned.columns[it] as Float64Array);
    stats = first !== undefined && !('comoments' in first) ? resumeComoments(cols, cleaned.rows.length, first) : comomentsOfColumns(cols, cleaned.rows.length);
    report = cleaned.report;
    kept = cleaned.rows;
  }
  const moments: Moments = { items, n: stats.n, means: stats.means, comoments: stats.comoments };
  const wantScores = options.scores !== false;
  const rowIds = dataset.rowIds;
  let usedIds: string[] | undefined;
  if (rowIds !== undefined) {
    const m = kept !== undefined ? kept.length : dataset.n;
    usedIds = new Array<string>(m);
    for (let q = 0; q < m; q++) usedIds[q] = rowIds[kept !== undefined ? (kept[q] as number) : q] as string;
  }
  // PLS runs on unweighted moments (as every peer); say so rather than ignore the weights silently
  const warnings =
    dataset.weights !== undefined
      ? [
          {
            kind: 'survey_weights_ignored' as const,
            message: `The data carry survey weights, but PLS estimation does not use them: weights, paths and fit.data.means are unweighted. Pass { data } to the index functions for survey-weighted 0–100 indices.`,
          },
        ]
      : undefined;
  const fit = runPls(model, moments, resolved, {
    strict: options.strict === true,
    ...(warnings !== undefined ? { warnings } : {}),
    scales: dataset.scales,
    missing: report,
    compiled,
    ...(copy !== undefined ? { modelCopy: copy } : {}),
    ...(wantScores ? { scoreColumns: cols } : {}),
    ...(usedIds !== undefined ? { rowIds: usedIds } : {}),
  });
  return options.consistent === true ? consistentPls(fit) : fit;
}

/** The model items' raw columns when none declares missing codes and there is data, else undefined. */
function rawColumns(dataset: Dataset, items: readonly string[]): Float64Array[] | undefined {
  if (!(dataset.n >= 1)) return undefined;
  const cols: Float64Array[] = [];
  for (const it of items) {
    const col = Object.prototype.hasOwnProperty.call(dataset.columns, it) ? dataset.columns[it] : undefined;
    if (col === undefined || col.length < dataset.n) return undefined;
    const scale = Object.prototype.hasOwnProperty.call(dataset.scales, it) ? dataset.scales[it] : undefined;
    const codes = scale?.missingCodes;
    if (codes !== undefined && codes.length > 0) return undefined;
    cols.push(col);
  }
  return cols;
}
