import { describe, expect, it } from 'vitest';
import { CsiError } from 'csi-analytics';
import type { Dataset } from 'csi-analytics';
import { satisfactionIndex } from 'csi-analytics';
import { loadMobi, loadPeer, readJson } from '../helpers/fixtures.js';
import type { PeerName } from '../helpers/fixtures.js';
import { peerFit } from './helpers/mobiFit.js';

/** Independent NumPy/SciPy numbers: test/fixtures/scripts/indices_reference.py. */
interface Ci { n: number; mean: number; sd: number; se: number; df: number; t: number; nEffective: number; lower: number; upper: number }
interface Ref {
  satisfaction_fixed_weights: { relative_weights: Record<string, number>; index_from_item_means: number; respondent_scores_first5: number[]; ci95: Ci; ci90: Ci; delta_method_se: number };
  survey_weighted: { ci95: Ci; item_means: Record<string, number>; design_effect: number };
  segments: { levels: Record<string, Ci> };
  missing: Record<string, { ci95: Ci; unscored: number; complete: number; partial: number }> & { item_means: Record<string, number> };
  bootstrap: { lower95: number; upper95: number; mean: number; se: number };
}
const ref = readJson<Ref>('indices', 'indices_reference.json');
const mobi = loadMobi();
const fit = peerFit(mobi);

function expectCi(got: NonNullable<ReturnType<typeof satisfactionIndex>['ci']>, want: Ci, tol = 1e-10): void {
  expect(got.sd).toBeCloseTo(want.sd, 10);
  expect(Math.abs(got.se - want.se)).toBeLessThan(tol);
  expect(Math.abs(got.df - want.df)).toBeLessThan(1e-9);
  expect(Math.abs(got.t - want.t)).toBeLessThan(tol);
  expect(Math.abs(got.lower - want.lower)).toBeLessThan(tol);
  expect(Math.abs(got.upper - want.upper)).toBeLessThan(tol);
  expect(Math.abs(got.nEffective - want.nEffective)).toBeLessThan(1e-9);
}

