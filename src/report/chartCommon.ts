/**
 * Shared pieces of the Vega-Lite chart builders. @internal @packageDocumentation
 */
import type { TopLevelSpec } from 'vega-lite';
import { displayWidth } from './displayWidth.js';

/**
 * The colour-blind-safe categorical palette of Okabe & Ito (2008, "Color Universal Design"),
 * blue first; black last. @internal
 */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#F0E442', '#000000'] as const;

/** One layer of a layered Vega-Lite spec. @internal */
export type Layer = Extract<TopLevelSpec, { layer: unknown }>['layer'][number];

/** The Vega-Lite `$schema` the specs target. @internal */
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/** Look shared by all charts: system fonts (no web fonts), no view frame. @internal */
export const CHART_CONFIG = {
  font: 'Helvetica, Arial, sans-serif',
  view: { stroke: null },
  axis: {
    labelFontSize: 11,
    titleFontSize: 12,
    titleFontWeight: 'normal' as const,
    grid: true,
    gridColor: '#e5e5e5',
    // hide tick labels that would touch (estimated widths are conservative, see textWidth)
    labelOverlap: 'greedy' as const,
    labelSeparation: 6,
    labelLimit: 0,
  },
  legend: { labelFontSize: 11, titleFontSize: 12, orient: 'bottom' as const },
  title: { fontSize: 14, anchor: 'start' as const },
  range: { category: [...PALETTE] },
};

/** Verdict colours (Okabe–Ito): pass bluish green, warning orange, fail vermillion. @internal */
export const VERDICT_COLORS = { pass: '#009E73', warning: '#E69F00', fail: '#D55E00', neutral: '#56606b' } as const;

/** Font size of data labels. @internal */
export const LABEL_FONT_SIZE = 11;

/**
 * A conservative estimate of a label's width in pixels: capitals 0.78 em, thin punctuation
 * 0.32 em, other narrow characters 0.6 em, wide (CJK) characters 1.05 em (Liberation Sans /
 * Helvetica capitals are ≤ 0.78 em, digits 0.56 em; Noto Sans CJK glyphs 1 em). @internal
 */
export function textWidth(text: string, fontSize = LABEL_FONT_SIZE): number {
  let w = 0;
  for (const ch of text) {
    const d = displayWidth(ch);
    w += d === 2 ? 1.05 : d === 0 ? 0 : /[A-Z@%&MW]/.test(ch) ? 0.78 : /[ .,:;'|!il]/.test(ch) ? 0.32 : 0.6;
  }
  return w * fontSize;
}

/** Wraps a label at spaces (or between wide characters) into lines of at most `maxWidth` px; never truncates. @internal */
export function wrapLabel(text: string, maxWidth: number, fontSize = LABEL_FONT_SIZE): string[] {
  const words = text.split(/(?<=\s)|(?=[\u3000-\u9fff\uff00-\uffef])/u).filter((w) => w.length > 0);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line + w;
    if (line !== '' && textWidth(next.trimEnd(), fontSize) > maxWidth) {
      lines.push(line.trimEnd());
      line = w.trimStart();
    } else line = next;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines.length > 0 ? lines : [text];
}

/**
 * A Vega `labelExpr` showing each axis label wrapped into lines (an array = multi-line
 * label); labels that fit stay as they are. @internal
 */
export function wrappedLabelExpr(labels: readonly string[], maxWidth: number, fontSize = LABEL_FONT_SIZE): string | undefined {
  const map: Record<string, string[]> = {};
  let any = false;
  for (const l of labels) {
    const lines = wrapLabel(l, maxWidth, fontSize);
    if (lines.length > 1) {
      map[l] = lines;
      any = true;
    }
  }
  return any ? `(${JSON.stringify(map)})[datum.value] || datum.value` : undefined;
}

/** Distinct values in first-seen order. @internal */
export function uniqueInOrder<T>(values: Iterable<T>): T[] {
  const seen = new Set<T>();
  const out: T[] = [];
  for (const v of values) {
    if (!seen.has(v)) {
      seen.add(v);
      out.push(v);
    }
  }
  return out;
}

/** Arithmetic mean of finite values (NaN if none). @internal */
export function meanOf(values: readonly number[]): number {
  let s = 0;
  let n = 0;
  for (const v of values) {
    if (Number.isFinite(v)) {
      s += v;
      n++;
    }
  }
  return n > 0 ? s / n : NaN;
}

/** Removes undefined-valued properties so data rows stay JSON-clean. @internal */
export function clean<T extends Record<string, unknown>>(row: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) if (v !== undefined) out[k] = v;
  return out as T;
}
