/**
 * The CSI-programme commands (issue 15) end to end on the bundled files: `items`, `plan`,
 * `evaluate`, `control`, `pareto`, `funnel`, `touchpoints`, `league`, `linkage`,
 * `service-gaps`. Numbers are compared with the independent fixtures of the core functions
 * (NumPy/SciPy scripts under test/fixtures/scripts/, the peer cSEM IPMA); exit codes 0/1/2.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paretoAnalysis, likert } from 'csi-analytics';
import { readDataset } from 'csi-analytics/node';
import { runCli } from '../../src/cli/main.js';
import type { Out } from '../../src/cli/output.js';
import { loadPeer, readJson } from '../helpers/fixtures.js';

function capture(): Out & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, line: (t = '') => stdout.push(t), err: (t) => stderr.push(t), json: (v) => stdout.push(JSON.stringify(v)) };
}
async function json<T>(args: string[]): Promise<T> {
  const out = capture();
  const code = await runCli(args, out);
  if (code !== 0) throw new Error(`exit ${code}: ${out.stderr.join('\n')}`);
  return JSON.parse(out.stdout.join('')) as T;
}
async function exit(args: string[]): Promise<{ code: number; stderr: string; stdout: string }> {
  const out = capture();
  const code = await runCli(args, out);
  return { code, stderr: out.stderr.join('\n'), stdout: out.stdout.join('\n') };
}
const tmp = mkdtempSync(join(tmpdir(), 'csi-programme-'));
const close = (a: number, b: number, tol: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(tol);
const mobi = ['--data', 'examples/data/ecsi-mobi.csv', '--scale', '1-10'];

describe('csi items', () => {
  // witness: test/fixtures/programme/item_analysis_mobi.json (NumPy, programme_item_analysis.py)
  const ref = readJson<{ blocks: Record<string, { items: string[]; alpha: number; byItem: Record<string, { itemTotal: number; alphaIfDeleted: number }> }> }>('programme', 'item_analysis_mobi.json');
  it('--items gives the NumPy α, item–total r and α if deleted', async () => {
    const r = await json<{ alpha: number; byItem: Record<string, { itemTotal: number; alphaIfDeleted: number }> }>(['items', ...mobi, '--items', 'CUSL1,CUSL2,CUSL3', '--json']);
    const b = ref.blocks.CUSL!;
    close(r.alpha, b.alpha, 1e-12);
    for (const it of b.items) {
      close(r.byItem[it]!.itemTotal, b.byItem[it]!.itemTotal, 1e-12);
      close(r.byItem[it]!.alphaIfDeleted, b.byItem[it]!.alphaIfDeleted, 1e-12);
    }
  });
  it('--block takes the model blocks; several blocks give a record; misspellings suggest', async () => {
    const r = await json<Record<string, { alpha: number }>>(['items', ...mobi, '--preset', 'ecsi', '--block', 'PERQ,IMAG', '--json']);
    close(r.PERQ!.alpha, ref.blocks.PERQ!.alpha, 1e-12);
    close(r.IMAG!.alpha, ref.blocks.IMAG!.alpha, 1e-12);
    const bad = await exit(['items', ...mobi, '--preset', 'ecsi', '--block', 'PERK']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('did you mean "PERQ"');
    expect((await exit(['items', ...mobi, '--itms', 'CUSL1'])).stderr).toContain('did you mean --items?');
    expect((await exit(['items', ...mobi])).code).toBe(2);
    const unknownItem = await exit(['items', ...mobi, '--items', 'CUSL1,CUSL9']);
    expect(unknownItem.code).toBe(1);
    expect(unknownItem.stderr).toContain('"CUSL9"');
  });
  it('--out writes the report', async () => {
    const html = join(tmp, 'items.html');
    expect((await exit(['items', ...mobi, '--items', 'CUSL1,CUSL2,CUSL3', '--out', html])).code).toBe(0);
    expect(readFileSync(html, 'utf8')).toContain('Item analysis');
  });
});

describe('csi plan', () => {
  // witness: the cSEM IPMA (test/fixtures/peers/ecsi-mobi-csem.json → model.fits_tight.path.ipma)
  type Ipma = { performance: Record<string, number>; importance_unstd_total_effects: Record<string, number> };
  const peer = loadPeer('csem').model.fits_tight.path.ipma as unknown as Ipma;
  it('ranks the drivers by the cSEM importance × headroom, with the path to the target', async () => {
    const costs = join(tmp, 'costs.json');
    writeFileSync(costs, JSON.stringify({ PERQ: 100, PERV: 40, IMAG: 200, CUEX: 80, CUSA: 150, CUSCO: 60 }));
    const plan = await json<{ outcome: string; current: number; target: number; actions: { driver: string; gain: number; gainPerCost: number }[]; reachable: boolean }>([
      'plan', ...mobi, '--preset', 'ecsi', '--tolerance', '1e-12', '--max-iterations', '1000', '--outcome', 'CUSL', '--target', '78', '--costs', costs, '--json',
    ]);
    expect(plan.outcome).toBe('CUSL');
    expect(plan.target).toBe(78);
    close(plan.current, peer.performance.CUSL!, 1e-9);
    for (const a of plan.actions) close(a.gain, peer.importance_unstd_total_effects[`${a.driver}->CUSL`]! * (100 - peer.performance[a.driver]!), 1e-8);
    const ratios = plan.actions.map((a) => a.gainPerCost);
    expect([...ratios].sort((x, y) => y - x)).toEqual(ratios);
  });
  it('a wrong outcome is an option error (exit 2) with a suggestion', async () => {
    const r = await exit(['plan', ...mobi, '--preset', 'ecsi', '--outcome', 'CUSLL']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('did you mean "CUSL"');
    expect((await exit(['plan', ...mobi, '--preset', 'ecsi', '--scope', 'item'])).code).toBe(2);
  });
});

describe('csi evaluate', () => {
  // witness: test/fixtures/programme/evaluate_improvement.json (SciPy, programme_evaluate_improvement.py)
  const ev = readJson<{ before: Record<string, [number, number]>; after: Record<string, [number, number]>; targeted: string[]; importance: Record<string, number>; index: { change: number; se: number; p: number }; did: { estimate: number; se: number; p: number }; predicted: number }>('programme', 'evaluate_improvement.json');
  const wave = (w: Record<string, [number, number]>) => Object.fromEntries(Object.entries(w).map(([k, [value, se]]) => [k, { value, se }]));
  it('gives the SciPy change, difference in differences and predicted change', async () => {
    const [b, a, imp] = ['before', 'after', 'importance'].map((n) => join(tmp, `${n}.json`)) as [string, string, string];
    writeFileSync(b, JSON.stringify(wave(ev.before)));
    writeFileSync(a, JSON.stringify(wave(ev.after)));
    writeFileSync(imp, JSON.stringify(ev.importance));
    const r = await json<{ index: { change: number; se: number; pValue: number }; differenceInDifferences: { estimate: number; se: number; pValue: number }; predictedIndexChange: number }>([
      'evaluate', '--before', b, '--after', a, '--outcome', 'CUSA', '--targeted', ev.targeted.join(','), '--importance', imp, '--json',
    ]);
    close(r.index.change, ev.index.change, 1e-12);
    close(r.index.pValue, ev.index.p, 1e-12);
    close(r.differenceInDifferences.estimate, ev.did.estimate, 1e-12);
    close(r.differenceInDifferences.se, ev.did.se, 1e-12);
    close(r.predictedIndexChange, ev.predicted, 1e-12);
    const bad = await exit(['evaluate', '--before', b, '--after', a, '--outcome', 'CUSAA', '--targeted', 'PERQ']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Did you mean "CUSA"?');
  });
});

describe('csi control', () => {
  // witness: test/fixtures/programme/control_chart_simulated.json (NumPy, on the same CSV)
  const ref = readJson<{ baseline: string[]; centre: number; z: number[]; ewma: number[] }>('programme', 'control_chart_simulated.json');
  it('centre, z and EWMA equal the NumPy witness; signals are listed', async () => {
    const c = await json<{ centre: number; points: { z: number; ewma: { value: number } }[]; signals: unknown[] }>([
      'control', '--data', 'examples/data/index-monthly-simulated.csv', '--periods', 'period', '--value', 'value', '--se', 'se', '--baseline', ref.baseline.join(','), '--ewma', '--json',
    ]);
    close(c.centre, ref.centre, 1e-12);
    c.points.forEach((p, i) => {
      close(p.z, ref.z[i]!, 1e-10);
      close(p.ewma.value, ref.ewma[i]!, 1e-12);
    });
    expect(c.signals.length).toBeGreaterThan(0);
  });
  it('--points reads a JSON series; a wrong column suggests the nearest', async () => {
    const pts = join(tmp, 'points.json');
    writeFileSync(pts, JSON.stringify([{ period: 'a', value: 70, se: 1 }, { period: 'b', value: 71, se: 1 }, { period: 'c', value: 75, se: 1 }]));
    const c = await json<{ points: unknown[]; centre: number }>(['control', '--points', pts, '--json']);
    expect(c.points.length).toBe(3);
    close(c.centre, 72, 1e-12);
    const bad = await exit(['control', '--data', 'examples/data/index-monthly-simulated.csv', '--periods', 'period', '--value', 'valeu', '--se', 'se']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('did you mean "value"');
    expect((await exit(['control', '--data', 'examples/data/index-monthly-simulated.csv'])).code).toBe(2);
  });
});

describe('csi pareto and csi funnel (complaints)', () => {
  // witness: test/fixtures/programme/complaints_simulated.json (NumPy/SciPy, programme_complaints.py)
  const ref = readJson<{ customers: number; margin: number; funnel: { counts: Record<string, number>; economics: Record<string, { estimate: number; ci: [number, number] }> } }>('programme', 'complaints_simulated.json');
  const args = ['--data', 'examples/data/complaints-simulated.csv', '--scale', '1-10'];
  it('pareto is the core paretoAnalysis of the category column, with the segment cross-tab', async () => {
    const r = await json<{ rows: { category: string; count: number }[]; crossTab: { test: { pValue: number } } | null }>(['pareto', ...args, '--category', 'category', '--by', 'tier', '--json']);
    const data = readDataset('examples/data/complaints-simulated.csv', { defaultScale: likert(1, 10) });
    const direct = paretoAnalysis(data.factors.category!, { segments: data.factors.tier! });
    expect(r).toEqual(JSON.parse(JSON.stringify(direct)));
    expect(r.crossTab).not.toBeNull();
    expect((await exit(['pareto', ...args, '--category', 'categroy'])).stderr).toContain('did you mean "category"');
  });
  it('funnel counts and the customers lost by the silent equal the witness', async () => {
    const r = await json<{ counts: Record<string, number>; economics: { byOutcome: Record<string, { lost: { estimate: number } }> } }>([
      'funnel', ...args, '--outcome', 'outcome', '--repurchase', 'repurchase', '--customers', String(ref.customers), '--margin', String(ref.margin), '--json',
    ]);
    expect(r.counts).toEqual(ref.funnel.counts);
    close(r.economics.byOutcome.silent!.lost.estimate, ref.funnel.economics['lost:silent']!.estimate, 1e-6);
  });
});

describe('csi touchpoints, league, linkage, service-gaps', () => {
  it('touchpoints: R² of overall on the touchpoints equals the NumPy witness', async () => {
    const ref = readJson<{ rSquared: number }>('programme', 'touchpoints_simulated.json');
    const r = await json<{ importance: { rSquared: number } }>([
      'touchpoints', '--data', 'examples/data/journey-simulated.csv', '--scale', '1-10', '--touchpoints', 'TP_WEB,TP_STORE,TP_CHECKOUT,TP_DELIVERY,TP_SUPPORT', '--overall', 'SAT', '--json',
    ]);
    close(r.importance.rSquared, ref.rSquared, 1e-10);
  });
  // witness: test/fixtures/programme/units_simulated.json (NumPy/SciPy, programme_units.py)
  const units = readJson<{ customers: { target: number; sigma: number }; linkage: { r: number; slope: number } }>('programme', 'units_simulated.json');
  it('league: the funnel centre and σ of the customer units equal the witness', async () => {
    const r = await json<{ target: number; sigma: number; rows: unknown[] }>(['league', '--data', 'examples/data/units-customers-simulated.csv', '--scale', '1-10', '--unit', 'unit', '--items', 'CSAT1,CSAT2,CSAT3', '--json']);
    close(r.target, units.customers.target, 1e-10);
    close(r.sigma, units.customers.sigma, 1e-10);
    expect(r.rows.length).toBe(30);
    expect((await exit(['league', '--data', 'examples/data/units-customers-simulated.csv', '--scale', '1-10', '--unit', 'unit'])).code).toBe(2);
  });
  it('linkage: r and slope across units equal the witness', async () => {
    const r = await json<{ correlation: { r: number }; regression: { slope: { estimate: number } } }>([
      'linkage', '--scale', '1-10', '--unit', 'unit', '--x-data', 'examples/data/units-employees-simulated.csv', '--x-items', 'ENG1,ENG2,ENG3',
      '--y-data', 'examples/data/units-customers-simulated.csv', '--y-items', 'CSAT1,CSAT2,CSAT3', '--json',
    ]);
    close(r.correlation.r, units.linkage.r, 1e-10);
    close(r.regression.slope.estimate, units.linkage.slope, 1e-10);
  });
  it('service-gaps: gap 5 of each dimension equals the SciPy witness', async () => {
    const ref = readJson<{ gaps: { gap5: Record<string, { gap: number; t: number }> } }>('programme', 'service_gaps.json');
    const r = await json<{ gaps: { gap5: Record<string, { gap: number; t: number | null }> } }>(['service-gaps', '--input', 'examples/data/service-gaps.json', '--json']);
    for (const [d, g] of Object.entries(ref.gaps.gap5)) {
      close(r.gaps.gap5[d]!.gap, g.gap, 1e-12);
      close(r.gaps.gap5[d]!.t!, g.t, 1e-10);
    }
    expect((await exit(['service-gaps'])).code).toBe(2);
  });
});

describe('every programme command has --help and appears in csi --help', () => {
  const names = ['items', 'plan', 'evaluate', 'control', 'pareto', 'funnel', 'touchpoints', 'league', 'linkage', 'service-gaps'];
  it.each(names)('csi %s --help', async (name) => {
    const r = await exit([name, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`csi ${name}`);
    expect(r.stdout).toMatch(/Example/);
  });
  it('lists them', async () => {
    const r = await exit(['--help']);
    for (const n of names) expect(r.stdout).toContain(`  ${n}`);
    expect(existsSync('examples/data/service-gaps.json')).toBe(true);
  });
});
