import { CHART_CONFIG, LABEL_FONT_SIZE, PALETTE, VEGA_LITE_SCHEMA, meanOf, uniqueInOrder } from './chartCommon.js';
import { EN_MESSAGES, formatMessage } from './messages.js';
import { layoutScatterLabels } from './placeLabels.js';
import type { Layer } from './chartCommon.js';
import type { VegaLiteChart } from './types.js';
import { checkArrayArg, checkOptions, keysSpec } from '../validate/index.js';

/** One driver on an importance–performance map. */
export interface IpmaDatum {
  /** Construct or indicator name. */
  readonly label: string;
  /** Importance (e.g. unstandardized total effect on the target). */
  readonly importance: number;
  /** Performance on 0–100. */
  readonly performance: number;
  /** Optional group (e.g. construct of an indicator) for colour. */
  readonly group?: string;
}

/** Options of {@link ipmaChart}. */
export interface IpmaChartOptions {
  /** @defaultValue 'Importance–performance map' */
  readonly title?: string;
  /** Vertical crosshair. @defaultValue mean importance of the points */
  readonly importanceCut?: number;
  /** Horizontal crosshair. @defaultValue mean performance of the points */
  readonly performanceCut?: number;
  /** @defaultValue 'Importance (total effect)' */
  readonly xTitle?: string;
  /** @defaultValue 'Performance (0–100)' */
  readonly yTitle?: string;
  /** @defaultValue 520 */
  readonly width?: number;
  /** @defaultValue 380 */
  readonly height?: number;
  /** @defaultValue 'ipma' */
  readonly name?: string;
}

/**
 * An importance–performance map (IPMA / IPA) with quadrant crosshairs and labelled points,
 * as a Vega-Lite spec.
 *
 * @remarks
 * x = importance, y = performance (Ringle & Sarstedt 2016, *IMDS* 116(9); Martilla & James
 * 1977, *J. Marketing* 41(1)). The crosshairs default to the unweighted means of importance
 * and performance over the points (docs/methodology.md#ipma step 6); pass other cuts (scale
 * mid-point, medians) explicitly. Quadrants: high importance & low performance
 * "Concentrate here", high & high "Keep up the good work", low & low "Low priority",
 * low & high "Possible overkill" (docs/methodology.md#ipa).
 *
 * @example
 * ```ts
 * const chart = ipmaChart([
 *   { label: 'CUSA', importance: 0.790, performance: 72.45 },
 *   { label: 'IMAG', importance: 0.643, performance: 73.53 },
 *   { label: 'PERV', importance: 0.109, performance: 62.35 },
 * ]);
 * ```
 */
