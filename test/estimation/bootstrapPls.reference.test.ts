import { describe, expect, it } from 'vitest';
import { bootstrapIndices } from 'csi-analytics';
import { bootstrapPls } from 'csi-analytics';
import type { BootstrapStatistic, PlsBootstrap } from 'csi-analytics';
import { estimatePls } from 'csi-analytics';
import { htmt } from 'csi-analytics';
import { ecsiMobiModel, loadMobi, loadPeer, readJson } from '../helpers/fixtures.js';

interface RefEntry {
  estimate: number;
  constant?: true;
  bootMean: number;
  bias?: number;
  se: number;
  t?: number;
  p?: number;
  percentile?: [number, number];
  basic?: [number, number];
  normal?: [number, number];
  bc?: [number, number];
  bca?: [number, number];
}
interface RefFile {
  resamples: number;
  failed: number;
  summary: Record<string, RefEntry>;
  firstDraws: Record<string, number[]>;
}
interface IndexFile {
  n: number;
  seed: number;
  resamples: number;
  indices: number[][];
}

// Independent computation: NumPy 2.4.6 / SciPy 1.17.1,
// test/fixtures/scripts/bootstrap_mobi_reference.py, over the resamples of
// test/fixtures/estimation/bootstrap-mobi-indices.json (seed 1, R = 200).
const ref = readJson<RefFile>('estimation', 'bootstrap-mobi-reference.json');
const idx = readJson<IndexFile>('estimation', 'bootstrap-mobi-indices.json');
const mobi = loadMobi();

function lookup(b: PlsBootstrap, key: string): { stat: BootstrapStatistic; draws: number[] } {
  const [group, a, c] = key.split('/') as [keyof PlsBootstrap, string, string | undefined];
  const g = b[group] as Record<string, unknown>;
  const d = (b.draws as unknown as Record<string, Record<string, unknown>>)[group as string] as Record<string, unknown>;
  if (c !== undefined) {
    return { stat: (g[a] as Record<string, BootstrapStatistic>)[c] as BootstrapStatistic, draws: (d[a] as Record<string, number[]>)[c] as number[] };
  }
  return { stat: g[a] as BootstrapStatistic, draws: d[a] as number[] };
}

const close = (actual: number, expected: number, tol = 1e-9): void => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(expected)));
};

describe('bootstrapPls on mobi vs an independent NumPy bootstrap over the same resamples', () => {
  const boot = bootstrapPls(ecsiMobiModel, mobi, { resamples: 200, seed: 1, keepDraws: true, indirect: [['CUEX', 'PERQ', 'CUSA']] });

  it('draws exactly the resamples stored in the fixture', () => {
    expect(idx.n).toBe(250);
    for (let r = 0; r < idx.resamples; r++) expect(Array.from(bootstrapIndices(250, 1, r))).toEqual(idx.indices[r]);
  });

  it('covers the same statistics as the reference', () => {
    expect(boot.valid).toBe(ref.resamples - ref.failed);
    expect(boot.failed).toEqual({ singular: 0, nonConverged: 0 });
    for (const key of Object.keys(ref.summary)) expect(lookup(boot, key).stat, key).toBeDefined();
    const count =
      Object.values(boot.outerWeights).reduce((s, r) => s + Object.keys(r).length, 0) * 2 +
      [boot.paths, boot.rSquared, boot.totalEffects, boot.indirectEffects, boot.specificIndirectEffects, boot.htmt, boot.performance].reduce(
        (s, r) => s + Object.keys(r).length,
        0,
      );
    expect(count).toBe(Object.keys(ref.summary).length);
  });

  it('first draws agree to 1e-9', () => {
    let max = 0;
    for (const [key, draws] of Object.entries(ref.firstDraws)) {
      const ours = lookup(boot, key).draws;
      draws.forEach((v, r) => {
        close(ours[r] as number, v);
        max = Math.max(max, Math.abs((ours[r] as number) - v) / Math.max(1, Math.abs(v)));
      });
    }
    expect(max).toBeLessThan(1e-9);
  });

  it('estimate, mean, bias, SE, t, p and the five intervals agree to 1e-9', () => {
    for (const [key, e] of Object.entries(ref.summary)) {
      const s = lookup(boot, key).stat;
      close(s.estimate, e.estimate);
      close(s.bootMean, e.bootMean);
      if (e.constant === true) {
        expect(s.se).toBeLessThan(1e-12);
        expect(s.t).toBeNaN();
        continue;
      }
      close(s.bias, e.bias as number);
      close(s.se, e.se);
      close(s.t, e.t as number, 1e-8);
      close(s.p, e.p as number);
      for (const m of ['percentile', 'basic', 'normal', 'bc', 'bca'] as const) {
        const [lo, hi] = e[m] as [number, number];
        close(s.ci[m].lower, lo);
        close(s.ci[m].upper, hi);
      }
      expect([s.lower, s.upper]).toEqual([s.ci.percentile.lower, s.ci.percentile.upper]);
    }
  });

  it('full-sample estimates are exactly those of estimatePls', () => {
    const fit = estimatePls(ecsiMobiModel, mobi);
    for (const [key, v] of Object.entries(fit.pathCoefficients)) expect(boot.paths[key]?.estimate).toBe(v);
    for (const [c, items] of Object.entries(fit.outerWeights)) {
      for (const [it, v] of Object.entries(items)) {
        expect(boot.outerWeights[c]?.[it]?.estimate).toBe(v);
        expect(boot.loadings[c]?.[it]?.estimate).toBe(fit.loadings[c]?.[it]);
      }
    }
    for (const [c, v] of Object.entries(fit.rSquared)) expect(boot.rSquared[c]?.estimate).toBe(v);
    for (const [k, v] of Object.entries(fit.totalEffects)) expect(boot.totalEffects[k]?.estimate).toBe(v);
  });
});

