import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { analyzeSurvey, CsiError, formatSummary, type SurveyConfig } from 'csi-analytics';
import { loadMobi, loadPeer, type PeerName } from '../helpers/fixtures.js';
import { caught } from '../helpers/errors.js';

// Witnesses: the peers' IPMA (test/fixtures/peers/ecsi-mobi-{seminr,csem,plspm}.json →
// model.fits_tight.path.ipma; cSEM doIPMA, seminr/plspm through the peer harness). The CUSA
// performance there is the 0–100 ACSI-type index of CUSA (72.4541… on mobi).
const mobi = loadMobi();
const tight = { tolerance: 1e-12, maxIterations: 1000 };
type Ipma = { performance: Record<string, number>; importance_unstd_total_effects: Record<string, number> };
const peerIpma = (p: PeerName): Ipma => loadPeer(p).model.fits_tight.path.ipma as unknown as Ipma;


describe('analyzeSurvey on ECSI/mobi', () => {
  const a = analyzeSurvey(mobi, { model: 'ecsi', pls: tight, target: 80 });

  it('gives the CUSA index and the IPMA of the R peers (1e-9)', () => {
    expect(a.kind).toBe('csi.survey-analysis');
    expect(a.satisfaction).toBe('CUSA');
    expect(a.loyalty).toBe('CUSL');
    for (const peer of ['seminr', 'csem', 'plspm'] as const) {
      const ref = peerIpma(peer);
      expect(Math.abs(a.indices.indices['CUSA']!.index - ref.performance['CUSA']!)).toBeLessThan(1e-9);
      for (const target of ['CUSA', 'CUSL']) {
        const map = a.ipma[target]!;
        for (const [key, imp] of Object.entries(ref.importance_unstd_total_effects).filter(([k]) => k.endsWith(`->${target}`))) {
          const j = key.split('->')[0]!;
          expect(Math.abs(map.constructs.points[j]!.importance - imp)).toBeLessThan(1e-9);
          expect(Math.abs(map.constructs.points[j]!.performance - ref.performance[j]!)).toBeLessThan(1e-9);
        }
      }
    }
    expect(a.indices.indices['CUSA']!.index).toBeCloseTo(72.4541, 4);
    expect(a.target?.target).toBe(80);
  });

  it('is frozen, JSON round-trips, and prints a compact summary in the REPL', () => {
    expect(Object.isFrozen(a)).toBe(true);
    const json = JSON.parse(JSON.stringify(a)) as { kind: string; indices: { indices: Record<string, { index: number }> } };
    expect(json.kind).toBe('csi.survey-analysis');
    expect(json.indices.indices['CUSA']!.index).toBe(a.indices.indices['CUSA']!.index);
    const text = inspect(a);
    expect(text).toBe(formatSummary(a));
    expect(text.split('\n').length).toBeLessThanOrEqual(80);
    expect(text).toContain('Satisfaction index (CUSA): 72.5');
    expect(formatSummary(a.fit).split('\n').length).toBeLessThanOrEqual(60);
    expect(formatSummary(a.fit).split('\n')[0]).toBe('PLS fit — 7 constructs, 12 paths, n = 250');
    const display = (a as unknown as Record<symbol, () => Record<string, unknown>>)[Symbol.for('Jupyter.display')]!();
    expect(String(display['text/html'])).toContain('<pre>CSI survey analysis');
    expect((display['application/vnd.vegalite.v5+json'] as { mark: string }).mark).toBe('bar');
  });

  it('runs the bootstrap from a seed, identically twice', () => {
    const cfg: SurveyConfig = { model: 'ecsi', bootstrap: { resamples: 60, seed: 7 }, parts: 'indices' };
    const b1 = analyzeSurvey(mobi, cfg);
    const b2 = analyzeSurvey(mobi, cfg);
    expect(b1.bootstrap?.resamples).toBe(60);
    expect(JSON.stringify(b1.indices)).toBe(JSON.stringify(b2.indices));
    expect(b1.assessment).toBeUndefined();
    // the REPL view of the bootstrap: its paths with SE, t, p and interval, formatted from the result
    const b = b1.bootstrap!;
    const text = inspect(b);
    expect(text).toBe(formatSummary(b));
    const lines = text.split('\n');
    expect(lines[0]).toBe('PLS bootstrap — 60 resamples (60 valid), seed 7, 95% percentile intervals, n = 250');
    const st = b.paths['PERQ->CUSA']!;
    const row = lines.find((l) => l.trimStart().startsWith('PERQ->CUSA '))!;
    expect(row.trim().split(/\s+/)).toEqual(['PERQ->CUSA', st.estimate.toFixed(3), st.se.toFixed(3), st.t.toFixed(2), st.p < 0.001 ? '<0.001' : st.p.toFixed(3), `[${st.lower.toFixed(3)},`, `${st.upper.toFixed(3)}]`]);
    expect(lines.filter((l) => l.includes('->')).length).toBe(12);
    const cusa = b.performance['CUSA']!;
    expect(text).toContain(`CUSA ${cusa.estimate.toFixed(1)} [${cusa.lower.toFixed(1)}, ${cusa.upper.toFixed(1)}]`);
    expect(JSON.stringify(b)).toBe(JSON.stringify(JSON.parse(JSON.stringify(b)))); // symbols stay out of JSON
    // the analysis summary names the intervals of the paths into the satisfaction construct
    expect(inspect(b1)).toContain(`paths into CUSA: IMAG ${b.paths['IMAG->CUSA']!.estimate.toFixed(3)} [`);
  });
});

