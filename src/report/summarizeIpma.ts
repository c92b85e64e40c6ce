import type { IpmaResult } from '../gap/ipma.js';
import { deepFreeze } from '../util/record.js';
import { meanOf } from './chartCommon.js';
import { col } from './columns.js';
import { ipmaChart } from './ipmaChart.js';
import type { IpmaDatum } from './ipmaChart.js';
import { reportTable } from './reportTable.js';
import { warningsTable } from './warningsTable.js';
import type { ChartSpec, ReportSection, ReportTable } from './types.js';
import { checkArrayArg, checkOptions, checkResultArg, keysSpec } from '../validate/index.js';

/** Importance–performance results of one target construct. */
export interface IpmaSummaryInput {
  /** Target construct, e.g. `CUSL`. */
  readonly target: string;
  /** Drivers: importance (e.g. unstandardized total effect on the target) and 0–100 performance. */
  readonly drivers: readonly IpmaDatum[];
}

/** Options of {@link summarizeIpma}. */
export interface SummarizeIpmaOptions {
  /** @defaultValue `Importance–performance map: <target>` */
  readonly title?: string;
  /** @defaultValue 'ipma' */
  readonly name?: string;
  /** Vertical crosshair. @defaultValue mean importance */
  readonly importanceCut?: number;
  /** Horizontal crosshair. @defaultValue mean performance */
  readonly performanceCut?: number;
}

/** IPA quadrant of a driver (Martilla & James 1977). @internal */
export function ipaQuadrant(importance: number, performance: number, cx: number, cy: number): string {
  const high = importance >= cx;
  const good = performance >= cy;
  return high ? (good ? 'Keep up the good work' : 'Concentrate here') : good ? 'Possible overkill' : 'Low priority';
}

/**
 * Turns importance–performance results into a report section: a table of drivers with their
 * quadrant and the IPMA scatter with crosshairs. Takes the result of `ipma(fit, target)`
 * (construct and item level, ranks and crosshairs as computed there) or plain driver points.
 *
 * @remarks
 * Quadrants after Martilla & James (1977): importance ≥ cut and performance < cut is
 * "Concentrate here", both ≥ "Keep up the good work", both < "Low priority", low importance
 * and high performance "Possible overkill" (docs/methodology.md#ipa). Cuts default to the unweighted
 * means over the drivers (Ringle & Sarstedt 2016, docs/methodology.md#ipma step 6).
 *
 * @example
 * ```ts
 * summarizeIpma({ target: 'CUSL', drivers: [
 *   { label: 'CUSA', importance: 0.790, performance: 72.45 },
 *   { label: 'IMAG', importance: 0.643, performance: 73.53 },
 * ] });
 * ```
 */
export function summarizeIpma(input: IpmaResult | IpmaSummaryInput, options: SummarizeIpmaOptions = {}): ReportSection {
  checkOptions(options, keysSpec(['title', 'name', 'importanceCut', 'performanceCut']), 'summarizeIpma');
  if (input !== null && typeof input === 'object' && (input as { kind?: unknown }).kind === 'csi.ipma') {
    checkResultArg(input, 'csi.ipma', 'summarizeIpma', { arg: 'input', from: 'ipma(...)', fields: { target: 'string', constructs: { ranking: 'array', points: 'record' }, items: { ranking: 'array', points: 'record' }, warnings: 'array' } });
  } else {
    checkResultArg(input, null, 'summarizeIpma', { arg: 'input', from: 'an ipma(...) result or a { target, drivers } object', fields: { target: 'string', drivers: 'array' } });
    checkArrayArg((input as IpmaSummaryInput).drivers, 'summarizeIpma', { arg: 'input.drivers', what: '{ label, importance, performance } drivers', element: { label: 'string', importance: 'number', performance: 'number' } });
  }
  if ((input as { kind?: unknown }).kind === 'csi.ipma') return fromResult(input as IpmaResult, options);
  return fromDrivers(input as IpmaSummaryInput, options);
}

