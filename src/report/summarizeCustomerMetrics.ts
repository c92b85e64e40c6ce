import { CsiError } from '../errors.js';
import type { CesResult } from '../gap/ces.js';
import type { CsatResult } from '../gap/csat.js';
import type { NpsResult } from '../gap/nps.js';
import { deepFreeze } from '../util/record.js';
import { col } from './columns.js';
import { reportTable } from './reportTable.js';
import type { CellValue, ReportSection, ReportTable } from './types.js';
import { checkOptions, checkResultArg, describeValue, keysSpec } from '../validate/index.js';

/** The headline metrics {@link summarizeCustomerMetrics} reports; each is optional. */
export interface CustomerMetricsInput {
  /** Net Promoter Score (`nps`). */
  readonly nps?: NpsResult;
  /** Top-box satisfaction (`csat`). */
  readonly csat?: CsatResult;
  /** Customer Effort Score (`ces`). */
  readonly ces?: CesResult;
}

/** Options of {@link summarizeCustomerMetrics}. */
export interface SummarizeCustomerMetricsOptions {
  /** @defaultValue 'Customer metrics (NPS, CSAT, CES)' */
  readonly title?: string;
  /** Section machine name (prefix of `data-key`s). @defaultValue 'metrics' */
  readonly name?: string;
}

type Row = Record<string, CellValue>;

function notes(parts: readonly string[], warnings: readonly { message: string }[]): string {
  return [...parts, ...warnings.map((w) => `Warning: ${w.message}`)].join(' ');
}

/**
 * Turns NPS, CSAT and CES results into one report table: each metric's value with its
 * standard error, confidence interval, n, missing answers and notes (definition, direction,
 * warnings such as a non-standard NPS scale).
 *
 * @remarks
 * NPS `100·(n_P − n_D)/n` with trinomial SE (Reichheld 2003; docs/methodology.md#nps); CSAT top-box
 * share with Wilson or Wald interval (docs/methodology.md#csat; Wilson 1927); CES 1.0/2.0 mean with t interval and
 * favourable share with Wilson interval (Dixon, Freeman & Toman 2010; docs/methodology.md#ces) — as computed by
 * `nps`, `csat`, `ces`. Each statistic is in its own unit (column `unit`); numbers are copied
 * unrounded (shares stay 0–1).
 *
 * @example
 * ```ts
 * const section = summarizeCustomerMetrics({
 *   nps: nps(recommend),
 *   csat: csat(satisfied, { min: 1, max: 5 }),
 *   ces: ces(ease, { version: 2 }),
 * });
 * ```
 */
export function summarizeCustomerMetrics(input: CustomerMetricsInput, options: SummarizeCustomerMetricsOptions = {}): ReportSection {
  checkOptions(options, keysSpec(['title', 'name']), 'summarizeCustomerMetrics');
  checkResultArg(input, null, 'summarizeCustomerMetrics', {
    arg: 'input', from: 'an object { nps?, csat?, ces? } of nps(...), csat(...), ces(...) results',
    fields: { nps: { nps: 'number', n: 'number', ci: 'object', counts: 'object', warnings: 'array' }, csat: { share: 'number', n: 'number', ci: 'object', warnings: 'array' }, ces: { mean: 'number', n: 'number', meanCi: 'object', favourable: 'object', warnings: 'array' } },
    optional: true,
  });
  if (input.nps === undefined && input.csat === undefined && input.ces === undefined) {
    throw new CsiError('INVALID_DATA', [{ kind: 'invalid_argument', value: describeValue(input), message: `The first argument (input) of summarizeCustomerMetrics needs at least one of nps, csat, ces; got ${describeValue(input)}.` }]);
  }
  const { nps, csat, ces } = input;
  const levels = [nps?.ci.level, csat?.ci.level, ces?.meanCi.level].filter((l): l is number => l !== undefined);
  const pct = levels.length > 0 && levels.every((l) => l === levels[0]) ? `${Math.round((levels[0] ?? 0.95) * 100)}% ` : '';
  const rows: Row[] = [...(nps !== undefined ? npsRows(nps) : []), ...(csat !== undefined ? csatRows(csat) : []), ...(ces !== undefined ? cesRows(ces) : [])];
  const tables: ReportTable[] = [metricsTable(rows, pct)];
  const names = [nps !== undefined ? 'NPS' : '', csat !== undefined ? 'CSAT' : '', ces !== undefined ? `CES ${ces.version === 1 ? '1.0' : '2.0'}` : ''].filter((s) => s !== '');
  return deepFreeze({
    name: options.name ?? 'metrics',
    title: options.title ?? 'Customer metrics (NPS, CSAT, CES)',
    text: `${names.length > 0 ? names.join(', ') : 'No metric'} with standard errors and ${pct}confidence intervals; each statistic in its own unit.`,
    tables,
    charts: [],
  });
}

