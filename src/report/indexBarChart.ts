import { CHART_CONFIG, VEGA_LITE_SCHEMA, uniqueInOrder } from './chartCommon.js';
import type { Layer } from './chartCommon.js';
import type { VegaLiteChart } from './types.js';

/** One bar: an index with an optional confidence interval. */
export interface IndexBarDatum {
  /** Category on the x axis: construct, company, segment … */
  readonly label: string;
  readonly value: number;
  /** Lower confidence limit. */
  readonly lower?: number | null;
  /** Upper confidence limit. */
  readonly upper?: number | null;
  /** Series for grouped bars (competitor, segment, wave). */
  readonly series?: string;
}

/** Options of {@link indexBarChart}. */
export interface IndexBarChartOptions {
  /** @defaultValue 'Indices' */
  readonly title?: string;
  /** @defaultValue 'Index (0–100)' */
  readonly yTitle?: string;
  /** y-axis range. @defaultValue [0, 100] */
  readonly domain?: readonly [number, number];
  /** Draws a dashed target line, e.g. 80. */
  readonly target?: number;
  /** @defaultValue 600 */
  readonly width?: number;
  /** @defaultValue 300 */
  readonly height?: number;
  /** @defaultValue 'index-bars' */
  readonly name?: string;
}

/**
 * A bar chart of 0–100 indices with confidence-interval error bars, optionally grouped by
 * series (segments, competitors), as a Vega-Lite spec.
 *
 * @remarks
 * Bars show `value`; a rule from `lower` to `upper` shows the interval (e.g. the
 * `mean ± t·s/√n` interval of methodology §9.1 or a bootstrap percentile interval).
 * Categories keep the order of `data`. Values are shown unrounded in tooltips' data; labels
 * are formatted to one decimal by Vega (`d3-format` `.1f`).
 *
 * @example
 * ```ts
 * const chart = indexBarChart([
 *   { label: 'CUSA', value: 72.4, lower: 70.9, upper: 73.9, series: 'Us' },
 *   { label: 'CUSA', value: 69.0, lower: 67.2, upper: 70.8, series: 'Rival' },
 * ], { target: 75 });
 * ```
 */
export function indexBarChart(data: readonly IndexBarDatum[], options: IndexBarChartOptions = {}): VegaLiteChart {
  const labels = uniqueInOrder(data.map((d) => d.label));
  const series = uniqueInOrder(data.map((d) => d.series ?? ''));
  const grouped = series.length > 1 || (series[0] ?? '') !== '';
  const values = data.map((d) => ({
    label: d.label,
    value: d.value,
    lower: d.lower ?? null,
    upper: d.upper ?? null,
    series: d.series ?? '',
  }));
  const domain = options.domain ?? [0, 100];
  const x = { field: 'label', type: 'nominal' as const, sort: labels, title: null, axis: { labelAngle: 0, labelLimit: 120 } };
  const y = { field: 'value', type: 'quantitative' as const, scale: { domain: [...domain], clamp: true }, title: options.yTitle ?? 'Index (0–100)' };
  const xOffset = grouped ? { xOffset: { field: 'series', type: 'nominal' as const, sort: series } } : {};
  const color = grouped
    ? { color: { field: 'series', type: 'nominal' as const, sort: series, title: null } }
    : { color: { value: '#1f5f8b' } };
  const tooltip = [
    { field: 'label', type: 'nominal' as const, title: 'Category' },
    ...(grouped ? [{ field: 'series', type: 'nominal' as const, title: 'Series' }] : []),
    { field: 'value', type: 'quantitative' as const, title: 'Index', format: '.1f' },
    { field: 'lower', type: 'quantitative' as const, title: 'Lower', format: '.1f' },
    { field: 'upper', type: 'quantitative' as const, title: 'Upper', format: '.1f' },
  ];
  const layers: Layer[] = [
    { mark: { type: 'bar', opacity: 0.85 }, encoding: { x, y, ...xOffset, ...color, tooltip } },
    {
      transform: [{ filter: 'isValid(datum.lower) && isValid(datum.upper)' }],
      mark: { type: 'rule', color: '#222', strokeWidth: 1.5 },
      encoding: { x, ...xOffset, y: { ...y, field: 'lower' }, y2: { field: 'upper' } },
    },
    {
      mark: { type: 'text', baseline: 'bottom', dy: -3, fontSize: 10, color: '#222' },
      transform: [{ calculate: 'isValid(datum.upper) ? datum.upper : datum.value', as: 'top' }],
      encoding: { x, ...xOffset, y: { ...y, field: 'top' }, text: { field: 'value', type: 'quantitative', format: '.1f' } },
    },
  ];
  if (options.target !== undefined) {
    layers.push({
      data: { values: [{ target: options.target }] },
      mark: { type: 'rule', strokeDash: [6, 4], color: '#b5475b' },
      encoding: { y: { field: 'target', type: 'quantitative' } },
    });
  }
  const title = options.title ?? 'Indices';
  return {
    kind: 'vega-lite',
    name: options.name ?? 'index-bars',
    title,
    description: `Bar chart of ${labels.length} indices${grouped ? ` for ${series.join(', ')}` : ''}${data.some((d) => d.lower != null && d.upper != null) ? ' with confidence intervals' : ''}.`,
    spec: {
      $schema: VEGA_LITE_SCHEMA,
      title,
      width: options.width ?? 600,
      height: options.height ?? 300,
      config: CHART_CONFIG,
      data: { values },
      layer: layers,
    },
  };
}