export function ipmaChart(data: readonly IpmaDatum[], options: IpmaChartOptions = {}): VegaLiteChart {
  checkOptions(options, keysSpec(['title', 'importanceCut', 'performanceCut', 'xTitle', 'yTitle', 'width', 'height', 'name']), 'ipmaChart');
  checkArrayArg(data, 'ipmaChart', { what: '{ label, importance, performance } points', element: { label: 'string', importance: 'number', performance: 'number', group: 'string?' } });
  const imp = data.map((d) => d.importance).filter(Number.isFinite);
  const perf = data.map((d) => d.performance).filter(Number.isFinite);
  const cx = options.importanceCut ?? meanOf(imp);
  const cy = options.performanceCut ?? meanOf(perf);
  const xMin = Math.min(0, ...imp, Number.isFinite(cx) ? cx : 0);
  const xMaxRaw = Math.max(...imp, Number.isFinite(cx) ? cx : 0, xMin + 1e-9);
  const xMax = xMaxRaw + (xMaxRaw - xMin) * 0.15;
  const yLo = Math.min(...perf, Number.isFinite(cy) ? cy : 50);
  const yHi = Math.max(...perf, Number.isFinite(cy) ? cy : 50);
  const yPad = Math.max(5, (yHi - yLo) * 0.15);
  const yMin = Math.max(0, Math.floor((yLo - yPad) / 5) * 5);
  const yMax = Math.min(100, Math.ceil((yHi + yPad) / 5) * 5);
  const groups = uniqueInOrder(data.map((d) => d.group ?? ''));
  const grouped = groups.length > 1 || (groups[0] ?? '') !== '';
  const values = data.map((d) => ({ label: d.label, importance: d.importance, performance: d.performance, group: d.group ?? '' }));
  const x = { field: 'importance', type: 'quantitative' as const, title: options.xTitle ?? EN_MESSAGES['chart.importance'], scale: { domain: [xMin, xMax], nice: false, zero: false }, axis: { tickCount: Math.max(2, Math.floor((options.width ?? 520) / 75)) } };
  const y = { field: 'performance', type: 'quantitative' as const, title: options.yTitle ?? EN_MESSAGES['chart.performance'], scale: { domain: [yMin, yMax], nice: false, zero: false } };
  const msg = (id: 'chart.concentrate' | 'chart.keepUp' | 'chart.lowPriority' | 'chart.overkill'): string => EN_MESSAGES[id];
  const quadrants = [
    { text: msg('chart.concentrate'), importance: xMax, performance: yMin, align: 'right', baseline: 'bottom' },
    { text: msg('chart.keepUp'), importance: xMax, performance: yMax, align: 'right', baseline: 'top' },
    { text: msg('chart.lowPriority'), importance: xMin, performance: yMin, align: 'left', baseline: 'bottom' },
    { text: msg('chart.overkill'), importance: xMin, performance: yMax, align: 'left', baseline: 'top' },
  ];
  const width = options.width ?? 520;
  const height = options.height ?? 380;
  const laid = layoutScatterLabels(
    values.map((v) => ({ label: v.label, x: v.importance, y: v.performance, priority: v.importance })),
    quadrants,
    { xMin, xMax, yMin, yMax, width, height },
  );
  const labels = { ...laid, leaders: laid.leaders.map((l) => ({ importance: l.x1, performance: l.y1, x2: l.x2, y2: l.y2 })) };
  const quadrantLayer = (align: 'left' | 'right', baseline: 'top' | 'bottom'): Layer => ({
    data: { values: quadrants.filter((q) => q.align === align && q.baseline === baseline) },
    mark: { type: 'text', align, baseline, dx: align === 'left' ? 4 : -4, dy: baseline === 'top' ? 4 : -4, fontSize: 11, fontStyle: 'italic', color: '#999' },
    encoding: { x, y, text: { field: 'text', type: 'nominal' } },
  });
  const layers: Layer[] = [
    quadrantLayer('right', 'bottom'),
    quadrantLayer('right', 'top'),
    quadrantLayer('left', 'bottom'),
    quadrantLayer('left', 'top'),
    ...(Number.isFinite(cx)
      ? [{ data: { values: [{ importance: cx }] }, mark: { type: 'rule' as const, color: '#888', strokeDash: [4, 3] }, encoding: { x } }]
      : []),
    ...(Number.isFinite(cy)
      ? [{ data: { values: [{ performance: cy }] }, mark: { type: 'rule' as const, color: '#888', strokeDash: [4, 3] }, encoding: { y } }]
      : []),
    {
      data: { values },
      mark: { type: 'point', filled: true, size: 70 },
      encoding: {
        x,
        y,
        ...(grouped ? { color: { field: 'group', type: 'nominal' as const, sort: groups, title: null } } : { color: { value: PALETTE[0] } }),
        tooltip: [
          { field: 'label', type: 'nominal', title: 'Driver' },
          { field: 'importance', type: 'quantitative', title: 'Importance', format: '.3f' },
          { field: 'performance', type: 'quantitative', title: 'Performance', format: '.1f' },
        ],
      },
    },
    ...(labels.leaders.length > 0
      ? [
          {
            data: { values: labels.leaders },
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
  const title = options.title ?? 'Importance–performance map';
  return {
    kind: 'vega-lite',
    name: options.name ?? 'ipma',
    title,
    description:
      `Importance–performance map of ${data.length} drivers; dashed crosshairs split the four quadrants.` +
      (labels.dropped > 0 ? ` ${formatMessage(EN_MESSAGES, 'chart.moreLabels', { count: labels.dropped })}` : ''),
    spec: {
      $schema: VEGA_LITE_SCHEMA,
      title,
      width,
      height,
      config: CHART_CONFIG,
      layer: layers,
    },
  };
}

