import type { ControlChartResult } from '../programme/controlChart.js';
import { deepFreeze } from '../util/record.js';
import { CHART_CONFIG, PALETTE, VEGA_LITE_SCHEMA } from './chartCommon.js';
import { col } from './columns.js';
import { reportTable } from './reportTable.js';
import type { ReportSection, VegaLiteChart } from './types.js';
import { checkOptions, checkResultArg, keysSpec } from '../validate/index.js';

/** Options of {@link summarizeControlChart}. */
export interface SummarizeControlChartOptions {
  /** @defaultValue 'Index monitoring (control chart)' */
  readonly title?: string;
  /** Section machine name (prefix of `data-key`s). @defaultValue 'control-chart' */
  readonly name?: string;
  /** y-axis title of the chart. @defaultValue 'Index (0–100)' */
  readonly yTitle?: string;
}

/**
 * Turns a control chart into a report section: per period the value, SE, z, warning and
 * control limits (and EWMA), the signal list, and a trend chart with the limits drawn.
 *
 * @remarks
 * Shewhart limits `centre ± 3·SE`, warning `± 2·SE`, Western Electric (1956) / Nelson (1984)
 * run rules and the EWMA of Roberts (1959), as computed by `controlChart`
 * (docs/methodology.md#control-chart). Numbers are copied unrounded.
 *
 * @example
 * ```ts
 * const section = summarizeControlChart(controlChart(points, { baseline: ['2024-01', '2024-02'] }));
 * ```
 */
export function summarizeControlChart(result: ControlChartResult, options: SummarizeControlChartOptions = {}): ReportSection {
  checkOptions(options, keysSpec(['title', 'name', 'yTitle']), 'summarizeControlChart');
  checkResultArg(result, 'csi.control-chart', 'summarizeControlChart', { from: 'controlChart(...)', fields: { centre: 'number', centreSource: 'any', baseline: 'array', points: 'array', signals: 'array', ewma: 'object?' } });
  const hasEwma = result.ewma !== null;
  const points = reportTable({
    name: 'points',
    title: 'Periods with control limits',
    columns: [
      col('period', 'Period', 'text'), col('value', 'Value', 'number', 2), col('se', 'SE', 'number', 2), col('z', 'z', 'number', 2),
      col('lower', 'LCL (−3 SE)', 'number', 2), col('lowerWarning', '−2 SE', 'number', 2), col('upperWarning', '+2 SE', 'number', 2),
      col('upper', 'UCL (+3 SE)', 'number', 2),
      ...(hasEwma ? [col('ewma', 'EWMA', 'number', 2), col('ewmaLower', 'EWMA LCL', 'number', 2), col('ewmaUpper', 'EWMA UCL', 'number', 2)] : []),
    ],
    keys: ['period'],
    rows: result.points.map((p) => ({
      period: String(p.period), value: p.value, se: p.se, z: p.z, lower: p.lower, lowerWarning: p.lowerWarning,
      upperWarning: p.upperWarning, upper: p.upper,
      ...(p.ewma !== undefined ? { ewma: p.ewma.value, ewmaLower: p.ewma.lower, ewmaUpper: p.ewma.upper } : {}),
    })),
    notes: [
      result.centreSource === 'baseline'
        ? `Centre ${result.centre.toFixed(2)} = 1/SE²-weighted mean of ${result.baseline.join(', ')}.`
        : `Centre ${result.centre.toFixed(2)} (given).`,
      ...(hasEwma ? [`EWMA with λ = ${result.ewma!.lambda}, limits ± ${result.ewma!.limit} SD of the EWMA.`] : []),
    ],
  });
  const signals = reportTable({
    name: 'signals',
    title: 'Signals',
    columns: [col('no', '#', 'text'), col('period', 'Period', 'text'), col('rule', 'Rule', 'text'), col('direction', 'Direction', 'text'), col('message', 'Message', 'text')],
    keys: ['no'],
    rows: result.signals.map((s, i) => ({ no: String(i + 1), period: String(s.period), rule: s.rule, direction: s.direction, message: s.message })),
  });
  const periods = [...new Set(result.signals.map((s) => String(s.period)))];
  return deepFreeze({
    name: options.name ?? 'control-chart',
    title: options.title ?? 'Index monitoring (control chart)',
    text: `${result.points.length} periods, centre ${result.centre.toFixed(2)}. ` +
      (result.signals.length === 0 ? 'No signal.' : `${result.signals.length} signal(s) in ${periods.length} period(s): ${periods.join(', ')}.`),
    tables: [points, signals],
    charts: [limitsChart(result, options.yTitle ?? 'Index (0–100)')],
  });
}

function limitsChart(result: ControlChartResult, yTitle: string): VegaLiteChart {
  const sig = new Set(result.signals.filter((s) => s.rule !== 'ewma').map((s) => String(s.period)));
  const values = result.points.map((p) => ({
    period: String(p.period), value: p.value, lower: p.lower, upper: p.upper, lowerWarning: p.lowerWarning,
    upperWarning: p.upperWarning, centre: result.centre, signal: sig.has(String(p.period)),
  }));
  const x = { field: 'period', type: 'ordinal' as const, sort: values.map((v) => v.period), title: null, axis: { labelAngle: -45 } };
  const line = (field: string, dash: number[]) => ({ mark: { type: 'line' as const, strokeDash: dash, color: '#888' }, encoding: { x, y: { field, type: 'quantitative' as const } } });
  return {
    kind: 'vega-lite',
    name: 'control-chart',
    title: 'Index with control limits',
    description: `Values per period with the centre line, ±2 SE warning and ±3 SE control limits; ${sig.size} period(s) with a run-rule signal marked.`,
    spec: {
      $schema: VEGA_LITE_SCHEMA,
      width: 600,
      height: 280,
      config: CHART_CONFIG,
      data: { values },
      layer: [
        line('upper', [6, 3]), line('lower', [6, 3]), line('upperWarning', [2, 2]), line('lowerWarning', [2, 2]), line('centre', []),
        { mark: { type: 'line', point: true }, encoding: { x, y: { field: 'value', type: 'quantitative', title: yTitle, scale: { zero: false } } } },
        { mark: { type: 'point', filled: true, size: 80, color: PALETTE[3] }, transform: [{ filter: 'datum.signal' }], encoding: { x, y: { field: 'value', type: 'quantitative' } } },
      ],
    },
  } as VegaLiteChart;
}
