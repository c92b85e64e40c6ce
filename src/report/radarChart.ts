import { CHART_CONFIG, VEGA_LITE_SCHEMA, uniqueInOrder } from './chartCommon.js';
import type { Layer } from './chartCommon.js';
import type { VegaLiteChart } from './types.js';
import { checkArrayArg, checkOptions, keysSpec } from '../validate/index.js';

/** One point of a radar chart: the score of `series` on `axis`. */
export interface RadarDatum {
  /** Company, segment or period, e.g. `Our brand`, `Competitor A`. */
  readonly series: string;
  /** Dimension (construct), e.g. `CUSA`. */
  readonly axis: string;
  /** Score, normally a 0–100 index. */
  readonly value: number;
}

/** Options of {@link radarChart}. */
export interface RadarChartOptions {
  /** @defaultValue 'Indices' */
  readonly title?: string;
  /** Value at the centre. @defaultValue 0 */
  readonly min?: number;
  /** Value at the rim. @defaultValue 100 */
  readonly max?: number;
  /** Grid rings. @defaultValue [20, 40, 60, 80, 100] */
  readonly rings?: readonly number[];
  /** Width and height in pixels. @defaultValue 360 */
  readonly size?: number;
  /** @defaultValue 'radar' */
  readonly name?: string;
}

/**
 * A radar (spider) chart of 0–100 construct indices, one closed polygon per series
 * (own company plus competitor overlays), as a Vega-Lite spec.
 *
 * @remarks
 * Vega-Lite has no polar line mark, so the polygon vertices are computed here:
 * axis `i` of `k` sits at angle `θᵢ = 2πi/k` clockwise from the top and a value `v` at radius
 * `ρ = (v − min)/(max − min)`, i.e. `x = ρ·sin θᵢ`, `y = ρ·cos θᵢ` (plain polar-to-Cartesian).
 * Grid rings, spokes and labels are layers on the same equal-aspect x/y scales. Axis order
 * is first appearance in `data`. It draws node scores (0–100) per
 * dimension with a competitor overlay (docs/methodology.md#indicator-trees).
 *
 * @example
 * ```ts
 * const chart = radarChart([
 *   { series: 'Us', axis: 'Satisfaction', value: 72.4 },
 *   { series: 'Us', axis: 'Loyalty', value: 68.1 },
 *   { series: 'Us', axis: 'Quality', value: 75.0 },
 * ]);
 * const svg = await renderSvg(chart);
 * ```
 */
