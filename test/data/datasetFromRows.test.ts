import { describe, expect, it } from 'vitest';
import { CsiError } from 'csi-analytics';
import { datasetFromRows } from 'csi-analytics';
import { likert } from 'csi-analytics';
import { caughtMessages } from '../helpers/errors.js';

describe('datasetFromRows', () => {
  it('takes the union of keys in first-seen order; absent keys are missing', () => {
    const d = datasetFromRows(
      [
        { id: 'r1', tier: 'gold', CUSA1: 9, CUSA2: '8' },
        { id: 'r2', tier: 'silver', CUSA1: 'NA', CUSA3: 4 },
        { id: 'r3', CUSA1: 7, CUSA2: null, CUSA3: 5 },
        { id: 'r4', CUSA1: 7, CUSA2: 6, CUSA3: 5 },
      ],
      { idColumn: 'id', defaultScale: likert(1, 10) },
    );
    expect(d.items).toEqual(['CUSA1', 'CUSA2', 'CUSA3']);
    expect(d.factorNames).toEqual(['tier']);
    expect(d.factors.tier).toEqual(['gold', 'silver', null, null]);
    expect(d.rowIds).toEqual(['r1', 'r2', 'r3', 'r4']);
    expect(Array.from(d.columns.CUSA1 ?? [])).toEqual([9, NaN, 7, 7]);
    expect(Array.from(d.columns.CUSA2 ?? [])).toEqual([8, NaN, NaN, 6]);
    expect(Array.from(d.columns.CUSA3 ?? [])).toEqual([NaN, 4, 5, 5]);
    expect(d.missingCounts?.CUSA2?.total).toBe(2);
  });

  it('reports bad rows and values with 1-based rows', () => {
    const rows = [{ q: 1, r: 2 }, 'oops', { q: 12, r: 3 }, { q: 'x', r: 4 }, { q: 2, r: 5 }] as unknown as Parameters<typeof datasetFromRows>[0];
    expect(caughtMessages(() => datasetFromRows(rows, { scales: { q: likert(1, 10) } }))).toEqual([
      'Row 2 is "oops"; expected an object of column → value.',
      'Item "q" in row 3 has value 12, outside its scale 1–10.',
      'Item "q" in row 4 has value "x", which is not a number; expected a number on its scale 1–10 or a missing token (empty, NA, N/A, .).',
    ]);
  });

  it('refuses a __proto__ key from JSON and leaves Object.prototype untouched', () => {
    const rows = JSON.parse('[{"q": 1, "__proto__": {"polluted": 1}}, {"q": 2, "__proto__": {"polluted": 2}}]') as Parameters<typeof datasetFromRows>[0];
    expect(caughtMessages(() => datasetFromRows(rows))).toEqual([
      'Column 2 is named "__proto__", a reserved name that cannot be used for a column; rename it.',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('datasetFromRows: boolean cells are text, not a crash (regression of the decimal-comma classification, test/fuzz/csv.test.ts)', () => {
  it('a true cell in an item column is reported as a CsiError', async () => {
    const { datasetFromRows: fromRows, CsiError: Err } = await import('csi-analytics');
    expect(() => fromRows([{ Q1: 1 }, { Q1: 2 }, { Q1: true }])).not.toThrow(TypeError);
    try {
      fromRows([{ Q1: 1 }, { Q1: 2 }, { Q1: true }]);
    } catch (e) {
      expect(e).toBeInstanceOf(Err);
    }
  });
});
