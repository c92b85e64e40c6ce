import type { IndexChange, TrackingTable, TrackPeriodsResult } from '../gap/trackPeriods.js';
import { deepFreeze } from '../util/record.js';
import { ciColumns, col, meanColumns, welchColumns } from './columns.js';
import { reportTable } from './reportTable.js';
import { warningsTable } from './warningsTable.js';
import { trendChart } from './trendChart.js';
import type { ChartSpec, ReportColumn, ReportSection, ReportTable } from './types.js';
import { levelPercent } from './levelPercent.js';
import { tableIfRows } from './internal/tableIfRows.js';
import { checkOptions, checkResultArg, keysSpec } from '../validate/index.js';

/** Options of {@link summarizeTracking}. */
export interface SummarizeTrackingOptions {
  /** @defaultValue 'Tracking over waves' */
  readonly title?: string;
  /** Section machine name (prefix of `data-key`s). @defaultValue 'tracking' */
  readonly name?: string;
  /** Constructs drawn on the trend charts. @defaultValue every tracked construct */
  readonly chartConstructs?: readonly string[];
}

const METHOD_LABEL: Record<TrackingTable['method'], string> = {
  're-estimate': 'weights re-estimated per wave',
  'freeze-base': 'weights frozen at the base wave',
};

/**
 * Turns a wave-tracking result into a report section: the 0–100 index of every construct per
 * wave with its confidence interval, the changes between consecutive waves and against the
 * base wave with Welch tests and significance flags, the changes whose verdict depends on the
 * weighting (re-estimated vs frozen), and a trend chart with a CI band per weighting method.
 *
 * @remarks
 * Index per wave = mean of respondent 0–100 scores with the t interval `ȳ ± t·s/√n`; change
 * `Δ = ȳ_to − ȳ_from` with Welch's t and Welch–Satterthwaite df (Welch 1947), flagged when
 * `p < alpha` (docs/methodology.md#tracking; Fornell et al. 1996 index) — as computed by
 * `trackPeriods`. Numbers are copied unrounded.
 *
 * @example
 * ```ts
 * const section = summarizeTracking(trackPeriods(model, { 2023: w1, 2024: w2 }, { weights: 'both' }));
 * ```
 */
export function summarizeTracking(result: TrackPeriodsResult, options: SummarizeTrackingOptions = {}): ReportSection {
  checkOptions(options, keysSpec(['title', 'name', 'chartConstructs']), 'summarizeTracking');
  checkResultArg(result, 'csi.tracking', 'summarizeTracking', { from: 'trackPeriods(...)', fields: { waves: 'array', base: 'string', constructs: 'array', reEstimate: 'object?', freezeBase: 'object?', disagreements: 'array', level: 'number', alpha: 'number', warnings: 'array' } });
  const pct = levelPercent(result.level);
  const methods = [result.reEstimate, result.freezeBase].filter((t): t is TrackingTable => t !== null);
  const tables: ReportTable[] = [
    indicesTable(result, methods, pct),
    changesTable(result, methods, pct),
    ...disagreementTables(result),
    ...warningsTable(result.warnings),
  ];
  return deepFreeze({
    name: options.name ?? 'tracking',
    title: options.title ?? 'Tracking over waves',
    text: trackingText(result, methods),
    tables,
    charts: trendCharts(result, methods, options.chartConstructs ?? result.constructs),
  });
}

/** The leading key columns of the tracking tables: the weighting method and the construct. */
function methodColumns(): ReportColumn[] {
  return [col('method', 'Weights', 'text'), col('construct', 'Construct', 'text')];
}

function indicesTable(result: TrackPeriodsResult, methods: readonly TrackingTable[], pct: string | number): ReportTable {
  return reportTable({
    name: 'indices',
    title: 'Index per wave',
    columns: [
      ...methodColumns(),
      col('wave', 'Wave', 'text'),
      ...meanColumns('index', 'Index', pct),
    ],
    keys: ['method', 'construct', 'wave'],
    rows: methods.flatMap((m) =>
      result.constructs.flatMap((c) =>
        result.waves.map((w) => {
          const x = m.indices[c]?.[w];
          return { method: m.method, construct: c, wave: w, index: x?.index ?? null, lower: x?.ci.lower ?? null, upper: x?.ci.upper ?? null, sd: x?.sd ?? null, n: x?.n ?? null };
        }),
      ),
    ),
    notes: [
      'Index = mean of respondent 0–100 scores (Fornell et al. 1996 weights); t interval with weights treated as known.',
      `re-estimate: ${METHOD_LABEL['re-estimate']}; freeze-base: ${METHOD_LABEL['freeze-base']} (${result.base}).`,
    ],
  });
}

