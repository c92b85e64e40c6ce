import { describe, expect, it } from 'vitest';
import { estimatePls, evaluateImprovement, improvementPlan, ipma } from 'csi-analytics';
import { ecsiMobiModel, loadMobi, loadPeer, readJson } from '../helpers/fixtures.js';
import { caught } from '../helpers/errors.js';

// improvementPlan witness: the IPMA importances and performances of the peer cSEM (doIPMA,
// test/fixtures/peers/ecsi-mobi-csem.json → model.fits_tight.path.ipma), with the plan arithmetic
// recomputed here independently from the peer numbers.
// evaluateImprovement witness: test/fixtures/programme/evaluate_improvement.json from the SciPy
// script test/fixtures/scripts/programme_evaluate_improvement.py on fixed illustrative waves.
const mobi = loadMobi();
const fit = estimatePls(ecsiMobiModel, mobi, { scheme: 'path', tolerance: 1e-12, maxIterations: 1000 });
type Ipma = { performance: Record<string, number>; importance_unstd_total_effects: Record<string, number> };
const peer = loadPeer('csem').model.fits_tight.path.ipma as unknown as Ipma;
const ev = readJson<{
  before: Record<string, [number, number]>; after: Record<string, [number, number]>; targeted: string[]; importance: Record<string, number>;
  index: { change: number; se: number; z: number; p: number; ci: [number, number] };
  drivers: Record<string, { change: number; se: number; p: number; ci: [number, number] }>;
  did: { estimate: number; se: number; z: number; p: number; ci: [number, number] }; predicted: number;
}>('programme', 'evaluate_improvement.json');

const close = (a: number, b: number, tol: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(tol);

describe('improvementPlan', () => {
  const map = ipma(fit, 'CUSL');
  const drivers = Object.keys(map.constructs.points);
  const costs = Object.fromEntries(drivers.map((d, i) => [d, 50 + 30 * i]));

  it('gains, gain per cost and needed performance equal the cSEM IPMA arithmetic', () => {
    const plan = improvementPlan(map, { target: 80, costs });
    expect(plan.kind).toBe('csi.improvement-plan');
    const p0 = peer.performance.CUSL!;
    close(plan.current, p0, 1e-9);
    for (const a of plan.actions) {
      const I = peer.importance_unstd_total_effects[`${a.driver}->CUSL`]!;
      const perf = peer.performance[a.driver]!;
      close(a.gain, I * (100 - perf), 1e-8);
      close(a.gainPerCost!, (I * (100 - perf)) / costs[a.driver]!, 1e-9);
      if (I > 0) close(a.neededPerformance!, perf + (80 - p0) / I, 1e-7);
    }
    // Ranked by gain per cost, descending.
    const byRatio = drivers.map((d) => [d, (peer.importance_unstd_total_effects[`${d}->CUSL`]! * (100 - peer.performance[d]!)) / costs[d]!] as const).sort((x, y) => y[1] - x[1]).map((x) => x[0]);
    expect(plan.actions.map((a) => a.driver)).toEqual(byRatio);
  });

  it('the path reaches the target with the top-ranked drivers (recomputed from the peer numbers)', () => {
    const plan = improvementPlan(map, { target: 80, costs });
    // Independent: walk the ranking with the peer numbers, raising each driver only as far as needed.
    let pred = peer.performance.CUSL!;
    const used: string[] = [];
    for (const a of plan.actions) {
      const I = peer.importance_unstd_total_effects[`${a.driver}->CUSL`]!;
      if (pred >= 80 || I <= 0) continue;
      used.push(a.driver);
      const room = 100 - peer.performance[a.driver]!;
      pred += I * Math.min(room, (80 - pred) / I);
    }
    expect(plan.path.map((s) => s.driver)).toEqual(used);
    expect(plan.reachable).toBe(pred >= 80 - 1e-9);
    if (plan.reachable) close(plan.path[plan.path.length - 1]!.predicted, 80, 1e-9);
    // Not actionable drivers go last and are never on the path.
    const act = improvementPlan(map, { target: 80, actionable: [drivers[0]!] });
    expect(act.actions[0]!.driver).toBe(drivers[0]);
    expect(act.path.every((s) => s.driver === drivers[0])).toBe(true);
  });

  it('validates', () => {
    const e = caught(() => improvementPlan(map, { costs: { PERQQ: 10, PERV: 0 } }));
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.issues.map((i) => i.message)).toEqual([
      'Option "costs" of improvementPlan names "PERQQ", which is not a driver of the map. Did you mean "PERQ"?',
      'Option "costs" of improvementPlan gives "PERV" the cost 0; expected a positive number.',
    ]);
    expect(caught(() => improvementPlan({} as never)).code).toBe('INVALID_DATA');
    expect(caught(() => improvementPlan(map, { target: 120 })).code).toBe('INVALID_OPTIONS');
  });
});