function fromResult(r: IpmaResult, options: SummarizeIpmaOptions): ReportSection {
  const name = options.name ?? 'ipma';
  const title = options.title ?? `Importance–performance map: ${r.target}`;
  const tables: ReportTable[] = [];
  const charts: ChartSpec[] = [];
  const levels = [
    ['constructs', 'Construct', r.constructs],
    ['items', 'Item', r.items],
  ] as const;
  for (const [level, label, lv] of levels) {
    const names = lv.ranking.length > 0 ? lv.ranking : Object.keys(lv.points);
    if (names.length === 0) continue;
    tables.push(
      reportTable({
        name: level,
        title: `${label} drivers of ${r.target}`,
        columns: [
          col('rank', 'Rank', 'number', 0),
          col('driver', label, 'text'),
          ...(level === 'items' ? [col('construct', 'Construct', 'text')] : []),
          col('importance', 'Importance', 'number'),
          col('performance', 'Performance', 'index'),
          col('quadrant', 'Quadrant', 'text'),
          col('priority', 'Priority score', 'number', 2),
        ],
        keys: ['driver'],
        rows: names.map((n) => {
          const p = lv.points[n];
          return {
            rank: p?.rank ?? null,
            driver: n,
            construct: p?.construct ?? null,
            importance: p?.importance ?? null,
            performance: p?.performance ?? null,
            quadrant: p?.quadrantLabel ?? null,
            priority: p?.priorityScore ?? null,
          };
        }),
        notes: [`Ranked by ${r.priorityRule}; crosshairs (${lv.crosshair.method}) in the crosshairs table.`],
      }),
    );
    charts.push(
      ipmaChart(
        names.flatMap((n) => {
          const p = lv.points[n];
          return p === undefined ? [] : [{ label: n, importance: p.importance, performance: p.performance, ...(p.construct !== undefined ? { group: p.construct } : {}) }];
        }),
        {
          title: `${title} (${level})`,
          importanceCut: lv.crosshair.importance,
          performanceCut: lv.crosshair.performance,
          name: `${name}-${level}`,
        },
      ),
    );
  }
  tables.push(
    reportTable({
      name: 'crosshairs',
      title: 'Crosshairs and target',
      columns: [col('level', 'Level', 'text'), col('method', 'Method', 'text'), col('importance', 'Importance cut', 'number'), col('performance', 'Performance cut', 'index')],
      keys: ['level'],
      rows: [
        ...levels.map(([level, , lv]) => ({ level, method: lv.crosshair.method, importance: lv.crosshair.importance, performance: lv.crosshair.performance })),
        { level: `target ${r.target}`, method: 'performance', importance: null, performance: r.targetPerformance },
      ],
    }),
  );
  tables.push(...warningsTable(r.warnings));
  return deepFreeze({
    name,
    title,
    text: `Importance (unstandardized total effect on ${r.target}) against performance (0–100) of its drivers (Ringle & Sarstedt 2016). Improve first: high importance, low performance.`,
    tables,
    charts,
  });
}

function fromDrivers(input: IpmaSummaryInput, options: SummarizeIpmaOptions): ReportSection {
  const cx = options.importanceCut ?? meanOf(input.drivers.map((d) => d.importance));
  const cy = options.performanceCut ?? meanOf(input.drivers.map((d) => d.performance));
  const title = options.title ?? `Importance–performance map: ${input.target}`;
  const table = reportTable({
    name: 'drivers',
    title: `Drivers of ${input.target}`,
    columns: [
      col('driver', 'Driver', 'text'),
      col('importance', 'Importance', 'number'),
      col('performance', 'Performance', 'index'),
      col('quadrant', 'Quadrant', 'text'),
    ],
    keys: ['driver'],
    rows: input.drivers.map((d) => ({
      driver: d.label,
      importance: d.importance,
      performance: d.performance,
      quadrant: ipaQuadrant(d.importance, d.performance, cx, cy),
    })),
    notes: ['Crosshairs: see the crosshairs table (default: means over the drivers).'],
  });
  const cuts = reportTable({
    name: 'crosshairs',
    title: 'Crosshairs',
    columns: [col('axis', 'Axis', 'text'), col('cut', 'Cut', 'number')],
    keys: ['axis'],
    rows: [
      { axis: 'importance', cut: cx },
      { axis: 'performance', cut: cy },
    ],
  });
  return deepFreeze({
    name: options.name ?? 'ipma',
    title,
    text: `Importance (total effect on ${input.target}) against performance (0–100) of ${input.drivers.length} drivers. Drivers with high importance and low performance come first for improvement.`,
    tables: [table, cuts],
    charts: [ipmaChart(input.drivers, { title, importanceCut: cx, performanceCut: cy, name: `${options.name ?? 'ipma'}-map` })],
  });
}
