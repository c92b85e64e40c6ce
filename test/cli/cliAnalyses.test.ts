/**
 * The `csi` analysis commands end to end, as a user runs them on the bundled files; numbers
 * are compared with independent fixtures (SciPy for SERVQUAL/Kano, R seminr for PLS/IPMA).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
const tmp = mkdtempSync(join(tmpdir(), 'csi-cli2-'));
const seminr = loadPeer('seminr').model.fits.path;

describe('csi gaps / kano on the kiosk survey', () => {
  it('gaps --pairs reproduces the SciPy SERVQUAL reference for all 24 items', async () => {
    const r = await json<{ servqual: { items: Record<string, { gap: number; t: number; pHolm: number }> } }>([
      'gaps', '--data', 'examples/data/kiosk.csv', '--pairs', 'examples/data/kiosk-servqual-pairs.json', '--scale', '1-7', '--json',
    ]);
    const ref = readJson<{ servqual: { items: Record<string, { gap: number; t: number; holm?: number; pHolm?: number }> } }>('gap', 'kiosk-reference.json');
    const keys = Object.keys(ref.servqual.items);
    expect(keys).toHaveLength(24);
    for (const k of keys) {
      const a = r.servqual.items[k];
      const b = ref.servqual.items[k];
      expect(a?.gap).toBeCloseTo(b?.gap ?? NaN, 12);
      expect(a?.t).toBeCloseTo(b?.t ?? NaN, 10);
    }
  });

  it('kano --pairs reproduces the independent count of all 29 features', async () => {
    const r = await json<{ features: Record<string, { counts: Record<string, number>; category: string; better: number; worse: number }> }>([
      'kano', '--data', 'examples/data/kiosk.csv', '--pairs', 'examples/data/kiosk-kano-pairs.json', '--json',
    ]);
    const ref = readJson<{ features: Record<string, { counts: Record<string, number>; better: number; worse: number }> }>('gap', 'kano_kiosk.json');
    expect(Object.keys(r.features)).toHaveLength(29);
    for (const [k, f] of Object.entries(ref.features)) {
      const ours = r.features[`feature ${k}`];
      for (const cat of ['A', 'O', 'M', 'I', 'R', 'Q']) expect(ours?.counts[cat]).toBe(f.counts[cat]);
      expect(ours?.better).toBeCloseTo(f.better, 12);
      expect(ours?.worse).toBeCloseTo(f.worse, 12);
    }
    // docs/methodology.md#kano: feature 2 is Must-be, Better 0.373, Worse −0.891
    expect(r.features['feature 2']?.category).toMatch(/^M/);
  });

  it('names a wrong Kano column and suggests the nearest', async () => {
    const pairs = join(tmp, 'kano.json');
    writeFileSync(pairs, JSON.stringify({ x: { functional: '1-1. nope', dysfunctional: '1-2. nope' } }));
    const out = capture();
    expect(await runCli(['kano', '--data', 'examples/data/kiosk.csv', '--pairs', pairs], out)).toBe(1);
    expect(out.stderr.join('\n')).toMatch(/Kano column "1-1\. nope" is not in the data/);
  });
});

describe('csi analyze / index / bootstrap on the ECSI data', () => {
  it('analyze with a preset and an item map writes an HTML report whose numbers match seminr', async () => {
    const html = join(tmp, 'report.html');
    const out = capture();
    const code = await runCli(
      ['analyze', '--data', 'examples/data/ecsi-mobi.csv', '--preset', 'ecsi', '--map', 'examples/data/ecsi-items.json', '--scale', '1-10', '--target', '80', '--out', html],
      out,
    );
    expect(code).toBe(0);
    const text = readFileSync(html, 'utf8');
    expect(text.startsWith('<!DOCTYPE html>') || text.startsWith('<!doctype html>')).toBe(true);
    const cell = /data-key="fit\/paths\/PERQ-&gt;CUSA\/coefficient"[^>]*data-value="([^"]+)"/.exec(text) ?? /data-key="fit\/paths\/PERQ->CUSA\/coefficient"[^>]*data-value="([^"]+)"/.exec(text);
    expect(cell).not.toBeNull();
    expect(Number(cell?.[1])).toBeCloseTo(seminr.path_coefficients['PERQ->CUSA'] ?? NaN, 9);
  });

  it('analyze --json: indices equal the seminr/SmartPLS-convention IPMA performances', async () => {
    const r = await json<{ indices: { indices: Record<string, { index: number }> }; target: { index: number; target: number } }>([
      'analyze', '--data', 'examples/data/ecsi-mobi.csv', '--preset', 'ecsi', '--scale', '1-10', '--tolerance', '1e-12', '--max-iterations', '1000', '--target', '75', '--json',
    ]);
    const perf = loadPeer('seminr').model.fits_tight.path.ipma?.performance ?? {};
    for (const [c, v] of Object.entries(perf)) expect(r.indices.indices[c]?.index).toBeCloseTo(v, 9);
    expect(r.target.target).toBe(75);
    // the target gap tests the satisfaction index itself (seminr IPMA performance of CUSA)
    expect(r.target.index).toBeCloseTo(perf['CUSA'] ?? NaN, 9);
  });

  it('index --by gives per-segment indices whose sizes add up', async () => {
    const lines = readFileSync('examples/data/ecsi-mobi.csv', 'utf8').trim().split(/\r?\n/);
    const csv = [`${lines[0]},tier`, ...lines.slice(1).map((l, i) => `${l},${i % 5 === 0 ? 'VIP' : 'regular'}`)].join('\n');
    const file = join(tmp, 'tiers.csv');
    writeFileSync(file, csv);
    const r = await json<{ segments: { segments: { levels: Record<string, { n: number; index: number }> } } }>([
      'index', '--data', file, '--preset', 'ecsi', '--scale', '1-10', '--by', 'tier', '--json',
    ]);
    const levels = r.segments.segments.levels;
    expect((levels['VIP']?.n ?? 0) + (levels['regular']?.n ?? 0)).toBe(250);
    expect(levels['VIP']?.n).toBe(50);
  });

  it('bootstrap --json is reproducible by seed and independent of the number of workers', async () => {
    const base = ['bootstrap', '--data', 'examples/data/ecsi-mobi.csv', '--preset', 'ecsi', '--scale', '1-10', '--bootstrap', '60', '--seed', '7', '--json'];
    const one = await json<{ paths: Record<string, { se: number }> }>([...base, '--workers', '1']);
    const two = await json<{ paths: Record<string, { se: number }> }>([...base, '--workers', '2']);
    expect(two).toEqual(one);
    expect(one.paths['PERQ->CUSA']?.se).toBeGreaterThan(0);
  });
});

describe('csi index --tree', () => {
  it('evaluates the bundled 4-level ECSI tree; PLS-weighted nodes equal the seminr IPMA performances', async () => {
    const r = await json<{ index: number; leaves: string[]; nodes: Record<string, { score: number; contribution: number }> }>([
      'index', '--data', 'examples/data/ecsi-mobi.csv', '--scale', '1-10', '--preset', 'ecsi', '--tolerance', '1e-12', '--max-iterations', '1000',
      '--tree', 'examples/data/ecsi-tree.json', '--json',
    ]);
    const perf = loadPeer('seminr').model.fits_tight.path.ipma?.performance ?? {};
    // a node weighted by the PLS weights of its construct is that construct's 0–100 index
    expect(r.nodes['Image']?.score).toBeCloseTo(perf['IMAG'] ?? NaN, 9);
    expect(r.nodes['Satisfaction']?.score).toBeCloseTo(perf['CUSA'] ?? NaN, 9);
    expect(r.nodes['Loyalty']?.score).toBeCloseTo(perf['CUSL'] ?? NaN, 9);
    // leaf contributions add up to the index (docs/methodology.md#ahp)
    const sum = r.leaves.reduce((a, id) => a + (r.nodes[id]?.contribution ?? 0), 0);
    expect(sum).toBeCloseTo(r.index, 10);
  });
});
