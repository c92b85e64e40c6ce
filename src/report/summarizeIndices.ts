import type { IndexScorecard } from '../indices/indexScorecard.js';
import { deepFreeze } from '../util/record.js';
import { col, indexCiColumns, itemKeyColumns } from './columns.js';
import { indexBarChart } from './indexBarChart.js';
import type { IndexBarDatum } from './indexBarChart.js';
import { radarChart } from './radarChart.js';
import type { RadarDatum } from './radarChart.js';
import { reportTable } from './reportTable.js';
import type { ChartSpec, ReportSection, ReportTable } from './types.js';
import { levelPercent } from './levelPercent.js';
import { checkOptions, checkResultArg, keysSpec } from '../validate/index.js';

/** Options of {@link summarizeIndices}. */
export interface SummarizeIndicesOptions {
  /** @defaultValue 'Satisfaction indices (0–100)' */
  readonly title?: string;
  /** @defaultValue 'indices' */
  readonly name?: string;
  /** Name of this scorecard's series in charts. @defaultValue 'This study' */
  readonly series?: string;
  /**
   * Scorecards to overlay (competitors, previous wave), by series name: drawn on the radar
   * and as grouped bars, and listed in the `comparison` table.
   */
  readonly compare?: Readonly<Record<string, IndexScorecard>>;
  /** Target index drawn on the bar chart. */
  readonly target?: number;
  /** Include the per-item weights table. @defaultValue true */
  readonly items?: boolean;
}

/**
 * Turns an index scorecard into a report section: 0–100 index per construct with its
 * confidence interval, the item weights and item performances behind it, segment indices
 * when computed, a radar chart (with competitor overlays) and a bar chart with CIs.
 *
 * @remarks
 * Index `= Σ r_i·100(x̄_i − min)/(max − min)` with relative unstandardized weights `r_i`
 * (Fornell et al. 1996, *J. Marketing* 60(4); docs/methodology.md#index-from-weights); the interval is the one the
 * scorecard carries (t with fixed weights, docs/methodology.md#index-confidence-interval, or bootstrap). Numbers are copied unrounded.
 *
 * @example
 * ```ts
 * const section = summarizeIndices(indexScorecard(fit, { data: mobi }), {
 *   compare: { 'Competitor A': otherCard },
 * });
 * ```
 */
export function summarizeIndices(card: IndexScorecard, options: SummarizeIndicesOptions = {}): ReportSection {
  checkOptions(options, keysSpec(['title', 'name', 'series', 'compare', 'target', 'items']), 'summarizeIndices');
  checkResultArg(card, 'csi.index-scorecard', 'summarizeIndices', { arg: 'card', from: 'indexScorecard(...)', fields: { order: 'array', indices: 'record', details: 'record' } });
  const series = options.series ?? 'This study';
  const entries = card.order.map((c) => card.indices[c]).filter((e) => e !== undefined);
  const compare = Object.entries(options.compare ?? {});
  const segments = segmentRows(card, entries);
  const tables: ReportTable[] = [
    indicesTable(card, entries),
    ...(options.items ?? true ? [itemsTable(card, entries)] : []),
    ...(segments.length > 0 ? [segmentsTable(segments)] : []),
    ...(compare.length > 0 ? [comparisonTable(card, series, compare)] : []),
  ];
  return deepFreeze({
    name: options.name ?? 'indices',
    title: options.title ?? 'Satisfaction indices (0–100)',
    text: `0–100 indices of ${entries.length} constructs${compare.length > 0 ? `, compared with ${compare.map(([n]) => n).join(', ')}` : ''}.`,
    tables,
    charts: indexCharts(card, series, compare, options.target),
  });
}

type Entry = NonNullable<IndexScorecard['indices'][string]>;
type Compared = readonly (readonly [string, IndexScorecard])[];

