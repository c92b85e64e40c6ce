import { describe, expect, it } from 'vitest';
import { mediationAnalysis, mediationType } from '../../src/assessment/mediationAnalysis.js';
import { ecsiMobiModel, loadMobi, readJson } from '../helpers/fixtures.js';

// Witness: test/fixtures/estimation/mediation-mobi-reference.json from
// test/fixtures/scripts/mediation_reference.py — an independent NumPy PLS bootstrap over the same
// 200 resamples (seed 1; rows replayed from the documented per-(seed, r) stream), tight convergence.
interface Summ { estimate: number; se: number; lower: number; upper: number }
const ref = readJson<{ chains: string[]; summaries: Record<string, Summ>; types: Record<string, string> }>('estimation', 'mediation-mobi-reference.json');

describe('mediationAnalysis (ECSI on mobi, R = 200, seed 1)', () => {
  const med = mediationAnalysis(ecsiMobiModel, loadMobi(), { resamples: 200, seed: 1, tolerance: 1e-12, maxIterations: 1000 });
  it('covers every chain', () => {
    expect(Object.keys(med.chains)).toEqual(ref.chains);
  });
  it('specific indirect, direct and total indirect effects: estimate, SE, percentile interval match NumPy to 1e-9', () => {
    let max = 0;
    for (const key of ref.chains) {
      const c = med.chains[key]!;
      const pairs: [typeof c.indirect, Summ | undefined][] = [
        [c.indirect, ref.summaries[`sie/${key}`]],
        [c.totalIndirect, ref.summaries[`tie/${c.from}->${c.to}`]],
        ...(c.direct.inModel ? [[c.direct, ref.summaries[`path/${c.direct.path}`]] as [typeof c.indirect, Summ | undefined]] : []),
      ];
      for (const [ours, r] of pairs) {
        expect(r).toBeDefined();
        for (const f of ['estimate', 'se', 'lower', 'upper'] as const) max = Math.max(max, Math.abs(ours[f] - (r as Summ)[f]));
      }
    }
    expect(max).toBeLessThan(1e-9);
  });
  it('Zhao–Lynch–Chen types agree with the reference decision on the same intervals', () => {
    for (const key of ref.chains) expect(med.chains[key]?.type, key).toBe(ref.types[key]);
  });
  it('chains without a direct path have the direct effect fixed at 0', () => {
    const c = med.chains['IMAG->CUEX->PERQ']!;
    expect(c.direct.inModel).toBe(false);
    expect(c.direct.significant).toBe(false);
  });
  it('rejects bad options at the door', () => {
    expect(() => mediationAnalysis(ecsiMobiModel, loadMobi(), { resample: 10 } as never)).toThrow(/did you mean "resamples"/);
    expect(() => mediationAnalysis(ecsiMobiModel, loadMobi(), { to: 'IMAG' })).toThrow(/no chain/);
  });
});

describe('mediationType — Zhao, Lynch & Chen (2010), Fig. 2 decision tree', () => {
  const e = (estimate: number, significant: boolean) => ({ estimate, lower: 0, upper: 0, se: 0, significant });
  it.each([
    [0.2, true, 0.3, true, 'complementary'],
    [0.2, true, -0.3, true, 'competitive'],
    [-0.2, true, 0.3, true, 'competitive'],
    [0.2, true, 0.3, false, 'indirect-only'],
    [0.2, false, 0.3, true, 'direct-only'],
    [0.2, false, 0.3, false, 'no-effect'],
  ])('indirect %f (sig %s), direct %f (sig %s) → %s', (i, si, d, sd, type) => {
    expect(mediationType(e(i, si), e(d, sd))).toBe(type);
  });
});