describe('evaluateImprovement', () => {
  const wave = (w: Record<string, [number, number]>) => Object.fromEntries(Object.entries(w).map(([k, [value, se]]) => [k, { value, se }]));
  const r = evaluateImprovement(wave(ev.before), wave(ev.after), 'CUSA', ev.targeted, { importance: ev.importance });

  it('changes, difference in differences and predicted change equal the SciPy witness', () => {
    expect(r.kind).toBe('csi.improvement-evaluation');
    close(r.index.change, ev.index.change, 1e-12);
    close(r.index.se, ev.index.se, 1e-15);
    close(r.index.pValue, ev.index.p, 1e-14);
    close(r.index.ci.lower, ev.index.ci[0], 1e-12);
    for (const [n, w] of Object.entries(ev.drivers)) {
      close(r.drivers[n]!.change, w.change, 1e-12);
      close(r.drivers[n]!.pValue, w.p, 1e-14);
      close(r.drivers[n]!.ci.upper, w.ci[1], 1e-12);
      expect(r.drivers[n]!.targeted).toBe(ev.targeted.includes(n));
    }
    const d = r.differenceInDifferences!;
    close(d.estimate, ev.did.estimate, 1e-12);
    close(d.se, ev.did.se, 1e-15);
    close(d.pValue, ev.did.p, 1e-14);
    close(d.ci.lower, ev.did.ci[0], 1e-12);
    close(r.predictedIndexChange!, ev.predicted, 1e-12);
  });

  it('reads index results ({ index, ci: { se } }) and validates', () => {
    const asIndex = (w: Record<string, [number, number]>) => Object.fromEntries(Object.entries(w).map(([k, [index, se]]) => [k, { index, ci: { se } }]));
    const s = evaluateImprovement(asIndex(ev.before), asIndex(ev.after), 'CUSA', ev.targeted);
    expect(s.differenceInDifferences!.estimate).toBe(r.differenceInDifferences!.estimate);
    expect(s.predictedIndexChange).toBeNull();
    const e = caught(() => evaluateImprovement(wave(ev.before), wave(ev.after), 'CUSAA', ['PERQ', 'PRV']));
    expect(e.issues.map((i) => i.message)).toEqual([
      'The outcome of evaluateImprovement names "CUSAA", which is not in both waves. Did you mean "CUSA"?',
      'The targeted drivers of evaluateImprovement name "PRV", which is not in both waves. Did you mean "PERV"?',
    ]);
    expect(caught(() => evaluateImprovement({ CUSA: { index: 70, ci: null } }, wave(ev.after), 'CUSA', ['PERQ'])).issues[0]!.message)
      .toBe('"CUSA" in the before wave of evaluateImprovement has se nothing; expected a number greater than 0 (an index result needs its ci).');
    expect(caught(() => evaluateImprovement(wave(ev.before), wave(ev.after), 'CUSA', [])).issues[0]!.message).toMatch(/are empty/);
  });
});

describe('summarizeImprovement', () => {
  it('copies plan and evaluation unrounded and draws a valid chart', async () => {
    const { summarizeImprovementPlan, summarizeImprovementEvaluation } = await import('csi-analytics/report');
    const { compile } = await import('vega-lite');
    const plan = improvementPlan(ipma(fit, 'CUSL'), { target: 80 });
    const s = summarizeImprovementPlan(plan);
    expect(s.name).toBe('improvement-plan');
    expect(s.tables[0]!.rows[0]!.gain).toBe(plan.actions[0]!.gain);
    const wave = (w: Record<string, [number, number]>) => Object.fromEntries(Object.entries(w).map(([k, [value, se]]) => [k, { value, se }]));
    const t = summarizeImprovementEvaluation(evaluateImprovement(wave(ev.before), wave(ev.after), 'CUSA', ev.targeted));
    expect(t.name).toBe('improvement-evaluation');
    expect(t.tables[0]!.rows.find((x) => x.name === 'PERQ')!.change).toBe(ev.drivers.PERQ!.change);
    for (const c of [...s.charts, ...t.charts]) {
      expect(c.kind).toBe('vega-lite');
      if (c.kind === 'vega-lite') expect(() => compile(c.spec)).not.toThrow();
    }
  });
});