describe('satisfactionIndex — Fornell index vs peer IPMA performance (mobi, ECSI)', () => {
  for (const peer of ['seminr', 'csem', 'plspm'] as PeerName[]) {
    it(`performance and normed unstandardized weights of all 7 constructs = ${peer} fits_tight (1e-9)`, () => {
      const ipma = loadPeer(peer).model.fits_tight.path.ipma;
      if (ipma === null) throw new Error('fixture without ipma');
      const f = peerFit(mobi, peer);
      for (const [c, perf] of Object.entries(ipma.performance)) {
        const r = satisfactionIndex(f, c);
        expect(Math.abs(r.index - perf)).toBeLessThan(1e-9);
        for (const [item, w] of Object.entries(ipma.normed_unstandardized_weights[c] ?? {})) {
          expect(Math.abs((r.weights[item] ?? NaN) - w)).toBeLessThan(1e-9);
        }
        expect(r.weighting).toBe('unstandardized');
        expect(r.source).toBe('fit');
      }
    });
  }

  it('CUSA = 72.4541179… (seminr IPMA) and item performance = cSEM indicator performance', () => {
    const r = satisfactionIndex(fit, 'CUSA');
    expect(r.index).toBeCloseTo(72.4541179309101, 12);
    // cSEM doIPMA indicator_performance (fixtures/peers/ecsi-mobi-csem.json)
    expect(r.itemPerformance.CUSA1).toBeCloseTo(77.6444444444444, 12);
    expect(r.itemPerformance.CUSA2).toBeCloseTo(68.0888888888889, 12);
    expect(r.itemPerformance.CUSA3).toBeCloseTo(70.1777777777778, 12);
    expect(r.scales.CUSA1).toEqual({ min: 1, max: 10 });
    expect(Object.isFrozen(r)).toBe(true);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});

describe('satisfactionIndex — fixed-weight CI (docs/methodology.md#index-confidence-interval)', () => {
  const r = satisfactionIndex(fit, 'CUSA', { data: mobi });

  it('matches the printed s_y 14.41, SE 0.91, CI 70.66–74.25 (docs/methodology.md#index-confidence-interval)', () => {
    if (r.ci === null) throw new Error('no ci');
    expect(r.ci.sd.toFixed(2)).toBe('14.41');
    expect(r.ci.se.toFixed(2)).toBe('0.91');
    expect(r.ci.lower.toFixed(2)).toBe('70.66');
    expect(r.ci.upper.toFixed(2)).toBe('74.25');
    expect(r.index.toFixed(2)).toBe('72.45');
  });

  it('matches the NumPy/SciPy computation to 1e-10 (95 % and 90 %)', () => {
    const want = ref.satisfaction_fixed_weights;
    if (r.ci === null) throw new Error('no ci');
    expect(Math.abs(r.index - want.ci95.mean)).toBeLessThan(1e-10);
    expectCi(r.ci, want.ci95);
    expect(r.ci.method).toBe('t-fixed-weights');
    expect(r.n).toBe(250);
    // delta-method form rᵀS r / n gives the same SE (docs/methodology.md#index-confidence-interval)
    expect(Math.abs(r.ci.se - want.delta_method_se)).toBeLessThan(1e-10);
    want.respondent_scores_first5.forEach((v, i) => expect(Math.abs((r.respondents?.scores?.[i] ?? NaN) - v)).toBeLessThan(1e-10));
    const r90 = satisfactionIndex(fit, 'CUSA', { data: mobi, level: 0.9 });
    if (r90.ci === null) throw new Error('no ci');
    expectCi(r90.ci, want.ci90);
    expect(r.respondents).toMatchObject({ policy: 'block-renormalization', complete: 250, partial: 0, unscored: 0 });
  });

  it('survey weights: weighted mean, Kish n_eff and CI vs NumPy', () => {
    const w = Float64Array.from({ length: mobi.n }, (_, i) => 1 + 0.5 * (i % 4));
    const want = ref.survey_weighted;
    const rw = satisfactionIndex(fit, 'CUSA', { data: { ...mobi, weights: w } });
    if (rw.ci === null) throw new Error('no ci');
    expect(rw.ci.method).toBe('t-fixed-weights-kish');
    expect(Math.abs(rw.index - want.ci95.mean)).toBeLessThan(1e-10);
    expectCi(rw.ci, want.ci95);
    for (const [item, m] of Object.entries(want.item_means)) expect(Math.abs((rw.itemMeans[item] ?? NaN) - m)).toBeLessThan(1e-12);
    expect(Math.abs((rw.surveyWeights?.designEffect ?? NaN) - want.design_effect)).toBeLessThan(1e-12);
    // passing the weights as an option is the same; 'none' ignores data.weights
    const ro = satisfactionIndex(fit, 'CUSA', { data: mobi, surveyWeights: w });
    expect(ro.index).toBe(rw.index);
    const rn = satisfactionIndex(fit, 'CUSA', { data: { ...mobi, weights: w }, surveyWeights: 'none' });
    expect(Math.abs(rn.index - ref.satisfaction_fixed_weights.ci95.mean)).toBeLessThan(1e-10);
  });

  it('segments by a factor column with the small-cell warning', () => {
    const tier = Array.from({ length: mobi.n }, (_, i) => (i % 10 === 0 ? 'VIP' : 'standard'));
    const data: Dataset = { ...mobi, factorNames: ['tier'], factors: { tier } };
    const rs = satisfactionIndex(fit, 'CUSA', { data, by: 'tier' });
    const seg = rs.segments;
    if (seg === undefined) throw new Error('no segments');
    expect(seg.order).toEqual(['VIP', 'standard']);
    for (const lv of ['VIP', 'standard']) {
      const got = seg.levels[lv];
      const want = ref.segments.levels[lv];
      if (got === undefined || want === undefined || got.ci === null) throw new Error('missing level');
      expect(got.n).toBe(want.n);
      expect(Math.abs(got.index - want.mean)).toBeLessThan(1e-10);
      expectCi(got.ci, want);
    }
    expect(seg.levels.VIP?.small).toBe(true);
    expect(seg.levels.standard?.small).toBe(false);
    const warn = rs.warnings.filter((w) => w.kind === 'small_segment');
    expect(warn).toHaveLength(1);
    expect(warn[0]?.message).toBe('Segment tier = "VIP" has only 25 scored respondent(s) (< 30); its index of CUSA is imprecise.');
    const r20 = satisfactionIndex(fit, 'CUSA', { data, by: 'tier', minCellSize: 20 });
    expect(r20.warnings.filter((w) => w.kind === 'small_segment')).toHaveLength(0);
  });

  it('missing items: block re-normalization and minAnswered vs NumPy', () => {
    const cols = { ...mobi.columns };
    const c1 = Float64Array.from(mobi.columns.CUSA1 as Float64Array);
    const c2 = Float64Array.from(mobi.columns.CUSA2 as Float64Array);
    const c3 = Float64Array.from(mobi.columns.CUSA3 as Float64Array);
    for (let i = 0; i < mobi.n; i++) {
      if (i % 7 === 0) c2[i] = NaN;
      if (i % 11 === 0) c1[i] = NaN;
      if (i % 50 === 3) c1[i] = c2[i] = c3[i] = NaN;
    }
    const data: Dataset = { ...mobi, columns: { ...cols, CUSA1: c1, CUSA2: c2, CUSA3: c3 } };
    for (const k of [1, 2, 3]) {
      const want = ref.missing[`minAnswered${k}`];
      if (want === undefined) throw new Error('fixture');
      const r = satisfactionIndex(fit, 'CUSA', { data, minAnswered: k });
      if (r.ci === null) throw new Error('no ci');
      expect(r.n).toBe(want.ci95.n);
      expect(Math.abs(r.index - want.ci95.mean)).toBeLessThan(1e-10);
      expectCi(r.ci, want.ci95);
      expect(r.respondents).toMatchObject({ complete: want.complete, partial: want.partial, unscored: want.unscored, minAnswered: k });
      expect(r.warnings.some((w) => w.kind === 'unscored_respondents')).toBe(true);
    }
    const r1 = satisfactionIndex(fit, 'CUSA', { data });
    for (const [item, m] of Object.entries(ref.missing.item_means)) expect(Math.abs((r1.itemMeans[item] ?? NaN) - m)).toBeLessThan(1e-12);
    expect(r1.respondents?.scores?.[3]).toBeNull();
  });

  it('bootstrap hook: percentile interval of supplied draws vs NumPy percentile', () => {
    const draws = Array.from({ length: 200 }, (_, b) => 72 + 2 * Math.sin(1.7 * b) + 0.01 * b);
    const r = satisfactionIndex(fit, 'CUSA', { bootstrap: { draws } });
    const want = ref.bootstrap;
    expect(r.bootstrap?.method).toBe('bootstrap-percentile');
    expect(Math.abs((r.bootstrap?.lower ?? NaN) - want.lower95)).toBeLessThan(1e-12);
    expect(Math.abs((r.bootstrap?.upper ?? NaN) - want.upper95)).toBeLessThan(1e-12);
    expect(Math.abs((r.bootstrap?.se ?? NaN) - want.se)).toBeLessThan(1e-12);
    const rp = satisfactionIndex(fit, 'CUSA', { bootstrap: { performance: { CUSA: [...draws, NaN] } } });
    expect(rp.bootstrap?.lower).toBe(r.bootstrap?.lower);
    expect(rp.bootstrap?.dropped).toBe(1);
  });
});

describe('satisfactionIndex — errors and fallbacks', () => {
  const bad = peerFit(mobi, 'seminr', { CUSL: { CUSL2: -0.114269525593506 } });

  it('negative weight: pinned error naming the construct and item', () => {
    let err: unknown;
    try {
      satisfactionIndex(bad, 'CUSL');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CsiError);
    const e = err as CsiError;
    expect(e.code).toBe('INVALID_WEIGHTS');
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]).toMatchObject({ kind: 'non_positive_weight', construct: 'CUSL', item: 'CUSL2' });
    const w = (bad.unstandardizedWeights.CUSL as Record<string, number>).CUSL2;
    expect(e.message).toBe(
      `Construct "CUSL": item "CUSL2" has unstandardized weight ${w}, but the 0–100 index (Fornell et al. 1996) needs every weight > 0. Re-specify or reverse-code the item, or pass { nonPositiveWeights: 'equal' } to use equal weights.`,
    );
  });

  it("nonPositiveWeights: 'equal' falls back to equal weights (= docs/methodology.md#index-from-weights equal-weight loyalty 63.36) and records it", () => {
    const r = satisfactionIndex(bad, 'CUSL', { nonPositiveWeights: 'equal' });
    expect(r.weighting).toBe('equal-fallback');
    expect(r.weights.CUSL1).toBeCloseTo(1 / 3, 15);
    // mobi_pls_reference.json "equal_weight_index_0_100" Loyalty 63.363
    expect(r.index.toFixed(3)).toBe('63.363');
    expect(r.warnings[0]?.kind).toBe('equal_weights_fallback');
  });

  it('unknown scale names the item unless scales are passed; item-specific scales use the Fornell form', () => {
    const noScales = { ...fit, scales: {} };
    expect(() => satisfactionIndex(noScales, 'CUSA')).toThrow(/Item "CUSA1" of construct "CUSA" has no known scale/);
    try {
      satisfactionIndex(noScales, 'CUSA');
    } catch (e) {
      expect((e as CsiError).code).toBe('INVALID_SCALE');
      expect((e as CsiError).issues).toHaveLength(3);
    }
    const s = { min: 1, max: 10 };
    const r = satisfactionIndex(noScales, 'CUSA', { scales: { CUSA1: s, CUSA2: s, CUSA3: s } });
    expect(r.index).toBeCloseTo(72.4541179309101, 12);
    // items on their own ranges: CUSA3 declared 0–10 → r ∝ ŵ·range, index = (Σŵx̄ − Σŵmin)/(Σŵmax − Σŵmin)·100
    const r2 = satisfactionIndex(noScales, 'CUSA', { scales: { CUSA1: s, CUSA2: s, CUSA3: { min: 0, max: 10 } } });
    const u = fit.unstandardizedWeights.CUSA as Record<string, number>;
    const m = fit.data.means;
    const num = (u.CUSA1 as number) * ((m.CUSA1 as number) - 1) + (u.CUSA2 as number) * ((m.CUSA2 as number) - 1) + (u.CUSA3 as number) * (m.CUSA3 as number);
    const den = (u.CUSA1 as number) * 9 + (u.CUSA2 as number) * 9 + (u.CUSA3 as number) * 10;
    expect(Math.abs(r2.index - (100 * num) / den)).toBeLessThan(1e-12);
  });

  it('unknown construct and segment column suggest names', () => {
    expect(() => satisfactionIndex(fit, 'CUSAA')).toThrow('Construct "CUSAA" is not in the fitted model (did you mean "CUSA"?)');
    expect(() => satisfactionIndex(fit, 'CUSA', { data: mobi, by: 'tier' })).toThrow(/Segment column "tier" is not in the data/);
    expect(() => satisfactionIndex(fit, 'CUSA', { level: 95 })).toThrow(/level is 95/);
  });

  it('values outside the scale are reported with 1-based row and value', () => {
    const c = Float64Array.from(mobi.columns.CUSA2 as Float64Array);
    c[16] = 11;
    const data: Dataset = { ...mobi, columns: { ...mobi.columns, CUSA2: c } };
    expect(() => satisfactionIndex(fit, 'CUSA', { data })).toThrow('Item "CUSA2" in row 17 has value 11, outside its scale 1–10.');
  });
});
