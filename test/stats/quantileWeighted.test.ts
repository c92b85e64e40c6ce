import { describe, expect, it } from 'vitest';
import { kishEffectiveN } from 'csi-analytics';
import { meanCi } from 'csi-analytics';
import { quantile, type QuantileType } from 'csi-analytics';
import { weightedMean } from 'csi-analytics';
import { weightedVariance } from 'csi-analytics';
import { sampleSizeForDifference } from 'csi-analytics';
import { sampleSizeForMean } from 'csi-analytics';
import { sampleSizeForProportion } from 'csi-analytics';
import { near, testsRef } from './reference.js';

// Witness: NumPy 2.4.6 np.quantile(method=…), np.average, np.cov(aweights/fweights) and SciPy
// 1.17.1 t.interval, in test/fixtures/scripts/stats_tests_reference.py.
describe('quantile vs np.quantile (Hyndman–Fan types 1–9)', () => {
  it('all nine types at 13 probabilities', () => {
    const q = testsRef.quantile;
    for (const [t, expected] of Object.entries(q.types)) {
      const got = quantile(q.x, q.p, { type: Number(t) as QuantileType });
      got.forEach((v, i) => near(v, expected[i]!, 1e-13, `type ${t} p=${q.p[i]}`));
    }
    const m = testsRef.quantile.mobi_CUSA1_type7;
    const cusa1 = testsRef.one_sample_t.find((c) => c.name === 'mobi CUSA1')!.x;
    quantile(cusa1, m.p).forEach((v, i) => near(v, m.values[i]!, 1e-13, `mobi p=${m.p[i]}`));
  });
  it('scalar form, NaN ignored, bad p refused', () => {
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantile([4, NaN, 1, 3, 2], 0.5)).toBe(2.5);
    expect(() => quantile([1, 2], 1.5)).toThrow(/outside \[0, 1\]/);
  });
});

describe('weighted statistics vs NumPy', () => {
  const w = testsRef.weighted;
  it('weightedMean, weightedVariance (reliability, population, frequency), Kish n_eff', () => {
    near(weightedMean(w.x, w.w), w.mean, 1e-14, 'mean');
    near(weightedVariance(w.x, w.w), w.varReliability, 1e-12, 'reliability var');
    near(weightedVariance(w.x, w.w, { type: 'population' }), w.varPopulation, 1e-12, 'population var');
    near(weightedVariance(w.freq.x, w.freq.w, { type: 'frequency' }), w.freq.var, 1e-12, 'frequency var');
    near(kishEffectiveN(w.w), w.nEff, 1e-13, 'n_eff');
    expect(kishEffectiveN([1, 1, 1, 3])).toBe(3);
  });
  it('meanCi: plain t interval and Kish-weighted interval', () => {
    const plain = meanCi(w.x);
    near(plain.ci.lower, w.plainCi95[0], 1e-12, 'plain lower');
    near(plain.ci.upper, w.plainCi95[1], 1e-12, 'plain upper');
    const p90 = meanCi(w.x, { level: 0.9 });
    near(p90.ci.lower, w.plainCi90[0], 1e-12, 'plain90 lower');
    const wt = meanCi(w.x, { weights: w.w });
    near(wt.mean, w.mean, 1e-14, 'weighted mean');
    near(wt.nEff, w.nEff, 1e-13, 'n_eff');
    near(wt.ci.lower, w.ci95[0], 1e-12, 'weighted lower');
    near(wt.ci.upper, w.ci95[1], 1e-12, 'weighted upper');
  });
  it('refuses negative weights with the row number', () => {
    expect(() => weightedMean([1, 2], [1, -1])).toThrow(/row 2/);
  });
});

describe('sample sizes (docs/methodology.md#sample-size)', () => {
  it('reproduces the worked numbers', () => {
    // §9.4: p = 0.5, ±5 points at 95% → 385; σ = 15, Δ = 3, α = .05, power .8 → ≈393 per group;
    // σ = 15…20, ±2 points → n ≈ 216–384.
    expect(sampleSizeForProportion({ margin: 0.05 }).n).toBe(385);
    expect(sampleSizeForDifference({ sd: 15, delta: 3 }).n).toBe(393);
    expect(Math.round(sampleSizeForMean({ sd: 15, margin: 2 }).exact)).toBe(216);
    expect(Math.round(sampleSizeForMean({ sd: 20, margin: 2 }).exact)).toBe(384);
  });
});
