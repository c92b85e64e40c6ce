import { describe, expect, it } from 'vitest';
import { momentsOf } from 'csi-analytics';
import { mergeMoments } from 'csi-analytics';
import { CsiError } from 'csi-analytics';
import { loadMobi, readJson } from '../helpers/fixtures.js';

// Independent computation: NumPy 2.4.6 mean and centred cross-products of mobi.csv
// (test/fixtures/scripts/numeric_reference.py → test/fixtures/numeric/numeric-reference.json).
const ref = readJson<{ mobiMoments: { items: string[]; n: number; means: number[]; comoments: number[][] } }>('numeric', 'numeric-reference.json').mobiMoments;
const mobi = loadMobi();

describe('momentsOf', () => {
  it('matches NumPy on mobi', () => {
    const m = momentsOf(mobi, ref.items);
    expect(m.n).toBe(ref.n);
    ref.means.forEach((v, k) => expect(Math.abs((m.means[k] as number) - v)).toBeLessThan(1e-13));
    const p = ref.items.length;
    ref.comoments.forEach((row, k) => row.forEach((v, l) => expect(Math.abs((m.comoments[k * p + l] as number) - v)).toBeLessThan(1e-9 * Math.max(1, Math.abs(v)))));
  });
  it('is accurate when the mean is huge relative to the spread (1e9 + small noise)', () => {
    const x = Float64Array.from({ length: 1000 }, (_, i) => 1e9 + (i % 7) * 0.1);
    // exact: values 1e9 + 0.1·(i mod 7); deviations are (i mod 7 − mean)·0.1
    const k = Array.from({ length: 1000 }, (_, i) => i % 7);
    const mk = k.reduce((s, v) => s + v, 0) / 1000;
    const exact = k.reduce((s, v) => s + ((v - mk) * 0.1) ** 2, 0);
    const data = { ...mobi, items: ['x'], columns: { x } as Record<string, Float64Array>, n: 1000 };
    const m = momentsOf(data, ['x']);
    expect(Math.abs((m.comoments[0] as number) - exact) / exact).toBeLessThan(1e-6);
  });
  it('rejects missing values and unknown items with names and rows', () => {
    const x = Float64Array.from(mobi.columns['CUSA1'] as Float64Array);
    x[16] = NaN;
    const data = { ...mobi, columns: { ...mobi.columns, CUSA1: x } };
    expect(() => momentsOf(data, ['CUSA1', 'CUSAX'])).toThrow(/Item "CUSAX" is not a numeric column of the data \(did you mean "CUSA1"\?\)/);
    expect(() => momentsOf(data, ['CUSA1'])).toThrow('Item "CUSA1" in row 17 has a missing value; moments need complete finite data (apply a missing-data policy first).');
  });
});

describe('mergeMoments', () => {
  it('merging two halves equals the moments of the whole (Chan et al.)', () => {
    const items = ['CUSA1', 'CUSA2', 'CUSL3'];
    const whole = momentsOf(mobi, items);
    const a = momentsOf(mobi, items, { rows: Array.from({ length: 97 }, (_, i) => i) });
    const b = momentsOf(mobi, items, { rows: Array.from({ length: 153 }, (_, i) => i + 97) });
    const m = mergeMoments(a, b);
    expect(m.n).toBe(250);
    whole.comoments.forEach((v, i) => expect(Math.abs((m.comoments[i] as number) - v)).toBeLessThan(1e-10));
    whole.means.forEach((v, i) => expect(Math.abs((m.means[i] as number) - v)).toBeLessThan(1e-13));
  });
  it('refuses different item lists with a clear message', () => {
    const a = momentsOf(mobi, ['CUSA1', 'CUSA2']);
    const b = momentsOf(mobi, ['CUSA1', 'CUSA3']);
    let err: unknown;
    try {
      mergeMoments(a, b);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CsiError);
    expect((err as CsiError).message).toBe('Cannot merge moments over different items: only in the first: CUSA2; only in the second: CUSA3; compute both with the same item list.');
  });
});
