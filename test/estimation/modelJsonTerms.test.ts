import { describe, expect, it } from 'vitest';
import { assessModel, bootstrapPls, estimatePls, specifyModel } from 'csi-analytics';
import { ecsiMobiModel, loadMobi, readJson } from '../helpers/fixtures.js';
import { maxDiffFlat, maxDiffNested } from './peerCompare.js';

// Model JSON → specifyModel → estimatePls for higher-order constructs and interaction terms.
// Witnesses: test/fixtures/peers/turn2/ecsi-mobi-hoc.json and ecsi-mobi-interaction.json
// (R seminr 2.3.4 / cSEM 0.6.1, tight convergence; PEER-README.md §3–4), as in the direct
// estimateHigherOrder / estimateInteraction tests.
type Flat = Record<string, number>;
type Nested = Record<string, Flat>;
const hocRef = readJson<{
  first_order_model: { blocks: Record<string, string[] | string> };
  seminr_two_stage: { path_coefficients: Flat; r_squared: Flat; hoc_weights: Flat; hoc_loadings: Flat; stage1_path_coefficients: Flat; stage2_weights: Nested };
  cSEM_mixed: { stage1_path_coefficients: Flat };
  repeated_indicators: { seminr: { path_coefficients: Flat; r_squared: Flat; outer_weights: Nested; outer_loadings: Nested } };
}>('peers', 'turn2', 'ecsi-mobi-hoc.json');
const intRef = readJson<{ seminr: Record<string, { path_coefficients: Flat; r_squared: Flat; interaction_weights?: Flat | number[] }> }>('peers', 'turn2', 'ecsi-mobi-interaction.json');
const mobi = loadMobi();
const tight = { tolerance: 1e-12, maxIterations: 1000 } as const;
const firstOrder = Object.entries(hocRef.first_order_model.blocks).map(([name, items]) => ({ name, items: Array.isArray(items) ? items : [items] }));
const hocPaths = [['IMAG', 'CUEX'], ['IMAG', 'CUSA'], ['IMAG', 'CUSL'], ['CUEX', 'QUALITY'], ['CUEX', 'PERV'], ['CUEX', 'CUSA'], ['QUALITY', 'PERV'], ['QUALITY', 'CUSA'], ['PERV', 'CUSA'], ['CUSA', 'CUSCO'], ['CUSA', 'CUSL'], ['CUSCO', 'CUSL']].map(([from, to]) => ({ from: from as string, to: to as string }));
const hocJson = (method: string) => ({ constructs: [...firstOrder, { name: 'QUALITY', dimensions: ['PERQ_A', 'PERQ_B'], method }], paths: hocPaths });
const intJson = (method: string) => ({ ...ecsiMobiModel, paths: [...ecsiMobiModel.paths, { from: 'PERQ*PERV', to: 'CUSA' }], interactions: [{ name: 'PERQ*PERV', between: ['PERQ', 'PERV'], method }] });
const rename = (w: Nested): Nested => Object.fromEntries(Object.entries(w).map(([c, its]) => [c, Object.fromEntries(Object.entries(its).map(([k, v]) => [k.replace(/_ri$/, '@QUALITY'), v]))]));

