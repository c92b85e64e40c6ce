import { describe, expect, it } from 'vitest';
import { analyzeSurvey, CsiError, evaluateTree, trackPeriods, type ModelSpec, type TreeNodeJson } from 'csi-analytics';
import { buildReport, renderText, reportInputFromAnalysis } from 'csi-analytics/report';
import { ecsiMobiModel, loadMobi, readJson } from '../helpers/fixtures.js';
import { loadKiosk } from '../gap/helpers/kiosk.js';

// Witnesses, each an independent computation already used by the function's own tests:
// SERVQUAL — test/fixtures/gap/kiosk-reference.json (gap_kiosk_reference.py, SciPy 1.17.1);
// NPS — test/fixtures/gap/metrics.json, 'mobi CUSL3 (1-10)' (independent NumPy count);
// Bollen–Stine — test/fixtures/assessment/bollen-stine.json (fit_test_reference.py, NumPy);
// Kano — counted by hand below. Tree and tracking: the analysis must equal the documented call.
type SqRef = { n: number; gap: number; t: number; p: number };
const kioskRef = readJson<{ servqual: { items: Record<string, SqRef> } }>('gap', 'kiosk-reference.json');
const metrics = readJson<{ nps: Record<string, { n: number; promoters: number; passives: number; detractors: number; nps: number; se: number; ci: [number, number] }> }>('gap', 'metrics.json');
const bollenStine = readJson<{ results: Record<string, Record<string, Record<'srmr' | 'dULS' | 'dG', { value: number; hi95: number; hi99: number }>>> }>('assessment', 'bollen-stine.json');
const tight = { tolerance: 1e-12, maxIterations: 1000 };

describe('analyzeSurvey: SERVQUAL in the configuration (kiosk survey)', () => {
  const { data } = loadKiosk();
  const model: ModelSpec = {
    constructs: [
      { name: 'QUAL', items: ['S1', 'S2', 'S3', 'S4', 'S5', 'S6'], mode: 'A' },
      { name: 'SAT', items: ['Y1', 'Y2', 'Y3'], mode: 'A' },
    ],
    paths: [{ from: 'QUAL', to: 'SAT' }],
  };
  const pairs = Array.from({ length: 24 }, (_, i) => ({ item: String(i + 1), expectation: `E${i + 1}`, perception: `P${i + 1}` }));
  const a = analyzeSurvey(data, { model, servqual: { pairs, scale: { min: 1, max: 7 } } });

  it('gives the SciPy gaps, t and p of every item', () => {
    expect(a.servqual).toBeDefined();
    for (const [k, r] of Object.entries(kioskRef.servqual.items)) {
      const got = a.servqual!.items[k]!;
      expect(got.n).toBe(r.n);
      expect(Math.abs(got.gap - r.gap)).toBeLessThan(1e-10);
      expect(Math.abs((got.t as number) - r.t)).toBeLessThan(1e-9);
      expect(Math.abs((got.pValue as number) - r.p)).toBeLessThan(1e-8 * Math.max(1, r.p));
    }
  });

  it('puts the gaps in the report', () => {
    const html = renderText(buildReport(reportInputFromAnalysis(a)));
    expect(html).toContain('SERVQUAL');
  });
});

