import { describe, expect, it } from 'vitest';
import { competitorGap } from 'csi-analytics';
import { trackPeriods } from 'csi-analytics';
import { estimatePls } from 'csi-analytics';
import { satisfactionIndex } from 'csi-analytics';
import { splitBy } from 'csi-analytics';
import type { Dataset } from 'csi-analytics';
import { ecsiMobiModel, loadMobi, readJson } from '../helpers/fixtures.js';

type Num = number | null;
interface WStats { n: number; mean: number; sd: number; nEffective: number; se: number; ciLower: number; ciUpper: number }
interface WWelch { difference: number; se: number; t: number; df: number; p: number; ciLower: number; ciUpper: number }
interface Ref {
  inputs: { split: number; weightsOurs: number[]; weightsTheirs: number[]; ours: Record<string, Num[]>; theirs: Record<string, Num[]> };
  tracking: Record<'reEstimate' | 'freezeBase', Record<string, { w1: WStats; w2: WStats; change: WWelch }>>;
  bootstrap: { resamples: number; seed: number };
  competitor: Record<string, WWelch & { ours: WStats; theirs: WStats; pHolm: number; bootLower: number; bootUpper: number }>;
}
// Independent computation: test/fixtures/scripts/gap_survey_weights_reference.py (from-scratch NumPy PLS,
// numpy.average / numpy.cov(aweights) / Kish n_eff, SciPy 1.17.1 t distribution, the PRNG re-implemented in
// Python from its definition). mobi, survey weights w_r = 1 + (r mod 3), halves rows 1–125 / 126–250.
const ref = readJson<Ref>('gap', 'survey-weights-reference.json');
const rel = (a: number | null | undefined, b: number, tol: number): void => {
  expect(a).not.toBeNull();
  expect(a).toBeDefined();
  expect(Math.abs((a as number) - b)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(b)));
};
const tight = { tolerance: 1e-12, maxIterations: 1000 } as const;

const mobi = loadMobi();
const H = ref.inputs.split;
const wave = Array.from({ length: mobi.n }, (_, r) => (r < H ? 'w1' : 'w2'));
const weights = Float64Array.from({ length: mobi.n }, (_, r) => 1 + (r % 3));
const weighted: Dataset = { ...mobi, weights, factorNames: ['wave'], factors: { wave } };
const unweighted: Dataset = { ...mobi, factorNames: ['wave'], factors: { wave } };

