import type { ByConstruct, ByPath } from '../estimation/types.js';
import type { ModelSpec } from '../spec/types.js';
import { escapeHtml } from './escapeHtml.js';
import type { SvgChart } from './types.js';
import { checkOptions, checkResultArg, keysSpec } from '../validate/index.js';

/** What {@link pathDiagram} draws; a `PlsFit` has these fields. */
export interface PathDiagramInput {
  readonly model: ModelSpec;
  /** `{ 'FROM->TO': β }` */
  readonly pathCoefficients: ByPath;
  /** R² of endogenous constructs, shown inside their nodes. */
  readonly rSquared?: ByConstruct;
  /** Optional p-values per path: stars `*` < .05, `**` < .01, `***` < .001. */
  readonly pValues?: ByPath;
  /** Outer weights `[construct][item]` (drawn with `outer: 'weights'`). */
  readonly outerWeights?: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Loadings `[construct][item]` (drawn with `outer: 'loadings'`). */
  readonly loadings?: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

/** Options of {@link pathDiagram}. */
export interface PathDiagramOptions {
  /** @defaultValue 'Structural model' */
  readonly title?: string;
  /** Decimals of coefficients and R². @defaultValue 3 */
  readonly digits?: number;
  /** Horizontal distance between layers, px. @defaultValue 175 */
  readonly layerGap?: number;
  /** Vertical distance between nodes of one layer, px. @defaultValue 90 */
  readonly nodeGap?: number;
  /** Prefix of element ids (markers), unique per document. @defaultValue a hash of the input */
  readonly id?: string;
  /** @defaultValue 'path-diagram' */
  readonly name?: string;
  /**
   * Also draw the measurement (outer) model: each construct's items as boxes under it, holding
   * the outer weight or loading. @defaultValue 'none'
   */
  readonly outer?: 'none' | 'weights' | 'loadings';
}

const ITEM_W = 46;
const ITEM_H = 30;
const ITEM_GAP = 4;
const ITEM_DROP = 40;

/** Width of a construct's row of item boxes. */
function itemRowWidth(k: number): number {
  return k * ITEM_W + Math.max(0, k - 1) * ITEM_GAP;
}

/** The item boxes of one construct under its ellipse: connector lines and boxes with values. */
function itemBoxes(name: string, items: readonly string[], values: Readonly<Record<string, number>> | undefined, at: Pt, digits: number, what: string): string {
  const w = itemRowWidth(items.length);
  const top = at.y + RY + ITEM_DROP;
  return items
    .map((item, k) => {
      const x = at.x - w / 2 + k * (ITEM_W + ITEM_GAP);
      const v = values?.[item];
      const label = item.length > 7 ? `${item.slice(0, 6)}…` : item;
      return (
        `<g class="item"><title>${escapeHtml(`${item} (${name}): ${what} ${v === undefined ? 'n/a' : fmt(v, digits)}`)}</title>` +
        `<line x1="${r(at.x)}" y1="${r(at.y + RY)}" x2="${r(x + ITEM_W / 2)}" y2="${r(top)}" stroke="#7f8c8d" stroke-width="1"/>` +
        `<rect x="${r(x)}" y="${r(top)}" width="${ITEM_W}" height="${ITEM_H}" fill="#ffffff" stroke="#7f8c8d"/>` +
        `<text x="${r(x + ITEM_W / 2)}" y="${r(top + 12)}" text-anchor="middle" class="item-name">${escapeHtml(label)}</text>` +
        `<text x="${r(x + ITEM_W / 2)}" y="${r(top + 25)}" text-anchor="middle" class="item-value" data-key="${what}/${escapeHtml(name)}/${escapeHtml(item)}"${v === undefined ? '' : ` data-value="${String(v)}"`}>${v === undefined ? 'n/a' : fmt(v, digits)}</text></g>`
      );
    })
    .join('');
}

interface Pt {
  x: number;
  y: number;
}

const RX = 50;
const RY = 25;

function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

function fmt(x: number, digits: number): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 'NaN' : x > 0 ? 'Inf' : '-Inf';
  const s = x.toFixed(digits);
  return /^-0(\.0*)?$/.test(s) ? s.slice(1) : s;
}

function r(x: number): string {
  return String(Math.round(x * 10) / 10);
}

