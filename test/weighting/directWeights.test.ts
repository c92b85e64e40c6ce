import { describe, expect, it } from 'vitest';
import { CsiError } from 'csi-analytics';
import { combineWeights } from 'csi-analytics';
import { pointAllocationWeights } from 'csi-analytics';
import { rankWeights } from 'csi-analytics';
import { ratingWeights } from 'csi-analytics';
import { readJson } from '../helpers/fixtures.js';

/**
 * Witness for rank weights: weighting/weighting_reference.json → rank, exact fractions computed
 * with Python's fractions.Fraction from the formulas (ROC_j = (1/n) Σ_{k=j}^n 1/k;
 * RS_j = 2(n+1−j)/(n(n+1)); RR_j = (1/j)/Σ 1/k). Other expected values are worked by hand in
 * the comments (docs/methodology.md#direct-weights, §5.5).
 */
const rank = readJson<{ rank: { roc: string[]; rank_sum: string[]; reciprocal: string[] } }>('weighting', 'weighting_reference.json').rank;
const frac = (s: string): number => {
  const [a, b] = s.split('/');
  return Number(a) / Number(b ?? 1);
};
const order = ['price', 'quality', 'service', 'speed'];

describe('rankWeights', () => {
  it('rank-order centroid for n = 4: 25/48, 13/48, 7/48, 1/16 (Fraction)', () => {
    const r = rankWeights(order);
    expect(r.method).toBe('rank-order-centroid');
    order.forEach((l, i) => expect(r.weights[l]).toBeCloseTo(frac(rank.roc[i] as string), 15));
    expect(rank.roc).toEqual(['25/48', '13/48', '7/48', '1/16']);
  });

  it('rank sum and reciprocal for n = 4 (Fraction); ranks as a record give the same', () => {
    const rs = rankWeights({ speed: 4, price: 1, service: 3, quality: 2 }, { method: 'rank-sum' });
    order.forEach((l, i) => expect(rs.weights[l]).toBeCloseTo(frac(rank.rank_sum[i] as string), 15));
    expect(Object.keys(rs.weights)).toEqual(['speed', 'price', 'service', 'quality']);
    const rr = rankWeights(order, { method: 'reciprocal' });
    order.forEach((l, i) => expect(rr.weights[l]).toBeCloseTo(frac(rank.reciprocal[i] as string), 15));
  });

  it('ties share the mean weight of their positions', () => {
    const r = rankWeights({ price: 1, quality: 2, service: 2 }, { method: 'rank-sum' });
    // positions 2 and 3 of n = 3: (2·2/12 + 2·1/12)/2 = 1/4
    expect(r.weights).toEqual({ price: 0.5, quality: 0.25, service: 0.25 });
    expect(r.positions).toEqual({ price: 1, quality: 2.5, service: 2.5 });
  });

  it('rejects duplicates and non-finite ranks', () => {
    expect(() => rankWeights(['a', 'b', 'a'])).toThrow('"a" appears twice in the order (position 3).');
    expect(() => rankWeights({ a: 1, b: NaN })).toThrow('Rank of "b" is NaN; expected a finite number (1 = most important).');
  });
});

describe('pointAllocationWeights', () => {
  it('mean points / total (hand-worked: tangibles (10+20)/2 = 15 of 100)', () => {
    const r = pointAllocationWeights({ tangibles: [10, 20], reliability: [50, 30], empathy: [40, 50] }, { total: 100 });
    expect(r.weights.tangibles).toBeCloseTo(0.15, 15);
    expect(r.weights.reliability).toBeCloseTo(0.4, 15);
    expect(r.weights.empathy).toBeCloseTo(0.45, 15);
    expect(r.meanPoints).toEqual({ tangibles: 15, reliability: 40, empathy: 45 });
  });

  it('drops incomplete rows; checks totals and signs naming the row', () => {
    const r = pointAllocationWeights({ a: [60, NaN, 20], b: [40, 50, 80] }, { total: 100 });
    expect(r.droppedRows).toEqual([2]);
    expect(r.weights.a).toBeCloseTo(0.4, 15);
    try {
      pointAllocationWeights({ a: [60, 70, -5], b: [40, 20, 105] }, { total: 100 });
      throw new Error('expected a CsiError');
    } catch (e) {
      expect((e as CsiError).issues.map((i) => i.message)).toEqual([
        'Criterion "a" in row 3 has -5 points; expected a non-negative number.',
        'Row 2 allocates 90 points; expected 100.',
      ]);
    }
  });
});

describe('ratingWeights', () => {
  it('mean importance / sum (hand-worked: 4.5/12 = 0.375)', () => {
    const r = ratingWeights({ price: 4.5, quality: 4.0, service: 3.5 });
    expect(r.weights.price).toBeCloseTo(0.375, 15);
    expect(r.weights.quality).toBeCloseTo(1 / 3, 15);
    expect(r.weights.service).toBeCloseTo(3.5 / 12, 15);
    expect(() => ratingWeights({ a: -1, b: 2 })).toThrow('The mean importances: "a" is -1; expected a non-negative finite number.');
  });
});

describe('combineWeights', () => {
  const a = { a: 0.5, b: 0.3, c: 0.2 };
  const b = { a: 0.2, b: 0.2, c: 0.6 };
  it('linear: s a + (1 − s) b (hand-worked 0.5·0.5 + 0.5·0.2 = 0.35)', () => {
    const r = combineWeights(a, b, { method: 'linear', share: 0.5 });
    expect(r.weights.a).toBeCloseTo(0.35, 15);
    expect(r.weights.b).toBeCloseTo(0.25, 15);
    expect(r.weights.c).toBeCloseTo(0.4, 15);
    expect(r.share).toBe(0.5);
    // the defaults are the linear method with share 0.5
    expect(combineWeights(a, b)).toEqual(r);
    // share 0.8: 0.8·0.5 + 0.2·0.2 = 0.44
    expect(combineWeights(a, b, { share: 0.8 }).weights.a).toBeCloseTo(0.44, 15);
  });
  it('multiplicative: a_j b_j / Σ (hand-worked 0.10/0.28)', () => {
    const r = combineWeights(a, { a: 2, b: 2, c: 6 }, { method: 'multiplicative' }); // b unnormalised: same after normalising
    expect(r.weights.a).toBeCloseTo(0.1 / 0.28, 15);
    expect(r.weights.b).toBeCloseTo(0.06 / 0.28, 15);
    expect(r.weights.c).toBeCloseTo(0.12 / 0.28, 15);
    expect(r.share).toBeNull();
  });
  it('a bad share is an option error; a share with the multiplicative method too', () => {
    const e = (() => {
      try {
        combineWeights(a, b, { share: 1.5 });
      } catch (x) {
        return x as CsiError;
      }
      throw new Error('expected a CsiError');
    })();
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.message).toContain('Option "share" of combineWeights is 1.5');
    expect(() => combineWeights(a, b, { method: 'multiplicative', share: 0.5 })).toThrow(/applies to the linear method only/);
  });
  it('label mismatches are reported together', () => {
    try {
      combineWeights({ price: 0.5, qualty: 0.5 }, { price: 0.5, quality: 0.5 });
      throw new Error('expected a CsiError');
    } catch (e) {
      expect((e as CsiError).code).toBe('INVALID_WEIGHTS');
      expect((e as CsiError).issues.map((i) => i.message)).toEqual([
        '"qualty" has a first weight but no second weight (did you mean "quality"?); both vectors must cover the same criteria.',
        '"quality" has a second weight but no first weight; both vectors must cover the same criteria.',
      ]);
    }
  });
});
