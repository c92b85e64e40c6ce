import { LABEL_FONT_SIZE, textWidth } from './chartCommon.js';

/**
 * Collision-aware placement of point labels (scatter charts: IPMA, Kano). @internal
 * @packageDocumentation
 */

/** An axis-aligned box in pixels (`x`, `y` = top-left). @internal */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** A label to place next to its point (pixels, y down). @internal */
export interface LabelRequest {
  readonly px: number;
  readonly py: number;
  readonly w: number;
  readonly h: number;
}

/** Where a label went: its centre, and whether it needs a leader line to its point. @internal */
export interface PlacedLabel {
  readonly placed: boolean;
  readonly cx: number;
  readonly cy: number;
  readonly leader: boolean;
}

/** Whether two boxes overlap (touching edges do not). @internal */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

// right, upper right, above, upper left, left, lower left, below, lower right
const DIRECTIONS: readonly (readonly [number, number])[] = [
  [1, 0], [1, -1], [0, -1], [-1, -1], [-1, 0], [-1, 1], [0, 1], [1, 1],
];
const RINGS = [7, 16, 28, 42, 58];

/**
 * Greedy label placement: each label, in the order given, takes the first candidate position
 * (8 directions around its point, at growing distances) whose box stays inside `bounds` and
 * meets no placed label and no obstacle (point markers, fixed texts). Labels placed away from
 * the first ring get a leader line; labels that fit nowhere are left unplaced (the caller lists
 * them elsewhere).
 *
 * @remarks
 * A standard greedy candidate-position scheme for point-feature labelling (Christensen, Marks
 * & Shieber 1995, *ACM TOG* 14(3), "An empirical study of algorithms for point-feature label
 * placement"). Deterministic: no randomness, order = priority.
 *
 * @example
 * ```ts
 * placeLabels([{ px: 10, py: 10, w: 30, h: 12 }], { x: 0, y: 0, w: 200, h: 100 }, []);
 * ```
 */
export function placeLabels(labels: readonly LabelRequest[], bounds: Box, obstacles: readonly Box[]): PlacedLabel[] {
  const taken: Box[] = [...obstacles];
  return labels.map((l) => {
    for (const [ri, d] of RINGS.entries()) {
      for (const [dx, dy] of DIRECTIONS) {
        // the box touches the ring at distance d from the point, on the side (dx, dy)
        const cx = l.px + dx * (d + l.w / 2);
        const cy = l.py + dy * (d + l.h / 2);
        const box = { x: cx - l.w / 2, y: cy - l.h / 2, w: l.w, h: l.h };
        if (box.x < bounds.x || box.y < bounds.y || box.x + box.w > bounds.x + bounds.w || box.y + box.h > bounds.y + bounds.h) continue;
        if (taken.some((t) => overlaps(t, box))) continue;
        taken.push(box);
        return { placed: true, cx, cy, leader: ri > 0 };
      }
    }
    return { placed: false, cx: l.px, cy: l.py, leader: false };
  });
}

/** The plot frame of a scatter chart: data domains and pixel size. @internal */
export interface ScatterFrame {
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
  readonly yMax: number;
  readonly width: number;
  readonly height: number;
}

/** Labels of a scatter chart laid out in data units. @internal */
export interface ScatterLabels {
  readonly placed: { label: string; lx: number; ly: number }[];
  readonly leaders: { x1: number; y1: number; x2: number; y2: number }[];
  readonly dropped: number;
}

/**
 * Lays out the point labels of a scatter chart with fixed linear domains: in pixels of the
 * plot, avoiding the point markers and the corner captions, highest `priority` first; returns
 * label centres in data units, leader lines (marker edge → label edge) for displaced labels
 * and how many labels found no place. @internal
 */
export function layoutScatterLabels(
  points: readonly { label: string; x: number; y: number; priority: number }[],
  corners: readonly { text: string; align: string; baseline: string }[],
  f: ScatterFrame,
): ScatterLabels {
  const sx = (v: number): number => ((v - f.xMin) / (f.xMax - f.xMin)) * f.width;
  const sy = (v: number): number => f.height - ((v - f.yMin) / (f.yMax - f.yMin)) * f.height;
  const ix = (px: number): number => f.xMin + (px / f.width) * (f.xMax - f.xMin);
  const iy = (py: number): number => f.yMin + ((f.height - py) / f.height) * (f.yMax - f.yMin);
  const h = LABEL_FONT_SIZE + 4;
  const pts = points.filter((v) => Number.isFinite(v.x) && Number.isFinite(v.y));
  const obstacles: Box[] = [
    ...pts.map((p) => ({ x: sx(p.x) - 6, y: sy(p.y) - 6, w: 12, h: 12 })),
    ...corners.map((q) => {
      const w = textWidth(q.text) + 6;
      return { x: q.align === 'left' ? 0 : f.width - w, y: q.baseline === 'top' ? 0 : f.height - h - 4, w, h: h + 4 };
    }),
  ];
  const order = pts.map((_, i) => i).sort((a, b) => (pts[b]?.priority ?? 0) - (pts[a]?.priority ?? 0));
  const requests = order.map((i) => {
    const p = pts[i] as (typeof pts)[number];
    return { px: sx(p.x), py: sy(p.y), w: textWidth(p.label) + 4, h };
  });
  const res = placeLabels(requests, { x: 0, y: 0, w: f.width, h: f.height }, obstacles);
  const placed: ScatterLabels['placed'] = [];
  const leaders: ScatterLabels['leaders'] = [];
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
      const dx = r.cx - q.px;
      const dy = r.cy - q.py;
      const len = Math.hypot(dx, dy);
      const t = Math.min(Math.abs(dx) > 0 ? q.w / 2 / Math.abs(dx) : Infinity, Math.abs(dy) > 0 ? q.h / 2 / Math.abs(dy) : Infinity);
      const start = len > 0 ? 6 / len : 0;
      leaders.push({ x1: ix(q.px + dx * start), y1: iy(q.py + dy * start), x2: ix(r.cx - dx * t), y2: iy(r.cy - dy * t) });
    }
  });
  return { placed, leaders, dropped };
}
