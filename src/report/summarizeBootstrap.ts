import type { BootstrapCiMethod, BootstrapStatistic, PlsBootstrap } from '../estimation/bootstrapTypes.js';
import { deepFreeze, recordFrom } from '../util/record.js';
import { col, itemKeyColumns } from './columns.js';
import { gapChart } from './gapChart.js';
import { indexBarChart } from './indexBarChart.js';
import { pathDiagram } from './pathDiagram.js';
import { reportTable } from './reportTable.js';
import { settingsTable } from './settingsTable.js';
import { warningsTable } from './warningsTable.js';
import type { CellValue, ChartSpec, ColumnKind, ReportColumn, ReportSection, ReportTable } from './types.js';
import { levelPercent } from './levelPercent.js';
import { tableIfRows } from './internal/tableIfRows.js';
import { checkOptions, checkResultArg, keysSpec } from '../validate/index.js';

/** Options of {@link summarizeBootstrap}. */
export interface SummarizeBootstrapOptions {
  /** @defaultValue 'Bootstrap inference' */
  readonly title?: string;
  /** Section machine name (prefix of `data-key`s). @defaultValue 'bootstrap' */
  readonly name?: string;
  /**
   * Interval shown as lower/upper (all five are in the result).
   * @defaultValue the result's headline interval (`interval`)
   */
  readonly interval?: BootstrapCiMethod;
  /** Include the outer weights and loadings table. @defaultValue true */
  readonly outer?: boolean;
  /** Include the path diagram with significance stars. @defaultValue true */
  readonly diagram?: boolean;
}

const INTERVAL_LABEL: Record<BootstrapCiMethod, string> = {
  percentile: 'percentile',
  basic: 'basic',
  bc: 'bias-corrected (BC)',
  bca: 'BCa',
  normal: 'normal',
};

/**
 * Turns a PLS bootstrap into a report section: paths, total, indirect and specific indirect
 * effects and R² with estimate, bootstrap mean, bias, SE, t, p and the chosen interval; outer
 * weights and loadings; HTMT intervals; 0–100 construct performance intervals; the settings
 * needed to reproduce it (resamples, seed, interval, sign-change option, failed resamples);
 * and charts: path coefficients with intervals, performance bars with intervals, and the path
 * diagram with significance stars.
 *
 * @remarks
 * Nonparametric bootstrap of the PLS estimates (Efron & Tibshirani 1993 ch. 13–14; see
 * docs/methodology.md#bootstrap-intervals): `se = sd(θ*)` (divisor B − 1), `t = θ̂/se`, `p = 2·P(T_{B−1} > |t|)`; intervals
 * percentile, basic, normal, BC or BCa as computed by `bootstrapPls`. Failed resamples
 * (singular or not converged) are excluded from every statistic and counted in the text and
 * the settings table. Numbers are copied unrounded. A path is drawn solid when its interval
 * excludes 0.
 *
 * @example
 * ```ts
 * const boot = bootstrapPls(ecsiModel(), mobi, { resamples: 5000, seed: 1 });
 * const section = summarizeBootstrap(boot, { interval: 'bca' });
 * ```
 */
export function summarizeBootstrap(boot: PlsBootstrap, options: SummarizeBootstrapOptions = {}): ReportSection {
  checkOptions(options, keysSpec(['title', 'name', 'interval', 'outer', 'diagram']), 'summarizeBootstrap');
  checkResultArg(boot, 'csi.pls-bootstrap', 'summarizeBootstrap', { arg: 'boot', from: 'bootstrapPls(...)', fields: { model: { paths: 'array' }, options: 'object', n: 'number', resamples: 'number', valid: 'number', seed: 'number', level: 'number', interval: 'string', signChange: 'any', htmtConvention: 'any', failed: 'object', jackknife: 'object?', outerWeights: 'record', loadings: 'record', paths: 'record', rSquared: 'record', totalEffects: 'record', indirectEffects: 'record', specificIndirectEffects: 'record', htmt: 'record', performance: 'record', warnings: 'array' } });
  const view = bootView(boot, options.interval ?? boot.interval);
  const pathKeys = orderedPathKeys(boot);
  const tables: ReportTable[] = [
    bootSettingsTable(view),
    pathsTable(view, pathKeys),
    ...effectsTables(view),
    ...statTables(view, 'r-squared', 'R²', 'construct', 'Construct', boot.rSquared, 'number', []),
    ...((options.outer ?? true) ? [outerTable(view)] : []),
    ...statTables(view, 'htmt', 'HTMT with bootstrap intervals', 'pair', 'Pair', boot.htmt, 'number', [
      'Discriminant validity is supported when the upper bound is below 1 (HTMT_inference) or below 0.85/0.90 (Henseler, Ringle & Sarstedt 2015).',
    ]),
    ...statTables(view, 'performance', 'Construct performance (0–100)', 'construct', 'Construct', boot.performance, 'index', [
      'Performance = 100·Σ u_k(x̄_k − min_k)/Σ u_k(max_k − min_k), u_k = w_k/s_k (Fornell et al. 1996), re-estimated in every resample.',
    ]),
    ...warningsTable(boot.warnings),
  ];
  return deepFreeze({
    name: options.name ?? 'bootstrap',
    title: options.title ?? 'Bootstrap inference',
    text: bootstrapText(view),
    tables,
    charts: bootstrapCharts(view, pathKeys, options.diagram ?? true),
  });
}

