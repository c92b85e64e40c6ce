/**
 * Row subsets of a data set with ids, weights, factors and missing-code records kept aligned. @internal
 */
import { deepFreeze, recordFrom } from '../util/record.js';
import type { Dataset, MissingCount } from './types.js';

/** A new frozen data set made of the rows at the 0-based `indices` (validated by the caller). @internal */
export function selectRows(ds: Dataset, indices: readonly number[]): Dataset {
  const m = indices.length;
  const columns = ds.items.map((item) => {
    const src = ds.columns[item] ?? new Float64Array(ds.n).fill(NaN);
    const out = new Float64Array(m);
    for (let k = 0; k < m; k++) out[k] = src[indices[k] ?? 0] ?? NaN;
    return [item, out] as const;
  });
  const factors = ds.factorNames.map((f) => {
    const src = ds.factors[f] ?? [];
    return [f, indices.map((i) => src[i] ?? null)] as const;
  });
  const codeCells = ds.missingCodeCells;
  const subCodeCells =
    codeCells !== undefined
      ? Object.keys(codeCells).flatMap((item) => {
          const src = codeCells[item] ?? [];
          const sub = indices.map((i) => src[i] ?? null);
          return sub.some((c) => c !== null) ? [[item, sub] as const] : [];
        })
      : [];
  let missingCounts: Record<string, MissingCount> | undefined;
  if (ds.missingCounts !== undefined) {
    const subCells = recordFrom(subCodeCells);
    missingCounts = recordFrom(
      columns.map(([item, col]) => {
        let total = 0;
        for (let k = 0; k < m; k++) if (Number.isNaN(col[k] ?? NaN)) total++;
        const tally = new Map<number, number>();
        for (const c of subCells[item] ?? []) if (c !== null) tally.set(c, (tally.get(c) ?? 0) + 1);
        const codes = recordFrom([...tally.entries()].sort((a, b) => a[0] - b[0]).map(([c, k]) => [String(c), k] as const));
        return [item, { total, codes }] as const;
      }),
    );
  }
  const weights = ds.weights;
  const rowIds = ds.rowIds;
  const out: Dataset = {
    n: m,
    items: [...ds.items],
    columns: recordFrom(columns),
    factorNames: [...ds.factorNames],
    factors: recordFrom(factors),
    ...(rowIds !== undefined ? { rowIds: indices.map((i) => rowIds[i] ?? '') } : {}),
    scales: recordFrom(Object.keys(ds.scales).map((k) => [k, ds.scales[k]] as const).filter((e): e is readonly [string, NonNullable<(typeof e)[1]>] => e[1] !== undefined)),
    ...(weights !== undefined ? { weights: Float64Array.from(indices, (i) => weights[i] ?? NaN) } : {}),
    ...(missingCounts !== undefined ? { missingCounts } : {}),
    ...(subCodeCells.length > 0 ? { missingCodeCells: recordFrom(subCodeCells) } : {}),
  };
  return deepFreeze(out);
}
