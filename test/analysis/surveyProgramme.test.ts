/**
 * analyzeSurvey's programme parts (issue 15): `itemAnalysis` per block and `plan` (improvementPlan
 * from the IPMA), and their report sections.
 */
import { describe, expect, it } from 'vitest';
import { analyzeSurvey } from 'csi-analytics';
import { buildReport, reportInputFromAnalysis } from 'csi-analytics/report';
import { ecsiMobiModel, loadMobi, loadPeer, readJson } from '../helpers/fixtures.js';
import { caught } from '../helpers/errors.js';

// Witnesses: item analysis — test/fixtures/programme/item_analysis_mobi.json (NumPy,
// test/fixtures/scripts/programme_item_analysis.py); plan — the peer cSEM IPMA
// (test/fixtures/peers/ecsi-mobi-csem.json → model.fits_tight.path.ipma) with the plan arithmetic
// recomputed here from the peer numbers.
interface Item { n: number; mean: number; sd: number; floor: number; ceiling: number; itemTotal: number; alphaIfDeleted: number | null }
const ref = readJson<{ blocks: Record<string, { items: string[]; alpha: number; byItem: Record<string, Item> }> }>('programme', 'item_analysis_mobi.json');
type Ipma = { performance: Record<string, number>; importance_unstd_total_effects: Record<string, number> };
const peer = loadPeer('csem').model.fits_tight.path.ipma as unknown as Ipma;
const mobi = loadMobi();
const tight = { scheme: 'path', tolerance: 1e-12, maxIterations: 1000 } as const;
describe('analyzeSurvey itemAnalysis: true', () => {
  const a = analyzeSurvey(mobi, { model: ecsiMobiModel, parts: 'indices', itemAnalysis: true });

  it('analyses every reflective block of two or more items (single-item CUSCO is skipped)', () => {
    const multi = ecsiMobiModel.constructs.filter((c) => c.items.length >= 2).map((c) => c.name);
    expect(Object.keys(a.itemAnalysis!)).toEqual(multi);
    expect(a.itemAnalysis!.CUSCO).toBeUndefined();
  });

  it.each(Object.keys(ref.blocks))('block %s equals the NumPy witness to 1e-12', (name) => {
    const b = ref.blocks[name]!;
    const r = a.itemAnalysis![name]!;
    expect(r.items).toEqual(b.items);
    expect(Math.abs(r.alpha - b.alpha)).toBeLessThanOrEqual(1e-12);
    for (const it of b.items) {
      const got = r.byItem[it]!;
      const exp = b.byItem[it]!;
      expect(got.n).toBe(exp.n);
      for (const k of ['mean', 'sd', 'floor', 'ceiling', 'itemTotal'] as const) expect(Math.abs((got[k] as number) - exp[k])).toBeLessThanOrEqual(1e-12);
      expect(Math.abs(got.alphaIfDeleted! - exp.alphaIfDeleted!)).toBeLessThanOrEqual(1e-12);
    }
  });

  it('options pass through; misspelt options are errors with "did you mean"', () => {
    const strict = analyzeSurvey(mobi, { model: ecsiMobiModel, parts: 'indices', itemAnalysis: { minItemTotal: 0.5 } });
    expect(strict.itemAnalysis!.CUSL!.thresholds.minItemTotal).toBe(0.5);
    const e = caught(() => analyzeSurvey(mobi, { model: ecsiMobiModel, itemAnalysis: { minItemTotl: 0.3 } as never }));
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.message).toContain('did you mean "minItemTotal"');
    expect(analyzeSurvey(mobi, { model: ecsiMobiModel, parts: 'indices', itemAnalysis: false }).itemAnalysis).toBeUndefined();
  });
});

describe('analyzeSurvey plan: improvementPlan from the IPMA', () => {
  const drivers = ['IMAG', 'CUEX', 'PERQ', 'PERV', 'CUSA', 'CUSCO'];
  const costs = Object.fromEntries(drivers.map((d, i) => [d, 50 + 30 * i]));
  const a = analyzeSurvey(mobi, { model: ecsiMobiModel, pls: tight, plan: { outcome: 'CUSL', target: 80, costs, actionable: ['PERQ', 'PERV', 'CUEX'] } });

  it('gains, gain per cost and needed performance equal the cSEM IPMA arithmetic', () => {
    const plan = a.plan!;
    expect(plan.kind).toBe('csi.improvement-plan');
    expect(plan.outcome).toBe('CUSL');
    const p0 = peer.performance.CUSL!;
    expect(Math.abs(plan.current - p0)).toBeLessThanOrEqual(1e-9);
    for (const act of plan.actions) {
      const I = peer.importance_unstd_total_effects[`${act.driver}->CUSL`]!;
      const perf = peer.performance[act.driver]!;
      expect(Math.abs(act.gain - I * (100 - perf))).toBeLessThanOrEqual(1e-8);
      expect(Math.abs(act.gainPerCost! - (I * (100 - perf)) / costs[act.driver]!)).toBeLessThanOrEqual(1e-9);
      if (I > 0) expect(Math.abs(act.neededPerformance! - (perf + (80 - p0) / I))).toBeLessThanOrEqual(1e-7);
    }
    // actionable drivers first
    expect(plan.actions.slice(0, 3).every((x) => x.actionable)).toBe(true);
  });

  it('defaults: the satisfaction construct, with the config target', () => {
    const b = analyzeSurvey(mobi, { model: ecsiMobiModel, parts: 'indices', target: 75, plan: {} });
    expect(b.plan!.outcome).toBe('CUSA');
    expect(b.plan!.target).toBe(75);
    // the map is the analysis' own IPMA when it was computed
    const c = analyzeSurvey(mobi, { model: ecsiMobiModel, plan: { scope: 'items' } });
    expect(c.plan!.scope).toBe('items');
    expect(c.plan!.current).toBe(c.ipma.CUSA!.targetPerformance);
  });

  it('a misspelt outcome or key is an error naming it', () => {
    const e = caught(() => analyzeSurvey(mobi, { model: ecsiMobiModel, plan: { outcome: 'CUSLL' } }));
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.message).toContain('did you mean "CUSL"');
    const k = caught(() => analyzeSurvey(mobi, { model: ecsiMobiModel, plan: { targt: 80 } as never }));
    expect(k.message).toContain('did you mean "target"');
    const d = caught(() => analyzeSurvey(mobi, { model: ecsiMobiModel, plan: { costs: { PERQQ: 10 } } }));
    expect(d.message).toMatch(/^analyzeSurvey "plan": /);
  });

  it('the report carries an item-analysis section per block and the plan', () => {
    const both = analyzeSurvey(mobi, { model: ecsiMobiModel, itemAnalysis: true, plan: { outcome: 'CUSL', target: 80 } });
    const input = reportInputFromAnalysis(both);
    const names = (input.sections ?? []).map((s) => s.name);
    expect(names).toEqual([...Object.keys(both.itemAnalysis!).map((c) => `item-analysis-${c}`), 'improvement-plan']);
    const report = buildReport(both);
    const inReport = report.sections.map((s) => s.name);
    expect(inReport).toContain('item-analysis-PERQ');
    expect(inReport).toContain('improvement-plan');
    const plan = report.sections.find((s) => s.name === 'improvement-plan')!;
    expect(plan.tables[0]!.rows[0]!.driver).toBe(both.plan!.actions[0]!.driver);
    expect(JSON.parse(JSON.stringify(both.plan))).toEqual(both.plan);
  });
});