/** The bootstrap with the interval chosen for display and its label. */
interface BootView {
  readonly boot: PlsBootstrap;
  readonly interval: BootstrapCiMethod;
  readonly ciName: string;
}

function bootView(boot: PlsBootstrap, interval: BootstrapCiMethod): BootView {
  return { boot, interval, ciName: `${levelPercent(boot.level)}% ${INTERVAL_LABEL[interval]}` };
}

function bounds(view: BootView, s: BootstrapStatistic): { lower: number; upper: number } {
  return view.interval === view.boot.interval ? { lower: s.lower, upper: s.upper } : s.ci[view.interval];
}

function statColumns(view: BootView, kind: ColumnKind, withT: boolean): ReportColumn[] {
  return [
    col('estimate', 'Estimate', kind),
    col('bootMean', 'Bootstrap mean', kind),
    col('bias', 'Bias', 'number'),
    col('se', 'SE', 'number'),
    ...(withT ? [col('t', 't', 'number', 2), col('p', 'p', 'pvalue')] : []),
    col('lower', `${view.ciName} lower`, kind),
    col('upper', `${view.ciName} upper`, kind),
    col('draws', 'Draws', 'number', 0),
  ];
}

function statRow(view: BootView, s: BootstrapStatistic): Record<string, CellValue> {
  const b = bounds(view, s);
  return { estimate: s.estimate, bootMean: s.bootMean, bias: s.bias, se: s.se, t: s.t, p: s.p, lower: b.lower, upper: b.upper, draws: s.draws };
}

function entries<T>(r: Readonly<Record<string, T>>): [string, T][] {
  return Object.keys(r).map((k) => [k, r[k]!]);
}

/** Paths in model order, then any path of the result the model does not list. */
function orderedPathKeys(boot: PlsBootstrap): string[] {
  return [
    ...boot.model.paths.map((p) => `${p.from}->${p.to}`).filter((k) => boot.paths[k] !== undefined),
    ...Object.keys(boot.paths).filter((k) => !boot.model.paths.some((p) => `${p.from}->${p.to}` === k)),
  ];
}

function bootSettingsTable({ boot, interval }: BootView): ReportTable {
  return settingsTable('settings', 'Bootstrap settings', [
    { setting: 'rows resampled (n)', value: boot.n },
    { setting: 'resamples', value: boot.resamples },
    { setting: 'valid resamples', value: boot.valid },
    { setting: 'failed: singular', value: boot.failed.singular },
    { setting: 'failed: not converged', value: boot.failed.nonConverged },
    { setting: 'seed', value: boot.seed },
    { setting: 'confidence level', value: boot.level },
    { setting: 'interval shown', value: interval },
    { setting: 'headline interval of the result', value: boot.interval },
    { setting: 'sign-change correction', value: boot.signChange },
    { setting: 'HTMT convention', value: boot.htmtConvention },
    { setting: 'jackknife groups (BCa)', value: boot.jackknife.groups },
    { setting: 'jackknife failed', value: boot.jackknife.failed },
    { setting: 'inner weighting scheme', value: boot.options.scheme },
  ]);
}

function pathsTable(view: BootView, pathKeys: readonly string[]): ReportTable {
  return reportTable({
    name: 'paths',
    title: 'Path coefficients',
    columns: [col('path', 'Path', 'text'), ...statColumns(view, 'number', true)],
    keys: ['path'],
    rows: pathKeys.map((k) => ({ path: k, ...statRow(view, view.boot.paths[k]!) })),
    notes: [`SE = SD of the ${view.boot.valid} valid bootstrap estimates; t = estimate/SE; p two-sided from t with B − 1 df.`],
  });
}

