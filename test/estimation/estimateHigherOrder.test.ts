import { describe, expect, it } from 'vitest';
import { estimateHigherOrder } from 'csi-analytics';
import { estimatePls } from 'csi-analytics';
import { satisfactionIndex } from 'csi-analytics';
import { ipma } from 'csi-analytics';
import { sampleMoments } from 'csi-analytics';
import { loadMobi, readJson } from '../helpers/fixtures.js';
import { maxDiffFlat, maxDiffNested } from './peerCompare.js';

// Witness: test/fixtures/peers/turn2/ecsi-mobi-hoc.json — R seminr 2.3.4 and cSEM 0.6.1, tight
// convergence (PEER-README.md §3): second-order QUALITY = PERQ_A (PERQ1-4) + PERQ_B (PERQ5-7).
type Flat = Record<string, number>;
type Nested = Record<string, Flat>;
interface PeerHoc { path_coefficients: Flat; r_squared: Flat; hoc_weights?: Flat; hoc_loadings?: Flat; stage1_weights?: Nested; stage1_loadings?: Nested; stage1_path_coefficients?: Flat; stage2_weights?: Nested; stage2_loadings?: Nested }
const ref = readJson<{
  first_order_model: { blocks: Record<string, string[] | string> };
  seminr_two_stage: PeerHoc;
  cSEM_mixed: PeerHoc;
  repeated_indicators: { seminr: PeerHoc & { outer_weights: Nested; outer_loadings: Nested }; cSEM: PeerHoc & { outer_weights: Nested; outer_loadings: Nested } };
}>('peers', 'turn2', 'ecsi-mobi-hoc.json');
const mobi = loadMobi();
const tight = { tolerance: 1e-12, maxIterations: 1000 } as const;
const firstOrder = Object.entries(ref.first_order_model.blocks).map(([name, items]) => ({ name, items: Array.isArray(items) ? items : [items] }));
const paths = [['IMAG', 'CUEX'], ['IMAG', 'CUSA'], ['IMAG', 'CUSL'], ['CUEX', 'QUALITY'], ['CUEX', 'PERV'], ['CUEX', 'CUSA'], ['QUALITY', 'PERV'], ['QUALITY', 'CUSA'], ['PERV', 'CUSA'], ['CUSA', 'CUSCO'], ['CUSA', 'CUSL'], ['CUSCO', 'CUSL']].map(([from, to]) => ({ from: from as string, to: to as string }));
const json = (method: string) => ({ constructs: [...firstOrder, { name: 'QUALITY', dimensions: ['PERQ_A', 'PERQ_B'], method }], paths });
/** The fixture's copies are `PERQ1_ri`; ours `PERQ1@QUALITY`. */
const rename = (w: Nested): Nested => Object.fromEntries(Object.entries(w).map(([c, its]) => [c, Object.fromEntries(Object.entries(its).map(([k, v]) => [k.replace(/_ri$/, '@QUALITY'), v]))]));

