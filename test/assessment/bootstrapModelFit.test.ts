import { describe, expect, it } from 'vitest';
import { bootstrapModelFit, CsiError, srmr, estimatePls, type ModelFitTest } from 'csi-analytics';
import { ecsiMobiModel, loadMobi, loadNumericCsv, readJson } from '../helpers/fixtures.js';
import type { ModelSpec } from 'csi-analytics';

// Witness: test/fixtures/assessment/bollen-stine.json from test/fixtures/scripts/fit_test_reference.py —
// an independent NumPy Bollen–Stine bootstrap (principal roots by np.linalg.eigh, tight PLS in
// turn2_common.pls_fit, the same resample rows replayed from seed 7, np.quantile 'linear').
type Stat = { value: number; hi95: number; hi99: number; pValue: number };
const ref = readJson<{ resamples: number; seed: number; results: Record<string, Record<string, Record<'srmr' | 'dULS' | 'dG', Stat>>> }>('assessment', 'bollen-stine.json');

const SAT: Record<string, string[]> = {
  IMAG: ['imag1', 'imag2', 'imag3', 'imag4', 'imag5'], EXPE: ['expe1', 'expe2', 'expe3', 'expe4', 'expe5'],
  QUAL: ['qual1', 'qual2', 'qual3', 'qual4', 'qual5'], VAL: ['val1', 'val2', 'val3', 'val4'],
  SAT: ['sat1', 'sat2', 'sat3', 'sat4'], LOY: ['loy1', 'loy2', 'loy3', 'loy4'],
};
const satisfactionModel: ModelSpec = {
  constructs: Object.entries(SAT).map(([name, items]) => ({ name, items, mode: 'A' as const })),
  paths: [['IMAG', 'EXPE'], ['EXPE', 'QUAL'], ['EXPE', 'VAL'], ['QUAL', 'VAL'], ['IMAG', 'SAT'], ['EXPE', 'SAT'], ['QUAL', 'SAT'], ['VAL', 'SAT'], ['IMAG', 'LOY'], ['SAT', 'LOY']].map(([from, to]) => ({ from: from as string, to: to as string })),
};
const cases = {
  'ecsi-mobi': { model: ecsiMobiModel, data: loadMobi() },
  satisfaction: { model: satisfactionModel, data: loadNumericCsv('plspm_satisfaction_with_gender.csv') },
} as const;
const tight = { tolerance: 1e-12, maxIterations: 1000 } as const;

describe('bootstrapModelFit — Bollen–Stine HI95/HI99 vs an independent NumPy bootstrap', () => {
  for (const [name, { model, data }] of Object.entries(cases)) {
    for (const structural of ['saturated', 'estimated'] as const) {
      it(`${name}, ${structural} model: values, HI95, HI99 and p-values`, () => {
        const t: ModelFitTest = bootstrapModelFit(model, data, { ...tight, resamples: ref.resamples, seed: ref.seed, structural });
        expect(t.kind).toBe('modelFitTest');
        expect(t.valid).toBe(ref.resamples);
        expect(t.failed).toBe(0);
        const theirs = ref.results[name]?.[structural];
        expect(theirs).toBeDefined();
        for (const k of ['srmr', 'dULS', 'dG'] as const) {
          const r = theirs![k];
          const s = t.statistics[k];
          expect(Math.abs(s.value - r.value)).toBeLessThan(1e-9);
          expect(Math.abs(s.hi95 - r.hi95)).toBeLessThan(1e-9);
          expect(Math.abs(s.hi99 - r.hi99)).toBeLessThan(1e-9);
          expect(s.pValue).toBe(r.pValue);
          expect(s.supported95).toBe(r.value <= r.hi95);
          expect(s.supported99).toBe(r.value <= r.hi99);
        }
        expect(Object.isFrozen(t.statistics.srmr)).toBe(true);
        expect(JSON.parse(JSON.stringify(t))).toEqual(t);
      });
    }
  }

  it('the observed SRMR is the srmr of the fit', () => {
    const t = bootstrapModelFit(ecsiMobiModel, cases['ecsi-mobi'].data, { resamples: 5, seed: 1 });
    expect(t.statistics.srmr.value).toBe(srmr(estimatePls(ecsiMobiModel, cases['ecsi-mobi'].data)));
    expect(t.warnings.map((w) => w.kind)).toContain('few_resamples');
  });

  it('depends only on the seed', () => {
    const a = bootstrapModelFit(ecsiMobiModel, cases['ecsi-mobi'].data, { resamples: 20, seed: 3 });
    const b = bootstrapModelFit(ecsiMobiModel, cases['ecsi-mobi'].data, { resamples: 20, seed: 3 });
    expect(a).toEqual(b);
  });

  it('rejects unknown options with a suggestion, and aborts on a signal', () => {
    const data = cases['ecsi-mobi'].data;
    expect(() => bootstrapModelFit(ecsiMobiModel, data, { resample: 10 } as never)).toThrow(/did you mean "resamples"/);
    expect(() => bootstrapModelFit(ecsiMobiModel, data, { structural: 'full' } as never)).toThrow(CsiError);
    const ac = new AbortController();
    ac.abort();
    try {
      bootstrapModelFit(ecsiMobiModel, data, { resamples: 10, signal: ac.signal });
      expect.unreachable();
    } catch (e) {
      expect((e as CsiError).code).toBe('ABORTED');
    }
  });
});