describe('model JSON with higher-order constructs through specifyModel + estimatePls', () => {
  it('specifyModel keeps the HOC under higherOrder and round-trips through JSON', () => {
    const spec = specifyModel(hocJson('two-stage-disjoint'));
    expect(spec.constructs.map((c) => c.name)).not.toContain('QUALITY');
    expect(spec.higherOrder).toEqual([{ name: 'QUALITY', dimensions: ['PERQ_A', 'PERQ_B'], method: 'two-stage-disjoint', mode: 'A' }]);
    expect(specifyModel(JSON.parse(JSON.stringify(spec)))).toEqual(spec);
  });
  it('repeated indicators: seminr to 1e-9', () => {
    const r = hocRef.repeated_indicators.seminr;
    const fit = estimatePls(specifyModel(hocJson('repeated-indicators')), mobi, tight);
    expect(fit.kind).toBe('csi.pls-fit');
    expect(fit.stage1).toBeNull();
    expect(maxDiffFlat(r.path_coefficients, fit.pathCoefficients)).toBeLessThan(1e-9);
    expect(maxDiffFlat(r.r_squared, fit.rSquared)).toBeLessThan(1e-9);
    expect(maxDiffNested(rename(r.outer_weights), fit.outerWeights)).toBeLessThan(1e-9);
    expect(maxDiffNested(rename(r.outer_loadings), fit.loadings)).toBeLessThan(1e-9);
    expect(fit.higherOrder?.['QUALITY']?.method).toBe('repeated-indicators');
  });
  it("two-stage-disjoint: seminr's two_stage to 1e-9 (stage 1, stage 2, HOC weights/loadings)", () => {
    const r = hocRef.seminr_two_stage;
    const fit = estimatePls(specifyModel(hocJson('two-stage-disjoint')), mobi, tight);
    expect(maxDiffFlat(r.stage1_path_coefficients, fit.stage1?.pathCoefficients)).toBeLessThan(1e-9);
    expect(maxDiffFlat(r.path_coefficients, fit.pathCoefficients)).toBeLessThan(1e-9);
    expect(maxDiffFlat(r.r_squared, fit.rSquared)).toBeLessThan(1e-9);
    expect(maxDiffFlat(r.hoc_weights, fit.higherOrder?.['QUALITY']?.weights)).toBeLessThan(1e-9);
    expect(maxDiffFlat(r.hoc_loadings, fit.higherOrder?.['QUALITY']?.loadings)).toBeLessThan(1e-9);
    expect(maxDiffNested(r.stage2_weights, fit.outerWeights)).toBeLessThan(1e-9);
    expect(fit.specifiedModel?.higherOrder?.[0]?.name).toBe('QUALITY');
    // the fit is an ordinary PlsFit of the stage-2 model: assessment reads it
    expect(assessModel(fit).kind).toBe('csi.assessment');
  });
  it('two-stage (embedded): stage 1 equals the repeated-indicators model (cSEM mixed) to 1e-9', () => {
    const fit = estimatePls(specifyModel(hocJson('two-stage')), mobi, tight);
    expect(maxDiffFlat(hocRef.cSEM_mixed.stage1_path_coefficients, fit.stage1?.pathCoefficients)).toBeLessThan(1e-9);
  });
  it('the top-level higherOrder form is the same model', () => {
    const a = specifyModel(hocJson('two-stage'));
    const b = specifyModel({ constructs: firstOrder, paths: hocPaths, higherOrder: [{ name: 'QUALITY', dimensions: ['PERQ_A', 'PERQ_B'], method: 'two-stage' }] });
    expect(b).toEqual(a);
  });
  it('strict validation: every problem named, with did-you-mean', () => {
    const bad = { constructs: [...firstOrder, { name: 'QUALITY', dimensions: ['PERQ_A', 'PERQ_BB'], methd: 'two-stage' }], paths: [...hocPaths, { from: 'PERQ_A', to: 'CUSL' }, { from: 'QUALTY', to: 'CUSL' }] };
    let msg = '';
    try { specifyModel(bad); } catch (e) { msg = String((e as Error).message); expect((e as { code?: string }).code).toBe('INVALID_SPEC'); }
    expect(msg).toMatch(/"QUALITY" \(constructs\[8\]\) has unknown key "methd" — did you mean "method"/);
    expect(msg).toMatch(/dimension "PERQ_BB".*did you mean "PERQ_B"/);
    expect(msg).toMatch(/unknown construct "QUALTY". Did you mean "QUALITY"/);
    expect(() => specifyModel({ ...hocJson('two-stage'), paths: [...hocPaths, { from: 'PERQ_A', to: 'CUSL' }] })).toThrow(/a dimension of higher-order construct "QUALITY"; write the path with "QUALITY"/);
    expect(() => specifyModel({ ...hocJson('two-stage'), constructs: [...firstOrder, { name: 'CUSA', dimensions: ['PERQ_A', 'PERQ_B'] }] })).toThrow(/"CUSA" \(constructs\[8\]\) has the name of another construct/);
  });
  it('functions that need an ordinary model refuse a HOC model clearly', () => {
    expect(() => bootstrapPls(specifyModel(hocJson('two-stage')), mobi, { resamples: 10, seed: 1 })).toThrow(/needs an ordinary model.*"QUALITY"/);
  });
});

describe('model JSON with interactions through specifyModel + estimatePls', () => {
  for (const [method, key] of [['product-indicator', 'product_indicator'], ['orthogonal', 'orthogonal'], ['two-stage', 'harness_two_stage_tight']] as const) {
    it(`${method}: seminr ${key} to 1e-9`, () => {
      const r = intRef.seminr[key] as { path_coefficients: Flat; r_squared: Flat; interaction_weights?: Flat | number[] };
      const spec = specifyModel(intJson(method));
      expect(spec.interactions).toEqual([{ name: 'PERQ*PERV', between: ['PERQ', 'PERV'], method }]);
      const fit = estimatePls(spec, mobi, tight);
      expect(maxDiffFlat(r.path_coefficients, fit.pathCoefficients)).toBeLessThan(1e-9);
      expect(maxDiffFlat(r.r_squared, fit.rSquared)).toBeLessThan(1e-9);
      if (r.interaction_weights !== undefined && !Array.isArray(r.interaction_weights)) expect(maxDiffFlat(r.interaction_weights, fit.outerWeights['PERQ*PERV'])).toBeLessThan(1e-9);
      expect(fit.interactions?.['PERQ*PERV']?.effects['CUSA']).toBe(fit.pathCoefficients['PERQ*PERV->CUSA']);
    });
  }
  it('strict validation of interactions and refusal of HOC + interaction together', () => {
    let msg = '';
    try { specifyModel({ ...intJson('two-stage'), interactions: [{ between: ['PERQ', 'PERVV'], methd: 'x' }] }); } catch (e) { msg = String((e as Error).message); }
    expect(msg).toMatch(/"PERVV".*did you mean "PERV"/);
    expect(msg).toMatch(/unknown key "methd" — did you mean "method"/);
    expect(msg).toMatch(/unknown construct "PERQ\*PERV"/);
    expect(() => specifyModel({ ...intJson('two-stage'), paths: [...intJson('two-stage').paths, { from: 'CUSA', to: 'PERQ*PERV' }] })).toThrow(/cycle/);
    const both = specifyModel({ ...hocJson('two-stage'), paths: [...hocPaths, { from: 'CUEX*PERV', to: 'CUSA' }], interactions: [{ between: ['CUEX', 'PERV'] }] });
    expect(() => estimatePls(both, mobi)).toThrow(/both higher-order constructs \(QUALITY\) and interaction terms \(CUEX\*PERV\)/);
  });
});
