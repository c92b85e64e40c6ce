import { CHART_CONFIG, PALETTE, VEGA_LITE_SCHEMA, VERDICT_COLORS, textWidth, uniqueInOrder, wrapLabel, wrappedLabelExpr } from './chartCommon.js';
import { EN_MESSAGES, formatMessage } from './messages.js';
import type { Layer } from './chartCommon.js';
import type { VegaLiteChart } from './types.js';
import { checkArrayArg, checkOptions, keysSpec } from '../validate/index.js';

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
  /** Horizontal bars (names on the left, for long names or many bars). @defaultValue false */
  readonly horizontal?: boolean;
  /** @defaultValue sized to content: a band per category (vertical bars), 420 (horizontal) */
  readonly width?: number;
  /** @defaultValue 260 (vertical), a band per category (horizontal) */
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
 * `mean ± t·s/√n` interval of docs/methodology.md#index-confidence-interval or a bootstrap percentile interval).
 * Categories keep the order of `data`; long names are wrapped, never truncated; the chart is
 * sized to its content; a target is a dashed line labelled "Target …". Values are shown unrounded in tooltips' data; labels
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
  checkOptions(options, keysSpec(['title', 'yTitle', 'domain', 'target', 'horizontal', 'width', 'height', 'name']), 'indexBarChart');
  checkArrayArg(data, 'indexBarChart', { what: '{ label, value } bars', element: { label: 'string', value: 'number', lower: 'number?', upper: 'number?', series: 'string?' } });
  const labels = uniqueInOrder(data.map((d) => d.label));
  const series = uniqueInOrder(data.map((d) => d.series ?? ''));
  const grouped = series.length > 1 || (series[0] ?? '') !== '';
  const horizontal = options.horizontal ?? false;
  const values = data.map((d) => ({
    label: d.label,
    value: d.value,
    lower: d.lower ?? null,
    upper: d.upper ?? null,
    series: d.series ?? '',
  }));
  const domain = options.domain ?? [0, 100];
  // sized to content: a band per category wide enough for its (wrapped) name and its bars
  const bars = grouped ? series.length : 1;
  const maxLabel = horizontal ? 160 : 110;
  const wrapExpr = wrappedLabelExpr(labels, maxLabel);
  const longest = Math.max(...labels.flatMap((l) => wrapLabel(l, maxLabel).map((x) => textWidth(x))), 0);
  const band = horizontal ? Math.max(26, bars * 18 + 10, 14 * Math.max(...labels.map((l) => wrapLabel(l, maxLabel).length), 1) + 8) : Math.max(44, bars * 34 + 12, longest + 14);
  const extent = labels.length * band;
  const catAxis = { labelAngle: 0, labelOverlap: false, ...(wrapExpr !== undefined ? { labelExpr: wrapExpr } : {}) };
  const cat = { field: 'label', type: 'nominal' as const, sort: labels, title: null, axis: catAxis, scale: { paddingInner: 0.25, paddingOuter: 0.15 } };
  const val = { field: 'value', type: 'quantitative' as const, scale: { domain: [...domain], clamp: true }, title: options.yTitle ?? 'Index (0–100)' };
  const [xCh, yCh] = horizontal ? (['y', 'x'] as const) : (['x', 'y'] as const);
  const offset = grouped ? { [horizontal ? 'yOffset' : 'xOffset']: { field: 'series', type: 'nominal' as const, sort: series } } : {};
  const color = grouped
    ? { color: { field: 'series', type: 'nominal' as const, sort: series, title: null } }
    : { color: { value: PALETTE[0] } };
  const tooltip = [
    { field: 'label', type: 'nominal' as const, title: 'Category' },
    ...(grouped ? [{ field: 'series', type: 'nominal' as const, title: 'Series' }] : []),
    { field: 'value', type: 'quantitative' as const, title: 'Index', format: '.1f' },
    { field: 'lower', type: 'quantitative' as const, title: 'Lower', format: '.1f' },
    { field: 'upper', type: 'quantitative' as const, title: 'Upper', format: '.1f' },
  ];
  const layers: Layer[] = [
    { mark: { type: 'bar', opacity: 0.85 }, encoding: { [xCh]: cat, [yCh]: val, ...offset, ...color, tooltip } },
    {
      transform: [{ filter: 'isValid(datum.lower) && isValid(datum.upper)' }],
      mark: { type: 'rule', color: '#222', strokeWidth: 1.5 },
      encoding: { [xCh]: cat, ...offset, [yCh]: { ...val, field: 'lower' }, [`${yCh}2`]: { field: 'upper' } },
    },
    {
      mark: horizontal
        ? { type: 'text', align: 'left', baseline: 'middle', dx: 4, fontSize: 10, color: '#222' }
        : { type: 'text', baseline: 'bottom', dy: -3, fontSize: 10, color: '#222' },
      transform: [{ calculate: 'isValid(datum.upper) ? datum.upper : datum.value', as: 'top' }],
      encoding: { [xCh]: cat, ...offset, [yCh]: { ...val, field: 'top' }, text: { field: 'value', type: 'quantitative', format: '.1f' } },
    },
  ];
  const size = { width: horizontal ? (options.width ?? 420) : (options.width ?? extent), height: horizontal ? (options.height ?? extent) : (options.height ?? 260) };
  if (options.target !== undefined) {
    const tv = { field: 'target', type: 'quantitative' as const, scale: { domain: [...domain], clamp: true } };
    layers.push({
      data: { values: [{ target: options.target, text: formatMessage(EN_MESSAGES, 'chart.target', { value: String(options.target) }) }] },
      mark: { type: 'rule', strokeDash: [6, 4], color: VERDICT_COLORS.fail, strokeWidth: 1.5 },
      encoding: { [yCh]: tv },
    });
    // the reference line is labelled outside the plot: right of it (vertical bars) or above it
    layers.push({
      data: { values: [{ target: options.target, text: formatMessage(EN_MESSAGES, 'chart.target', { value: String(options.target) }) }] },
      mark: horizontal
        ? { type: 'text', align: 'center', baseline: 'bottom', dy: -4, fontSize: 10, color: VERDICT_COLORS.fail }
        : { type: 'text', align: 'left', baseline: 'middle', dx: 4, fontSize: 10, color: VERDICT_COLORS.fail },
      encoding: horizontal
        ? { x: tv, y: { value: 0 }, text: { field: 'text', type: 'nominal' } }
        : { y: tv, x: { value: size.width }, text: { field: 'text', type: 'nominal' } },
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
      ...size,
      config: CHART_CONFIG,
      data: { values },
      layer: layers,
    },
  };
}
