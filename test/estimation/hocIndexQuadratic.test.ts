import { describe, expect, it } from 'vitest';
import { estimatePls, indexScorecard, ipma, respondentScores, satisfactionIndex, simpleSlopes, specifyModel } from 'csi-analytics';
import { ecsiMobiModel, loadMobi, readJson } from '../helpers/fixtures.js';
import { maxDiffFlat } from './peerCompare.js';

// Witness: test/fixtures/estimation/hoc-quadratic-reference.json, written by the independent NumPy
// script test/fixtures/scripts/hoc_quadratic_reference.py: (1) the HOC index and IPMA by the
// rescaled-dimension-score route from R seminr's two_stage weights (turn2), (2) quadratic PERQ×PERQ
// → CUSA by tight NumPy PLS, with OLS simple slopes on the stage-2 scores.
type Flat = Record<string, number>;
const ref = readJson<{
  hoc_two_stage_disjoint: { index: number; dimension_indices: Flat; item_weights: Flat; ipma_CUSA: { importance: number; performance: number; item_importance: Flat } };
  quadratic_PERQ: Record<string, { path_coefficients: Flat; r_squared: Flat; scale: number; term_weights: Flat; simple_slopes?: { moderator: number; slope: number; se: number }[]; johnson_neyman?: number[]; df?: number }>;
}>('estimation', 'hoc-quadratic-reference.json');
const hocRef = readJson<{ first_order_model: { blocks: Record<string, string[] | string> } }>('peers', 'turn2', 'ecsi-mobi-hoc.json');
const mobi = loadMobi();
const tight = { tolerance: 1e-12, maxIterations: 1000 } as const;
const firstOrder = Object.entries(hocRef.first_order_model.blocks).map(([name, items]) => ({ name, items: Array.isArray(items) ? items : [items] }));
const paths = [['IMAG', 'CUEX'], ['IMAG', 'CUSA'], ['IMAG', 'CUSL'], ['CUEX', 'QUALITY'], ['CUEX', 'PERV'], ['CUEX', 'CUSA'], ['QUALITY', 'PERV'], ['QUALITY', 'CUSA'], ['PERV', 'CUSA'], ['CUSA', 'CUSCO'], ['CUSA', 'CUSL'], ['CUSCO', 'CUSL']].map(([from, to]) => ({ from: from as string, to: to as string }));
const hoc = (method: string) => specifyModel({ constructs: [...firstOrder, { name: 'QUALITY', dimensions: ['PERQ_A', 'PERQ_B'], method }], paths });

describe('0–100 index and IPMA of a second-order construct (two-stage)', () => {
  const r = ref.hoc_two_stage_disjoint;
  const fit = estimatePls(hoc('two-stage-disjoint'), mobi, tight);
  it('satisfactionIndex of the HOC equals the NumPy rescaled-dimension route to 1e-9, with and without data', () => {
    const idx = satisfactionIndex(fit, 'QUALITY');
    expect(Math.abs(idx.index - r.index)).toBeLessThan(1e-9);
    expect(idx.items).toEqual(['PERQ1', 'PERQ2', 'PERQ3', 'PERQ4', 'PERQ5', 'PERQ6', 'PERQ7']);
    expect(maxDiffFlat(r.item_weights, idx.weights)).toBeLessThan(1e-9);
    const withData = satisfactionIndex(fit, 'QUALITY', { data: mobi });
    expect(Math.abs(withData.index - r.index)).toBeLessThan(1e-9);
    expect(withData.ci).not.toBeNull();
    // the dimensions are constructs of stage 1; their indices are the NumPy ones too
    for (const d of ['PERQ_A', 'PERQ_B']) expect(Math.abs(satisfactionIndex(fit.stage1!, d).index - (r.dimension_indices[d] as number))).toBeLessThan(1e-9);
    const card = indexScorecard(fit, { data: mobi });
    expect(card.order).toContain('QUALITY');
    expect(respondentScores(fit, mobi, 'QUALITY').scores['QUALITY']?.length).toBe(250);
  });
  it('IPMA for CUSA: QUALITY importance, performance and item importances to 1e-9', () => {
    const map = ipma(fit, 'CUSA');
    const q = map.constructs.points['QUALITY'];
    expect(Math.abs((q?.importance ?? NaN) - r.ipma_CUSA.importance)).toBeLessThan(1e-9);
    expect(Math.abs((q?.performance ?? NaN) - r.ipma_CUSA.performance)).toBeLessThan(1e-9);
    const items = Object.fromEntries(Object.entries(map.items.points).filter(([, p]) => p.construct === 'QUALITY').map(([k, p]) => [k, p.importance]));
    expect(maxDiffFlat(r.ipma_CUSA.item_importance, items)).toBeLessThan(1e-9);
  });
  it('repeated indicators and embedded two-stage: index on the original items, same as through the copies', () => {
    const ri = estimatePls(hoc('repeated-indicators'), mobi, tight);
    const idx = satisfactionIndex(ri, 'QUALITY', { data: mobi });
    expect(idx.items[0]).toBe('PERQ1');
    // the ordinary route (copies PERQk@QUALITY with the items' scales) on the same fit's weights
    const { higherOrder: _h, ...plain } = ri;
    expect(Math.abs(satisfactionIndex(plain as typeof ri, 'QUALITY').index - idx.index)).toBeLessThan(1e-9);
    expect(ipma(estimatePls(hoc('two-stage'), mobi, tight), 'CUSL').constructs.points['QUALITY']?.performance).toBeGreaterThan(0);
  });
});