/** Point where the ray from the ellipse centre `c` towards `to` leaves the ellipse. */
function onEllipse(c: Pt, to: Pt): Pt {
  const dx = to.x - c.x;
  const dy = to.y - c.y;
  const t = 1 / Math.sqrt((dx / RX) ** 2 + (dy / RY) ** 2 || 1);
  return { x: c.x + t * dx, y: c.y + t * dy };
}

function stars(p: number | undefined): string {
  if (p === undefined || !Number.isFinite(p)) return '';
  return p < 0.001 ? '***' : p < 0.01 ? '**' : p < 0.05 ? '*' : '';
}

/**
 * Draws the structural model as a self-contained SVG: constructs as ellipses laid out in
 * topological layers (left to right), arrows labelled with path coefficients, R² inside
 * endogenous nodes.
 *
 * @remarks
 * Layering is the longest-path layering of the path DAG (layer = 1 + max layer of
 * predecessors; Sugiyama, Tagawa & Toda 1981, *IEEE SMC* 11(2)), nodes of a layer are
 * stacked vertically in model order. Arrows between adjacent layers are straight; arrows
 * skipping layers are quadratic Bézier arcs above or below (the side with fewer overlapping
 * arcs), their height growing with the span so nested arcs do not cross nodes. Stroke width
 * grows with |β|; negative paths are dashed and red. Every user string is XML-escaped and
 * each number carries `data-key` (`path/FROM->TO`, `r2/NAME`) and `data-value` attributes.
 *
 * @example
 * ```ts
 * const chart = pathDiagram(fit); // a PlsFit has model, pathCoefficients and rSquared
 * document.body.innerHTML = chart.svg;
 * const withItems = pathDiagram(fit, { outer: 'loadings' }); // measurement model too
 * ```
 */
export function pathDiagram(input: PathDiagramInput, options: PathDiagramOptions = {}): SvgChart {
  checkOptions(options, keysSpec(['title', 'digits', 'layerGap', 'nodeGap', 'id', 'name', 'outer']), 'pathDiagram');
  checkResultArg(input, null, 'pathDiagram', { arg: 'input', from: 'estimatePls(...)', fields: { model: { constructs: 'array', paths: 'array' }, pathCoefficients: 'record', rSquared: 'record?', pValues: 'record?', outerWeights: 'record?', loadings: 'record?' } });
  const digits = options.digits ?? 3;
  const outer = options.outer ?? 'none';
  const widestRow = outer === 'none' ? 0 : Math.max(0, ...input.model.constructs.map((c) => itemRowWidth(c.items.length)));
  const dxLayer = Math.max(options.layerGap ?? 175, outer === 'none' ? 0 : widestRow + 30);
  const dyNode = Math.max(options.nodeGap ?? 90, outer === 'none' ? 0 : 2 * RY + ITEM_DROP + ITEM_H + 40);
  const names = input.model.constructs.map((c) => c.name);
  const known = new Set(names);
  const paths = input.model.paths.filter((p) => known.has(p.from) && known.has(p.to) && p.from !== p.to);
  const id = options.id ?? `pd${hash(JSON.stringify([names, paths, input.pathCoefficients]))}`;
  const layer = longestPathLayers(names, paths);
  const { pos, nLayers } = layerPositions(names, layer, dxLayer, dyNode);
  const arcs = arcLayout(paths, layer, pos, outer !== 'none');
  const extent = nodeExtent(pos);
  const { edges, labels } = edgeMarkup(input, paths, pos, arcs, id, digits, extent);
  const nodes = nodeMarkup(input, paths, pos, digits);
  const items = outer === 'none' ? [] : itemMarkup(input, pos, outer, digits, extent);
  return assembleSvg({ ...pick(options), id, names, paths, outer, widestRow, dxLayer, nLayers, extent, edges, labels, nodes, items });
}

type Path = PathDiagramInput['model']['paths'][number];
interface Extent {
  minY: number;
  maxY: number;
}
interface ArcLayout {
  readonly spans: readonly number[];
  /** 0: straight arrow between adjacent layers; −1 above, 1 below. */
  readonly side: readonly number[];
  readonly outRank: readonly number[];
  readonly inRank: readonly number[];
}

