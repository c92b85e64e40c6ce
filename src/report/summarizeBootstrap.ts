import type { BootstrapCiMethod, BootstrapStatistic, PlsBootstrap } from '../estimation/bootstrapTypes.js';
import { deepFreeze, recordFrom } from '../util/record.js';
import { col } from './columns.js';
import { gapChart } from './gapChart.js';
import { indexBarChart } from './indexBarChart.js';
import { pathDiagram } from './pathDiagram.js';
import { reportTable } from './reportTable.js';
import { warningsTable } from './warningsTable.js';
import type { CellValue, ChartSpec, ColumnKind, ReportColumn, ReportSection, ReportTable } from './types.js';
import { levelPercent } from './levelPercent.js';
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
  const interval = options.interval ?? boot.interval;
  const pct = levelPercent(boot.level);
  const ciName = `${pct}% ${INTERVAL_LABEL[interval]}`;
  const bounds = (s: BootstrapStatistic): { lower: number; upper: number } =>
    interval === boot.interval ? { lower: s.lower, upper: s.upper } : s.ci[interval];
  const statColumns = (kind: ColumnKind, withT: boolean): ReportColumn[] => [
    col('estimate', 'Estimate', kind),
    col('bootMean', 'Bootstrap mean', kind),
    col('bias', 'Bias', 'number'),
    col('se', 'SE', 'number'),
    ...(withT ? [col('t', 't', 'number', 2), col('p', 'p', 'pvalue')] : []),
    col('lower', `${ciName} lower`, kind),
    col('upper', `${ciName} upper`, kind),
    col('draws', 'Draws', 'number', 0),
  ];
  const statRow = (s: BootstrapStatistic): Record<string, CellValue> => {
    const b = bounds(s);
    return { estimate: s.estimate, bootMean: s.bootMean, bias: s.bias, se: s.se, t: s.t, p: s.p, lower: b.lower, upper: b.upper, draws: s.draws };
  };
  const entries = <T>(r: Readonly<Record<string, T>>): [string, T][] => Object.keys(r).map((k) => [k, r[k]!]);
  const failed = boot.failed.singular + boot.failed.nonConverged;
  const tables: ReportTable[] = [];

  tables.push(
    reportTable({
      name: 'settings',
      title: 'Bootstrap settings',
      columns: [col('setting', 'Setting', 'text'), col('value', 'Value', 'text')],
      keys: ['setting'],
      rows: [
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
      ],
    }),
  );

  const pathKeys = [
    ...boot.model.paths.map((p) => `${p.from}->${p.to}`).filter((k) => boot.paths[k] !== undefined),
    ...Object.keys(boot.paths).filter((k) => !boot.model.paths.some((p) => `${p.from}->${p.to}` === k)),
  ];
  tables.push(
    reportTable({
      name: 'paths',
      title: 'Path coefficients',
      columns: [col('path', 'Path', 'text'), ...statColumns('number', true)],
      keys: ['path'],
      rows: pathKeys.map((k) => ({ path: k, ...statRow(boot.paths[k]!) })),
      notes: [`SE = SD of the ${boot.valid} valid bootstrap estimates; t = estimate/SE; p two-sided from t with B − 1 df.`],
    }),
  );

  const effectRows = [
    ...entries(boot.totalEffects).map(([k, s]) => ({ kind: 'total', effect: k, ...statRow(s) })),
    ...entries(boot.indirectEffects).map(([k, s]) => ({ kind: 'indirect', effect: k, ...statRow(s) })),
    ...entries(boot.specificIndirectEffects).map(([k, s]) => ({ kind: 'specific indirect', effect: k, ...statRow(s) })),
  ];
  if (effectRows.length > 0) {
    tables.push(
      reportTable({
        name: 'effects',
        title: 'Total, indirect and specific indirect effects',
        columns: [col('kind', 'Kind', 'text'), col('effect', 'Effect', 'text'), ...statColumns('number', true)],
        keys: ['kind', 'effect'],
        rows: effectRows,
        notes: ['Indirect = total − direct; specific indirect = product of the path coefficients along the chain.'],
      }),
    );
  }

  const r2 = entries(boot.rSquared);
  if (r2.length > 0) {
    tables.push(
      reportTable({
        name: 'r-squared',
        title: 'R²',
        columns: [col('construct', 'Construct', 'text'), ...statColumns('number', false)],
        keys: ['construct'],
        rows: r2.map(([c, s]) => ({ construct: c, ...statRow(s) })),
      }),
    );
  }

  if (options.outer ?? true) {
    const outerRows = entries(boot.outerWeights).flatMap(([c, items]) =>
      entries(items).flatMap(([item, w]) => {
        const l = boot.loadings[c]?.[item];
        return [{ construct: c, item, parameter: 'weight', ...statRow(w) }, ...(l !== undefined ? [{ construct: c, item, parameter: 'loading', ...statRow(l) }] : [])];
      }),
    );
    tables.push(
      reportTable({
        name: 'outer',
        title: 'Outer weights and loadings',
        columns: [col('construct', 'Construct', 'text'), col('item', 'Item', 'text'), col('parameter', 'Parameter', 'text'), ...statColumns('number', true)],
        keys: ['construct', 'item', 'parameter'],
        rows: outerRows,
        notes: [`Sign-change correction: ${boot.signChange}.`],
      }),
    );
  }

  const htmt = entries(boot.htmt);
  if (htmt.length > 0) {
    tables.push(
      reportTable({
        name: 'htmt',
        title: 'HTMT with bootstrap intervals',
        columns: [col('pair', 'Pair', 'text'), ...statColumns('number', false)],
        keys: ['pair'],
        rows: htmt.map(([k, s]) => ({ pair: k, ...statRow(s) })),
        notes: ['Discriminant validity is supported when the upper bound is below 1 (HTMT_inference) or below 0.85/0.90 (Henseler, Ringle & Sarstedt 2015).'],
      }),
    );
  }

  const perf = entries(boot.performance);
  if (perf.length > 0) {
    tables.push(
      reportTable({
        name: 'performance',
        title: 'Construct performance (0–100)',
        columns: [col('construct', 'Construct', 'text'), ...statColumns('index', false)],
        keys: ['construct'],
        rows: perf.map(([c, s]) => ({ construct: c, ...statRow(s) })),
        notes: ['Performance = 100·Σ u_k(x̄_k − min_k)/Σ u_k(max_k − min_k), u_k = w_k/s_k (Fornell et al. 1996), re-estimated in every resample.'],
      }),
    );
  }

  tables.push(...warningsTable(boot.warnings));

  const charts: ChartSpec[] = [
    gapChart(
      pathKeys.map((k) => {
        const s = boot.paths[k]!;
        const b = bounds(s);
        return { label: k, gap: s.estimate, lower: b.lower, upper: b.upper, significant: b.lower > 0 || b.upper < 0 };
      }),
      { title: `Path coefficients with ${ciName} intervals`, xTitle: 'Path coefficient', name: 'bootstrap-paths', noun: 'path coefficients' },
    ),
  ];
  if (perf.length > 0) {
    charts.push(
      indexBarChart(
        perf.map(([c, s]) => ({ label: c, value: s.estimate, ...bounds(s) })),
        { title: `Construct performance with ${ciName} intervals`, name: 'bootstrap-performance' },
      ),
    );
  }
  if (options.diagram ?? true) {
    charts.push(
      pathDiagram(
        {
          model: boot.model,
          pathCoefficients: recordFrom(pathKeys.map((k) => [k, boot.paths[k]!.estimate] as const)),
          rSquared: recordFrom(r2.map(([c, s]) => [c, s.estimate] as const)),
          pValues: recordFrom(pathKeys.map((k) => [k, boot.paths[k]!.p] as const)),
        },
        { title: 'Structural model (bootstrap p: * < .05, ** < .01, *** < .001)', name: 'bootstrap-diagram' },
      ),
    );
  }

  return deepFreeze({
    name: options.name ?? 'bootstrap',
    title: options.title ?? 'Bootstrap inference',
    text:
      `${boot.resamples} bootstrap resamples of n = ${boot.n} rows (seed ${boot.seed}); ${boot.valid} valid, ${failed} failed ` +
      `(${boot.failed.singular} singular, ${boot.failed.nonConverged} not converged) and excluded from every statistic. ` +
      `Intervals: ${ciName}; sign-change correction: ${boot.signChange}.`,
    tables,
    charts,
  });
}
