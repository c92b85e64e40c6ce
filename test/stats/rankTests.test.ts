import { describe, expect, it } from 'vitest';
import { kruskalWallis } from 'csi-analytics';
import { mannWhitneyU } from 'csi-analytics';
import { rankAverage } from 'csi-analytics';
import { wilcoxonSignedRank } from 'csi-analytics';
import { near, nearRel, nums, testsRef, Worst } from './reference.js';

// Witness: SciPy 1.17.1 wilcoxon / mannwhitneyu / kruskal, computed by
// test/fixtures/scripts/stats_tests_reference.py → test/fixtures/stats/tests.json.
const TOL = 1e-10;

describe('rankAverage', () => {
  it('gives mid-ranks and the tie term', () => {
    const r = rankAverage([10, 20, 20, 5, 20]);
    expect(Array.from(r.ranks)).toEqual([2, 4, 4, 1, 4]);
    expect(r.ties).toEqual([3]);
    expect(r.tieSum).toBe(24);
  });
});

describe('wilcoxonSignedRank vs scipy.stats.wilcoxon', () => {
  it('exact, permutation (ties/zeros, n ≤ 13) and asymptotic (± continuity correction)', () => {
    const w = new Worst();
    for (const c of testsRef.wilcoxon) {
      const method = c.method === 'auto' ? 'auto' : c.method;
      const r = wilcoxonSignedRank(nums(c.a), nums(c.b), { alternative: c.alternative, method, correction: c.correction });
      const lab = `${c.name} ${c.method} corr=${c.correction} ${c.alternative}`;
      expect(r.statistic, lab).toBe(c.wPlus);
      expect(c.alternative === 'two-sided' ? Math.min(r.statistic, r.wMinus) : r.statistic, lab).toBe(c.scipyStatistic);
      w.add(nearRel(r.pValue, c.pValue, TOL, `${lab} p`), `${lab} p`);
      if (c.z !== undefined && r.z !== undefined) {
        // SciPy reports −|z| for two-sided
        const z = c.alternative === 'two-sided' ? -Math.abs(r.z) : r.z;
        w.add(near(z, c.z, TOL, `${lab} z`), `${lab} z`);
      }
    }
    w.report('wilcoxonSignedRank');
  });
  it('auto picks SciPy’s method and reports zeros', () => {
    const tie = testsRef.wilcoxon.find((c) => c.name.startsWith('small with ties'))!;
    const r = wilcoxonSignedRank(nums(tie.a), nums(tie.b));
    expect(r.pMethod).toBe('permutation');
    expect(r.zeros).toBe(1);
    expect(r.warnings.some((x) => x.kind === 'zero_differences_dropped')).toBe(true);
    const ex = testsRef.wilcoxon.find((c) => c.method === 'exact')!;
    expect(wilcoxonSignedRank(nums(ex.a), nums(ex.b)).pMethod).toBe('exact');
    const big = testsRef.wilcoxon.find((c) => c.name.startsWith('kiosk'))!;
    expect(wilcoxonSignedRank(nums(big.a), nums(big.b)).pMethod).toBe('asymptotic');
  });
  it('one-sample form equals the paired form on differences', () => {
    const a = [1.83, 0.5, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.3];
    const b = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29];
    const d = a.map((x, i) => x - b[i]!);
    expect(wilcoxonSignedRank(d).pValue).toBe(wilcoxonSignedRank(a, b).pValue);
  });
});

describe('mannWhitneyU vs scipy.stats.mannwhitneyu', () => {
  it('exact (incl. 3 vs 1000 via BigInt counts) and asymptotic with ties', () => {
    const w = new Worst();
    for (const c of testsRef.mann_whitney) {
      const r = mannWhitneyU(c.a, c.b, { alternative: c.alternative, method: c.method, correction: c.correction });
      const lab = `${c.name} ${c.method} corr=${c.correction} ${c.alternative}`;
      expect(r.statistic, lab).toBe(c.statistic);
      w.add(nearRel(r.pValue, c.pValue, TOL, `${lab} p`), `${lab} p`);
    }
    w.report('mannWhitneyU');
  });
});

describe('kruskalWallis vs scipy.stats.kruskal', () => {
  it('tie-corrected H and χ² p-value (kiosk item 1 perception by usage frequency; small groups)', () => {
    const w = new Worst();
    for (const c of testsRef.kruskal) {
      const r = kruskalWallis(c.groups);
      w.add(near(r.statistic, c.statistic, TOL, `${c.name} H`), `${c.name} H`);
      w.add(nearRel(r.pValue, c.pValue, TOL, `${c.name} p`), `${c.name} p`);
      expect(r.df).toBe(Object.keys(c.groups).length - 1);
      expect(r.groups.map((g) => g.name)).toEqual(Object.keys(c.groups));
    }
    w.report('kruskalWallis');
  });
});