/** One statistic of a metric: value, SE, interval and SD where the metric has them. */
interface Statistic {
  readonly value: number;
  readonly se?: number;
  readonly ci?: { readonly lower: number; readonly upper: number; readonly level: number };
  readonly sd?: number;
}

/** A row of the metrics table: the metric's statistic in its unit, with its sample and note. */
function metricRow(metric: string, statistic: string, unit: string, x: Statistic, sample: { readonly n: number; readonly missing: number }, note: string): Row {
  return {
    metric,
    statistic,
    unit,
    value: x.value,
    se: x.se ?? null,
    lower: x.ci?.lower ?? null,
    upper: x.ci?.upper ?? null,
    level: x.ci?.level ?? null,
    sd: x.sd ?? null,
    n: sample.n,
    missing: sample.missing,
    note,
  };
}

function npsRows(nps: NpsResult): Row[] {
  const counts = `Scale ${nps.scale}; promoters ${nps.counts.promoters}, passives ${nps.counts.passives}, detractors ${nps.counts.detractors}.`;
  return [metricRow('NPS', 'NPS', 'points (−100…100)', { value: nps.nps, se: nps.se, ci: nps.ci }, nps, notes([counts, 'Trinomial SE; Wald interval.'], nps.warnings))];
}

function csatRows(csat: CsatResult): Row[] {
  const basis = `Satisfied = answer ≥ ${csat.threshold} (${csat.satisfied} of ${csat.n}); ${csat.interval === 'wilson' ? 'Wilson' : 'Wald'} interval; Wald SE.`;
  return [
    metricRow('CSAT', 'top-box share', 'share (0–1)', { value: csat.share, se: csat.se, ci: csat.ci }, csat, notes([basis], csat.warnings)),
    metricRow('CSAT', 'mean', 'scale points', { value: csat.mean, sd: csat.sd }, csat, 'Mean rating.'),
  ];
}

function cesRows(ces: CesResult): Row[] {
  const [lo, hi] = ces.favourable.answers;
  const v1 = ces.version === 1;
  const f = ces.favourable;
  return [
    metricRow('CES', 'mean', v1 ? 'scale points (1–5)' : 'scale points (1–7)', { value: ces.mean, ci: ces.meanCi }, ces, notes([`CES ${v1 ? '1.0 (effort): lower is better' : '2.0 (ease): higher is better'}; t interval.`], ces.warnings)),
    metricRow('CES', v1 ? `low effort (${lo}–${hi})` : `agree (${lo}–${hi})`, 'share (0–1)', { value: f.share, se: f.se, ci: f.ci }, ces, 'Share of favourable answers; Wilson interval.'),
  ];
}

function metricsTable(rows: readonly Row[], pct: string): ReportTable {
  return reportTable({
    name: 'metrics',
    title: 'Customer metrics',
    columns: [
      col('metric', 'Metric', 'text'),
      col('statistic', 'Statistic', 'text'),
      col('unit', 'Unit', 'text'),
      col('value', 'Value', 'number', 3),
      col('se', 'SE', 'number', 3),
      col('lower', `${pct}CI lower`, 'number', 3),
      col('upper', `${pct}CI upper`, 'number', 3),
      col('level', 'Level', 'percent', 0),
      col('sd', 'SD', 'number', 3),
      col('n', 'n', 'number', 0),
      col('missing', 'Missing', 'number', 0),
      col('note', 'Notes', 'text'),
    ],
    keys: ['metric', 'statistic'],
    rows,
    notes: ['NPS: Reichheld (2003); CSAT: top-box share (Wilson 1927 interval); CES: Dixon, Freeman & Toman (2010).'],
  });
}
