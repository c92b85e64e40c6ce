import type { ItemAnalysisResult } from '../programme/itemAnalysis.js';
import { deepFreeze } from '../util/record.js';
import { col } from './columns.js';
import { reportTable } from './reportTable.js';
import { warningsTable } from './warningsTable.js';
import type { ReportSection, ReportTable } from './types.js';
import { checkOptions, checkResultArg, keysSpec } from '../validate/index.js';

/** Options of {@link summarizeItemAnalysis}. */
export interface SummarizeItemAnalysisOptions {
  /** @defaultValue 'Item analysis' */
  readonly title?: string;
  /** Section machine name (prefix of `data-key`s). @defaultValue 'item-analysis' */
  readonly name?: string;
}

/**
 * Turns an item analysis into a report section: one row per item with n, mean, SD, floor and
 * ceiling shares, corrected item–total correlation, α if deleted and flags, the block's α in
 * the text, and the warnings.
 *
 * @remarks
 * Raw Cronbach's α (Cronbach 1951), corrected item–total r and α-if-deleted with the flags of
 * Nunnally & Bernstein (1994) as computed by `itemAnalysis`
 * (docs/methodology.md#item-analysis). Numbers are copied unrounded.
 *
 * @example
 * ```ts
 * const section = summarizeItemAnalysis(itemAnalysis(mobi, ['CUSL1', 'CUSL2', 'CUSL3']));
 * ```
 */
export function summarizeItemAnalysis(result: ItemAnalysisResult, options: SummarizeItemAnalysisOptions = {}): ReportSection {
  checkOptions(options, keysSpec(['title', 'name']), 'summarizeItemAnalysis');
  checkResultArg(result, 'csi.item-analysis', 'summarizeItemAnalysis', { from: 'itemAnalysis(...)', fields: { items: 'array', n: 'number', dropped: 'number', alpha: 'number', thresholds: 'object', byItem: 'record', flagged: 'array', warnings: 'array' } });
  const t = result.thresholds;
  const tables: ReportTable[] = [
    reportTable({
      name: 'items',
      title: 'Item statistics',
      columns: [
        col('item', 'Item', 'text'), col('n', 'n', 'number', 0), col('mean', 'Mean', 'number', 2), col('sd', 'SD', 'number', 2),
        col('floor', 'Floor', 'percent'), col('ceiling', 'Ceiling', 'percent'), col('itemTotal', 'Corrected item–total r', 'number'),
        col('alphaIfDeleted', 'α if deleted', 'number'), col('flags', 'Flags', 'text'),
      ],
      keys: ['item'],
      rows: result.items.map((it) => {
        const s = result.byItem[it]!;
        return { item: it, n: s.n, mean: s.mean, sd: s.sd, floor: s.floor, ceiling: s.ceiling, itemTotal: s.itemTotal, alphaIfDeleted: s.alphaIfDeleted, flags: s.flags.join(', ') };
      }),
      notes: [
        `Flags: corrected item–total r < ${t.minItemTotal}; α if deleted > block α; floor or ceiling share > ${t.maxFloorCeiling * 100}%.`,
        `Listwise: ${result.n} complete rows, ${result.dropped} dropped.`,
      ],
    }),
  ];
  tables.push(...warningsTable(result.warnings));
  return deepFreeze({
    name: options.name ?? 'item-analysis',
    title: options.title ?? 'Item analysis',
    text:
      `Block of ${result.items.length} items (${result.items.join(', ')}): Cronbach's α = ${result.alpha.toFixed(3)}. ` +
      (result.flagged.length > 0 ? `Flagged: ${result.flagged.join(', ')}.` : 'No item flagged.'),
    tables,
    charts: [],
  });
}