describe('analyzeSurvey: NPS, tree, periods, Kano and the model-fit test (mobi)', () => {
  const mobi = loadMobi();
  const waves = Array.from({ length: mobi.n }, (_, i) => (i < 125 ? '2024' : '2025'));
  const data = { ...mobi, factorNames: ['wave'], factors: { wave: waves } };
  const tree: TreeNodeJson = {
    id: 'CSI',
    weighting: { method: 'fixed', weights: { Q: 0.6, V: 0.4 } },
    children: [
      { id: 'Q', children: [{ item: 'PERQ1' }, { item: 'PERQ2' }, { item: 'PERQ3' }] },
      { id: 'V', children: [{ item: 'PERV1' }, { item: 'PERV2' }] },
    ],
  };
  const a = analyzeSurvey(data, {
    model: ecsiMobiModel,
    pls: tight,
    nps: { item: 'CUSL3', scale: '1-10' },
    tree,
    periods: 'wave',
    modelFit: { resamples: 200, seed: 7 },
  });

  it('NPS of CUSL3 equals the independent count', () => {
    const r = metrics.nps['mobi CUSL3 (1-10)']!;
    expect(a.nps!.counts).toEqual({ promoters: r.promoters, passives: r.passives, detractors: r.detractors });
    expect(Math.abs(a.nps!.nps - r.nps)).toBeLessThan(1e-10);
    expect(Math.abs(a.nps!.ci.lower - r.ci[0])).toBeLessThan(1e-10);
    expect(a.warnings.some((w) => w.stage === 'nps')).toBe(true); // not a standard 0–10 NPS
  });

  it('the Bollen–Stine test equals the NumPy bootstrap and reaches the report', () => {
    const r = bollenStine.results['ecsi-mobi']!['saturated']!;
    for (const k of ['srmr', 'dULS', 'dG'] as const) {
      expect(Math.abs(a.modelFit!.statistics[k].hi95 - r[k].hi95)).toBeLessThan(1e-9);
      expect(Math.abs(a.modelFit!.statistics[k].value - r[k].value)).toBeLessThan(1e-9);
    }
    const html = renderText(buildReport(reportInputFromAnalysis(a)));
    expect(html).toContain('Bollen–Stine test of model fit');
    expect(html).toContain('HI95');
  });

  it('tree and tracking are the documented calls', () => {
    expect(a.tree).toEqual(evaluateTree(tree, data, { fit: a.fit }));
    expect(a.tracking).toEqual(trackPeriods(ecsiMobiModel, data, { by: 'wave', pls: tight }));
    expect(JSON.parse(JSON.stringify(a.tree))).toEqual(a.tree);
  });

  it('Kano pairs name answer columns (hand count)', () => {
    // feature "wifi": functional 1 (like) with dysfunctional 5 (dislike) → O (one-dimensional) for
    // rows 1–150; functional 2 (must-be) with dysfunctional 5 → M for rows 151–250.
    const kf = Float64Array.from({ length: mobi.n }, (_, i) => (i < 150 ? 1 : 2));
    const kd = new Float64Array(mobi.n).fill(5);
    const withKano = { ...data, columns: { ...data.columns, kf, kd }, items: [...data.items, 'kf', 'kd'], scales: { ...data.scales, kf: { min: 1, max: 5 }, kd: { min: 1, max: 5 } } };
    const k = analyzeSurvey(withKano, { model: ecsiMobiModel, parts: 'indices', kano: { pairs: [{ item: 'wifi', functional: 'kf', dysfunctional: 'kd' }] } });
    expect(k.kano!.features['wifi']!.category).toBe('O');
    expect(k.kano!.features['wifi']!.counts).toMatchObject({ O: 150, M: 100 });
  });

  it('rejects misspelt parts and unknown columns with suggestions', () => {
    const e1 = (() => { try { analyzeSurvey(data, { model: ecsiMobiModel, servqaul: {} } as never); } catch (e) { return e as CsiError; } return undefined; })();
    expect(e1?.code).toBe('INVALID_OPTIONS');
    expect(e1?.message).toMatch(/did you mean "servqual"/);
    const e2 = (() => { try { analyzeSurvey(data, { model: ecsiMobiModel, nps: 'CUSL4' }); } catch (e) { return e as CsiError; } return undefined; })();
    expect(e2?.message).toMatch(/did you mean "CUSL3"|CUSL1|CUSL2/);
    expect(() => analyzeSurvey(data, { model: ecsiMobiModel, modelFit: { resamples: 0 } })).toThrow(CsiError);
  });
});