describe('estimateHigherOrder (ECSI with second-order QUALITY on mobi)', () => {
  for (const peer of ['seminr', 'cSEM'] as const) {
    it(`repeated indicators match ${peer} to 1e-9 (paths, R², weights, loadings)`, () => {
      const r = ref.repeated_indicators[peer];
      const res = estimateHigherOrder(json('repeated-indicators'), mobi, tight);
      expect(res.stage1).toBeNull();
      expect(Object.keys(r.path_coefficients)).toHaveLength(14);
      expect(maxDiffFlat(r.path_coefficients, res.fit.pathCoefficients)).toBeLessThan(1e-9);
      expect(maxDiffFlat(r.r_squared, res.fit.rSquared)).toBeLessThan(1e-9);
      expect(maxDiffNested(rename(r.outer_weights), res.fit.outerWeights)).toBeLessThan(1e-9);
      expect(maxDiffNested(rename(r.outer_loadings), res.fit.loadings)).toBeLessThan(1e-9);
      expect(res.higherOrder['QUALITY']?.indicators).toHaveLength(7);
    });
  }
  it("two-stage-disjoint matches seminr's higher_composite(two_stage) to 1e-9 (both stages)", () => {
    const r = ref.seminr_two_stage;
    const res = estimateHigherOrder(json('two-stage-disjoint'), mobi, tight);
    const s1 = res.stage1;
    expect(s1).not.toBeNull();
    expect(maxDiffFlat(r.stage1_path_coefficients as Flat, s1?.pathCoefficients)).toBeLessThan(1e-9);
    expect(maxDiffNested(r.stage1_weights as Nested, s1?.outerWeights)).toBeLessThan(1e-9);
    expect(maxDiffNested(r.stage1_loadings as Nested, s1?.loadings)).toBeLessThan(1e-9);
    expect(maxDiffFlat(r.path_coefficients, res.fit.pathCoefficients)).toBeLessThan(1e-9);
    expect(maxDiffFlat(r.r_squared, res.fit.rSquared)).toBeLessThan(1e-9);
    expect(maxDiffFlat(r.hoc_weights as Flat, res.higherOrder['QUALITY']?.weights)).toBeLessThan(1e-9);
    expect(maxDiffFlat(r.hoc_loadings as Flat, res.higherOrder['QUALITY']?.loadings)).toBeLessThan(1e-9);
    expect(maxDiffNested(r.stage2_weights as Nested, res.fit.outerWeights)).toBeLessThan(1e-9);
    expect(maxDiffNested(r.stage2_loadings as Nested, res.fit.loadings)).toBeLessThan(1e-9);
  });
  it('two-stage (embedded) stage 1 equals repeated indicators; HOC weights vs cSEM mixed', () => {
    const r = ref.cSEM_mixed;
    const res = estimateHigherOrder(json('two-stage'), mobi, tight);
    expect(maxDiffFlat(r.stage1_path_coefficients as Flat, res.stage1?.pathCoefficients)).toBeLessThan(1e-9);
    // cSEM "mixed" uses the same stage 1 but enters every other construct as a single indicator
    // (its stage-1 score) in stage 2; Mode A weights are untouched by its forced PLSc, so the
    // HOC weights of that stage 2, built here from our stage-1 scores, must match cSEM's.
    const s1 = res.stage1 as NonNullable<typeof res.stage1>;
    const cols: Record<string, Float64Array> = Object.create(null);
    for (const c of s1.constructs) cols[`${c}_s1`] = Float64Array.from(s1.scores?.[c] as number[]);
    const single = ['IMAG', 'CUEX', 'PERV', 'CUSA', 'CUSCO', 'CUSL'].map((c) => ({ name: c, items: [`${c}_s1`], mode: 'A' as const }));
    const m2 = { constructs: [...single, { name: 'QUALITY', items: ['PERQ_A_s1', 'PERQ_B_s1'], mode: 'A' as const }], paths };
    const d2 = { n: 250, items: Object.keys(cols), columns: cols, factorNames: [], factors: Object.create(null), scales: Object.create(null) };
    const f2 = estimatePls(m2, d2, tight);
    expect(maxDiffFlat(r.hoc_weights as Flat, { PERQ_A: f2.outerWeights['QUALITY']?.['PERQ_A_s1'] as number, PERQ_B: f2.outerWeights['QUALITY']?.['PERQ_B_s1'] as number })).toBeLessThan(1e-9);
    // our embedded stage 2 re-estimates the other constructs from their items (as seminr's stage 2), so it is close but not equal
    expect(maxDiffFlat(r.hoc_weights as Flat, res.higherOrder['QUALITY']?.weights)).toBeLessThan(1e-4);
    expect(res.fit.model.constructs.map((c) => c.name)).not.toContain('PERQ_A');
  });
  it('repeated indicators: 0–100 index and IPMA of the higher-order construct', () => {
    const res = estimateHigherOrder(json('repeated-indicators'), mobi, tight);
    // independent: seminr's QUALITY weights on the copies, mobi item means/SDs, scale 1–10:
    // index = 100 · Σ (w_k/s_k)(x̄_k − 1) / Σ (w_k/s_k)(10 − 1)
    const w = ref.repeated_indicators.seminr.outer_weights['QUALITY'] as Flat;
    let num = 0;
    let den = 0;
    for (const [copy, wk] of Object.entries(w)) {
      const m = sampleMoments(mobi.columns[copy.replace(/_ri$/, '')] as Float64Array);
      const u = wk / Math.sqrt(m.variance);
      num += u * (m.mean - 1);
      den += u * 9;
    }
    const idx = satisfactionIndex(res.fit, 'QUALITY');
    expect(Math.abs(idx.index - (100 * num) / den)).toBeLessThan(1e-9);
    const map = ipma(res.fit, 'CUSA');
    expect(Math.abs((map.constructs.points['QUALITY']?.performance ?? NaN) - idx.index)).toBeLessThan(1e-9);
    // importance is the unstandardized (rescaled) total effect: same sign as the standardized one
    expect(Math.sign(map.constructs.points['QUALITY']?.importance ?? NaN)).toBe(Math.sign(res.fit.totalEffects['QUALITY->CUSA'] as number));
  });
  it('rejects malformed higher-order constructs with every problem named', () => {
    const bad = { constructs: [...firstOrder, { name: 'QUALITY', dimensions: ['PERQ_A', 'PERQ_X'], method: 'embedded', itmes: [] }], paths: [...paths, { from: 'PERQ_A', to: 'CUSA' }] };
    let msg = '';
    try { estimateHigherOrder(bad, mobi); } catch (e) { msg = String((e as Error).message); expect((e as { code?: string }).code).toBe('INVALID_SPEC'); }
    expect(msg).toMatch(/unknown key "itmes"/);
    expect(msg).toMatch(/dimension "PERQ_X".*did you mean "PERQ_A"/);
    expect(msg).toMatch(/method is "embedded"/);
    expect(() => estimateHigherOrder({ constructs: firstOrder, paths }, mobi)).toThrow(/no higher-order construct/);
    expect(() => estimateHigherOrder(json('repeated-indicators'), mobi, { tolerence: 1e-9 } as never)).toThrow(/did you mean "tolerance"/);
    expect(() => estimateHigherOrder({ constructs: [...firstOrder, { name: 'QUALITY', dimensions: ['PERQ_A', 'PERQ_B'] }], paths: [...paths, { from: 'PERQ_A', to: 'CUSA' }] }, mobi)).toThrow(/write the path with "QUALITY"/);
  });
});
