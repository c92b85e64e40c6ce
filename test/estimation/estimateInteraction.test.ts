import { describe, expect, it } from 'vitest';
import { estimateInteraction } from 'csi-analytics';
import { ecsiMobiModel, loadMobi, readJson } from '../helpers/fixtures.js';
import { maxDiffFlat } from './peerCompare.js';

// Witness: test/fixtures/peers/turn2/ecsi-mobi-interaction.json — R seminr 2.3.4
// interaction_term(iv = "PERQ", moderator = "PERV", method = product_indicator | orthogonal |
// two_stage), tight convergence; two-stage compared with harness_two_stage_tight (PEER-README.md §4).
type Flat = Record<string, number>;
interface PeerInteraction {
  path_coefficients: Flat;
  r_squared: Flat;
  interaction_weights?: Flat | number[];
  interaction_loadings?: Flat | number[];
  outer_weights?: Record<string, Flat>;
}
const ref = readJson<{ seminr: Record<string, PeerInteraction> }>('peers', 'turn2', 'ecsi-mobi-interaction.json');
const mobi = loadMobi();
const tight = { tolerance: 1e-12, maxIterations: 1000 } as const;
const json = (method: string) => ({
  ...ecsiMobiModel,
  paths: [...ecsiMobiModel.paths, { from: 'PERQ*PERV', to: 'CUSA' }],
  interactions: [{ name: 'PERQ*PERV', between: ['PERQ', 'PERV'], method }],
});

describe('estimateInteraction (ECSI + PERQ×PERV → CUSA on mobi)', () => {
  for (const [method, key] of [['product-indicator', 'product_indicator'], ['orthogonal', 'orthogonal'], ['two-stage', 'harness_two_stage_tight']] as const) {
    it(`${method} matches seminr ${key} to 1e-9 (paths, R², interaction weights/loadings)`, () => {
      const r = ref.seminr[key] as PeerInteraction;
      const res = estimateInteraction(json(method), mobi, tight);
      expect(res.fit.converged).toBe(true);
      expect(maxDiffFlat(r.path_coefficients, res.fit.pathCoefficients)).toBeLessThan(1e-9);
      expect(maxDiffFlat(r.r_squared, res.fit.rSquared)).toBeLessThan(1e-9);
      if (r.interaction_weights !== undefined && !Array.isArray(r.interaction_weights)) {
        expect(maxDiffFlat(r.interaction_weights, res.fit.outerWeights['PERQ*PERV'])).toBeLessThan(1e-9);
        // seminr reports the interaction loadings on the rescaled score: λ·a (a = term.scale)
        expect(maxDiffFlat(r.interaction_loadings as Flat, res.fit.loadings['PERQ*PERV'], res.interactions['PERQ*PERV']?.scale)).toBeLessThan(1e-9);
        expect(Object.keys(r.interaction_weights)).toHaveLength(14);
      }
      if (r.outer_weights) for (const [c, w] of Object.entries(r.outer_weights)) expect(maxDiffFlat(w, res.fit.outerWeights[c]), c).toBeLessThan(1e-9);
      const term = res.interactions['PERQ*PERV'];
      expect(term?.effects['CUSA']).toBe(res.fit.pathCoefficients['PERQ*PERV->CUSA']);
      // the standardized term's path = reported path × a (a = loading-weighted mean SD of the indicators)
      expect((term?.standardizedEffects['CUSA'] as number) / (term?.scale as number)).toBeCloseTo(r.path_coefficients['PERQ*PERV->CUSA'] as number, 12);
      expect(res.stage1 === null).toBe(method !== 'two-stage');
    });
  }
  it("two-stage is within seminr's own stage-1 convergence noise of seminr two_stage (stage 1 at its defaults)", () => {
    // PEER-README.md §4: seminr runs stage 1 at maxIt 300, stopCriterion 7; equal to the tight harness to 6e-13 in paths
    const r = ref.seminr['two_stage'] as PeerInteraction;
    const res = estimateInteraction(json('two-stage'), mobi, tight);
    expect(maxDiffFlat(r.path_coefficients, res.fit.pathCoefficients)).toBeLessThan(1e-9);
    expect(maxDiffFlat(r.r_squared, res.fit.rSquared)).toBeLessThan(1e-9);
  });
  it('rejects malformed interactions with every problem named', () => {
    const bad = { ...ecsiMobiModel, paths: [...ecsiMobiModel.paths, { from: 'PERQ*PERV', to: 'CUSA' }], interactions: [{ between: ['PERQ', 'PERVV'], method: 'products', moderator: 'x' }] };
    let msg = '';
    try { estimateInteraction(bad, mobi); } catch (e) { msg = String((e as Error).message); expect((e as { code?: string }).code).toBe('INVALID_SPEC'); }
    expect(msg).toMatch(/"PERVV".*did you mean "PERV"/);
    expect(msg).toMatch(/method is "products"/);
    expect(msg).toMatch(/unknown key "moderator"/);
    expect(() => estimateInteraction(ecsiMobiModel, mobi)).toThrow(/declares no "interactions"/);
    expect(() => estimateInteraction({ ...json('two-stage'), interactions: [{ name: 'PERQ', between: ['PERQ', 'PERV'] }] }, mobi)).toThrow(/already used/);
    expect(() => estimateInteraction(json('two-stage'), mobi, { maxIteration: 5 } as never)).toThrow(/did you mean "maxIterations"/);
    expect(() => estimateInteraction(json('two-stage'), mobi, { consistent: true })).toThrow(/"consistent" of estimateInteraction is not supported/);
  });
  it('defaults to two-stage and the name "A*B"; the missing policy is applied before products are formed', () => {
    const { interactions: _i, ...rest } = json('two-stage');
    const res = estimateInteraction({ ...rest, interactions: [{ between: ['PERQ', 'PERV'] }] }, mobi, tight);
    expect(res.interactions['PERQ*PERV']?.method).toBe('two-stage');
    const cols = { ...mobi.columns, PERQ1: Float64Array.from(mobi.columns['PERQ1'] as Float64Array, (v, i) => (i === 3 ? NaN : v)) };
    const lw = estimateInteraction(json('product-indicator'), { ...mobi, columns: cols }, { ...tight, missing: 'listwise' });
    expect(lw.fit.n).toBe(249);
    expect(lw.missing.rowsDropped).toBe(1);
  });
});
