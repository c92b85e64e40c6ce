import { CHART_CONFIG, LABEL_FONT_SIZE, PALETTE, VEGA_LITE_SCHEMA, meanOf, textWidth, uniqueInOrder } from './chartCommon.js';
import { EN_MESSAGES, formatMessage } from './messages.js';
import { placeLabels } from './placeLabels.js';
import type { Box } from './placeLabels.js';
import type { Layer } from './chartCommon.js';
import type { VegaLiteChart } from './types.js';

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
 * and performance over the points (methodology §4.2 step 6); pass other cuts (scale
 * mid-point, medians) explicitly. Quadrants: high importance & low performance
 * "Concentrate here", high & high "Keep up the good work", low & low "Low priority",
 * low & high "Possible overkill" (§4.1).
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
  const labels = layoutLabels(values, quadrants, { xMin, xMax, yMin, yMax, width, height });
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

interface Frame {
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
  readonly yMax: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Places the point labels without collisions (`placeLabels`): in pixels of the plot, avoiding
 * the point markers and the quadrant captions, most important drivers first; returns the
 * label positions in data units, leader lines for displaced labels and the count dropped.
 */
function layoutLabels(
  values: readonly { label: string; importance: number; performance: number }[],
  quadrants: readonly { text: string; align: string; baseline: string }[],
  f: Frame,
): { placed: { label: string; lx: number; ly: number }[]; leaders: { importance: number; performance: number; x2: number; y2: number }[]; dropped: number } {
  const sx = (v: number): number => ((v - f.xMin) / (f.xMax - f.xMin)) * f.width;
  const sy = (v: number): number => f.height - ((v - f.yMin) / (f.yMax - f.yMin)) * f.height;
  const ix = (px: number): number => f.xMin + (px / f.width) * (f.xMax - f.xMin);
  const iy = (py: number): number => f.yMin + ((f.height - py) / f.height) * (f.yMax - f.yMin);
  const h = LABEL_FONT_SIZE + 4;
  const pts = values.filter((v) => Number.isFinite(v.importance) && Number.isFinite(v.performance));
  const obstacles: Box[] = [
    ...pts.map((p) => ({ x: sx(p.importance) - 6, y: sy(p.performance) - 6, w: 12, h: 12 })),
    ...quadrants.map((q) => {
      const w = textWidth(q.text) + 6;
      return { x: q.align === 'left' ? 0 : f.width - w, y: q.baseline === 'top' ? 0 : f.height - h - 4, w, h: h + 4 };
    }),
  ];
  const order = pts.map((p, i) => i).sort((a, b) => (pts[b]?.importance ?? 0) - (pts[a]?.importance ?? 0));
  const requests = order.map((i) => {
    const p = pts[i] as (typeof pts)[number];
    return { px: sx(p.importance), py: sy(p.performance), w: textWidth(p.label) + 4, h };
  });
  const res = placeLabels(requests, { x: 0, y: 0, w: f.width, h: f.height }, obstacles);
  const placed: { label: string; lx: number; ly: number }[] = [];
  const leaders: { importance: number; performance: number; x2: number; y2: number }[] = [];
  let dropped = 0;
  res.forEach((r, k) => {
    const p = pts[order[k] ?? 0] as (typeof pts)[number];
    const q = requests[k] as (typeof requests)[number];
    if (!r.placed) {
      dropped++;
      return;
    }
    placed.push({ label: p.label, lx: ix(r.cx), ly: iy(r.cy) });
    if (r.leader) {
      // from the marker's edge to the label box's edge
      const dx = r.cx - q.px;
      const dy = r.cy - q.py;
      const len = Math.hypot(dx, dy);
      const t = Math.min(Math.abs(dx) > 0 ? q.w / 2 / Math.abs(dx) : Infinity, Math.abs(dy) > 0 ? q.h / 2 / Math.abs(dy) : Infinity);
      const start = len > 0 ? 6 / len : 0;
      leaders.push({ importance: ix(q.px + dx * start), performance: iy(q.py + dy * start), x2: ix(r.cx - dx * t), y2: iy(r.cy - dy * t) });
    }
  });
  return { placed, leaders, dropped };
}
