import { CHART_CONFIG, LABEL_FONT_SIZE, PALETTE, VEGA_LITE_SCHEMA, uniqueInOrder } from './chartCommon.js';
import { EN_MESSAGES, formatMessage } from './messages.js';
import { layoutScatterLabels } from './placeLabels.js';
import type { Layer } from './chartCommon.js';
import type { VegaLiteChart } from './types.js';
import { checkArrayArg, checkOptions, keysSpec } from '../validate/index.js';

/** One feature on the Kano Better/Worse grid. */
export interface KanoDatum {
  readonly label: string;
  /** Better (CS+) = (A + O)/(A + O + M + I), in 0…1. */
  readonly better: number;
  /** Worse (CS−) = −(O + M)/(A + O + M + I), in −1…0 (plotted as its absolute value). */
  readonly worse: number;
  /** Kano category, e.g. `M`, `O`, `A`, `I` (colour). */
  readonly category?: string;
}

/** Options of {@link kanoChart}. */
export interface KanoChartOptions {
  /** @defaultValue 'Kano Better/Worse' */
  readonly title?: string;
  /** Crosshair on both axes. @defaultValue 0.5 */
  readonly cut?: number;
  /** @defaultValue 440 */
  readonly size?: number;
  /** @defaultValue 'kano' */
  readonly name?: string;
}

/**
 * The Kano importance grid: x = |Worse|, y = Better, crosshairs at 0.5, as a Vega-Lite spec.
 *
 * @remarks
 * Better/Worse coefficients of Berger et al. (1993) (docs/methodology.md#kano). Quadrants:
 * high Better & low |Worse| attractive, high & high one-dimensional, low & high must-be,
 * low & low indifferent.
 *
 * @example
 * ```ts
 * const chart = kanoChart([
 *   { label: 'Accurate payment', better: 0.373, worse: -0.891, category: 'M' },
 *   { label: 'Usable with gloves', better: 0.869, worse: -0.141, category: 'A' },
 * ]);
 * ```
 */
export function kanoChart(data: readonly KanoDatum[], options: KanoChartOptions = {}): VegaLiteChart {
  checkOptions(options, keysSpec(['title', 'cut', 'size', 'name']), 'kanoChart');
  checkArrayArg(data, 'kanoChart', { what: '{ label, better, worse } points', element: { label: 'string', better: 'number', worse: 'number', category: 'string?' } });
  const cut = options.cut ?? 0.5;
  const size = options.size ?? 440;
  const cats = uniqueInOrder(data.map((d) => d.category ?? ''));
  const values = data.map((d) => ({ label: d.label, better: d.better, worse: d.worse, absWorse: Math.abs(d.worse), category: d.category ?? '' }));
  const x = { field: 'absWorse', type: 'quantitative' as const, title: '|Worse| (dissatisfaction if absent)', scale: { domain: [0, 1], nice: false, zero: false }, axis: { values: [0, 0.2, 0.4, 0.6, 0.8, 1] } };
  const y = { field: 'better', type: 'quantitative' as const, title: 'Better (satisfaction if present)', scale: { domain: [0, 1], nice: false, zero: false }, axis: { values: [0, 0.2, 0.4, 0.6, 0.8, 1] } };
  const corners = [
    { text: 'Attractive', absWorse: 0, better: 1, align: 'left', baseline: 'top' },
    { text: 'One-dimensional', absWorse: 1, better: 1, align: 'right', baseline: 'top' },
    { text: 'Indifferent', absWorse: 0, better: 0, align: 'left', baseline: 'bottom' },
    { text: 'Must-be', absWorse: 1, better: 0, align: 'right', baseline: 'bottom' },
  ];
  const labels = layoutScatterLabels(
    values.map((v) => ({ label: v.label, x: v.absWorse, y: v.better, priority: v.better + v.absWorse })),
    corners,
    { xMin: 0, xMax: 1, yMin: 0, yMax: 1, width: size, height: size },
  );
  const corner = (align: 'left' | 'right', top: boolean): Layer => ({
    data: { values: corners.filter((c) => c.align === align && (c.better === 1) === top).map(({ text, absWorse, better }) => ({ text, absWorse, better })) },
    mark: { type: 'text', align, baseline: top ? 'top' : 'bottom', dx: align === 'left' ? 4 : -4, dy: top ? 4 : -4, fontStyle: 'italic', color: '#999', fontSize: 11 },
    encoding: { x, y, text: { field: 'text', type: 'nominal' } },
  });
  const layers: Layer[] = [
    corner('left', true),
    corner('right', true),
    corner('left', false),
    corner('right', false),
    { data: { values: [{ absWorse: cut }] }, mark: { type: 'rule', color: '#888', strokeDash: [4, 3] }, encoding: { x } },
    { data: { values: [{ better: cut }] }, mark: { type: 'rule', color: '#888', strokeDash: [4, 3] }, encoding: { y } },
    {
      data: { values },
      mark: { type: 'point', filled: true, size: 70 },
      encoding: {
        x,
        y,
        ...(cats.length > 1 || (cats[0] ?? '') !== ''
          ? { color: { field: 'category', type: 'nominal' as const, sort: cats, title: 'Category' } }
          : { color: { value: PALETTE[0] } }),
        tooltip: [
          { field: 'label', type: 'nominal', title: 'Feature' },
          { field: 'better', type: 'quantitative', title: 'Better', format: '.3f' },
          { field: 'worse', type: 'quantitative', title: 'Worse', format: '.3f' },
        ],
      },
    },
    ...(labels.leaders.length > 0
      ? [
          {
            data: { values: labels.leaders.map((l) => ({ absWorse: l.x1, better: l.y1, x2: l.x2, y2: l.y2 })) },
            mark: { type: 'rule' as const, color: '#777', strokeWidth: 0.8 },
            encoding: { x, y, x2: { field: 'x2' }, y2: { field: 'y2' } },
          },
        ]
      : []),
    {
      data: { values: labels.placed },
      mark: { type: 'text', align: 'center', baseline: 'middle', fontSize: LABEL_FONT_SIZE, color: '#222' },
      encoding: { x: { ...x, field: 'lx' }, y: { ...y, field: 'ly' }, text: { field: 'label', type: 'nominal' } },
    },
  ];
  const title = options.title ?? 'Kano Better/Worse';
  return {
    kind: 'vega-lite',
    name: options.name ?? 'kano',
    title,
    description:
      `Kano Better/Worse grid of ${data.length} features; dashed crosshairs split the four categories.` +
      (labels.dropped > 0 ? ` ${formatMessage(EN_MESSAGES, 'chart.moreLabels', { count: labels.dropped })}` : ''),
    spec: { $schema: VEGA_LITE_SCHEMA, title, width: size, height: size, config: CHART_CONFIG, layer: layers },
  };
}
