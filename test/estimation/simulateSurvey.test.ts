import { describe, expect, it } from 'vitest';
import { simulateSurvey } from 'csi-analytics';
import { estimatePls } from 'csi-analytics';
import { normalCdf } from 'csi-analytics';
import type { ModelSpec } from 'csi-analytics';
import { ecsiMobiModel } from '../helpers/fixtures.js';

const ecsiPaths = {
  'IMAG->CUEX': 0.5, 'IMAG->CUSA': 0.2, 'IMAG->CUSL': 0.2, 'CUEX->PERQ': 0.55, 'CUEX->PERV': 0.05, 'CUEX->CUSA': 0.06,
  'PERQ->PERV': 0.55, 'PERQ->CUSA': 0.5, 'PERV->CUSA': 0.2, 'CUSA->CUSCO': 0.5, 'CUSA->CUSL': 0.5, 'CUSCO->CUSL': 0.07,
};

describe('simulateSurvey', () => {
  it('is deterministic from the seed and returns integer scales', () => {
    const a = simulateSurvey(ecsiMobiModel, ecsiPaths, 300, { seed: 11 });
    const b = simulateSurvey(ecsiMobiModel, ecsiPaths, 300, { seed: 11 });
    const c = simulateSurvey(ecsiMobiModel, ecsiPaths, 300, { seed: 12 });
    expect(a.columns['CUSA1']).toEqual(b.columns['CUSA1']);
    expect(a.columns['CUSA1']).not.toEqual(c.columns['CUSA1']);
    expect(a.items).toHaveLength(24);
    expect(a.scales['CUSA1']).toEqual({ min: 1, max: 10, integer: true });
    expect((a.columns['IMAG1'] as Float64Array).every((v) => Number.isInteger(v) && v >= 1 && v <= 10)).toBe(true);
  });
  it('equal-probability thresholds give uniform categories; a location shift follows the normal model', () => {
    const d = simulateSurvey(ecsiMobiModel, ecsiPaths, 20000, { seed: 3, scale: { min: 1, max: 5 } });
    const counts = [0, 0, 0, 0, 0];
    for (const v of d.columns['PERQ3'] as Float64Array) counts[v - 1] = (counts[v - 1] ?? 0) + 1;
    const chi = counts.reduce((s, k) => s + (k - 4000) ** 2 / 4000, 0);
    expect(chi).toBeLessThan(18.5); // χ²(4) 99.9 % quantile
    // fixed thresholds [0] on a 2-point scale with location 0.5: P(x = 2) = Φ(0.5) (x* ~ N(0,1))
    const e = simulateSurvey(ecsiMobiModel, ecsiPaths, 40000, { seed: 4, scale: { min: 1, max: 2 }, thresholds: [0], location: 0.5 });
    const share = (e.columns['CUSL1'] as Float64Array).reduce((s, v) => s + (v === 2 ? 1 : 0), 0) / 40000;
    expect(Math.abs(share - normalCdf(0.5))).toBeLessThan(4 * Math.sqrt(0.25 / 40000) + 1e-3);
  });
  it('recovers the population correlation of error-free, finely graded single items', () => {
    const model: ModelSpec = {
      constructs: [
        { name: 'X', items: ['x'], mode: 'A' },
        { name: 'Y', items: ['y'], mode: 'A' },
      ],
      paths: [{ from: 'X', to: 'Y' }],
    };
    const d = simulateSurvey(model, { 'X->Y': 0.6 }, 40000, { seed: 9, loadings: 1, scale: { min: 1, max: 1000 } });
    const fit = estimatePls(model, d);
    // 1000 equal-probability categories turn each normal into (almost) a uniform rank, so the
    // item correlation is Spearman's ρ_S = (6/π)·arcsin(ρ/2) of the bivariate normal
    // (Pearson 1907) = 0.58256 for ρ = 0.6; standard error ≈ (1 − ρ²)/√n ≈ 0.0033.
    const rhoS = (6 / Math.PI) * Math.asin(0.3);
    expect(Math.abs((fit.pathCoefficients['X->Y'] as number) - rhoS)).toBeLessThan(0.012);
  });
  it('validates paths, loadings and the implied variance', () => {
    expect(() => simulateSurvey(ecsiMobiModel, { ...ecsiPaths, 'CUSA->IMAG': 0.2 }, 10, { seed: 1 })).toThrow(/not a path of the model/);
    const { ['IMAG->CUEX']: _drop, ...rest } = ecsiPaths;
    expect(() => simulateSurvey(ecsiMobiModel, rest, 10, { seed: 1 })).toThrow('The paths of simulateSurvey have no finite coefficient for model path "IMAG->CUEX".');
    expect(() => simulateSurvey(ecsiMobiModel, { ...ecsiPaths, 'PERQ->CUSA': 0.9 }, 10, { seed: 1 })).toThrow(/explain .* of its variance/);
    expect(() => simulateSurvey(ecsiMobiModel, ecsiPaths, 10, { seed: 1, loadings: 1.2 })).toThrow(/Option "loadings" of simulateSurvey is 1.2; expected a number from -1 to 1/);
  });
});