function effectsTables(view: BootView): ReportTable[] {
  const { boot } = view;
  return tableIfRows({
    name: 'effects',
    title: 'Total, indirect and specific indirect effects',
    columns: [col('kind', 'Kind', 'text'), col('effect', 'Effect', 'text'), ...statColumns(view, 'number', true)],
    keys: ['kind', 'effect'],
    rows: [
      ...entries(boot.totalEffects).map(([k, s]) => ({ kind: 'total', effect: k, ...statRow(view, s) })),
      ...entries(boot.indirectEffects).map(([k, s]) => ({ kind: 'indirect', effect: k, ...statRow(view, s) })),
      ...entries(boot.specificIndirectEffects).map(([k, s]) => ({ kind: 'specific indirect', effect: k, ...statRow(view, s) })),
    ],
    notes: ['Indirect = total − direct; specific indirect = product of the path coefficients along the chain.'],
  });
}

/** A table of one statistic per key without t and p (R², HTMT, performance), omitted when empty. */
function statTables(
  view: BootView,
  name: string,
  title: string,
  key: string,
  label: string,
  stats: Readonly<Record<string, BootstrapStatistic>>,
  kind: ColumnKind,
  notes: readonly string[],
): ReportTable[] {
  return tableIfRows({
    name,
    title,
    columns: [col(key, label, 'text'), ...statColumns(view, kind, false)],
    keys: [key],
    rows: entries(stats).map(([k, s]) => ({ [key]: k, ...statRow(view, s) })),
    ...(notes.length > 0 ? { notes } : {}),
  });
}

function outerTable(view: BootView): ReportTable {
  const { boot } = view;
  const outerRows = entries(boot.outerWeights).flatMap(([c, items]) =>
    entries(items).flatMap(([item, w]) => {
      const l = boot.loadings[c]?.[item];
      return [{ construct: c, item, parameter: 'weight', ...statRow(view, w) }, ...(l !== undefined ? [{ construct: c, item, parameter: 'loading', ...statRow(view, l) }] : [])];
    }),
  );
  return reportTable({
    name: 'outer',
    title: 'Outer weights and loadings',
    columns: [...itemKeyColumns(), col('parameter', 'Parameter', 'text'), ...statColumns(view, 'number', true)],
    keys: ['construct', 'item', 'parameter'],
    rows: outerRows,
    notes: [`Sign-change correction: ${boot.signChange}.`],
  });
}

function bootstrapCharts(view: BootView, pathKeys: readonly string[], diagram: boolean): ChartSpec[] {
  const { boot, ciName } = view;
  const perf = entries(boot.performance);
  const charts: ChartSpec[] = [
    gapChart(
      pathKeys.map((k) => {
        const s = boot.paths[k]!;
        const b = bounds(view, s);
        return { label: k, gap: s.estimate, lower: b.lower, upper: b.upper, significant: b.lower > 0 || b.upper < 0 };
      }),
      { title: `Path coefficients with ${ciName} intervals`, xTitle: 'Path coefficient', name: 'bootstrap-paths', noun: 'path coefficients' },
    ),
  ];
  if (perf.length > 0) {
    charts.push(
      indexBarChart(
        perf.map(([c, s]) => ({ label: c, value: s.estimate, ...bounds(view, s) })),
        { title: `Construct performance with ${ciName} intervals`, name: 'bootstrap-performance' },
      ),
    );
  }
  if (diagram) charts.push(bootstrapDiagram(boot, pathKeys));
  return charts;
}

function bootstrapDiagram(boot: PlsBootstrap, pathKeys: readonly string[]): ChartSpec {
  return pathDiagram(
    {
      model: boot.model,
      pathCoefficients: recordFrom(pathKeys.map((k) => [k, boot.paths[k]!.estimate] as const)),
      rSquared: recordFrom(entries(boot.rSquared).map(([c, s]) => [c, s.estimate] as const)),
      pValues: recordFrom(pathKeys.map((k) => [k, boot.paths[k]!.p] as const)),
    },
    { title: 'Structural model (bootstrap p: * < .05, ** < .01, *** < .001)', name: 'bootstrap-diagram' },
  );
}

function bootstrapText({ boot, ciName }: BootView): string {
  const failed = boot.failed.singular + boot.failed.nonConverged;
  return (
    `${boot.resamples} bootstrap resamples of n = ${boot.n} rows (seed ${boot.seed}); ${boot.valid} valid, ${failed} failed ` +
    `(${boot.failed.singular} singular, ${boot.failed.nonConverged} not converged) and excluded from every statistic. ` +
    `Intervals: ${ciName}; sign-change correction: ${boot.signChange}.`
  );
}
