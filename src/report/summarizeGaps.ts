import type { ServqualOverall, ServqualResult } from '../gap/servqual.js';
import { deepFreeze } from '../util/record.js';
import { col } from './columns.js';
import { gapChart } from './gapChart.js';
import { reportTable } from './reportTable.js';
import { warningsTable } from './warningsTable.js';
import type { ChartSpec, ReportColumn, ReportSection, ReportTable } from './types.js';
import { levelPercent } from './levelPercent.js';
import { checkOptions, checkResultArg, keysSpec } from '../validate/index.js';

/** Options of {@link summarizeGaps}. */
export interface SummarizeGapsOptions {
  /** @defaultValue 'Service-quality gaps (P − E)' */
  readonly title?: string;
  /** @defaultValue 'gaps' */
  readonly name?: string;
  /** Significance level for the `significant` flag on the chart (Holm-adjusted p). @defaultValue 0.05 */
  readonly alpha?: number;
}

/** The gap statistics every level shares. */
type GapStatistics = Pick<ServqualOverall, 'n' | 'meanExpectation' | 'meanPerception' | 'gap' | 'ci' | 't' | 'pValue' | 'dz'>;

const statColumns = (levelPct: string): ReportColumn[] => [
  col('n', 'n', 'number', 0),
  col('expectation', 'Mean E', 'number', 2),
  col('perception', 'Mean P', 'number', 2),
  col('gap', 'Gap P − E', 'number'),
  col('lower', `${levelPct}% CI lower`, 'number'),
  col('upper', `${levelPct}% CI upper`, 'number'),
  col('t', 't', 'number', 2),
  col('pValue', 'p', 'pvalue'),
  col('pHolm', 'p (Holm)', 'pvalue'),
  col('dz', 'd_z', 'number', 2),
];

const statRow = (s: GapStatistics): Record<string, number | null> => ({
  n: s.n,
  expectation: s.meanExpectation,
  perception: s.meanPerception,
  gap: s.gap,
  lower: s.ci.lower,
  upper: s.ci.upper,
  t: s.t,
  pValue: s.pValue,
  dz: s.dz,
});

/**
 * Turns a SERVQUAL gap analysis into a report section: gaps per dimension and per item with
 * paired-t intervals, raw and Holm-adjusted p-values and effect sizes, the overall scores,
 * and a diverging gap chart per dimension.
 *
 * @remarks
 * `G = P − E` per respondent, tested with the paired t (Parasuraman, Zeithaml & Berry 1988;
 * docs/methodology.md#servqual), multiple items corrected by Holm (1979). Numbers are copied unrounded
 * from `servqual`. A bar is drawn solid when its Holm-adjusted p is below `alpha`.
 *
 * @example
 * ```ts
 * const section = summarizeGaps(servqual(data, pairs));
 * ```
 */
export function summarizeGaps(result: ServqualResult, options: SummarizeGapsOptions = {}): ReportSection {
  checkOptions(options, keysSpec(['title', 'name', 'alpha']), 'summarizeGaps');
  checkResultArg(result, 'csi.servqual', 'summarizeGaps', { from: 'servqual(...)', fields: { order: 'array', items: 'record', dimensionOrder: 'array', dimensions: 'record', overall: 'object', weighted: 'object?', level: 'number', warnings: 'array' } });
  const alpha = options.alpha ?? 0.05;
  const pct = levelPercent(result.level);
  const tables: ReportTable[] = [];
  const dims = result.dimensionOrder.map((d) => result.dimensions[d]).filter((d) => d !== undefined);
  if (dims.length > 0) {
    tables.push(
      reportTable({
        name: 'dimensions',
        title: 'Gaps by dimension',
        columns: [col('dimension', 'Dimension', 'text'), ...statColumns(pct)],
        keys: ['dimension'],
        rows: dims.map((d) => ({ dimension: d.dimension, ...statRow(d), pHolm: d.pHolm })),
        notes: ['Respondent dimension gap = mean of its item gaps; paired t-test; p (Holm) adjusted over dimensions.'],
      }),
    );
  }
  const items = result.order.map((i) => result.items[i]).filter((i) => i !== undefined);
  tables.push(
    reportTable({
      name: 'items',
      title: 'Gaps by item',
      columns: [col('item', 'Item', 'text'), col('dimension', 'Dimension', 'text'), ...statColumns(pct)],
      keys: ['item'],
      rows: items.map((i) => ({ item: i.item, dimension: i.dimension, ...statRow(i), pHolm: i.pHolm })),
      notes: ['p (Holm): paired-t p-values adjusted over all items (Holm 1979).'],
    }),
  );
  const overall = [result.overall.meanOfItems, result.overall.meanOfDimensions].filter((o) => o !== null);
  if (overall.length > 0 || result.weighted !== null) {
    tables.push(
      reportTable({
        name: 'overall',
        title: 'Overall SERVQUAL score',
        columns: [col('score', 'Score', 'text'), ...statColumns(pct).filter((c) => c.key !== 'pHolm')],
        keys: ['score'],
        rows: [
          ...overall.map((o) => ({ score: o.definition, ...statRow(o) })),
          ...(result.weighted !== null ? [{ score: `weighted (${result.weighted.allocation})`, ...statRow(result.weighted) }] : []),
        ],
      }),
    );
  }
  tables.push(...warningsTable(result.warnings));
  const unit = dims.length > 0 ? dims.map((d) => ({ label: d.dimension, s: d, p: d.pHolm })) : items.map((i) => ({ label: i.item, s: i as GapStatistics, p: i.pHolm }));
  const charts: ChartSpec[] = [
    gapChart(
      unit.map((u) => ({
        label: u.label,
        gap: u.s.gap,
        lower: u.s.ci.lower,
        upper: u.s.ci.upper,
        significant: u.p !== null && u.p < alpha,
      })),
      { title: dims.length > 0 ? 'Gaps by dimension (P − E)' : 'Gaps by item (P − E)', name: 'gap-bars' },
    ),
  ];
  return deepFreeze({
    name: options.name ?? 'gaps',
    title: options.title ?? 'Service-quality gaps (P − E)',
    text: `Perception minus expectation for ${items.length} items${dims.length > 0 ? ` in ${dims.length} dimensions` : ''}; negative gaps are shortfalls. Solid bars: Holm-adjusted p < ${alpha}.`,
    tables,
    charts,
  });
}
