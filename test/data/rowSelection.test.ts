import { describe, expect, it } from 'vitest';
import { CsiError } from 'csi-analytics';
import { datasetFromCsv } from 'csi-analytics';
import { filterRows } from 'csi-analytics';
import { likert } from 'csi-analytics';
import { splitBy } from 'csi-analytics';

const csv = [
  'id,tier,w,q1,q2',
  'a,gold,1,5,-99',
  'b,silver,2,4,3',
  'c,gold,1,3,-99',
  'd,,0.5,2,4',
  'e,silver,1,1,5',
].join('\n');
const data = datasetFromCsv(csv, { idColumn: 'id', weightColumn: 'w', defaultScale: likert(1, 5, { missingCodes: [-99] }) });

describe('filterRows', () => {
  it('keeps ids, weights, factors, columns and missing counts aligned (positions)', () => {
    const sub = filterRows(data, [4, 0]);
    expect(sub.n).toBe(2);
    expect(sub.rowIds).toEqual(['e', 'a']);
    expect(Array.from(sub.weights ?? [])).toEqual([1, 1]);
    expect(sub.factors.tier).toEqual(['silver', 'gold']);
    expect(Array.from(sub.columns.q1 ?? [])).toEqual([1, 5]);
    expect(Array.from(sub.columns.q2 ?? [])).toEqual([5, NaN]);
    expect(sub.missingCounts?.q2).toEqual({ total: 1, codes: { '-99': 1 } });
    expect(sub.missingCodeCells?.q2).toEqual([null, -99]);
    expect(sub.scales).toEqual(data.scales);
    expect(Object.isFrozen(sub)).toBe(true);
  });

  it('filters with a predicate over labelled row values', () => {
    const sub = filterRows(data, (row) => row.tier === 'gold' || (row.q1 as number) <= 2);
    expect(sub.rowIds).toEqual(['a', 'c', 'd', 'e']);
    expect(sub.missingCounts?.q2).toEqual({ total: 2, codes: { '-99': 2 } });
    const none = filterRows(data, () => false);
    expect(none.n).toBe(0);
    expect(none.missingCodeCells).toBeUndefined();
  });

  it('rejects bad positions', () => {
    let err: unknown;
    try {
      filterRows(data, [0, 0, 5, 1.5]);
    } catch (e) {
      err = e;
    }
    expect((err as CsiError).code).toBe('INVALID_OPTIONS');
    expect((err as CsiError).issues.map((i) => i.message)).toEqual([
      'filterRows: row position 0 is listed more than once.',
      'filterRows: row position 5 is not a row of the data set (0-based positions 0–4).',
      'filterRows: row position 1.5 is not a row of the data set (0-based positions 0–4).',
    ]);
  });
});

describe('splitBy', () => {
  it('splits by a factor in order of first occurrence, dropping missing levels', () => {
    const parts = splitBy(data, 'tier');
    expect(Object.keys(parts)).toEqual(['gold', 'silver']);
    expect(parts.gold?.rowIds).toEqual(['a', 'c']);
    expect(Array.from(parts.gold?.weights ?? [])).toEqual([1, 1]);
    expect(parts.gold?.missingCounts?.q2).toEqual({ total: 2, codes: { '-99': 2 } });
    expect(parts.silver?.rowIds).toEqual(['b', 'e']);
    expect(Array.from(parts.silver?.columns.q2 ?? [])).toEqual([3, 5]);
    expect(Object.getPrototypeOf(parts)).toBeNull();
  });

  it('keeps missing levels under a name when asked, and splits numeric columns ascending', () => {
    expect(splitBy(data, 'tier', { missingLevel: '(none)' })['(none)']?.rowIds).toEqual(['d']);
    const byQ2 = splitBy(data, 'q2');
    expect(Object.keys(byQ2)).toEqual(['3', '4', '5']);
    expect(byQ2['4']?.rowIds).toEqual(['d']);
  });

  it('treats a level named __proto__ as an ordinary key', () => {
    const d = datasetFromCsv('seg,q\n__proto__,1\nx,2\n__proto__,3\n');
    const parts = splitBy(d, 'seg');
    expect(Object.keys(parts)).toEqual(['__proto__', 'x']);
    expect(parts.__proto__?.n).toBe(2);
    expect(({} as Record<string, unknown>).n).toBeUndefined();
  });

  it('names an unknown column with a suggestion', () => {
    expect(() => splitBy(data, 'Tier')).toThrow('splitBy: "Tier" is not a column of the data set (did you mean "tier"?).');
  });
});
