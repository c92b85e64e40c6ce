import { CHART_CONFIG, VEGA_LITE_SCHEMA, uniqueInOrder } from './chartCommon.js';
import type { Layer } from './chartCommon.js';
import type { VegaLiteChart } from './types.js';
import { checkArrayArg, checkOptions, keysSpec } from '../validate/index.js';

/** One point of an index time series. */
export interface TrendDatum {
  /** Period label (wave, quarter, year), in chronological order in the data. */
  readonly period: string | number;
  readonly value: number;
  readonly lower?: number | null;
  readonly upper?: number | null;
  /** Series (company, segment); omit for one series. */
  readonly series?: string;
}

/** Options of {@link trendChart}. */
export interface TrendChartOptions {
  /** @defaultValue 'Index over time' */
  readonly title?: string;
  /** @defaultValue 'Index (0–100)' */
  readonly yTitle?: string;
  /** y-axis range; default fits the data. */
  readonly domain?: readonly [number, number];
  /** @defaultValue 600 */
  readonly width?: number;
  /** @defaultValue 280 */
  readonly height?: number;
  /** @defaultValue 'trend' */
  readonly name?: string;
}

/**
 * A line chart of an index over periods with a shaded confidence band, as a Vega-Lite spec.
 *
 * @remarks
 * Periods are ordinal and keep their order of first appearance in `data` (the tracking
 * chart of docs/methodology.md#tracking: index over periods with a CI band). The band spans
 * `lower`…`upper` where both are given.
 *
 * @example
 * ```ts
 * const chart = trendChart([
 *   { period: '2023', value: 70.1, lower: 68.9, upper: 71.3 },
 *   { period: '2024', value: 72.4, lower: 71.2, upper: 73.6 },
 * ]);
 * ```
 */
export function trendChart(data: readonly TrendDatum[], options: TrendChartOptions = {}): VegaLiteChart {
  checkOptions(options, keysSpec(['title', 'yTitle', 'domain', 'width', 'height', 'name']), 'trendChart');
  checkArrayArg(data, 'trendChart', { what: '{ period, value } points', element: { period: 'scalar', value: 'number', lower: 'number?', upper: 'number?', series: 'string?' } });
  const periods = uniqueInOrder(data.map((d) => String(d.period)));
  const series = uniqueInOrder(data.map((d) => d.series ?? ''));
  const multi = series.length > 1 || (series[0] ?? '') !== '';
  const values = data.map((d) => ({
    period: String(d.period),
    value: d.value,
    lower: d.lower ?? null,
    upper: d.upper ?? null,
    series: d.series ?? '',
  }));
  const x = { field: 'period', type: 'ordinal' as const, sort: periods, title: null, axis: { labelAngle: 0 } };
  const y = {
    field: 'value',
    type: 'quantitative' as const,
    title: options.yTitle ?? 'Index (0–100)',
    scale: options.domain !== undefined ? { domain: [...options.domain] } : { zero: false },
  };
  const color = multi
    ? { color: { field: 'series', type: 'nominal' as const, sort: series, title: null } }
    : { color: { value: '#1f5f8b' } };
  const layers: Layer[] = [
    {
      transform: [{ filter: 'isValid(datum.lower) && isValid(datum.upper)' }],
      mark: { type: 'area', opacity: 0.18 },
      encoding: { x, y: { ...y, field: 'lower' }, y2: { field: 'upper' }, ...color, ...(multi ? { detail: { field: 'series', type: 'nominal' } } : {}) },
    },
    { mark: { type: 'line', strokeWidth: 2, point: true }, encoding: { x, y, ...color } },
    {
      mark: { type: 'text', dy: -10, fontSize: 10, color: '#222' },
      encoding: { x, y, text: { field: 'value', type: 'quantitative', format: '.1f' } },
    },
  ];
  const title = options.title ?? 'Index over time';
  return {
    kind: 'vega-lite',
    name: options.name ?? 'trend',
    title,
    description: `Line chart of an index over ${periods.length} periods${data.some((d) => d.lower != null && d.upper != null) ? ' with a confidence band' : ''}.`,
    spec: {
      $schema: VEGA_LITE_SCHEMA,
      title,
      width: options.width ?? 600,
      height: options.height ?? 280,
      config: CHART_CONFIG,
      data: { values },
      layer: layers,
    },
  };
}
