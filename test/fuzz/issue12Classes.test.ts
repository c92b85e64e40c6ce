/**
 * Issue 12 items 1–10: the example of each defect class still behaves. One short test per
 * class; the fuzz files beside this one cover the classes at random.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bootstrapPls, createDataset, CsiError, datasetFromCsv, estimatePls, evaluateTree, fCdf, ipaQuadrant, items, kanoAnalysis,
  likert, normalQuantile, parseCsv, servqual, specifyTree, studentTQuantile, targetGap, toCsv,
} from 'csi-analytics';
import { bootstrapPlsParallel } from 'csi-analytics/node';
import { runCli } from '../../src/cli/main.js';
import type { Out } from '../../src/cli/output.js';
import { ecsiMobiModel, loadMobi, readJson } from '../helpers/fixtures.js';
import { deepTree } from './arbitraries.js';
import { caught } from '../helpers/errors.js';

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}

const messages = (e: CsiError): string => e.issues.map((i) => i.message).join('\n');
const q = (n: number, k = 3): Record<string, number[]> => Object.fromEntries(Array.from({ length: k }, (_, j) => [`Q${j + 1}`, Array.from({ length: n }, (_, i) => 1 + ((i * (j + 2) + j) % 7))]));
const small = createDataset({ columns: q(30), defaultScale: likert(1, 7) });
const smallModel = { constructs: [{ name: 'A', items: ['Q1', 'Q2'] }, { name: 'B', items: ['Q3'] }], paths: [{ from: 'A', to: 'B' }] };

async function cli(args: string[]): Promise<{ code: number; text: string }> {
  const lines: string[] = [];
  const out: Out = { line: (t = '') => lines.push(t), err: (t) => lines.push(t), json: (v) => lines.push(JSON.stringify(v)) };
  const code = await runCli(args, out);
  return { code, text: lines.join('\n') };
}
const mobiArgs = ['analyze', '--data', 'examples/data/ecsi-mobi.csv', '--preset', 'ecsi', '--scale', '1-10'];

describe('issue 12 defect classes', () => {
  it('1. callback errors and aborts stop long runs with the error / CsiError ABORTED', async () => {
    const boom = new Error('progress failed');
    expect(() => bootstrapPls(smallModel as never, small, { resamples: 20, seed: 1, onProgress: () => { throw boom; } })).toThrow(boom);
    const aborted = new AbortController();
    aborted.abort();
    expect(caught(() => bootstrapPls(smallModel as never, small, { resamples: 20, seed: 1, signal: aborted.signal })).code).toBe('ABORTED');
    const mobi = loadMobi();
    const e = await rejection(bootstrapPlsParallel(ecsiMobiModel, mobi, { resamples: 40, seed: 1, workers: 2, onProgress: () => { throw boom; } }));
    expect(e).toBe(boom);
  }, 60_000);

  it('2. the CLI reports file problems in one line, exit 2, no stack', async () => {
    const missing = await cli(['analyze', '--data', 'nope.csv', '--preset', 'ecsi', '--scale', '1-10']);
    expect(missing.code).toBe(2);
    expect(missing.text).toMatch(/nope\.csv/);
    const dir = await cli(['analyze', '--data', 'examples', '--preset', 'ecsi', '--scale', '1-10']);
    expect(dir.code).toBe(2);
    expect(dir.text).toMatch(/directory/);
    for (const r of [missing, dir]) expect(r.text).not.toMatch(/\n\s+at \S|ENOENT|EISDIR/);
  });

  it('3. the CLI refuses invalid values: --satisfaction NOPE, --level 95, --target 150', async () => {
    const out = mkdtempSync(join(tmpdir(), 'csi-i12-'));
    const sat = await cli([...mobiArgs, '--satisfaction', 'NOPE', '--out', join(out, 'r.json')]);
    expect(sat.code).toBe(2);
    expect(sat.text).toMatch(/NOPE/);
    const target = await cli([...mobiArgs, '--target', '150']);
    expect(target.code).toBe(2);
    expect(target.text).toMatch(/"target".* 150/);
    const level = await cli(['bootstrap', '--data', 'examples/data/ecsi-mobi.csv', '--preset', 'ecsi', '--scale', '1-10', '--bootstrap', '10', '--level', '95']);
    expect(level.code).toBe(2);
    expect(level.text).toMatch(/"level".* 95/);
  });

  it('4. no silent NaN or impossible results', () => {
    const t = caught(() => targetGap({ index: 70, se: 1 }, 150));
    expect(t.code).toBe('INVALID_OPTIONS');
    expect(messages(t)).toMatch(/target/i);
    expect(messages(t)).toMatch(/150/);
    expect(messages(caught(() => targetGap([50, 180, 60], 70)))).toMatch(/180/);
    expect(caught(() => ipaQuadrant(NaN, 5, { importance: 5, performance: 5 })).code).toBe('INVALID_DATA');
    caught(() => normalQuantile(2));
    caught(() => studentTQuantile(0.5, 0));
    caught(() => kanoAnalysis(small, []));
    const capped = evaluateTree({ id: 'R', minAnswered: 5, children: [{ item: 'Q1' }, { item: 'Q2' }] }, small);
    expect(Number.isFinite(capped.index)).toBe(true);
    expect(JSON.stringify(capped.warnings)).toMatch(/min_answered_capped/);
    const mixed = createDataset({ columns: { e1: [1, 2, 7, 6], p1: [1, 2, 5, 4] }, scales: { e1: likert(1, 7), p1: likert(1, 5) } });
    expect(caught(() => servqual(mixed, [{ item: '1', expectation: 'e1', perception: 'p1' }])).code).toBe('INVALID_SCALE');
  });

  it('5. misspelt or invalid options are refused with did-you-mean', () => {
    const e = caught(() => datasetFromCsv('Q1\n1\n2\n', { defaultscale: likert(1, 10) } as never));
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(messages(e)).toMatch(/did you mean "defaultScale"/);
    expect(caught(() => datasetFromCsv('Q1\n1\n2\n', { decimalSeparator: ';' } as never)).code).toBe('INVALID_OPTIONS');
    expect(caught(() => datasetFromCsv('Q1\n1\n2\n', { maxIssuesPerItem: -1 })).code).toBe('INVALID_OPTIONS');
    expect(caught(() => datasetFromCsv('Q1\n1\n2\n', 'strict' as never)).code).toBe('INVALID_OPTIONS');
    expect(messages(caught(() => bootstrapPls(smallModel as never, small, { resample: 10 } as never)))).toMatch(/did you mean "resamples"/);
  });

  it('6. malformed arguments give CsiError, not TypeError', () => {
    for (const bad of [undefined, 42, null]) caught(() => datasetFromCsv(bad as never));
    expect(datasetFromCsv(new TextEncoder().encode('Q1\n1\n2\n'), { defaultScale: likert(1, 10) }).n).toBe(2);
    caught(() => parseCsv(null as never));
    caught(() => (createDataset as (x?: unknown) => unknown)());
    caught(() => estimatePls(smallModel as never, small, null as never));
  });

  it('7. resource limits: items("Q", 1, 1e9) and a 3,000-level tree fail at once with CsiError', () => {
    const started = Date.now();
    expect(messages(caught(() => items('Q', 1, 1e9)))).toMatch(/10[,.\u202f]?000|limit|at most/i);
    expect(Date.now() - started).toBeLessThan(1000);
    const deep = caught(() => specifyTree(deepTree(3_000)));
    expect(deep.code).toBe('INVALID_TREE');
    expect(messages(deep)).toMatch(/100/);
    expect(specifyTree(deepTree(100)).ids.length).toBe(101);
  });

  it('8. toCsv guards formula cells (=, +, -, @) and leaves numbers alone', () => {
    expect(toCsv([{ a: '=cmd|"/c calc"!A1', b: '+1', c: '-x', d: '@SUM(A1)', e: -1.5 }])).toBe(`a,b,c,d,e\n"'=cmd|""/c calc""!A1",'+1,'-x,'@SUM(A1),-1.5\n`);
  });

  it('9. messages quote the file and warn where silence would mislead', () => {
    const inf = caught(() => datasetFromCsv('Q1,Q2\n1,2\n1e309,3\n', { defaultScale: likert(1, 10) }));
    expect(messages(inf)).toMatch(/"?1e309"?/);
    expect(messages(inf)).not.toMatch(/Infinity/);
    const comma = caught(() => datasetFromCsv('Q1;Q2\n4,5;3\n2;3\n', { defaultScale: likert(1, 10) }));
    expect(messages(comma)).toMatch(/4,5/);
    expect(messages(comma)).toMatch(/decimalSeparator/);
    const rescaled = evaluateTree({ id: 'R', weighting: { method: 'fixed', weights: { Q1: 0.6, Q2: 0.6 } }, children: [{ item: 'Q1' }, { item: 'Q2' }] }, small);
    const w = JSON.stringify(rescaled.warnings);
    expect(w).toMatch(/weights_rescaled/);
    expect(w).toMatch(/1\.2/);
    expect(messages(caught(() => specifyTree({ id: '__proto__', children: [{ item: 'Q1' }] })))).toMatch(/"__proto__".*reserved/);
    const few = datasetFromCsv('Q1,Q2,Q3\n1,2,3\n2,3,4\n', { defaultScale: likert(1, 10) });
    expect(JSON.stringify(few.warnings)).toMatch(/few_rows/);
  });

  it('10. numerics at the edges agree with mpmath (test/fixtures/stats/edges-mpmath.json)', () => {
    const ref = readJson<{ t_ppf_large_df: { p: number; df: number; ppf: number }[]; f_sf_extreme: { x: number; df1: number; df2: number; sf: number }[] }>('stats', 'edges-mpmath.json');
    const t = ref.t_ppf_large_df.find((r) => r.p === 0.025 && r.df === 1e10);
    expect(t).toBeDefined();
    if (t !== undefined) expect(Math.abs(studentTQuantile(t.p, t.df) - t.ppf) / Math.abs(t.ppf)).toBeLessThan(1e-12);
    const f = ref.f_sf_extreme.find((r) => r.x === 1e16 && r.df1 === 1 && r.df2 === 1);
    expect(f).toBeDefined();
    if (f !== undefined) expect(Math.abs(fCdf(f.x, f.df1, f.df2, { lowerTail: false }) - f.sf) / f.sf).toBeLessThan(1e-10);
  });
});