function changeRow(method: string, construct: string, comparison: string, x: IndexChange): Record<string, string | number | boolean> {
  return {
    method,
    construct,
    comparison,
    from: x.from,
    to: x.to,
    change: x.change,
    se: x.se,
    t: x.t,
    df: x.df,
    pValue: x.pValue,
    lower: x.ci.lower,
    upper: x.ci.upper,
    significant: x.significant,
  };
}

function changesTable(result: TrackPeriodsResult, methods: readonly TrackingTable[], pct: string | number): ReportTable {
  return reportTable({
    name: 'changes',
    title: 'Changes between waves',
    columns: [
      ...methodColumns(),
      col('comparison', 'Comparison', 'text'),
      col('from', 'From', 'text'),
      col('to', 'To', 'text'),
      ...welchColumns('change', 'Change'),
      ...ciColumns(pct, 'number', 2),
      col('significant', `Significant (p < ${result.alpha})`, 'text'),
    ],
    keys: ['method', 'construct', 'comparison', 'from', 'to'],
    rows: methods.flatMap((m) =>
      result.constructs.flatMap((c) => [
        ...(m.consecutive[c] ?? []).map((x) => changeRow(m.method, c, 'consecutive', x)),
        ...(m.vsBase[c] ?? []).map((x) => changeRow(m.method, c, 'vs-base', x)),
      ]),
    ),
    notes: ['Change = index(to) − index(from); Welch t with Welch–Satterthwaite df (Welch 1947).'],
  });
}

function disagreementTables(result: TrackPeriodsResult): ReportTable[] {
  return tableIfRows({
    name: 'disagreements',
    title: 'Verdicts that depend on the weighting',
    columns: [
      col('construct', 'Construct', 'text'),
      col('comparison', 'Comparison', 'text'),
      col('from', 'From', 'text'),
      col('to', 'To', 'text'),
      col('reEstimateChange', 'Change (re-estimated)', 'number', 2),
      col('reEstimateP', 'p (re-estimated)', 'pvalue'),
      col('reEstimateSignificant', 'Significant (re-estimated)', 'text'),
      col('freezeBaseChange', 'Change (frozen)', 'number', 2),
      col('freezeBaseP', 'p (frozen)', 'pvalue'),
      col('freezeBaseSignificant', 'Significant (frozen)', 'text'),
    ],
    keys: ['construct', 'comparison', 'from', 'to'],
    rows: result.disagreements.map((d) => ({
      construct: d.construct,
      comparison: d.comparison,
      from: d.from,
      to: d.to,
      reEstimateChange: d.reEstimate.change,
      reEstimateP: d.reEstimate.pValue,
      reEstimateSignificant: d.reEstimate.significant,
      freezeBaseChange: d.freezeBase.change,
      freezeBaseP: d.freezeBase.pValue,
      freezeBaseSignificant: d.freezeBase.significant,
    })),
    notes: ['A change significant with one weighting and not the other: part of it comes from the change of weights.'],
  });
}

function trendCharts(result: TrackPeriodsResult, methods: readonly TrackingTable[], shown: readonly string[]): ChartSpec[] {
  return methods.map((m) =>
    trendChart(
      shown.flatMap((c) =>
        result.waves.flatMap((w) => {
          const x = m.indices[c]?.[w];
          return x === undefined ? [] : [{ period: w, value: x.index, lower: x.ci.lower, upper: x.ci.upper, ...(shown.length > 1 ? { series: c } : {}) }];
        }),
      ),
      { title: `Index over waves (${METHOD_LABEL[m.method]})`, name: `trend-${m.method}` },
    ),
  );
}

function trackingText(result: TrackPeriodsResult, methods: readonly TrackingTable[]): string {
  const sig = methods.flatMap((m) => result.constructs.flatMap((c) => (m.consecutive[c] ?? []).filter((x) => x.significant)));
  return (
    `${result.constructs.length} constructs over ${result.waves.length} waves (${result.waves.join(', ')}; base ${result.base}), ${methods.map((m) => METHOD_LABEL[m.method]).join(' and ')}. ` +
    `${sig.length} consecutive change(s) significant at p < ${result.alpha}` +
    (result.reEstimate !== null && result.freezeBase !== null ? `; ${result.disagreements.length} verdict(s) depend on the weighting.` : '.')
  );
}
