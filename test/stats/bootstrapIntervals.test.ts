import { describe, expect, it } from 'vitest';
import { basicInterval } from 'csi-analytics';
import { bcaInterval } from 'csi-analytics';
import { biasCorrectedInterval } from 'csi-analytics';
import { jackknifeAcceleration } from 'csi-analytics';
import { normalInterval } from 'csi-analytics';
import { percentileInterval } from 'csi-analytics';
import { near, testsRef, Worst } from './reference.js';

// Witness: an independent NumPy implementation of Efron's formulas (percentile via
// np.quantile(linear) = R type 7; BC/BCa: z0 = Φ⁻¹(#{θ* < θ̂}/B), a from the jackknife) on fixed
// draws (2,000 resamples of the mean of mobi CUSA3, NumPy default_rng(20240601)) stored in
// test/fixtures/stats/tests.json by test/fixtures/scripts/stats_tests_reference.py.
const b = testsRef.bootstrap;

describe('bootstrap intervals vs NumPy (Efron 1987 formulas) on fixed draws', () => {
  it('percentile, basic, normal, BC and BCa at 95% and 90%', () => {
    const w = new Worst();
    for (const [lv, ref] of Object.entries(b.levels)) {
      const level = Number(lv);
      const check = (got: { lower: number; upper: number }, exp: [number, number], name: string): void => {
        w.add(near(got.lower, exp[0], 1e-12, `${name} ${lv} lower`), `${name} lower`);
        w.add(near(got.upper, exp[1], 1e-12, `${name} ${lv} upper`), `${name} upper`);
      };
      check(percentileInterval(b.draws, { level }), ref.percentile, 'percentile');
      check(basicInterval(b.draws, b.estimate, { level }), ref.basic, 'basic');
      check(normalInterval(b.draws, b.estimate, { level }), ref.normal, 'normal');
      const bc = biasCorrectedInterval(b.draws, b.estimate, { level });
      check(bc, ref.bc, 'bc');
      near(bc.z0!, ref.z0, 1e-12, 'z0');
      near(bc.probabilities![0], ref.bcProbabilities[0], 1e-12, 'bc alpha1');
      const bca = bcaInterval(b.draws, b.estimate, b.jackknife, { level });
      check(bca, ref.bca, 'bca');
      near(bca.acceleration!, ref.acceleration, 1e-10, 'acceleration');
      near(bca.probabilities![1], ref.bcaProbabilities[1], 1e-12, 'bca alpha2');
    }
    near(jackknifeAcceleration(b.jackknife), b.levels['0.95']!.acceleration, 1e-10, 'a');
    w.report('bootstrap intervals');
  });
  it('counts failed (NaN) draws and warns on a degenerate z0', () => {
    const p = percentileInterval([1, 2, NaN, 3, 4], { level: 0.5 });
    expect(p.failed).toBe(1);
    expect(p.draws).toBe(4);
    const d = biasCorrectedInterval([2, 3, 4], 1, { level: 0.9 });
    expect(d.warnings[0]?.kind).toBe('degenerate_bias_correction');
    expect(d.lower).toBe(2);
  });
});
