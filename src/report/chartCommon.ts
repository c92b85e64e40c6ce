/**
 * Shared pieces of the Vega-Lite chart builders. @internal @packageDocumentation
 */
import type { TopLevelSpec } from 'vega-lite';

/** One layer of a layered Vega-Lite spec. @internal */
export type Layer = Extract<TopLevelSpec, { layer: unknown }>['layer'][number];

/** The Vega-Lite `$schema` the specs target. @internal */
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/** Look shared by all charts: system fonts (no web fonts), no view frame. @internal */
export const CHART_CONFIG = {
  font: 'Helvetica, Arial, sans-serif',
  view: { stroke: null },
  axis: { labelFontSize: 11, titleFontSize: 12, titleFontWeight: 'normal' as const, grid: true, gridColor: '#e5e5e5' },
  legend: { labelFontSize: 11, titleFontSize: 12, orient: 'bottom' as const },
  title: { fontSize: 14, anchor: 'start' as const },
  range: {
    category: ['#1f5f8b', '#e07b39', '#3c9d5d', '#b5475b', '#7b5ea7', '#8c6d46', '#d16ba5', '#6b6b6b', '#b8b800', '#2bb0c2'],
  },
};

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