describe('bootstrapPls full-sample HTMT and performances vs peers', () => {
  const seminr = loadPeer('seminr').model.fits_tight.path;
  const boot = bootstrapPls(ecsiMobiModel, mobi, { resamples: 20 });

  it('HTMT (absolute convention) equals seminr 2.3.4 to 1e-12', () => {
    for (const [pair, v] of Object.entries(seminr.htmt as Record<string, number>)) close(boot.htmt[pair]?.estimate as number, v, 1e-12);
  });

  it('signed convention equals the assessment htmt (cSEM convention)', () => {
    const signed = bootstrapPls(ecsiMobiModel, mobi, { resamples: 20, htmtConvention: 'signed' });
    const fit = estimatePls(ecsiMobiModel, mobi);
    for (const [pair, v] of Object.entries(htmt(fit, { convention: 'signed' }))) close(signed.htmt[pair]?.estimate as number, v, 1e-12);
    expect(signed.htmtConvention).toBe('signed');
  });

  it('0–100 performances equal the IPMA performance of the seminr reference harness (1e-5: seminr tight vs default tolerance)', () => {
    const perf = (seminr.ipma as { performance: Record<string, number> }).performance;
    for (const [c, v] of Object.entries(perf)) close(boot.performance[c]?.estimate as number, v, 1e-5);
  });
});

describe('bootstrapPls with missing data', () => {
  const cols: Record<string, Float64Array> = Object.create(null);
  for (const it of mobi.items) cols[it] = Float64Array.from(mobi.columns[it] as Float64Array);
  (cols.CUSA1 as Float64Array)[3] = NaN;
  (cols.PERQ2 as Float64Array)[10] = NaN;
  const holes = { ...mobi, columns: cols };

  it('listwise: resamples the complete rows; mean: all rows (after replacement)', () => {
    const lw = bootstrapPls(ecsiMobiModel, holes, { resamples: 30, missing: 'listwise' });
    expect(lw.n).toBe(248);
    expect(lw.paths['CUSA->CUSL']?.estimate).toBe(estimatePls(ecsiMobiModel, holes, { missing: 'listwise' }).pathCoefficients['CUSA->CUSL']);
    const mean = bootstrapPls(ecsiMobiModel, holes, { resamples: 30 });
    expect(mean.n).toBe(250);
    expect(mean.options.missing).toBe('mean');
    expect(mean.paths['CUSA->CUSL']?.estimate).toBe(estimatePls(ecsiMobiModel, holes).pathCoefficients['CUSA->CUSL']);
  });
});
