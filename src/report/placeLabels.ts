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
