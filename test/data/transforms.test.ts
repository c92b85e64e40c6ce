/**
 * POMP, percent of maximum and box scores. Witnesses: docs/methodology.md#scales table (1–5, x̄ = 4 →
 * POMP 75.0, percent of maximum 80.0), and the independent NumPy computation on mobi in
 * test/fixtures/data/mobi_item_stats.json (script test/fixtures/scripts/data_reference.py).
 */
import { describe, expect, it } from 'vitest';
import { CsiError } from 'csi-analytics';
import { bottomBox } from 'csi-analytics';
import { likert } from 'csi-analytics';
import { netBox } from 'csi-analytics';
import { percentOfMaximum } from 'csi-analytics';
import { pomp } from 'csi-analytics';
import { topBox } from 'csi-analytics';
import { loadMobi, readJson } from '../helpers/fixtures.js';

interface MobiStats {
  items: Record<string, { pomp_mean: number; top2_share: number; bottom2_share: number; top3_share: number; percent_of_max: number }>;
}
const mobiRef = readJson<MobiStats>('data', 'mobi_item_stats.json');
const ten = likert(1, 10);

function fail(fn: () => unknown): CsiError {
  try {
    fn();
  } catch (e) {
    if (e instanceof CsiError) return e;
    throw e;
  }
  throw new Error('expected a CsiError');
}

describe('docs/methodology.md#scales example: 1–5 scale, mean 4', () => {
  const five = likert(1, 5);
  it('POMP of the mean is 75.0', () => {
    expect(pomp(4, five)).toBe(75);
  });
  it('percent of maximum is 80.0 (and differs from POMP)', () => {
    expect(percentOfMaximum([4, 4, 4], five)).toBe(80);
    expect(percentOfMaximum([3, 5, 4, NaN], five)).toBe(80);
  });
  it('percent of maximum cannot go below 100·min/max (20 on 1–5) while POMP reaches 0', () => {
    expect(percentOfMaximum([1, 1], five)).toBe(20);
    expect(pomp(1, five)).toBe(0);
    expect(pomp(5, five)).toBe(100);
  });
});

describe('pomp', () => {
  it('uses the theoretical bounds: ACSI 100(x − 1)/9 on 1–10', () => {
    expect(pomp(10, ten)).toBe(100);
    expect(pomp(1, ten)).toBe(0);
    expect(pomp(7, ten)).toBeCloseTo(600 / 9, 14);
    expect(pomp(NaN, ten)).toBeNaN();
  });
  it('rejects an invalid scale', () => {
    expect(fail(() => pomp(3, { min: 5, max: 5 })).message).toBe('pomp: the scale 5–5 needs finite bounds with min below max.');
  });
});

describe('percentOfMaximum', () => {
  it('matches 100·Σx/(10·n) on every mobi item (NumPy)', () => {
    const mobi = loadMobi();
    let maxDev = 0;
    for (const item of mobi.items) {
      const got = percentOfMaximum(mobi.columns[item] ?? [], ten);
      maxDev = Math.max(maxDev, Math.abs(got - (mobiRef.items[item]?.percent_of_max ?? NaN)));
    }
    expect(maxDev).toBeLessThan(1e-10);
  });
  it('is NaN with no answers and refuses negative minimums', () => {
    expect(percentOfMaximum([NaN], ten)).toBeNaN();
    expect(fail(() => percentOfMaximum([1], likert(-3, 3))).message).toBe(
      'percentOfMaximum: the scale -3–3 has a negative minimum; percent of maximum needs min ≥ 0 (use pomp instead).',
    );
  });
});

describe('topBox / bottomBox / netBox', () => {
  const five = likert(1, 5);
  it('top-2-box counts the two highest points over valid answers (CSAT %, docs/methodology.md#item-summaries, §7.2)', () => {
    expect(topBox([5, 4, 3, 2, NaN], five)).toBe(0.5);
    expect(bottomBox([1, 2, 3, 5], five)).toBe(0.5);
    expect(netBox([5, 4, 4, 1, 3], five)).toBeCloseTo(0.4, 15);
    expect(topBox([10, 9, 8, 2], ten, { boxes: 3 })).toBe(0.75);
    expect(topBox([NaN], five)).toBeNaN();
  });
  it('matches NumPy shares on every mobi item (top-2, top-3, bottom-2)', () => {
    const mobi = loadMobi();
    let maxDev = 0;
    for (const item of mobi.items) {
      const col = mobi.columns[item] ?? [];
      const ref = mobiRef.items[item];
      maxDev = Math.max(
        maxDev,
        Math.abs(topBox(col, ten) - (ref?.top2_share ?? NaN)),
        Math.abs(topBox(col, ten, { boxes: 3 }) - (ref?.top3_share ?? NaN)),
        Math.abs(bottomBox(col, ten) - (ref?.bottom2_share ?? NaN)),
        Math.abs(netBox(col, ten) - ((ref?.top2_share ?? NaN) - (ref?.bottom2_share ?? NaN))),
      );
    }
    expect(maxDev).toBeLessThan(1e-15);
  });
  it('rejects an impossible number of boxes', () => {
    const err = fail(() => topBox([1], five, { boxes: 5 }));
    expect(err.code).toBe('INVALID_OPTIONS');
    expect(err.message).toBe('topBox: boxes is 5, but must be a whole number from 1 to 4 on the scale 1–5.');
  });
});
