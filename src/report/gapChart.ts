import { CHART_CONFIG, VEGA_LITE_SCHEMA, uniqueInOrder } from './chartCommon.js';
import type { Layer } from './chartCommon.js';
import type { VegaLiteChart } from './types.js';
import { checkArrayArg, checkOptions, keysSpec } from '../validate/index.js';

/** One gap bar: P − E (or own − competitor, or score − target) for one dimension or item. */
export interface GapDatum {
  readonly label: string;
  readonly gap: number;
  readonly lower?: number | null;
  readonly upper?: number | null;
  /** Whether the gap is significant after the chosen correction (drawn solid). */
  readonly significant?: boolean;
}

/** Options of {@link gapChart}. */
export interface GapChartOptions {
  /** @defaultValue 'Gaps (P − E)' */
  readonly title?: string;
  /** @defaultValue 'Gap (P − E)' */
  readonly xTitle?: string;
  /** @defaultValue 520 */
  readonly width?: number;
  /** Bar band height in pixels. @defaultValue 24 */
  readonly step?: number;
  /** @defaultValue 'gaps' */
  readonly name?: string;
  /** What one bar is, in the text alternative ("12 gaps", "12 path coefficients"). @defaultValue 'gaps' */
  readonly noun?: string;
}

/**
 * A diverging horizontal bar chart of gaps with confidence intervals, as a Vega-Lite spec.
 *
 * @remarks
 * SERVQUAL gap `G = P − E` per dimension (Parasuraman, Zeithaml & Berry 1988; see
 * docs/methodology.md#servqual): negative gaps (perceptions below expectations) are drawn red to the left of zero,
 * positive ones green to the right; the rule spans the interval `lower`…`upper`. Bars of
 * gaps not flagged `significant: true` are drawn pale when any datum carries a flag.
 *
 * @example
 * ```ts
 * const chart = gapChart([
 *   { label: 'Tangibles', gap: -0.42, lower: -0.55, upper: -0.29, significant: true },
 *   { label: 'Empathy', gap: 0.08, lower: -0.04, upper: 0.20, significant: false },
 * ]);
 * ```
 */
export function gapChart(data: readonly GapDatum[], options: GapChartOptions = {}): VegaLiteChart {
  checkOptions(options, keysSpec(['title', 'xTitle', 'width', 'step', 'name', 'noun']), 'gapChart');
  checkArrayArg(data, 'gapChart', { what: '{ label, gap } bars', element: { label: 'string', gap: 'number', lower: 'number?', upper: 'number?', significant: 'boolean?' } });
  const labels = uniqueInOrder(data.map((d) => d.label));
  const flagged = data.some((d) => d.significant !== undefined);
  const values = data.map((d) => ({
    label: d.label,
    gap: d.gap,
    lower: d.lower ?? null,
    upper: d.upper ?? null,
    significant: d.significant ?? null,
    sign: d.gap < 0 ? 'negative' : 'positive',
  }));
  const y = { field: 'label', type: 'nominal' as const, sort: labels, title: null, axis: { labelLimit: 200 } };
  const x = { field: 'gap', type: 'quantitative' as const, title: options.xTitle ?? 'Gap (P − E)' };
  const layers: Layer[] = [
    {
      mark: { type: 'bar' },
      encoding: {
        y,
        x,
        color: {
          field: 'sign',
          type: 'nominal',
          scale: { domain: ['negative', 'positive'], range: ['#c0392b', '#2e8b57'] },
          legend: null,
        },
        opacity: flagged ? { condition: { test: 'datum.significant === true', value: 0.9 }, value: 0.35 } : { value: 0.85 },
        tooltip: [
          { field: 'label', type: 'nominal', title: 'Dimension' },
          { field: 'gap', type: 'quantitative', title: 'Gap', format: '.3f' },
          { field: 'lower', type: 'quantitative', title: 'Lower', format: '.3f' },
          { field: 'upper', type: 'quantitative', title: 'Upper', format: '.3f' },
        ],
      },
    },
    {
      transform: [{ filter: 'isValid(datum.lower) && isValid(datum.upper)' }],
      mark: { type: 'rule', color: '#222', strokeWidth: 1.5 },
      encoding: { y, x: { ...x, field: 'lower' }, x2: { field: 'upper' } },
    },
    {
      data: { values: [{ zero: 0 }] },
      mark: { type: 'rule', color: '#444' },
      encoding: { x: { field: 'zero', type: 'quantitative' } },
    },
  ];
  const title = options.title ?? 'Gaps (P − E)';
  return {
    kind: 'vega-lite',
    name: options.name ?? 'gaps',
    title,
    description: `Diverging bar chart of ${labels.length} ${options.noun ?? 'gaps'}${data.some((d) => d.lower != null && d.upper != null) ? ' with confidence intervals' : ''}.`,
    spec: {
      $schema: VEGA_LITE_SCHEMA,
      title,
      width: options.width ?? 520,
      height: { step: options.step ?? 24 },
      config: CHART_CONFIG,
      data: { values },
      layer: layers,
    },
  };
}
