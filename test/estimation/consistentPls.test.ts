import { describe, expect, it } from 'vitest';
import { consistentPls } from 'csi-analytics';
import { estimatePls } from 'csi-analytics';
import { estimatePlsFromMoments } from 'csi-analytics';
import { momentsOf } from 'csi-analytics';
import { bootstrapPls } from 'csi-analytics';
import { ecsiMobiModel, loadMobi, readJson } from '../helpers/fixtures.js';

// Witness: test/fixtures/peers/turn2/ecsi-mobi-plsc.json — R seminr 2.3.4 (reflective() → PLSc())
// and cSEM 0.6.1 (.disattenuate = TRUE), tight convergence (PEER-README.md §2).
type Flat = Record<string, number>;
interface PeerPlsc {
  path_coefficients: Flat;
  outer_loadings: Record<string, Flat>;
  outer_weights: Record<string, Flat>;
  r_squared: Flat;
  rho_A: Flat;
  construct_correlations: Flat;
}
const ref = readJson<{ seminr: PeerPlsc; cSEM: PeerPlsc }>('peers', 'turn2', 'ecsi-mobi-plsc.json');
const mobi = loadMobi();
const tight = { tolerance: 1e-12, maxIterations: 1000 } as const;
const fit = estimatePls(ecsiMobiModel, mobi, { ...tight, consistent: true });

export function plscDeviations(f: typeof fit, r: PeerPlsc): Record<string, number> {
  const d: Record<string, number> = { paths: 0, loadings: 0, weights: 0, rSquared: 0, rhoA: 0, correlations: 0 };
  const up = (k: string, a: number | undefined, b: number) => (d[k] = Math.max(d[k] as number, Math.abs((a ?? NaN) - b)));
  for (const [k, v] of Object.entries(r.path_coefficients)) up('paths', f.pathCoefficients[k], v);
  for (const [c, its] of Object.entries(r.outer_loadings)) for (const [it, v] of Object.entries(its)) up('loadings', f.loadings[c]?.[it.replace('CUSCO_ind', 'CUSCO')], v);
  for (const [c, its] of Object.entries(r.outer_weights)) for (const [it, v] of Object.entries(its)) up('weights', f.outerWeights[c]?.[it.replace('CUSCO_ind', 'CUSCO')], v);
  for (const [k, v] of Object.entries(r.r_squared)) up('rSquared', f.rSquared[k], v);
  for (const [k, v] of Object.entries(r.rho_A)) up('rhoA', f.consistent?.rhoA[k], v);
  for (const [k, v] of Object.entries(r.construct_correlations)) {
    const [a, b] = k.split('<->') as [string, string];
    up('correlations', f.constructCorrelations[a]?.[b], v);
  }
  return d;
}

describe('PLSc (ECSI on mobi, every construct a common factor)', () => {
  for (const peer of ['seminr', 'cSEM'] as const) {
    it(`matches ${peer} to 1e-9 (paths, loadings, weights, R², ρA, construct correlations)`, () => {
      const dev = plscDeviations(fit, ref[peer]);
      for (const [k, v] of Object.entries(dev)) expect(v, k).toBeLessThan(1e-9);
      expect(Object.keys(ref[peer].path_coefficients).length).toBe(12);
    });
  }
  it('is flagged as consistent, admissible here, and the same from moments and via consistentPls', () => {
    expect(fit.options.consistent).toBe(true);
    expect(fit.consistent?.admissible).toBe(true);
    const items = ecsiMobiModel.constructs.flatMap((c) => c.items);
    const fm = estimatePlsFromMoments(ecsiMobiModel, momentsOf(mobi, items), { ...tight, consistent: true });
    const fc = consistentPls(estimatePls(ecsiMobiModel, mobi, tight));
    for (const k of Object.keys(fit.pathCoefficients)) {
      expect(fm.pathCoefficients[k]).toBeCloseTo(fit.pathCoefficients[k] as number, 12);
      expect(fc.pathCoefficients[k]).toBe(fit.pathCoefficients[k]);
    }
    // effects are recomputed from the consistent paths
    expect(fit.totalEffects['IMAG->PERQ']).toBeCloseTo((fit.pathCoefficients['IMAG->CUEX'] as number) * (fit.pathCoefficients['CUEX->PERQ'] as number), 14);
    expect(() => consistentPls(fit)).toThrow(/already consistent/);
  });
  it('warns when a correction is inadmissible (ρA > 1 after a reversed item)', () => {
    // Reverse-coding one CUEX item makes its Mode A weight negative: Σ_{k≠l} w_k w_l s_kl stays
    // positive, but a two-item construct with one negatively correlated item gets ρA outside (0, 1].
    const cols = { ...mobi.columns, CUEX2: Float64Array.from(mobi.columns['CUEX2']!, (v) => 11 - v) };
    const model = { ...ecsiMobiModel, constructs: ecsiMobiModel.constructs.map((c) => (c.name === 'PERV' ? { ...c, items: ['PERV1', 'CUEX2'] } : c.name === 'CUEX' ? { ...c, items: ['CUEX1', 'CUEX3'] } : c)) };
    const f = estimatePls(model, { ...mobi, columns: cols }, { consistent: true });
    expect(f.consistent?.admissible).toBe(false);
    expect(f.warnings.some((w) => w.kind.startsWith('plsc_'))).toBe(true);
  });
  it('rejects a non-boolean consistent option and PLSc in the bootstrap', () => {
    expect(() => estimatePls(ecsiMobiModel, mobi, { consistent: 'yes' } as never)).toThrow(/Option "consistent" of estimatePls is "yes"; expected true or false/);
    expect(() => bootstrapPls(ecsiMobiModel, mobi, { resamples: 10, consistent: true } as never)).toThrow(/not supported by the bootstrap/);
  });
});
