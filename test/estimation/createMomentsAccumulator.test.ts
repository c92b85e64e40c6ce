import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createMomentsAccumulator, restoreMomentsAccumulator } from 'csi-analytics';
import { momentsOf } from 'csi-analytics';
import { applyMissingPolicy } from 'csi-analytics';
import { createDataset } from 'csi-analytics';
import { CsiError } from 'csi-analytics';
import { loadMobi } from '../helpers/fixtures.js';
import { caught } from '../helpers/errors.js';

// Witness: the in-memory path (applyMissingPolicy + momentsOf, the Chan–Golub–LeVeque kernel).
function close(a: ArrayLike<number>, b: ArrayLike<number>, tol: number): void {
  expect(a.length).toBe(b.length);
  for (let i = 0; i < a.length; i++) expect(Math.abs((a[i] as number) - (b[i] as number))).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(b[i] as number)));
}

describe('createMomentsAccumulator', () => {
  const mobi = loadMobi();
  const items = mobi.items;
  const cols = items.map((it) => mobi.columns[it] as Float64Array);
  it('equals momentsOf on mobi, in any batch size', () => {
    const ref = momentsOf(mobi, items);
    for (const size of [1, 7, 64, 250]) {
      const acc = createMomentsAccumulator(items, { shift: items.map(() => 5.5) });
      for (let s = 0; s < mobi.n; s += size) {
        const m = Math.min(size, mobi.n - s);
        acc.add({ rows: m, columns: cols.map((c) => c.subarray(s, s + m)) });
      }
      const got = acc.moments();
      expect(got.n).toBe(ref.n);
      close(got.means, ref.means, 1e-13);
      close(got.comoments, ref.comoments, 1e-12);
      // exact integer sums: identical across batch sizes
      expect(acc.toJSON().overall).toEqual(
        (() => {
          const one = createMomentsAccumulator(items, { shift: items.map(() => 5.5) });
          one.add({ rows: mobi.n, columns: cols });
          return one.toJSON().overall;
        })(),
      );
    }
  });

  const withMissing = (() => {
    const a = [1, 2, NaN, 4, 5, 2, 7, NaN, 3, 3];
    const b = [2, NaN, 3, 5, 4, 4, NaN, 1, 2, 6];
    const c = [5, 4, 3, NaN, 1, 2, 3, 4, 2, 1];
    return { a, b, c, data: createDataset({ columns: { a, b, c } }) };
  })();
  it.each(['listwise', 'mean'] as const)('equals applyMissingPolicy(%s) + momentsOf with missing cells', (policy) => {
    const { a, b, c, data } = withMissing;
    const cleaned = applyMissingPolicy(data, ['a', 'b', 'c'], policy);
    const ref = momentsOf(createDataset({ columns: cleaned.columns }), ['a', 'b', 'c']);
    const acc = createMomentsAccumulator(['a', 'b', 'c'], { missing: policy, shift: [3, 3, 3] });
    acc.add({ rows: 4, columns: [a.slice(0, 4), b.slice(0, 4), c.slice(0, 4)] });
    acc.add({ rows: 6, columns: [a.slice(4), b.slice(4), c.slice(4)] });
    const got = acc.moments();
    expect(got.n).toBe(ref.n);
    close(got.means, ref.means, 1e-14);
    close(got.comoments, ref.comoments, 1e-13);
    expect(acc.toJSON().overall.rowsSkipped).toBe(policy === 'listwise' ? 10 - cleaned.report.rowsUsed : 0);
  });

  it('groups rows by level in the same pass', () => {
    const acc = createMomentsAccumulator(items, { groupBy: ['half'] });
    const half = Array.from({ length: mobi.n }, (_, i) => (i < 100 ? 'first' : 'second'));
    acc.add({ rows: mobi.n, columns: cols, groups: [half] });
    const ref = momentsOf(mobi, items, { rows: Array.from({ length: 150 }, (_, i) => i + 100) });
    const got = acc.groupMoments('half', 'second');
    close(got?.comoments ?? [], ref.comoments, 1e-12);
    expect(acc.groupMoments('half', 'third')).toBeUndefined();
  });

  it('merged states equal all rows at once, and survive JSON (property)', () => {
    const row = fc.array(fc.oneof(fc.integer({ min: 1, max: 10 }), fc.constant(NaN)), { minLength: 3, maxLength: 3 });
    fc.assert(
      fc.property(fc.array(row, { minLength: 2, maxLength: 40 }), fc.nat(), fc.constantFrom('listwise', 'mean'), (rows, cut, policy) => {
        const k = cut % (rows.length + 1);
        const colsOf = (rs: number[][]) => [0, 1, 2].map((j) => rs.map((r) => r[j] as number));
        const lv = (rs: number[][], off: number) => [rs.map((_, i) => ((i + off) % 2 === 0 ? 'x' : 'y'))];
        const opts = { missing: policy as 'listwise' | 'mean', shift: [5.5, 5.5, 5.5], groupBy: ['g'] };
        const all = createMomentsAccumulator(['a', 'b', 'c'], opts);
        all.add({ rows: rows.length, columns: colsOf(rows), groups: lv(rows, 0) });
        const left = createMomentsAccumulator(['a', 'b', 'c'], opts);
        left.add({ rows: k, columns: colsOf(rows.slice(0, k)), groups: lv(rows.slice(0, k), 0) });
        const right = createMomentsAccumulator(['a', 'b', 'c'], opts);
        right.add({ rows: rows.length - k, columns: colsOf(rows.slice(k)), groups: lv(rows.slice(k), k) });
        const merged = restoreMomentsAccumulator(JSON.parse(JSON.stringify(left.toJSON())));
        merged.merge(JSON.parse(JSON.stringify(right.toJSON())));
        expect(merged.toJSON()).toEqual(all.toJSON());
      }),
      { numRuns: 200, seed: 5 },
    );
  });

  it('rejects bad options and mismatched states', () => {
    expect(() => createMomentsAccumulator(['a'], { missng: 'mean' } as never)).toThrow(/did you mean "missing"/);
    expect(() => createMomentsAccumulator(['a'], { shift: [1, 2] })).toThrow(CsiError);
    const a = createMomentsAccumulator(['a', 'b']);
    expect(() => a.merge(createMomentsAccumulator(['b', 'a']).toJSON())).toThrow(/different items/);
    expect(() => restoreMomentsAccumulator({ kind: 'x' } as never)).toThrow(/The state passed to restoreMomentsAccumulator is an object of kind "x"; expected a moments-accumulator state/);
    expect(() => a.moments()).toThrow(/No row is complete/);
  });
});

