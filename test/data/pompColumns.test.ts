import { describe, expect, it } from 'vitest';
import { CsiError } from 'csi-analytics';
import { createDataset } from 'csi-analytics';
import { datasetFromCsv } from 'csi-analytics';
import { likert } from 'csi-analytics';
import { pompColumns } from 'csi-analytics';
import { fixturePath } from '../helpers/fixtures.js';
import { readFileSync } from 'node:fs';

function fail(fn: () => unknown): CsiError {
  try {
    fn();
  } catch (e) {
    if (e instanceof CsiError) return e;
    throw e;
  }
  throw new Error('expected a CsiError');
}

describe('pompColumns', () => {
  it('rescales mobi to 0–100 exactly like plspm’s `mobile` data (round(100(x−1)/9, 2))', () => {
    // Witness: test/fixtures/data/plspm_mobile_0to100.csv = plspm `mobile`, the same data on
    // 0–100 (fixture README; shared/data/README: round(100(x−1)/9, 2)), same column order.
    const mobi = datasetFromCsv(readFileSync(fixturePath('data', 'mobi.csv'), 'utf8'), { defaultScale: likert(1, 10) });
    const on100 = pompColumns(mobi);
    const lines = readFileSync(fixturePath('data', 'plspm_mobile_0to100.csv'), 'utf8').trim().split(/\r?\n/);
    const header = (lines[0] ?? '').split(',').map((h) => h.replace(/"/g, ''));
    const rename: Record<string, string> = { ima: 'IMAG', exp: 'CUEX', qua: 'PERQ', val: 'PERV', sat: 'CUSA', loy: 'CUSL' };
    const toMobi = (h: string): string => (h === 'comp' ? 'CUSCO' : `${rename[h.slice(0, 3)] ?? h}${h.slice(3)}`);
    expect(lines.length - 1).toBe(250);
    expect(header.map(toMobi).sort()).toEqual([...mobi.items].sort());
    let maxDev = 0;
    header.forEach((h, j) => {
      const col = on100.columns[toMobi(h)] ?? new Float64Array();
      for (let i = 0; i < 250; i++) {
        const ref = Number((lines[i + 1] ?? '').split(',')[j]);
        maxDev = Math.max(maxDev, Math.abs(Math.round((col[i] ?? NaN) * 100) / 100 - ref));
      }
    });
    expect(maxDev).toBeLessThan(1e-9);
    expect(on100.scales.CUSA1).toEqual({ min: 0, max: 100 });
    expect(mobi.scales.CUSA1).toEqual({ min: 1, max: 10, integer: true });
  });

  it('only touches named items and refuses unknown or unscaled ones', () => {
    const d = createDataset({ columns: { a: [1, 5, 3], b: [1, 2, 3], age: [20, 30, 40] }, scales: { a: likert(1, 5), b: likert(1, 5) } });
    const p = pompColumns(d, ['a']);
    expect(Array.from(p.columns.a ?? [])).toEqual([0, 100, 50]);
    expect(Array.from(p.columns.b ?? [])).toEqual([1, 2, 3]);
    expect(fail(() => pompColumns(d, ['c', 'age'])).issues.map((i) => i.message)).toEqual([
      'pompColumns: "c" is not an item of the data set (did you mean "a"?).',
    ]);
    const err = fail(() => pompColumns(d, ['age']));
    expect(err.code).toBe('INVALID_SCALE');
    expect(err.message).toBe('Item "age" has no declared scale; POMP needs its theoretical bounds (declare e.g. likert(1, 10)).');
  });
});