describe('analyzeSurvey rejects bad configurations at the door, all problems at once', () => {
  it('names unknown keys with did-you-mean, bad values and unknown constructs', () => {
    const e = caught(() => analyzeSurvey(mobi, { model: 'ecsi', targte: 80, level: 95, bootstrap: { resample: 10 } } as never));
    expect(e.code).toBe('INVALID_OPTIONS');
    const text = e.issues.map((i) => i.message).join('\n');
    expect(text).toContain('"targte" of analyzeSurvey — did you mean "target"?');
    expect(text).toContain('Option "level" of analyzeSurvey is 95');
    expect(text).toContain('did you mean "resamples"?');
    const c = caught(() => analyzeSurvey(mobi, { model: 'ecsi', satisfaction: 'CUSAA' }));
    expect(c.issues[0]?.message).toContain('did you mean "CUSA"?');
  });
  it('needs a model and an item map for acsi/ccsi', () => {
    expect(caught(() => analyzeSurvey(mobi, {} as never)).issues[0]?.kind).toBe('missing_option');
    expect(caught(() => analyzeSurvey(mobi, { model: 'acsi' })).issues[0]?.message).toContain('needs "items"');
    expect(caught(() => analyzeSurvey(null as never, { model: 'ecsi' })).code).toBe('INVALID_DATA');
  });
});

describe('fits, assessments and scorecards print their summary in the REPL', () => {
  const a = analyzeSurvey(mobi, { model: 'ecsi' });
  it('util.inspect gives formatSummary, JSON is unchanged', () => {
    for (const r of [a.fit, a.assessment!, a.indices]) {
      expect(inspect(r)).toBe(formatSummary(r));
      expect(Object.keys(r)).not.toContain('toString');
    }
    expect(inspect(a.fit).split('\n').length).toBeLessThanOrEqual(60);
    expect(inspect(a.assessment).split('\n')[0]).toBe('Model assessment — n = 250');
    expect(JSON.parse(JSON.stringify(a.fit)).kind).toBe('csi.pls-fit');
  });
  it('formatSummary refuses what it cannot summarise', () => {
    expect(caught(() => formatSummary({ kind: 'csi.other' } as never)).issues[0]?.message).toContain('kind "csi.other"');
  });
});