describe('trackPeriods with survey weights (mobi halves, w = 1 + (r mod 3))', () => {
  const tr = trackPeriods(ecsiMobiModel, weighted, { by: 'wave', weights: 'both', pls: tight });
  it('weighted indices, SD, SE, n_eff, CI and the weighted Welch change match NumPy/SciPy (1e-10)', () => {
    expect(tr.weightedWaves).toEqual(['w1', 'w2']);
    for (const [method, table] of [['reEstimate', tr.reEstimate!], ['freezeBase', tr.freezeBase!]] as const) {
      for (const [c, e] of Object.entries(ref.tracking[method])) {
        for (const w of ['w1', 'w2'] as const) {
          const x = table.indices[c]![w]!;
          expect(x.n).toBe(e[w].n);
          rel(x.index, e[w].mean, 1e-10);
          rel(x.sd, e[w].sd, 1e-10);
          rel(x.se, e[w].se, 1e-10);
          rel(x.nEffective, e[w].nEffective, 1e-12);
          rel(x.ci.lower, e[w].ciLower, 1e-10);
          rel(x.ci.upper, e[w].ciUpper, 1e-10);
        }
        const ch = table.consecutive[c]![0]!;
        rel(ch.change, e.change.difference, 1e-10);
        rel(ch.se, e.change.se, 1e-10);
        rel(ch.t, e.change.t, 1e-10);
        rel(ch.df, e.change.df, 1e-10);
        rel(ch.pValue, e.change.p, 1e-10);
        rel(ch.ci.lower, e.change.ciLower, 1e-10);
        rel(ch.ci.upper, e.change.ciUpper, 1e-10);
        expect(ch.significant).toBe(e.change.p < 0.05);
        expect(table.vsBase[c]![0]).toEqual(ch);
      }
    }
  });
  it('each wave index equals satisfactionIndex(fit, c, { data: wave }) (survey-weighted)', () => {
    const parts = splitBy(weighted, 'wave');
    const base = estimatePls(ecsiMobiModel, parts.w1!, tight);
    for (const w of ['w1', 'w2'] as const) {
      const own = estimatePls(ecsiMobiModel, parts[w]!, tight);
      for (const c of ecsiMobiModel.constructs.map((k) => k.name)) {
        for (const [x, fit] of [[tr.reEstimate!.indices[c]![w]!, own], [tr.freezeBase!.indices[c]![w]!, base]] as const) {
          const s = satisfactionIndex(fit, c, { data: parts[w]! });
          expect(s.ci?.method).toBe('t-fixed-weights-kish');
          expect(x.n).toBe(s.n);
          rel(x.index, s.index, 1e-13);
          rel(x.sd, s.ci!.sd, 1e-13);
          rel(x.se, s.ci!.se, 1e-13);
          rel(x.nEffective, s.ci!.nEffective, 1e-13);
          rel(x.ci.lower, s.ci!.lower, 1e-13);
          rel(x.ci.upper, s.ci!.upper, 1e-13);
        }
      }
    }
  });
  it("surveyWeights: 'none' and unweighted data give identical results without the weighted fields", () => {
    const plain = trackPeriods(ecsiMobiModel, unweighted, { by: 'wave', weights: 'both', pls: tight });
    const none = trackPeriods(ecsiMobiModel, weighted, { by: 'wave', weights: 'both', pls: tight, surveyWeights: 'none' });
    expect(none.reEstimate).toEqual(plain.reEstimate);
    expect(none.freezeBase).toEqual(plain.freezeBase);
    expect(plain.weightedWaves).toBeUndefined();
    expect('se' in plain.reEstimate!.indices.CUSA!.w1!).toBe(false);
    expect('nEffective' in plain.reEstimate!.indices.CUSA!.w1!).toBe(false);
  });
  it('mixed weighted/unweighted waves warn; bad weights are rejected with wave and row', () => {
    const parts = splitBy(weighted, 'wave');
    const w2 = { ...parts.w2! };
    delete (w2 as { weights?: Float64Array }).weights;
    const mixed = trackPeriods(ecsiMobiModel, { w1: parts.w1!, w2 }, { weights: 're-estimate', constructs: ['CUSA'], pls: tight });
    expect(mixed.weightedWaves).toEqual(['w1']);
    expect(mixed.warnings.map((w) => w.kind)).toContain('mixed_survey_weights');
    expect(mixed.reEstimate!.indices.CUSA!.w2!.nEffective).toBeUndefined();
    const bad = Float64Array.from(parts.w2!.weights!);
    bad[16] = -1;
    expect(() => trackPeriods(ecsiMobiModel, { w1: parts.w1!, w2: { ...parts.w2!, weights: bad } }, { constructs: ['CUSA'] })).toThrow(/Wave "w2": survey weight in row 17 is -1/);
    expect(() => trackPeriods(ecsiMobiModel, weighted, { by: 'wave', surveyWeights: 'yes' as never })).toThrow(/"surveyWeights"/);
  });
  it('one SurveyWeights form: a row list on the one data set, or a record per wave, equals the data weights', () => {
    const rows = trackPeriods(ecsiMobiModel, unweighted, { by: 'wave', weights: 'both', pls: tight, surveyWeights: weights });
    expect(rows.reEstimate).toEqual(tr.reEstimate);
    expect(rows.freezeBase).toEqual(tr.freezeBase);
    const parts = splitBy(weighted, 'wave');
    const bare = splitBy(unweighted, 'wave');
    const perWave = trackPeriods(ecsiMobiModel, bare, { weights: 'both', pls: tight, surveyWeights: { w1: parts.w1!.weights!, w2: parts.w2!.weights! } });
    expect(perWave.reEstimate).toEqual(tr.reEstimate);
    expect(perWave.weightedWaves).toEqual(['w1', 'w2']);
    const oneNone = trackPeriods(ecsiMobiModel, parts, { weights: 're-estimate', constructs: ['CUSA'], pls: tight, surveyWeights: { w2: 'none' } });
    expect(oneNone.weightedWaves).toEqual(['w1']);
    expect(() => trackPeriods(ecsiMobiModel, parts, { constructs: ['CUSA'], surveyWeights: { w3: 'none' } })).toThrow(/names wave "w3", which has no data \(did you mean "w1"\?\)/);
    expect(() => trackPeriods(ecsiMobiModel, parts, { constructs: ['CUSA'], surveyWeights: weights })).toThrow(/fits one data set split by "by"/);
  });
});