/** Longest-path layering (bounded by the number of constructs in case of a cycle). */
function longestPathLayers(names: readonly string[], paths: readonly Path[]): Map<string, number> {
  const layer = new Map<string, number>(names.map((n) => [n, 0]));
  for (let pass = 0; pass < names.length; pass++) {
    let changed = false;
    for (const p of paths) {
      const want = (layer.get(p.from) ?? 0) + 1;
      if (want > (layer.get(p.to) ?? 0) && want < names.length) {
        layer.set(p.to, want);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return layer;
}

/** Node centres: layers left to right, the members of a layer stacked around y = 0. */
function layerPositions(names: readonly string[], layer: ReadonlyMap<string, number>, dxLayer: number, dyNode: number): { pos: Map<string, Pt>; nLayers: number } {
  const nLayers = Math.max(0, ...layer.values()) + 1;
  const byLayer: string[][] = Array.from({ length: nLayers }, () => []);
  for (const n of names) byLayer[layer.get(n) ?? 0]?.push(n);
  const pos = new Map<string, Pt>();
  byLayer.forEach((members, li) => {
    members.forEach((n, k) => {
      pos.set(n, { x: RX + li * dxLayer, y: (k - (members.length - 1) / 2) * dyNode });
    });
  });
  return { pos, nLayers };
}

/** Arc side for layer-skipping paths (fewest overlapping arcs on that side; all above with items drawn) and each arc's rank at its ends. */
function arcLayout(paths: readonly Path[], layer: ReadonlyMap<string, number>, pos: ReadonlyMap<string, Pt>, itemsBelow: boolean): ArcLayout {
  const spans = paths.map((p) => Math.abs((layer.get(p.to) ?? 0) - (layer.get(p.from) ?? 0)));
  const order = paths.map((_, i) => i).sort((a, b) => (spans[a] ?? 0) - (spans[b] ?? 0) || a - b);
  const side = new Array<number>(paths.length).fill(0);
  const placed: { lo: number; hi: number; side: number }[] = [];
  for (const i of order) {
    const p = paths[i];
    const s = spans[i] ?? 0;
    if (p === undefined) continue;
    const a = pos.get(p.from);
    const b = pos.get(p.to);
    if (a === undefined || b === undefined) continue;
    if (s <= 1) continue; // adjacent layers: straight arrow
    const lo = Math.min(a.x, b.x);
    const hi = Math.max(a.x, b.x);
    const overlaps = (sd: number): number => placed.filter((q) => q.side === sd && q.lo < hi && lo < q.hi).length;
    const sd = itemsBelow || overlaps(-1) <= overlaps(1) ? -1 : 1;
    side[i] = sd;
    placed.push({ lo, hi, side: sd });
  }
  return { spans, side, outRank: arcRanks(paths, side, spans, 'from'), inRank: arcRanks(paths, side, spans, 'to') };
}

/** Rank of each arc among the arcs leaving (entering) the same node on the same side, widest first. */
function arcRanks(paths: readonly Path[], side: readonly number[], spans: readonly number[], end: 'from' | 'to'): number[] {
  const into = new Array<number>(paths.length).fill(0);
  const groups = new Map<string, number[]>();
  paths.forEach((p, i) => {
    if ((side[i] ?? 0) === 0) return;
    const g = `${p[end]}\u0000${side[i] ?? 0}`;
    groups.set(g, [...(groups.get(g) ?? []), i]);
  });
  for (const members of groups.values()) {
    members.sort((x, y) => (spans[y] ?? 0) - (spans[x] ?? 0) || x - y);
    members.forEach((i, k) => (into[i] = k));
  }
  return into;
}

function nodeExtent(pos: ReadonlyMap<string, Pt>): Extent {
  let minY = -RY;
  let maxY = RY;
  for (const p of pos.values()) {
    minY = Math.min(minY, p.y - RY);
    maxY = Math.max(maxY, p.y + RY);
  }
  return { minY, maxY };
}

/** The SVG path of one arrow and where its label goes (straight, or a quadratic arc above/below). */
function arrowGeometry(a: Pt, b: Pt, i: number, arcs: ArcLayout, extent: Extent): { d: string; mid: Pt } {
  const sd = arcs.side[i] ?? 0;
  if (sd === 0) {
    const s = onEllipse(a, b);
    const e = onEllipse(b, a);
    // Label just above a horizontal arrow so it does not hide the line.
    return { d: `M${r(s.x)},${r(s.y)} L${r(e.x)},${r(e.y)}`, mid: { x: (s.x + e.x) / 2, y: (s.y + e.y) / 2 - (Math.abs(s.y - e.y) < 1 ? 9 : 0) } };
  }
  const span = arcs.spans[i] ?? 2;
  const lift = 2 * (RY + 12 + 22 * (span - 1));
  const c = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 + sd * lift };
  // Spread arc ends over the ellipse: the widest arc leaves nearest the top (bottom).
  const phi = (rank: number): number => ((22 + 20 * Math.min(rank, 3)) * Math.PI) / 180;
  const s = { x: a.x + RX * Math.sin(phi(arcs.outRank[i] ?? 0)), y: a.y + sd * RY * Math.cos(phi(arcs.outRank[i] ?? 0)) };
  const e = { x: b.x - RX * Math.sin(phi(arcs.inRank[i] ?? 0)), y: b.y + sd * RY * Math.cos(phi(arcs.inRank[i] ?? 0)) };
  const mid = { x: (s.x + 2 * c.x + e.x) / 4, y: (s.y + 2 * c.y + e.y) / 4 };
  extent.minY = Math.min(extent.minY, mid.y - 12);
  extent.maxY = Math.max(extent.maxY, mid.y + 12);
  return { d: `M${r(s.x)},${r(s.y)} Q${r(c.x)},${r(c.y)} ${r(e.x)},${r(e.y)}`, mid };
}

/** Arrows (width by |β|, negative dashed red) and their coefficient labels; widens `extent` for arcs. */
function edgeMarkup(input: PathDiagramInput, paths: readonly Path[], pos: ReadonlyMap<string, Pt>, arcs: ArcLayout, id: string, digits: number, extent: Extent): { edges: string[]; labels: string[] } {
  const edges: string[] = [];
  const labels: string[] = [];
  paths.forEach((p, i) => {
    const a = pos.get(p.from);
    const b = pos.get(p.to);
    if (a === undefined || b === undefined) return;
    const key = `${p.from}->${p.to}`;
    const beta = input.pathCoefficients[key];
    const value = beta ?? NaN;
    const neg = value < 0;
    const width = 1 + 3 * Math.min(1, Math.abs(Number.isFinite(value) ? value : 0));
    const colour = neg ? '#b03a2e' : '#34495e';
    const { d, mid } = arrowGeometry(a, b, i, arcs, extent);
    edges.push(
      `<path d="${d}" fill="none" stroke="${colour}" stroke-width="${r(width)}"${neg ? ' stroke-dasharray="6 4"' : ''} marker-end="url(#${id}-${neg ? 'neg' : 'pos'})"><title>${escapeHtml(key)}</title></path>`,
    );
    const text = beta === undefined ? 'n/a' : `${fmt(value, digits)}${stars(input.pValues?.[key])}`;
    labels.push(
      `<text x="${r(mid.x)}" y="${r(mid.y + 4)}" text-anchor="middle" class="coef" data-key="path/${escapeHtml(key)}"${beta === undefined ? '' : ` data-value="${String(value)}"`}>${escapeHtml(text)}</text>`,
    );
  });
  return { edges, labels };
}

/** Construct ellipses with their names and, for endogenous ones, R². */
function nodeMarkup(input: PathDiagramInput, paths: readonly Path[], pos: ReadonlyMap<string, Pt>, digits: number): string[] {
  const nodes: string[] = [];
  for (const c of input.model.constructs) {
    const p = pos.get(c.name);
    if (p === undefined) continue;
    const r2 = input.rSquared?.[c.name];
    const endo = paths.some((q) => q.to === c.name);
    const name = c.name.length > 14 ? `${c.name.slice(0, 13)}…` : c.name;
    const tip = c.label !== undefined ? `${c.name}: ${c.label}` : c.name;
    const showR2 = endo && r2 !== undefined;
    nodes.push(
      `<g class="node"><title>${escapeHtml(tip)}</title>` +
        `<ellipse cx="${r(p.x)}" cy="${r(p.y)}" rx="${RX}" ry="${RY}" fill="${endo ? '#eaf1f7' : '#ffffff'}" stroke="#1f5f8b" stroke-width="1.5"/>` +
        `<text x="${r(p.x)}" y="${r(p.y + (showR2 ? -3 : 4))}" text-anchor="middle" class="name">${escapeHtml(name)}</text>` +
        (showR2
          ? `<text x="${r(p.x)}" y="${r(p.y + 13)}" text-anchor="middle" class="r2">R² = <tspan data-key="r2/${escapeHtml(c.name)}" data-value="${String(r2)}">${fmt(r2, digits)}</tspan></text>`
          : '') +
        `</g>`,
    );
  }
  return nodes;
}

/** Item boxes under every construct (outer weights or loadings); widens `extent`. */
function itemMarkup(input: PathDiagramInput, pos: ReadonlyMap<string, Pt>, outer: 'weights' | 'loadings', digits: number, extent: Extent): string[] {
  const values = outer === 'weights' ? input.outerWeights : input.loadings;
  const items: string[] = [];
  for (const c of input.model.constructs) {
    const p = pos.get(c.name);
    if (p === undefined) continue;
    items.push(itemBoxes(c.name, c.items, values?.[c.name], p, digits, outer === 'weights' ? 'weight' : 'loading'));
    extent.maxY = Math.max(extent.maxY, p.y + RY + ITEM_DROP + ITEM_H);
  }
  return items;
}

/** What the SVG assembly needs: the inputs, the layout geometry and the drawn parts. */
type SvgParts = Pick<PathDiagramOptions, 'title' | 'name'> & { id: string; names: readonly string[]; paths: readonly Path[]; outer: 'none' | 'weights' | 'loadings' }
  & { widestRow: number; dxLayer: number; nLayers: number; extent: Extent } & Record<'edges' | 'labels' | 'nodes' | 'items', readonly string[]>;

/** The self-contained SVG: size from the extent, markers, styles and the four layers. */
function assembleSvg(s: SvgParts): SvgChart {
  const { id, outer, extent } = s;
  const margin = 12;
  const halfSpan = Math.max(RX, s.widestRow / 2);
  const width = 2 * halfSpan + (s.nLayers - 1) * s.dxLayer + 2 * margin;
  const top = extent.minY - margin;
  const height = extent.maxY - extent.minY + 2 * margin;
  const title = s.title ?? 'Structural model';
  const desc = `Path diagram of ${s.names.length} constructs and ${s.paths.length} paths; arrows show path coefficients, endogenous nodes their R²${outer === 'none' ? '' : `; boxes under each construct show its items' ${outer === 'weights' ? 'outer weights' : 'loadings'}`}.`;
  const marker = (kind: string, colour: string): string =>
    `<marker id="${id}-${kind}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="10" markerHeight="10" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="${colour}"/></marker>`;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" class="csi-path-diagram" role="img" aria-label="${escapeHtml(desc)}" ` +
    `width="${r(width)}" height="${r(height)}" viewBox="${r(RX - halfSpan - margin)} ${r(top)} ${r(width)} ${r(height)}" ` +
    `font-family="Helvetica, Arial, sans-serif">` +
    `<title>${escapeHtml(title)}</title>` +
    `<defs>${marker('pos', '#34495e')}${marker('neg', '#b03a2e')}</defs>` +
    `<style>.csi-path-diagram .name{font-size:12px;font-weight:bold;fill:#1b2631}.csi-path-diagram .r2{font-size:10px;fill:#34495e}.csi-path-diagram .coef{font-size:11px;fill:#1b2631;paint-order:stroke;stroke:#fff;stroke-width:4px;stroke-linejoin:round}.csi-path-diagram .item-name{font-size:9px;fill:#1b2631}.csi-path-diagram .item-value{font-size:9px;fill:#34495e}</style>` +
    `<g class="edges">${s.edges.join('')}</g><g class="items">${s.items.join('')}</g><g class="nodes">${s.nodes.join('')}</g><g class="labels">${s.labels.join('')}</g></svg>`;
  return { kind: 'svg', name: s.name ?? 'path-diagram', title, description: desc, svg };
}

function pick(o: PathDiagramOptions): Pick<PathDiagramOptions, 'title' | 'name'> {
  return { ...(o.title !== undefined ? { title: o.title } : {}), ...(o.name !== undefined ? { name: o.name } : {}) };
}
