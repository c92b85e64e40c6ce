import { describe, expect, it } from 'vitest';
import { adjustPValues } from 'csi-analytics';
import { chiSquareIndependence } from 'csi-analytics';
import { twoProportionZ } from 'csi-analytics';
import { welchAnova } from 'csi-analytics';
import { near, nearRel, testsRef, Worst } from './reference.js';

// Witness: SciPy 1.17.1 chi2_contingency / f_oneway(equal_var=False) / false_discovery_control and
// NumPy implementations of Holm, BH, BY, Bonferroni from their definitions, in
// test/fixtures/scripts/stats_tests_reference.py → test/fixtures/stats/tests.json.
const TOL = 1e-10;

describe('chiSquareIndependence vs scipy.stats.chi2_contingency', () => {
  it('statistic, df, p, expected counts, with and without Yates', () => {
    const w = new Worst();
    for (const c of testsRef.chi_square) {
      const r = chiSquareIndependence(c.table, { correction: c.correction });
      const lab = `${c.name} corr=${c.correction}`;
      w.add(near(r.statistic, c.statistic, TOL, `${lab} X2`), `${lab} X2`);
      expect(r.df).toBe(c.df);
      w.add(nearRel(r.pValue, c.pValue, TOL, `${lab} p`), `${lab} p`);
      r.expected.forEach((row, i) => row.forEach((e, j) => near(e, c.expected[i]![j]!, 1e-12, `${lab} E${i}${j}`)));
      expect(r.yates).toBe(c.correction && c.df === 1);
    }
    w.report('chiSquareIndependence');
  });
  it('warns about small expected counts', () => {
    expect(chiSquareIndependence([[3, 1, 6], [2, 9, 4]]).warnings[0]?.kind).toBe('small_expected');
  });
});

describe('twoProportionZ: z² equals the uncorrected 2×2 χ² (SciPy)', () => {
  it('z, p and Wald CI', () => {
    const w = new Worst();
    for (const c of testsRef.two_proportion) {
      const r = twoProportionZ({ successes: c.a[0], n: c.a[1] }, { successes: c.b[0], n: c.b[1] });
      const lab = `${c.a.join('/')} vs ${c.b.join('/')}`;
      w.add(near(r.statistic, c.z, TOL, `${lab} z`), `${lab} z`);
      w.add(nearRel(r.pValue, c.pValue, TOL, `${lab} p`), `${lab} p`);
      near(r.ci.lower, c.ci[0], 1e-12, `${lab} lower`);
      near(r.ci.upper, c.ci[1], 1e-12, `${lab} upper`);
    }
    w.report('twoProportionZ');
  });
  it('refuses impossible counts', () => {
    expect(() => twoProportionZ({ successes: 11, n: 10 }, { successes: 1, n: 10 })).toThrow(/0 ≤ successes ≤ n/);
  });
});

describe('welchAnova vs scipy.stats.f_oneway(equal_var=False)', () => {
  it('F and p', () => {
    const w = new Worst();
    for (const c of testsRef.welch_anova) {
      const r = welchAnova(c.groups);
      w.add(near(r.statistic, c.statistic, TOL, `${c.name} F`), `${c.name} F`);
      w.add(nearRel(r.pValue, c.pValue, TOL, `${c.name} p`), `${c.name} p`);
    }
    w.report('welchAnova');
  });
});

describe('adjustPValues vs NumPy definitions and scipy.stats.false_discovery_control', () => {
  it('Holm, BH, BY, Bonferroni on the 24 kiosk paired-t p-values and a small set', () => {
    const w = new Worst();
    for (const c of testsRef.adjust) {
      for (const m of ['holm', 'bh', 'by', 'bonferroni'] as const) {
        const got = adjustPValues(c.p, { method: m });
        got.forEach((v, i) => w.add(near(v, c[m][i]!, 1e-14, `${c.name} ${m} #${i}`), `${c.name} ${m}`));
      }
      adjustPValues(c.p, { method: 'bh' }).forEach((v, i) => near(v, c.scipy_bh[i]!, 1e-14, `${c.name} scipy bh`));
      adjustPValues(c.p, { method: 'by' }).forEach((v, i) => near(v, c.scipy_by[i]!, 1e-14, `${c.name} scipy by`));
    }
    w.report('adjustPValues');
  });
  it('labels a record and leaves NaN out of m (as R p.adjust)', () => {
    const r = adjustPValues({ tangibles: 0.01, empathy: 0.04, reliability: NaN }, { method: 'holm' });
    expect(r.tangibles).toBeCloseTo(0.02, 15);
    expect(r.empathy).toBeCloseTo(0.04, 15);
    expect(Number.isNaN(r.reliability!)).toBe(true);
    expect(Object.getPrototypeOf(r)).toBe(null);
    expect(() => adjustPValues([0.5, 1.2])).toThrow(/\[0, 1\]/);
  });
});