describe('competitorGap with survey weights (mobi halves as ours/theirs, w = 1 + (r mod 3))', () => {
  const { ours, theirs, weightsOurs, weightsTheirs } = ref.inputs;
  const g = competitorGap(ours, { rival: theirs }, { resamples: ref.bootstrap.resamples, seed: ref.bootstrap.seed, surveyWeights: { ours: weightsOurs, rival: weightsTheirs } });
  it('weighted means, n_eff, Welch t/df/p/CI and Holm match NumPy/SciPy (1e-10)', () => {
    expect(g.weightedSamples).toEqual(['ours', 'rival']);
    for (const [m, e] of Object.entries(ref.competitor)) {
      const c = g.comparisons.rival![m]!;
      expect(c.nOurs).toBe(e.ours.n);
      expect(c.nTheirs).toBe(e.theirs.n);
      rel(c.ours, e.ours.mean, 1e-12);
      rel(c.theirs, e.theirs.mean, 1e-12);
      rel(c.nEffectiveOurs, e.ours.nEffective, 1e-12);
      rel(c.nEffectiveTheirs, e.theirs.nEffective, 1e-12);
      rel(c.difference, e.difference, 1e-12);
      rel(c.se, e.se, 1e-10);
      rel(c.t, e.t, 1e-10);
      rel(c.df, e.df, 1e-10);
      rel(c.pValue, e.p, 1e-10);
      rel(c.pHolm, e.pHolm, 1e-10);
      rel(c.ci.lower, e.ciLower, 1e-10);
      rel(c.ci.upper, e.ciUpper, 1e-10);
    }
  });
  it('weighted bootstrap CI equals NumPy on the same PRNG draws (1e-10)', () => {
    expect(g.bootstrap!.scheme).toMatch(/keep their weights/);
    for (const [m, e] of Object.entries(ref.competitor)) {
      const b = g.comparisons.rival![m]!.bootstrap!;
      expect(b.draws).toBe(ref.bootstrap.resamples);
      rel(b.lower, e.bootLower, 1e-10);
      rel(b.upper, e.bootUpper, 1e-10);
    }
  });
  it('unit weights reproduce the unweighted analysis; no weights → no weighted fields', () => {
    const opts = { resamples: 300, seed: 5 } as const;
    const plain = competitorGap(ours, { rival: theirs }, opts);
    const ones = competitorGap(ours, { rival: theirs }, { ...opts, surveyWeights: { ours: weightsOurs.map(() => 1), rival: weightsTheirs.map(() => 1) } });
    expect(plain.weightedSamples).toBeUndefined();
    expect(plain.bootstrap!.scheme).not.toMatch(/weights/);
    for (const m of plain.measures) {
      const a = plain.comparisons.rival![m]!;
      const b = ones.comparisons.rival![m]!;
      expect('nEffectiveOurs' in a).toBe(false);
      expect(b.nOurs).toBe(a.nOurs);
      for (const k of ['ours', 'theirs', 'difference', 'se', 't', 'df', 'pValue', 'pHolm'] as const) rel(b[k], a[k], 1e-12);
      rel(b.ci.lower, a.ci.lower, 1e-12);
      rel(b.bootstrap!.lower, a.bootstrap!.lower, 1e-12);
      rel(b.bootstrap!.upper, a.bootstrap!.upper, 1e-12);
    }
  });
  it('only one side weighted; zero weights drop rows; bad weights rejected', () => {
    const one = competitorGap(ours, { rival: theirs }, { resamples: 0, surveyWeights: { ours: weightsOurs } });
    expect(one.weightedSamples).toEqual(['ours']);
    const e = ref.competitor.image!;
    rel(one.comparisons.rival!.image!.ours, e.ours.mean, 1e-12);
    rel(one.comparisons.rival!.image!.nEffectiveTheirs, e.theirs.n, 1e-12);
    // a zero weight is the same as dropping the respondent
    const w0 = weightsOurs.map((w, r) => (r === 0 ? 0 : w));
    const z = competitorGap(ours, { rival: theirs }, { resamples: 0, surveyWeights: { ours: w0 } });
    const dropped = Object.fromEntries(Object.entries(ours).map(([m, v]) => [m, v.slice(1)]));
    const d = competitorGap(dropped, { rival: theirs }, { resamples: 0, surveyWeights: { ours: weightsOurs.slice(1) } });
    expect(z.comparisons.rival!.image!.nOurs).toBe(d.comparisons.rival!.image!.nOurs);
    rel(z.comparisons.rival!.image!.t, d.comparisons.rival!.image!.t, 1e-12);
    rel(z.comparisons.rival!.image!.df, d.comparisons.rival!.image!.df, 1e-12);
    expect(() => competitorGap(ours, { rival: theirs }, { surveyWeights: { rivl: weightsTheirs } })).toThrow(/"rivl"/);
    expect(() => competitorGap(ours, { rival: theirs }, { surveyWeights: { rival: weightsTheirs.slice(1) } })).toThrow(/124 entries but there are 125/);
    expect(() => competitorGap(ours, { rival: theirs }, { surveyWeights: { ours: weightsOurs.map((w, r) => (r === 4 ? NaN : w)) } })).toThrow(/row 5 is NaN/);
  });
});
