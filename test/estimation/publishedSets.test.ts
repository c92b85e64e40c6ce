import { describe, expect, it } from 'vitest';
import { estimatePls } from 'csi-analytics';
import type { PlsFit } from 'csi-analytics';
import type { ModelSpec } from 'csi-analytics';
import { ecsiMobiModel, loadMobi, loadNumericCsv, readJson } from '../helpers/fixtures.js';
import { maxDiffFlat, maxDiffNested } from './peerCompare.js';

type Flat = Record<string, number>;
type Nested = Record<string, Flat>;
type BySch<T> = Record<'centroid' | 'factorial' | 'path', T>;
const schemes = ['centroid', 'factorial', 'path'] as const;

// ---------------------------------------------------------------------------------------------
// Set A — SmartPLS 2.0.M3 exports (reference-values.md §3), 8 printed decimals.
// Fixture: test/fixtures/estimation/smartpls-set-a.json (transcribed by extract_reference_values.py).
// ---------------------------------------------------------------------------------------------
interface SetA {
  pathCoefficients: BySch<Flat>;
  outerWeights: BySch<Nested>;
  loadings: BySch<Nested>;
  totalEffects: { path: Flat };
  rSquared: { path: Flat };
  rSquaredAdjusted: { path: Flat };
}
const setA = readJson<SetA>('estimation', 'smartpls-set-a.json');
const mobi = loadMobi();
const ROUND8 = 5e-9 + 1e-12; // half a unit in the 8th decimal

