/**
 * A hand-built data set holding Kano answers as numeric columns, with the pairs naming them
 * (`<feature>.F`, `<feature>.D`) — the column form `kanoAnalysis(data, pairs)` takes.
 */
import type { Dataset, KanoPair } from 'csi-analytics';

export function kanoData(features: Readonly<Record<string, { readonly functional: ArrayLike<number>; readonly dysfunctional: ArrayLike<number> }>>): { data: Dataset; pairs: KanoPair[] } {
  const columns: Record<string, Float64Array> = Object.create(null) as Record<string, Float64Array>;
  const pairs: KanoPair[] = [];
  let n = 0;
  for (const [item, f] of Object.entries(features)) {
    columns[`${item}.F`] = Float64Array.from(f.functional);
    columns[`${item}.D`] = Float64Array.from(f.dysfunctional);
    n = Math.max(n, f.functional.length, f.dysfunctional.length);
    pairs.push({ item, functional: `${item}.F`, dysfunctional: `${item}.D` });
  }
  const data: Dataset = { n, items: Object.keys(columns), columns, factorNames: [], factors: Object.create(null) as Record<string, never>, scales: Object.create(null) as Record<string, never> };
  return { data, pairs };
}

/** `[data, pairs]` for spreading into `kanoAnalysis(...kanoArgs({ ... }), options)`. */
export function kanoArgs(features: Parameters<typeof kanoData>[0]): [Dataset, KanoPair[]] {
  const { data, pairs } = kanoData(features);
  return [data, pairs];
}
