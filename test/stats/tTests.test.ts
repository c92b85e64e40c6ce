import { describe, expect, it } from 'vitest';
import { oneSampleT } from 'csi-analytics';
import { pairedT } from 'csi-analytics';
import { studentT } from 'csi-analytics';
import { welchT } from 'csi-analytics';
import { CsiError } from 'csi-analytics';
import { bound, near, nearRel, nums, testsRef, Worst } from './reference.js';

// Witness: SciPy 1.17.1 ttest_1samp / ttest_rel / ttest_ind (+ confidence_interval), computed by
// test/fixtures/scripts/stats_tests_reference.py → test/fixtures/stats/tests.json.
const TOL = 1e-10;

describe('oneSampleT vs scipy.stats.ttest_1samp', () => {
  it('statistic, df, p-value and CI for all alternatives and two levels', () => {
    const w = new Worst();
    for (const c of testsRef.one_sample_t) {
      const r = oneSampleT(c.x, c.mu, { alternative: c.alternative, level: c.level });
      const lab = `${c.name} ${c.alternative} ${c.level}`;
      w.add(near(r.statistic, c.statistic, TOL, `${lab} t`), `${lab} t`);
      expect(r.df).toBe(c.df);
      w.add(nearRel(r.pValue, c.pValue, TOL, `${lab} p`), `${lab} p`);
      w.add(near(r.ci.lower, bound(c.ci[0], 'lower'), TOL, `${lab} lower`), `${lab} lower`);
      w.add(near(r.ci.upper, bound(c.ci[1], 'upper'), TOL, `${lab} upper`), `${lab} upper`);
    }
    w.report('oneSampleT');
  });
  it('is frozen, drops NaN, refuses Infinity and constant data', () => {
    const r = oneSampleT([1, 2, NaN, 4], 0);
    expect(r.n).toBe(3);
    expect(r.missing).toBe(1);
    expect(Object.isFrozen(r)).toBe(true);
    expect(() => oneSampleT([1, Infinity, 3])).toThrow(CsiError);
    expect(() => oneSampleT([2, 2, 2])).toThrow(/constant/);
    expect(() => oneSampleT([1, 2, 3], 0, { level: 95 })).toThrow(/Option "level" of oneSampleT is 95; expected a number greater than 0 and less than 1/);
  });
});

describe('pairedT vs scipy.stats.ttest_rel (kiosk P − E with missing pairs)', () => {
  it('matches SciPy after dropping incomplete pairs', () => {
    const w = new Worst();
    for (const c of testsRef.paired_t) {
      const r = pairedT(nums(c.a), nums(c.b), { alternative: c.alternative, label: c.name });
      const lab = `${c.name} ${c.alternative}`;
      expect(r.n).toBe(c.n);
      expect(r.pairsDropped).toBe(c.dropped);
      expect(r.warnings.length).toBe(c.dropped > 0 ? 1 : 0);
      w.add(near(r.estimate, c.estimate, TOL, `${lab} mean`), `${lab} mean`);
      w.add(near(r.statistic, c.statistic, TOL, `${lab} t`), `${lab} t`);
      expect(r.df).toBe(c.df);
      w.add(nearRel(r.pValue, c.pValue, TOL, `${lab} p`), `${lab} p`);
      w.add(near(r.ci.lower, bound(c.ci[0], 'lower'), TOL, `${lab} lower`), `${lab} lower`);
      w.add(near(r.ci.upper, bound(c.ci[1], 'upper'), TOL, `${lab} upper`), `${lab} upper`);
    }
    w.report('pairedT');
  });
  it('reproduces the docs/methodology.md#servqual kiosk example (item 1: gap −0.55, t = −7.2, n = 207)', () => {
    const c = testsRef.paired_t.find((x) => x.name === 'kiosk item 1 P-E')!;
    const r = pairedT(nums(c.a), nums(c.b));
    expect(r.n).toBe(207);
    expect(r.estimate).toBeCloseTo(-0.55, 2);
    expect(r.statistic).toBeCloseTo(-7.2, 1);
    expect(r.effectSize.name).toBe('cohen_dz');
    expect(r.meanA - r.meanB).toBeCloseTo(r.estimate, 12);
  });
  it('refuses unequal lengths', () => {
    expect(() => pairedT([1, 2, 3], [1, 2])).toThrow(/equal lengths/);
  });
});

describe('welchT / studentT vs scipy.stats.ttest_ind', () => {
  it('Welch–Satterthwaite df, t, p and CI; Student pooled version', () => {
    const w = new Worst();
    for (const c of testsRef.two_sample_t) {
      const f = c.equalVar ? studentT : welchT;
      const r = f(c.a, c.b, { alternative: c.alternative });
      const lab = `${c.name} ${c.alternative} equalVar=${c.equalVar}`;
      w.add(near(r.statistic, c.statistic, TOL, `${lab} t`), `${lab} t`);
      w.add(near(r.df, c.df, TOL, `${lab} df`), `${lab} df`);
      w.add(nearRel(r.pValue, c.pValue, TOL, `${lab} p`), `${lab} p`);
      w.add(near(r.ci.lower, bound(c.ci[0], 'lower'), TOL, `${lab} lower`), `${lab} lower`);
      w.add(near(r.ci.upper, bound(c.ci[1], 'upper'), TOL, `${lab} upper`), `${lab} upper`);
    }
    w.report('welchT/studentT');
  });
});
