import { describe, expect, it } from 'vitest';
import { CsiError } from 'csi-analytics';
import { estimatePls } from 'csi-analytics';
import { indexScorecard } from 'csi-analytics';
import { respondentScores } from 'csi-analytics';
import { satisfactionIndex } from 'csi-analytics';
import type { ModelSpec } from 'csi-analytics';
import { ecsiMobiModel, loadMobi, loadPeer, readJson } from '../helpers/fixtures.js';
import type { PeerName } from '../helpers/fixtures.js';
import { peerFit } from './helpers/mobiFit.js';

const mobi = loadMobi();
const labelled: ModelSpec = {
  ...ecsiMobiModel,
  constructs: ecsiMobiModel.constructs.map((c) => (c.name === 'CUSA' ? { ...c, label: 'Customer satisfaction', role: 'satisfaction' } : c)),
};

describe('indexScorecard with the PLS engine (estimatePls, tolerance 1e-12)', () => {
  const fit = estimatePls(labelled, mobi, { tolerance: 1e-12, maxIterations: 1000 });
  const card = indexScorecard(fit);

  for (const peer of ['seminr', 'csem', 'plspm'] as PeerName[]) {
    it(`all seven 0–100 performances and normed weights = ${peer} ipma (fits_tight.path) to 1e-9`, () => {
      const ipma = loadPeer(peer).model.fits_tight.path.ipma;
      if (ipma === null) throw new Error('fixture');
      expect(card.order).toEqual(['IMAG', 'CUEX', 'PERQ', 'PERV', 'CUSA', 'CUSCO', 'CUSL']);
      for (const [c, perf] of Object.entries(ipma.performance)) {
        expect(Math.abs((card.indices[c]?.index ?? NaN) - perf)).toBeLessThan(1e-9);
        for (const [item, w] of Object.entries(ipma.normed_unstandardized_weights[c] ?? {})) {
          expect(Math.abs((card.details[c]?.weights[item] ?? NaN) - w)).toBeLessThan(1e-9);
        }
      }
    });
  }

  it('rounded values of docs/methodology.md#index-from-weights / mobi_pls_reference.json, labels and roles from the model', () => {
    // docs/methodology.md#index-from-weights: Image 73.53, Expectation 72.47, Quality 74.98, Value 62.35, Complaints 67.42, Loyalty 70.91
    const printed: Record<string, string> = { IMAG: '73.53', CUEX: '72.47', PERQ: '74.98', PERV: '62.35', CUSA: '72.45', CUSCO: '67.42', CUSL: '70.91' };
    for (const [c, v] of Object.entries(printed)) expect(card.indices[c]?.index.toFixed(2)).toBe(v);
    expect(card.indices.CUSA).toMatchObject({ label: 'Customer satisfaction', role: 'satisfaction', weighting: 'unstandardized', ci: null });
  });

  it('with data: every construct gets a fixed-weight CI; CUSA equals satisfactionIndex', () => {
    const withData = indexScorecard(fit, { data: mobi, constructs: ['CUSA', 'CUSL'] });
    expect(withData.order).toEqual(['CUSA', 'CUSL']);
    const ref = readJson<{ satisfaction_fixed_weights: { ci95: { lower: number; upper: number } } }>('indices', 'indices_reference.json');
    expect(Math.abs((withData.indices.CUSA?.ci?.lower ?? NaN) - ref.satisfaction_fixed_weights.ci95.lower)).toBeLessThan(1e-8);
    expect(withData.details.CUSL?.ci).not.toBeNull();
    expect(withData.details.CUSA?.index).toBe(satisfactionIndex(fit, 'CUSA', { data: mobi }).index);
  });

  it('bootstrap performance draws give percentile intervals where available', () => {
    const draws = Array.from({ length: 200 }, (_, b) => 72 + 2 * Math.sin(1.7 * b) + 0.01 * b);
    const ref = readJson<{ bootstrap: { lower95: number; upper95: number } }>('indices', 'indices_reference.json').bootstrap;
    const withBoot = indexScorecard(fit, { bootstrap: { performance: { CUSA: draws } } });
    expect(Math.abs((withBoot.details.CUSA?.bootstrap?.lower ?? NaN) - ref.lower95)).toBeLessThan(1e-12);
    expect(Math.abs((withBoot.details.CUSA?.bootstrap?.upper ?? NaN) - ref.upper95)).toBeLessThan(1e-12);
    expect(withBoot.details.CUSL?.bootstrap).toBeUndefined();
  });

  it('collects non-positive weights of several constructs in one error', () => {
    const bad = peerFit(mobi, 'seminr', { CUSL: { CUSL2: -0.1 }, PERQ: { PERQ2: 0 } });
    try {
      indexScorecard(bad);
      throw new Error('expected error');
    } catch (e) {
      expect(e).toBeInstanceOf(CsiError);
      expect((e as CsiError).code).toBe('INVALID_WEIGHTS');
      expect((e as CsiError).issues.map((i) => `${i.construct}/${i.item}`)).toEqual(['PERQ/PERQ2', 'CUSL/CUSL2']);
    }
    const fb = indexScorecard(bad, { nonPositiveWeights: 'equal' });
    expect(fb.indices.CUSL?.weighting).toBe('equal-fallback');
    expect(fb.warnings.filter((w) => w.kind === 'equal_weights_fallback')).toHaveLength(2);
  });
});

describe('respondentScores', () => {
  const fit = peerFit(mobi);
  const ref = readJson<{ satisfaction_fixed_weights: { respondent_scores_first5: number[] } }>('indices', 'indices_reference.json');

  it('CUSA scores = NumPy respondent scores; their mean = the index', () => {
    const s = respondentScores(fit, mobi, 'CUSA');
    expect(s.constructs).toEqual(['CUSA']);
    ref.satisfaction_fixed_weights.respondent_scores_first5.forEach((v, i) => expect(Math.abs((s.scores.CUSA?.[i] ?? NaN) - v)).toBeLessThan(1e-10));
    const all = s.scores.CUSA ?? [];
    const mean = all.reduce<number>((a, v) => a + (v ?? NaN), 0) / all.length;
    expect(Math.abs(mean - 72.4541179309101)).toBeLessThan(1e-10);
    expect(s.answered.CUSA?.[0]).toBe(3);
  });

  it('reports items missing from the data with a suggestion', () => {
    const { CUSA2: _drop, ...cols } = mobi.columns;
    const data = { ...mobi, items: mobi.items.filter((i) => i !== 'CUSA2'), columns: cols };
    expect(() => respondentScores(fit, data, 'CUSA')).toThrow('Item "CUSA2" of construct "CUSA" is not a numeric column of the data (did you mean "CUSA1"?).');
  });

  it('all constructs: means equal the peer IPMA performances', () => {
    const s = respondentScores(fit, mobi);
    const perf = loadPeer('seminr').model.fits_tight.path.ipma?.performance ?? {};
    for (const [c, p] of Object.entries(perf)) {
      const col = s.scores[c] ?? [];
      const mean = col.reduce<number>((a, v) => a + (v ?? NaN), 0) / col.length;
      expect(Math.abs(mean - p)).toBeLessThan(1e-9);
    }
  });
});
