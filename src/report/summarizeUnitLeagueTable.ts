import type { UnitLeagueTableResult } from '../programme/unitLeagueTable.js';
import { deepFreeze } from '../util/record.js';
import { CHART_CONFIG, PALETTE, VEGA_LITE_SCHEMA } from './chartCommon.js';
import { col } from './columns.js';
import { reportTable } from './reportTable.js';
import { warningsTable } from './warningsTable.js';
import type { ReportSection, ReportTable, VegaLiteChart } from './types.js';
import { CsiError } from '../errors.js';
import { checkOptions, describeValue, keysSpec } from '../validate/index.js';

/** Options of {@link summarizeUnitLeagueTable}. */
export interface SummarizeUnitLeagueTableOptions {
  /** @defaultValue 'Units: league table with funnel limits' */
  readonly title?: string;
  /** Section machine name (prefix of `data-key`s). @defaultValue 'unit-league-table' */
  readonly name?: string;
  /** y-axis title of the funnel plot. @defaultValue 'Index (0–100)' */
  readonly yTitle?: string;
}

/**
 * Turns a unit league table into a report section: units by rank with n, mean and interval,
 * z, 95% and 99.8% funnel limits at their n and status; and a funnel plot (mean against n with
 * the limit curves).
 *
 * @remarks
 * Funnel limits `θ₀ ± 1.96·√(σ²/n + τ²)` and `± 3.09·√(σ²/n + τ²)` (Spiegelhalter 2005), as
 * computed by `unitLeagueTable` (docs/methodology.md#unit-league-table). Numbers are copied unrounded.
 *
 * @example
 * ```ts
 * const section = summarizeUnitLeagueTable(unitLeagueTable({ scores, units }));
 * ```
 */
export function summarizeUnitLeagueTable(result: UnitLeagueTableResult, options: SummarizeUnitLeagueTableOptions = {}): ReportSection {
  checkOptions(options, keysSpec(['title', 'name', 'yTitle']), 'summarizeUnitLeagueTable');
  if (result === null || typeof result !== 'object' || (result as { kind?: unknown }).kind !== 'csi.unit-league-table') {
    throw new CsiError('INVALID_DATA', [{ kind: 'invalid_input', value: describeValue(result), message: `The first argument (result) of summarizeUnitLeagueTable must be a unitLeagueTable(...) result (kind "csi.unit-league-table"); got ${describeValue(result)}.` }]);
  }
  const od = result.overdispersion;
  const tables: ReportTable[] = [
    reportTable({
      name: 'units',
      title: 'League table',
      columns: [
        col('rank', '#', 'number', 0), col('unit', 'Unit', 'text'), col('n', 'n', 'number', 0), col('mean', 'Mean', 'index'), col('lower', 'CI lower', 'index'),
        col('upper', 'CI upper', 'index'), col('z', 'z', 'number', 2), col('lower998', '99.8% low', 'index'), col('lower95', '95% low', 'index'),
        col('upper95', '95% high', 'index'), col('upper998', '99.8% high', 'index'), col('status', 'Status', 'text'),
      ],
      keys: ['unit'],
      rows: result.rows.map((r) => ({
        rank: r.rank, unit: r.unit, n: r.n, mean: r.mean, lower: r.ci.lower, upper: r.ci.upper, z: r.z,
        lower998: r.limits.lower998, lower95: r.limits.lower95, upper95: r.limits.upper95, upper998: r.limits.upper998, status: r.status,
      })),
      notes: [
        `Target ${result.target.toFixed(2)} (${result.targetSource}); σ = ${result.sigma.toFixed(2)} (${result.sigmaSource}); ${result.n} respondents.`,
        `Overdispersion φ̂ = ${od.phi.toFixed(2)}${od.method === 'additive' ? `; limits include a between-unit variance τ² = ${od.tau2.toFixed(3)}` : ''}.`,
      ],
    }),
  ];
  tables.push(...warningsTable(result.warnings));
  const best = result.rows[0]!;
  const worst = result.rows[result.rows.length - 1]!;
  return deepFreeze({
    name: options.name ?? 'unit-league-table',
    title: options.title ?? 'Units: league table with funnel limits',
    text:
      `${result.rows.length} units. Above the funnel: ${result.flagged.high.join(', ') || 'none'}; below: ${result.flagged.low.join(', ') || 'none'}. ` +
      `Naive best ${best.unit} (n = ${best.n}, ${best.status}) and worst ${worst.unit} (n = ${worst.n}, ${worst.status}).`,
    tables,
    charts: [funnelChart(result, options.yTitle ?? 'Index (0–100)')],
  });
}

function funnelChart(result: UnitLeagueTableResult, yTitle: string): VegaLiteChart {
  const ns = result.rows.map((r) => r.n);
  const lo = Math.max(1, Math.min(...ns));
  const hi = Math.max(...ns);
  const tau2 = result.overdispersion.tau2;
  const curve = Array.from({ length: 60 }, (_, i) => lo * (hi / lo) ** (i / 59)).map((n) => {
    const w = Math.sqrt(result.sigma ** 2 / n + tau2);
    return { n, lower95: result.target - 1.959963984540054 * w, upper95: result.target + 1.959963984540054 * w, lower998: result.target - 3.090232306167813 * w, upper998: result.target + 3.090232306167813 * w };
  });
  const x = { field: 'n', type: 'quantitative' as const, title: 'Respondents per unit', scale: { type: 'log' as const } };
  const line = (field: string, dash: number[]) => ({ data: { values: curve }, mark: { type: 'line' as const, strokeDash: dash, color: '#888' }, encoding: { x, y: { field, type: 'quantitative' as const } } });
  return {
    kind: 'vega-lite',
    name: 'funnel-plot',
    title: 'Funnel plot',
    description: `Each unit's mean against its number of respondents, with 95% and 99.8% limits around the target ${result.target.toFixed(1)} that narrow as n grows.`,
    spec: {
      $schema: VEGA_LITE_SCHEMA,
      width: 560,
      height: 320,
      config: CHART_CONFIG,
      layer: [
        line('upper95', [2, 2]), line('lower95', [2, 2]), line('upper998', [6, 3]), line('lower998', [6, 3]),
        {
          data: { values: result.rows.map((r) => ({ unit: r.unit, n: r.n, mean: r.mean, flagged: r.status !== 'within' })) },
          mark: { type: 'point', filled: true, size: 60 },
          encoding: {
            x,
            y: { field: 'mean', type: 'quantitative', title: yTitle, scale: { zero: false } },
            color: { field: 'flagged', type: 'nominal', scale: { domain: [false, true], range: [PALETTE[0], PALETTE[3]] }, legend: { title: 'Outside 95%' } },
            tooltip: [{ field: 'unit', type: 'nominal' }, { field: 'n', type: 'quantitative' }, { field: 'mean', type: 'quantitative', format: '.1f' }],
          },
        },
      ],
    },
  } as VegaLiteChart;
}