// SmartPLS 2.0.M3 reported "converged after 5 iterations" (abort criterion 1e-7). Its export
// is 1–2e-8 away from the fully converged solution that seminr, cSEM and plspm agree on (1e-12):
// the paths, loadings and total effects are those of the 5th outer update and the weights those
// of the 6th (the weights computed for the final convergence check). Emulating that stopping
// point reproduces every published number to its 8 decimals; the fully converged solution is
// within 2.5e-8 of all of them.
describe('Set A — SmartPLS exports for ECSI/mobi, all three schemes', () => {
  for (const scheme of schemes) {
    it(`${scheme}: SmartPLS stopping point reproduces all 8 published decimals`, () => {
      const at5 = estimatePls(ecsiMobiModel, mobi, { scheme, tolerance: 1e-30, maxIterations: 5 });
      const at6 = estimatePls(ecsiMobiModel, mobi, { scheme, tolerance: 1e-30, maxIterations: 6 });
      expect(maxDiffFlat(setA.pathCoefficients[scheme], at5.pathCoefficients)).toBeLessThan(ROUND8);
      expect(maxDiffNested(setA.loadings[scheme], at5.loadings)).toBeLessThan(ROUND8);
      expect(maxDiffNested(setA.outerWeights[scheme], at6.outerWeights)).toBeLessThan(ROUND8);
      if (scheme === 'path') expect(maxDiffFlat(setA.totalEffects.path, at5.totalEffects)).toBeLessThan(ROUND8);
    });
    it(`${scheme}: fully converged solution within 2.5e-8 of the export`, () => {
      const fit = estimatePls(ecsiMobiModel, mobi, { scheme, tolerance: 1e-12, maxIterations: 1000 });
      expect(maxDiffFlat(setA.pathCoefficients[scheme], fit.pathCoefficients)).toBeLessThan(2.5e-8);
      expect(maxDiffNested(setA.outerWeights[scheme], fit.outerWeights)).toBeLessThan(2.5e-8);
      expect(maxDiffNested(setA.loadings[scheme], fit.loadings)).toBeLessThan(2.5e-8);
      if (scheme === 'path') {
        expect(maxDiffFlat(setA.totalEffects.path, fit.totalEffects)).toBeLessThan(2.5e-8);
        // R² / adjusted R² column: seminr 2.5.0.9000 fixture (fully converged), 8 decimals
        expect(maxDiffFlat(setA.rSquared.path, fit.rSquared)).toBeLessThan(ROUND8);
        expect(maxDiffFlat(setA.rSquaredAdjusted.path, fit.rSquaredAdjusted)).toBeLessThan(ROUND8);
      }
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Set E — R plspm on `satisfaction`, scaled = FALSE (reference-values.md §7), 6 decimals.
// ---------------------------------------------------------------------------------------------
interface SetE {
  outerWeights: BySch<Nested>;
  loadings: BySch<Nested>;
  communalityCentroid: Flat;
  rSquaredCentroid: Flat;
  blockCommunalityCentroid: Flat;
  effectsCentroid: { direct: Flat; indirect: Flat; total: Flat };
  modeBCentroid: Record<string, { rSquared: number; blockCommunality: number }>;
}
const setE = readJson<SetE>('estimation', 'plspm-set-e.json');
const satisfaction = loadNumericCsv('satisfaction.csv', { min: 0, max: 10 });
const block = (name: string, prefix: string, k: number, mode: 'A' | 'B') => ({
  name,
  items: Array.from({ length: k }, (_, i) => `${prefix}${i + 1}`),
  mode,
});
const satisfactionModel = (mode: 'A' | 'B'): ModelSpec => ({
  constructs: [block('IMAG', 'imag', 5, mode), block('EXPE', 'expe', 5, mode), block('QUAL', 'qual', 5, mode), block('VAL', 'val', 4, mode), block('SAT', 'sat', 4, mode), block('LOY', 'loy', 4, mode)],
  paths: [
    ['IMAG', 'EXPE'], ['IMAG', 'SAT'], ['IMAG', 'LOY'], ['EXPE', 'QUAL'], ['EXPE', 'VAL'],
    ['EXPE', 'SAT'], ['QUAL', 'VAL'], ['QUAL', 'SAT'], ['VAL', 'SAT'], ['SAT', 'LOY'],
  ].map(([from, to]) => ({ from: from as string, to: to as string })),
});
const n = satisfaction.n;
/** plspm's weights give composites of unit *population* variance: √(n/(n−1)) × our raw weights. */
const plspmWeightScale = Math.sqrt(n / (n - 1));
const blockCommunality = (fit: PlsFit, c: string): number => {
  const l = Object.values(fit.loadings[c] ?? {});
  return l.reduce((s, v) => s + v * v, 0) / l.length;
};
// Published values have 6 decimals (±5e-7) and plspm stopped at tol 1e-6 (Σ(|w_old|−|w_new|)²)
// before full convergence: the fully converged solution differs from them by ≤ 7e-7.
const E_TOL = 1e-6;

describe('Set E — plspm on satisfaction, scaled = FALSE (items only centred)', () => {
  for (const scheme of schemes) {
    it(`${scheme}: weights (raw scale) and loadings`, () => {
      const fit = estimatePls(satisfactionModel('A'), satisfaction, { scheme, standardize: false, tolerance: 1e-12, maxIterations: 1000 });
      expect(maxDiffNested(setE.outerWeights[scheme], fit.unstandardizedWeights, plspmWeightScale)).toBeLessThan(E_TOL);
      expect(maxDiffNested(setE.loadings[scheme], fit.loadings)).toBeLessThan(E_TOL);
    });
  }
  it('centroid: R², communalities, effects', () => {
    const fit = estimatePls(satisfactionModel('A'), satisfaction, { scheme: 'centroid', standardize: false, tolerance: 1e-12, maxIterations: 1000 });
    expect(maxDiffFlat(setE.rSquaredCentroid, fit.rSquared)).toBeLessThan(E_TOL);
    for (const [item, comm] of Object.entries(setE.communalityCentroid)) {
      const c = fit.model.constructs.find((x) => x.items.includes(item))?.name as string;
      expect(Math.abs(comm - (fit.loadings[c]?.[item] as number) ** 2)).toBeLessThan(E_TOL);
    }
    for (const [c, v] of Object.entries(setE.blockCommunalityCentroid)) expect(Math.abs(v - blockCommunality(fit, c))).toBeLessThan(E_TOL);
    expect(maxDiffFlat(setE.effectsCentroid.direct, fit.directEffects)).toBeLessThan(E_TOL);
    expect(maxDiffFlat(setE.effectsCentroid.indirect, fit.indirectEffects)).toBeLessThan(E_TOL);
    expect(maxDiffFlat(setE.effectsCentroid.total, fit.totalEffects)).toBeLessThan(E_TOL);
    // the standardized and centred-only fixed points differ (reference-values §0)
    const std = estimatePls(satisfactionModel('A'), satisfaction, { scheme: 'centroid', tolerance: 1e-12 });
    expect(Math.abs((std.pathCoefficients['IMAG->EXPE'] as number) - 0.560003)).toBeLessThan(E_TOL); // §7 "computed here" table
  });
  it('centroid: plspm 0.4.x stopped after 4 outer updates — with maxIterations 4 every weight matches to the printed rounding', () => {
    const fit = estimatePls(satisfactionModel('A'), satisfaction, { scheme: 'centroid', standardize: false, tolerance: 1e-30, maxIterations: 4 });
    expect(fit.converged).toBe(false);
    expect(maxDiffNested(setE.outerWeights.centroid, fit.unstandardizedWeights, plspmWeightScale)).toBeLessThan(5e-7 + 1e-12);
    expect(maxDiffFlat(setE.effectsCentroid.direct, fit.directEffects)).toBeLessThan(5e-7 + 1e-12);
  });
  // Published without full convergence (plspm tol 1e-6 on Σ(|w_old|−|w_new|)²): reproduce it with
  // plspm's own settings (the converged solution is 2.3e-5 away; cf. Set G below).
  it('Mode B variant (all blocks Mode B, centroid, plspm settings): R² and block communalities', () => {
    const fit = estimatePls(satisfactionModel('B'), satisfaction, { scheme: 'centroid', standardize: false, criterion: 'squared', tolerance: 1e-6, maxIterations: 100 });
    for (const [c, v] of Object.entries(setE.modeBCentroid)) {
      if (c !== 'IMAG') expect(Math.abs(v.rSquared - (fit.rSquared[c] as number))).toBeLessThan(E_TOL);
      expect(Math.abs(v.blockCommunality - blockCommunality(fit, c))).toBeLessThan(E_TOL);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Mode B — Set D1 (seminr, reference-values §6) and Set G (ADANCO 2.2.1, §9).
// ---------------------------------------------------------------------------------------------
interface ModeBSets {
  D1: { pathCoefficients: Flat; weights: Flat; loadings: Flat };
  G: { pathCoefficients: Flat; rSquared: Record<string, { rSquared: number; rSquaredAdjusted: number }>; weights: Flat; loadings: Flat };
}
const modeB = readJson<ModeBSets>('estimation', 'mode-b-sets-d-g.json');
const flatten = (nested: Readonly<Record<string, Readonly<Record<string, number>>>>): Flat =>
  Object.assign({}, ...Object.values(nested)) as Flat;

describe('Mode B', () => {
  it('Set D1 — Quality as Mode B on mobi, seminr defaults (to 1e-9)', () => {
    const model: ModelSpec = {
      constructs: [
        { name: 'Image', items: ['IMAG1', 'IMAG2', 'IMAG3', 'IMAG4', 'IMAG5'], mode: 'A' },
        { name: 'Expectation', items: ['CUEX1', 'CUEX2', 'CUEX3'], mode: 'A' },
        { name: 'Quality', items: ['PERQ1', 'PERQ2', 'PERQ3', 'PERQ4', 'PERQ5', 'PERQ6', 'PERQ7'], mode: 'B' },
        { name: 'Complaints', items: ['CUSCO'], mode: 'A' },
        { name: 'Loyalty', items: ['CUSL1', 'CUSL2', 'CUSL3'], mode: 'A' },
      ],
      paths: [
        { from: 'Image', to: 'Expectation' },
        { from: 'Expectation', to: 'Loyalty' },
        { from: 'Quality', to: 'Loyalty' },
        { from: 'Complaints', to: 'Loyalty' },
      ],
    };
    const fit = estimatePls(model, mobi);
    expect(maxDiffFlat(modeB.D1.pathCoefficients, fit.pathCoefficients)).toBeLessThan(1e-9);
    expect(maxDiffFlat(modeB.D1.weights, flatten(fit.outerWeights))).toBeLessThan(1e-9);
    expect(maxDiffFlat(modeB.D1.loadings, flatten(fit.loadings))).toBeLessThan(1e-9);
    expect(fit.outerWeights['Quality']?.['PERQ6']).toBeLessThan(0);
  });
  it('Set G — all six constructs Mode B on satisfaction, centroid (ADANCO, 6 decimals)', () => {
    const fit = estimatePls(satisfactionModel('B'), satisfaction, { scheme: 'centroid', tolerance: 1e-12, maxIterations: 1000 });
    const tol = 1e-6; // 6 printed decimals; ADANCO's own tolerance (13 iterations)
    expect(maxDiffFlat(modeB.G.pathCoefficients, fit.pathCoefficients)).toBeLessThan(tol);
    expect(maxDiffFlat(modeB.G.weights, flatten(fit.outerWeights))).toBeLessThan(tol);
    expect(maxDiffFlat(modeB.G.loadings, flatten(fit.loadings))).toBeLessThan(tol);
    for (const [c, v] of Object.entries(modeB.G.rSquared)) {
      expect(Math.abs(v.rSquared - (fit.rSquared[c] as number))).toBeLessThan(tol);
      expect(Math.abs(v.rSquaredAdjusted - (fit.rSquaredAdjusted[c] as number))).toBeLessThan(tol);
    }
  });
});