describe('createMomentsAccumulator: a malformed batch is refused at the door, with every problem', () => {
  const acc = createMomentsAccumulator(['Q1', 'Q2'], { groupBy: ['tier'] });
  it('names each problem (rows, a column per item, level columns) instead of a TypeError', () => {
    const e = caught(() => acc.add({ rows: 3, columns: [[1, 2, 3], 'x', [1]] } as never));
    expect(e.code).toBe('INVALID_DATA');
    expect(e.issues.map((i) => i.message)).toEqual([
      'A batch has 3 columns, but the accumulator has 2 items (Q1, Q2).',
      'A batch has 0 group columns, but the accumulator groups by 1 (tier).',
    ]);
    const f = caught(() => acc.add({ rows: -1, columns: [[1, 2], new Float64Array(1)], groups: [['a']] } as never));
    expect(f.issues.map((i) => i.message)[0]).toMatch(/batch\.rows passed to add \(of createMomentsAccumulator\) is -1; expected the number of rows/);
    const g = caught(() => acc.add({ rows: 2, columns: [[1, 2], { length: 2 }], groups: [['a']] } as never));
    expect(g.issues).toHaveLength(2);
    expect(g.issues[0]).toMatchObject({ item: 'Q2' });
    expect(g.issues[0]?.message).toMatch(/column of item "Q2" passed to add \(of createMomentsAccumulator\) is .*expected an array or typed array/);
    expect(g.issues[1]?.message).toBe('The level column of "tier" has 1 values, but the batch has 2 rows.');
    expect(caught(() => acc.add(null as never)).issues[0]?.message).toMatch(/The batch passed to add \(of createMomentsAccumulator\) is null/);
    expect(caught(() => createMomentsAccumulator(['Q1']).add({ rows: 3, columns: [[1, 2]] })).issues[0]?.message).toBe('The column of item "Q1" has 2 values, but the batch has 3 rows.');
  });
  it('nothing is added by a refused batch', () => {
    const a = createMomentsAccumulator(['Q1']);
    a.add({ rows: 3, columns: [[1, 2, 3]] });
    expect(() => a.add({ rows: 3, columns: [[1, 2]] })).toThrow(CsiError);
    expect(a.moments().n).toBe(3);
  });
});

describe('createMomentsAccumulator: cells of a batch', () => {
  it('null and undefined in a plain array are missing answers, as NaN is', () => {
    const withNull = createMomentsAccumulator(['Q1', 'Q2'], { missing: 'mean' });
    withNull.add({ rows: 4, columns: [[7, null, 9, 6], [6, 9, undefined, 8]] as never });
    const withNaN = createMomentsAccumulator(['Q1', 'Q2'], { missing: 'mean' });
    withNaN.add({ rows: 4, columns: [[7, NaN, 9, 6], [6, 9, NaN, 8]] });
    expect(withNull.toJSON()).toEqual(withNaN.toJSON());
  });
  it('±Infinity and non-numbers are refused with item, 1-based row and value; nothing is added', () => {
    const acc = createMomentsAccumulator(['Q1', 'Q2']);
    const e = caught(() => acc.add({ rows: 3, columns: [[7, '8', 9], new Float64Array([6, Infinity, 8])] as never }));
    expect(e.code).toBe('INVALID_DATA');
    expect(e.issues).toMatchObject([
      { kind: 'non_numeric', item: 'Q1', row: 2, value: '8' },
      { kind: 'non_finite', item: 'Q2', row: 2, value: Infinity },
    ]);
    expect(e.issues[0]?.message).toBe('Item "Q1", row 2 of the batch: "8" is not a finite number; expected a number, or NaN or null for a missing answer.');
    expect(acc.toJSON().overall.n).toBe(0);
    const many = caught(() => acc.add({ rows: 30, columns: [Array(30).fill('x'), Array(30).fill(1)] as never }));
    expect(many.issues).toHaveLength(21);
    expect(many.issues[20]?.message).toBe('… and 10 more cells of the batch that are not finite numbers (30 in all).');
  });
});