/** Index, interval (t or bootstrap), n and weighting per construct. */
function indicesTable(card: IndexScorecard, entries: readonly Entry[]): ReportTable {
  const hasLabels = entries.some((e) => e.label !== undefined);
  const level = entries.find((e) => e.ci !== null)?.ci?.level;
  const hasBoot = entries.some((e) => card.details[e.construct]?.bootstrap !== undefined);
  return reportTable({
    name: 'indices',
    title: 'Indices',
    columns: [
      col('construct', 'Construct', 'text'),
      ...(hasLabels ? [col('label', 'Label', 'text')] : []),
      ...indexCiColumns(level !== undefined ? levelPercent(level) : undefined),
      ...(hasBoot ? [col('bootLower', 'Bootstrap lower', 'index'), col('bootUpper', 'Bootstrap upper', 'index')] : []),
      col('n', 'n', 'number', 0),
      col('weighting', 'Weights', 'text'),
    ],
    keys: ['construct'],
    rows: entries.map((e) => {
      const d = card.details[e.construct];
      const boot = d?.bootstrap;
      return {
        construct: e.construct,
        label: e.label ?? null,
        index: e.index,
        lower: e.ci?.lower ?? boot?.lower ?? null,
        upper: e.ci?.upper ?? boot?.upper ?? null,
        ...(hasBoot ? { bootLower: boot?.lower ?? null, bootUpper: boot?.upper ?? null } : {}),
        n: d?.n ?? null,
        weighting: e.weighting,
      };
    }),
    notes: [
      'Index = Σ r_i · 100(x̄_i − min)/(max − min) with relative unstandardized PLS weights r_i (Fornell et al. 1996).',
      'Confidence interval: mean ± t·s/√n of respondent scores with weights held fixed, or bootstrap percentile when given.',
      ...(hasBoot ? ['Bootstrap lower/upper: percentile interval with the PLS weights re-estimated in every resample (docs/methodology.md#index-confidence-interval).'] : []),
    ],
  });
}

/** Relative weight, mean and 0–100 performance of every item behind the indices. */
function itemsTable(card: IndexScorecard, entries: readonly Entry[]): ReportTable {
  return reportTable({
    name: 'index-items',
    title: 'Item weights and performance',
    columns: [
      ...itemKeyColumns(),
      col('weight', 'Relative weight', 'percent'),
      col('mean', 'Mean', 'number', 2),
      col('performance', 'Performance (0–100)', 'index'),
    ],
    keys: ['construct', 'item'],
    rows: entries.flatMap((e) => {
      const d = card.details[e.construct];
      if (d === undefined) return [];
      return d.items.map((item) => ({ construct: e.construct, item, weight: d.weights[item] ?? null, mean: d.itemMeans[item] ?? null, performance: d.itemPerformance[item] ?? null }));
    }),
  });
}

/** One row per construct and segment level, when the scorecard has segments. */
function segmentRows(card: IndexScorecard, entries: readonly Entry[]): Record<string, string | number | boolean | null>[] {
  return entries.flatMap((e) => {
    const seg = card.details[e.construct]?.segments;
    if (seg === undefined) return [];
    return seg.order.map((lv) => {
      const s = seg.levels[lv];
      return { construct: e.construct, segment: `${seg.by}=${lv}`, index: s?.index ?? null, lower: s?.ci?.lower ?? null, upper: s?.ci?.upper ?? null, n: s?.n ?? null, small: s?.small ?? null };
    });
  });
}

function segmentsTable(rows: Record<string, string | number | boolean | null>[]): ReportTable {
  return reportTable({
    name: 'segments',
    title: 'Indices by segment',
    columns: [
      col('construct', 'Construct', 'text'),
      col('segment', 'Segment', 'text'),
      ...indexCiColumns(),
      col('n', 'n', 'number', 0),
      col('small', 'Small cell', 'text'),
    ],
    keys: ['construct', 'segment'],
    rows,
  });
}

/** This study and every compared scorecard, construct by construct. */
function comparisonTable(card: IndexScorecard, series: string, compare: Compared): ReportTable {
  return reportTable({
    name: 'comparison',
    title: 'Comparison',
    columns: [col('construct', 'Construct', 'text'), col('series', 'Series', 'text'), ...indexCiColumns()],
    keys: ['construct', 'series'],
    rows: [[series, card] as const, ...compare].flatMap(([name, c]) =>
      card.order.map((k) => {
        const e = c.indices[k];
        return { construct: k, series: name, index: e?.index ?? null, lower: e?.ci?.lower ?? null, upper: e?.ci?.upper ?? null };
      }),
    ),
  });
}

/** The radar (three or more constructs) and the bar chart with intervals and the target line. */
function indexCharts(card: IndexScorecard, series: string, compare: Compared, target: number | undefined): ChartSpec[] {
  const radar: RadarDatum[] = [];
  const bars: IndexBarDatum[] = [];
  const display = (k: string): string => card.indices[k]?.label ?? k;
  for (const [name, c] of [[series, card] as const, ...compare]) {
    for (const k of card.order) {
      const e = c.indices[k];
      if (e === undefined) continue;
      radar.push({ series: name, axis: display(k), value: e.index });
      bars.push({ label: display(k), value: e.index, lower: e.ci?.lower ?? null, upper: e.ci?.upper ?? null, ...(compare.length > 0 ? { series: name } : {}) });
    }
  }
  const charts: ChartSpec[] = [];
  if (card.order.length >= 3) charts.push(radarChart(radar, { title: 'Index profile', name: 'index-radar' }));
  charts.push(indexBarChart(bars, { title: 'Indices with confidence intervals', name: 'index-bars', ...(target !== undefined ? { target } : {}) }));
  return charts;
}
