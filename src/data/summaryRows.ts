/**
 * `summaryRows(summary)`: the item summary as a tidy table (one row per item).
 */
import type { DatasetSummary } from './describeDataset.js';
import { checkArguments, fieldsRule, objectRule, recordRule } from '../validate/index.js';

/** One row of {@link summaryRows}: flat, printable, CSV-ready (`null` = not computable). */
export interface SummaryRow {
  readonly item: string;
  /** Scale as text, e.g. `"1–10"` (with `" (reversed)"` for reverse-coded items), or `null`. */
  readonly scale: string | null;
  readonly nValid: number;
  readonly missing: number;
  readonly mean: number | null;
  readonly sd: number | null;
  readonly median: number | null;
  /** POMP of the mean, 0–100. */
  readonly pompMean: number | null;
  /** Top-box share in percent (0–100), e.g. top-2-box with `boxes = 2`. */
  readonly topBoxPercent: number | null;
}

/**
 * Flattens a {@link describeDataset} result into one row per item, for printing (e.g. the
 * `npm run demo` summary) or for `toCsv`.
 *
 * @remarks
 * No new statistics: the values are those of `describeDataset` (docs/methodology.md#item-summaries), with the
 * top-box share multiplied by 100. Never rounded; round when displaying.
 *
 * @example
 * ```ts
 * import { describeDataset, summaryRows, toCsv } from 'csi-analytics';
 * const csv = toCsv(summaryRows(describeDataset(data)));
 * ```
 */
export function summaryRows(summary: DatasetSummary): readonly SummaryRow[] {
  checkArguments('summaryRows', [['summary', summary, fieldsRule({ items: recordRule(objectRule(), 'a record of item summaries') }, 'a summary from describeDataset')]]);
  const rows = Object.values(summary.items).map((s) => {
    const row: SummaryRow = {
      item: s.item,
      scale: s.scale !== null ? `${s.scale.min}–${s.scale.max}${s.scale.reverse === true ? ' (reversed)' : ''}` : null,
      nValid: s.nValid,
      missing: s.missing,
      mean: s.mean,
      sd: s.sd,
      median: s.median,
      pompMean: s.pompMean,
      topBoxPercent: s.topBox !== null ? 100 * s.topBox : null,
    };
    return Object.freeze(row);
  });
  return Object.freeze(rows);
}
