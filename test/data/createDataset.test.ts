import { describe, expect, it } from 'vitest';
import { CsiError } from 'csi-analytics';
import { createDataset } from 'csi-analytics';
import { likert } from 'csi-analytics';
import { caughtMessages } from '../helpers/errors.js';

describe('createDataset', () => {
  it('reads a Float64Array column by the same rules as a number array (NaN missing, ±Infinity and off-scale cells reported)', () => {
    // witness: the general cell loop on a plain array; the typed fast path must report the same issues
    const cells = [1, Infinity, NaN, 3, 2.5, -Infinity, 9];
    const issues = (c: ArrayLike<number>) => {
      try {
        createDataset({ columns: { Q1: c as number[], Q2: [1, 2, 3, 4, 5, 1, 2] }, defaultScale: likert(1, 5) });
      } catch (e) {
        if (e instanceof CsiError) return e.issues.map((i) => [i.kind, i.row, i.message]);
        throw e;
      }
      throw new Error('expected a CsiError');
    };
    const typed = issues(Float64Array.from(cells));
    expect(typed).toEqual(issues(cells));
    expect(typed.map((i) => [i[0], i[1]])).toEqual([
      ['non_numeric', 2],
      ['not_integer', 5],
      ['non_numeric', 6],
      ['out_of_scale', 7],
    ]);
    const ok = createDataset({ columns: { Q1: Float64Array.from([1, NaN, 5]) }, defaultScale: likert(1, 5, { reverse: true }) });
    expect(Array.from(ok.columns.Q1 as Float64Array)).toEqual([5, NaN, 1]);
  });

  it('builds a frozen columnar data set from numeric columns and factors', () => {
    const src = [7, 9, null, 10];
    const d = createDataset({
      columns: { CUSA1: src, CUSA2: new Float64Array([6, NaN, 9, 10]) },
      factors: { tier: ['gold', 'silver', 'gold', null] },
      rowIds: ['a', 'b', 'c', 'd'],
      weights: [1, 2, 1, 0.5],
      defaultScale: likert(1, 10),
    });
    expect(d.n).toBe(4);
    expect(d.items).toEqual(['CUSA1', 'CUSA2']);
    expect(d.columns.CUSA1).toBeInstanceOf(Float64Array);
    expect(Array.from(d.columns.CUSA1 ?? [])).toEqual([7, 9, NaN, 10]);
    expect(d.factorNames).toEqual(['tier']);
    expect(d.factors.tier).toEqual(['gold', 'silver', 'gold', null]);
    expect(d.rowIds).toEqual(['a', 'b', 'c', 'd']);
    expect(Array.from(d.weights ?? [])).toEqual([1, 2, 1, 0.5]);
    expect(d.scales.CUSA2).toEqual({ min: 1, max: 10, integer: true });
    expect(d.missingCounts?.CUSA1).toEqual({ total: 1, codes: {} });
    expect(Object.isFrozen(d)).toBe(true);
    expect(Object.isFrozen(d.items)).toBe(true);
    expect(Object.getPrototypeOf(d.columns)).toBeNull();
    src[0] = 1; // input is copied
    expect(d.columns.CUSA1?.[0]).toBe(7);
  });

  it('applies missing codes and reverse coding from per-item scales', () => {
    const d = createDataset({
      columns: { q1: [1, 2, 99, 5], q2: [1, 2, 3, 4] },
      scales: { q1: likert(1, 5, { missingCodes: [99] }), q2: likert(1, 5, { reverse: true }) },
    });
    expect(Array.from(d.columns.q1 ?? [])).toEqual([1, 2, NaN, 5]);
    expect(Array.from(d.columns.q2 ?? [])).toEqual([5, 4, 3, 2]);
    expect(d.missingCounts?.q1).toEqual({ total: 1, codes: { '99': 1 } });
  });

  it('leaves the caller\'s columns as they were (coding works on the library\'s own copy)', () => {
    const q1 = new Float64Array([1, 2, 99, 5]);
    const q2 = new Float64Array([1, 2, 3, 4]);
    const d = createDataset({ columns: { q1, q2 }, scales: { q1: likert(1, 5, { missingCodes: [99] }), q2: likert(1, 5, { reverse: true }) } });
    expect(Array.from(d.columns.q2 ?? [])).toEqual([5, 4, 3, 2]);
    expect(Array.from(q1)).toEqual([1, 2, 99, 5]);
    expect(Array.from(q2)).toEqual([1, 2, 3, 4]);
  });

  it('collects every problem: lengths, collisions, out of scale, infinities, weights, ids, constant', () => {
    expect(
      caughtMessages(() =>
        createDataset({
          columns: { a: [1, 2, 3], b: [1, 2], c: [1, 11, Infinity], k: [4, 4, 4] },
          factors: { a: ['x', 'y', 'z'] },
          rowIds: ['r1', 'r1', 'r3'],
          weights: [1, NaN, 2],
          defaultScale: likert(1, 10),
        }),
      ),
    ).toEqual([
      'Column "b" has 2 values, but column "a" has 3; all columns need one value per row.',
      'Column name "a" is used both in columns and in factors; column names must be unique.',
      'Item "c" in row 2 has value 11, outside its scale 1–10.',
      'Item "c" in row 3 has value Infinity, which is not a finite number; expected a number on its scale 1–10 or a missing token (empty, NA, N/A, .).',
      'Item "k" is constant: all 3 valid values are 4, so it carries no information; remove it or pass strict: false.',
      'Row id "r1" in rowIds appears more than once, in rows 1 and 2; ids must be unique.',
      'Weight in row 2 is missing; weights must be finite, non-negative numbers.',
    ]);
  });

  it('pins the weight-length, all-zero-weight and empty messages', () => {
    expect(caughtMessages(() => createDataset({ columns: { a: [1, 2] }, weights: [1] }))).toEqual([
      'weights has 1 values, but the data set has 2 rows.',
    ]);
    expect(caughtMessages(() => createDataset({ columns: { a: [1, 2] }, weights: [0, 0] }))).toEqual(['All weights are zero.']);
    expect(caughtMessages(() => createDataset({ columns: {} }))).toEqual(['The data set has no rows.', 'The data set has no numeric columns to analyse.']);
  });

  it('refuses a __proto__ column given through JSON without polluting objects', () => {
    const columns = JSON.parse('{"__proto__": [1, 2], "q": [1, 2]}') as Record<string, number[]>;
    expect(caughtMessages(() => createDataset({ columns }))).toEqual([
      'Column 1 is named "__proto__", a reserved name that cannot be used for a column; rename it.',
    ]);
    expect(({} as Record<string, unknown>)[0]).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});
