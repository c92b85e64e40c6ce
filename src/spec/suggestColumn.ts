import { editDistance, nearest } from '../util/record.js';

function trailingNumber(s: string): number | undefined {
  const m = /(\d+)$/.exec(s);
  return m?.[1] !== undefined ? Number(m[1]) : undefined;
}

/**
 * The data column a misspelt item most likely meant: the nearest by case-insensitive
 * Levenshtein distance (same threshold as `nearest`), ties broken by (1) columns the model
 * does not use yet, (2) the closest trailing number (`CUSA4` → `CUSA3`), (3) column order.
 *
 * @remarks Levenshtein, V. I. (1966), *Soviet Physics Doklady* 10(8):707–710.
 *
 * @example
 * ```ts
 * suggestColumn('CUSA4', ['CUSA1', 'CUSA2', 'CUSA3'], new Set()); // 'CUSA3'
 * ```
 * @internal
 */
export function suggestColumn(item: string, columns: readonly string[], used: ReadonlySet<string>): string | undefined {
  const best = nearest(item, columns);
  if (best === undefined) return undefined;
  const target = item.toLowerCase();
  const d = editDistance(target, best.toLowerCase());
  const num = trailingNumber(item);
  const ranked = columns
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => editDistance(target, c.toLowerCase()) === d)
    .map(({ c, i }) => {
      const n = trailingNumber(c);
      return { c, i, used: used.has(c) ? 1 : 0, gap: num !== undefined && n !== undefined ? Math.abs(n - num) : Infinity };
    })
    .sort((a, b) => a.used - b.used || a.gap - b.gap || a.i - b.i);
  return ranked[0]?.c ?? best;
}