describe('quadratic effects: interactions [{ between: [A, A] }]', () => {
  const json = (method: string) => specifyModel({ ...ecsiMobiModel, paths: [...ecsiMobiModel.paths, { from: 'PERQ*PERQ', to: 'CUSA' }], interactions: [{ between: ['PERQ', 'PERQ'], method }] });
  for (const method of ['two-stage', 'product-indicator', 'orthogonal']) {
    it(`${method}: paths, R², term weights and scale equal the NumPy witness to 1e-9`, () => {
      const q = ref.quadratic_PERQ[method]!;
      const fit = estimatePls(json(method), mobi, tight);
      expect(maxDiffFlat(q.path_coefficients, fit.pathCoefficients)).toBeLessThan(1e-9);
      expect(maxDiffFlat(q.r_squared, fit.rSquared)).toBeLessThan(1e-9);
      expect(maxDiffFlat(q.term_weights, fit.outerWeights['PERQ*PERQ'])).toBeLessThan(1e-9);
      expect(Math.abs((fit.interactions?.['PERQ*PERQ']?.scale ?? NaN) - q.scale)).toBeLessThan(1e-9);
      if (method === 'product-indicator') expect(Object.keys(fit.outerWeights['PERQ*PERQ'] ?? {})).toHaveLength(28);
    });
  }
  it('simple slopes of PERQ at PERQ = −1, 0, 1 SD (derivative b + 2b₂m) and the Johnson–Neyman points', () => {
    const q = ref.quadratic_PERQ['two-stage']!;
    const s = simpleSlopes(estimatePls(json('two-stage'), mobi, tight));
    expect(s.independent).toBe('PERQ');
    expect(s.moderator).toBe('PERQ');
    expect(s.df).toBe(q.df);
    for (const [i, w] of (q.simple_slopes ?? []).entries()) {
      expect(Math.abs((s.slopes[i]?.slope ?? NaN) - w.slope)).toBeLessThan(1e-9);
      expect(Math.abs((s.slopes[i]?.se ?? NaN) - w.se)).toBeLessThan(1e-9);
    }
    expect(s.johnsonNeyman.bounds).toHaveLength(2);
    s.johnsonNeyman.bounds.forEach((b, i) => expect(Math.abs(b - (q.johnson_neyman?.[i] as number))).toBeLessThan(1e-7));
  });
  it('interaction terms have no 0–100 index; the scorecard and IPMA leave them out', () => {
    const fit = estimatePls(json('two-stage'), mobi, tight);
    expect(() => satisfactionIndex(fit, 'PERQ*PERQ')).toThrow(/interaction term; it has no 0–100 index/);
    expect(indexScorecard(fit).order).not.toContain('PERQ*PERQ');
    expect(Object.keys(ipma(fit, 'CUSA').constructs.points)).not.toContain('PERQ*PERQ');
  });
});
