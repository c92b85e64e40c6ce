/**
 * Row selection and 0–100 (POMP) row scores shared by the programme analyses (internal).
 * @packageDocumentation
 */
import type { Dataset } from '../../data/types.js';
import { pompValue } from '../../numeric/pompValue.js';

/** Rows with a value in every one of `items` (listwise). @internal */
export function completeRows(data: Dataset, items: readonly string[]): number[] {
  const cols = items.map((it) => data.columns[it]!);
  const rows: number[] = [];
  for (let r = 0; r < data.n; r++) if (cols.every((c) => !Number.isNaN(c[r]!))) rows.push(r);
  return rows;
}

/** Mean 0–100 (POMP) score of `items` on `rows`, each item on its declared scale. @internal */
export function pompScores(data: Dataset, items: readonly string[], rows: readonly number[]): Float64Array {
  const out = new Float64Array(rows.length);
  for (const it of items) {
    const c = data.columns[it]!;
    const sc = data.scales[it]!;
    rows.forEach((r, i) => {
      out[i] = out[i]! + pompValue(c[r]!, sc.min, sc.max) / items.length;
    });
  }
  return out;
}