export function radarChart(data: readonly RadarDatum[], options: RadarChartOptions = {}): VegaLiteChart {
  checkOptions(options, keysSpec(['title', 'min', 'max', 'rings', 'size', 'name']), 'radarChart');
  checkArrayArg(data, 'radarChart', { what: '{ series, axis, value } points', element: { series: 'string', axis: 'string', value: 'number' } });
  const min = options.min ?? 0;
  const max = options.max ?? 100;
  const span = max - min || 1;
  const rings = options.rings ?? [20, 40, 60, 80, 100];
  const size = options.size ?? 360;
  const axes = uniqueInOrder(data.map((d) => d.axis));
  const series = uniqueInOrder(data.map((d) => d.series));
  const k = Math.max(axes.length, 1);
  const angle = (i: number): number => (2 * Math.PI * i) / k;
  const at = (i: number, rho: number): { x: number; y: number } => ({
    x: rho * Math.sin(angle(i)),
    y: rho * Math.cos(angle(i)),
  });

  const grid: { ring: number; order: number; x: number; y: number }[] = [];
  for (const ring of rings) {
    const rho = (ring - min) / span;
    for (let i = 0; i <= k; i++) grid.push({ ring, order: i, ...at(i % k, rho) });
  }
  const spokes = axes.map((axis, i) => ({ axis, x0: 0, y0: 0, ...at(i, 1) }));
  const labels = axes.map((axis, i) => ({ axis, ...at(i, 1.1) }));
  // Ring values sit half-way between the first two spokes, clear of the axis labels.
  const ringAt = (rho: number): { x: number; y: number } => ({
    x: rho * Math.sin(Math.PI / k),
    y: rho * Math.cos(Math.PI / k),
  });
  const ringLabels = rings.map((ring) => ({ text: String(ring), ...ringAt((ring - min) / span) }));
  const points: { series: string; axis: string; value: number; order: number; x: number; y: number }[] = [];
  for (const s of series) {
    const byAxis = new Map(data.filter((d) => d.series === s).map((d) => [d.axis, d.value]));
    const poly: typeof points = [];
    axes.forEach((axis, i) => {
      const value = byAxis.get(axis);
      if (value === undefined || !Number.isFinite(value)) return;
      poly.push({ series: s, axis, value, order: i, ...at(i, (value - min) / span) });
    });
    const first = poly[0];
    if (first !== undefined && poly.length === axes.length) poly.push({ ...first, order: k });
    points.push(...poly);
  }

  const xy = {
    x: { field: 'x', type: 'quantitative' as const, scale: { domain: [-1.45, 1.45], nice: false, zero: false }, axis: null },
    y: { field: 'y', type: 'quantitative' as const, scale: { domain: [-1.25, 1.25], nice: false, zero: false }, axis: null },
  };
  const labelLayer = (filter: string, align: 'left' | 'right' | 'center'): Layer => ({
    data: { values: labels },
    transform: [{ filter }],
    mark: { type: 'text', align, baseline: 'middle', fontSize: 11, color: '#333' },
    encoding: { ...xy, text: { field: 'axis', type: 'nominal' } },
  });
  const layers: Layer[] = [
    {
      data: { values: grid },
      mark: { type: 'line', color: '#d0d0d0', strokeWidth: 1 },
      encoding: { ...xy, detail: { field: 'ring', type: 'nominal' }, order: { field: 'order', type: 'quantitative' } },
    },
    {
      data: { values: spokes },
      mark: { type: 'rule', color: '#d0d0d0' },
      encoding: { x: { ...xy.x, field: 'x0' }, y: { ...xy.y, field: 'y0' }, x2: { field: 'x' }, y2: { field: 'y' } },
    },
    {
      data: { values: ringLabels },
      mark: { type: 'text', align: 'center', baseline: 'middle', fontSize: 9, color: '#999' },
      encoding: { ...xy, text: { field: 'text', type: 'nominal' } },
    },
    labelLayer('datum.x > 0.05', 'left'),
    labelLayer('datum.x < -0.05', 'right'),
    labelLayer('abs(datum.x) <= 0.05', 'center'),
    {
      data: { values: points },
      mark: { type: 'line', strokeWidth: 2 },
      encoding: {
        ...xy,
        color: { field: 'series', type: 'nominal', title: null, sort: series, legend: series.length > 1 ? {} : null },
        detail: { field: 'series', type: 'nominal' },
        order: { field: 'order', type: 'quantitative' },
      },
    },
    {
      data: { values: points },
      transform: [{ filter: `datum.order < ${k}` }],
      mark: { type: 'point', filled: true, size: 40 },
      encoding: {
        ...xy,
        color: { field: 'series', type: 'nominal', title: null, sort: series, legend: series.length > 1 ? {} : null },
        tooltip: [
          { field: 'series', type: 'nominal', title: 'Series' },
          { field: 'axis', type: 'nominal', title: 'Dimension' },
          { field: 'value', type: 'quantitative', title: 'Score', format: '.1f' },
        ],
      },
    },
  ];
  const title = options.title ?? 'Indices';
  return {
    kind: 'vega-lite',
    name: options.name ?? 'radar',
    title,
    description: `Radar chart of ${axes.length} dimensions on a ${min}–${max} scale (series: ${series.join(', ')}).`,
    spec: {
      $schema: VEGA_LITE_SCHEMA,
      title,
      width: size,
      height: Math.round((size * 1.25) / 1.45),
      config: CHART_CONFIG,
      layer: layers,
    },
  };
}
