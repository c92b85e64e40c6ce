import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { formatSummary } from 'csi-analytics';
import { createPoissonBootstrap } from 'csi-analytics';
import { poissonBootstrapPls } from 'csi-analytics';
import { poissonWeight } from 'csi-analytics';
import { momentsOf } from 'csi-analytics';
import { simulateSurvey } from 'csi-analytics';
import type { ModelSpec } from 'csi-analytics';
import { ecsiMobiModel, readJson, loadMobi } from '../helpers/fixtures.js';

// Same design and population truth as test/estimation/bootstrapPls.coverage.test.ts: the population
// PLS path coefficients from test/fixtures/scripts/bootstrap_coverage_population.py (NumPy/SciPy).
const population = readJson<{ populationPaths: Record<string, number> }>('estimation', 'bootstrap-coverage-population.json').populationPaths;
const model: ModelSpec = {
  constructs: [
    { name: 'X', items: ['x1', 'x2', 'x3'], mode: 'A' },
    { name: 'M', items: ['m1', 'm2', 'm3'], mode: 'A' },
    { name: 'Y', items: ['y1', 'y2', 'y3'], mode: 'A' },
  ],
  paths: [
    { from: 'X', to: 'M' },
    { from: 'X', to: 'Y' },
    { from: 'M', to: 'Y' },
  ],
};
const loadings: Record<string, number> = {};
for (const c of ['x', 'm', 'y']) [0.7, 0.8, 0.9].forEach((l, i) => (loadings[`${c}${i + 1}`] = l));

describe('Poisson bootstrap', () => {
  it('weights are Poisson(1): P(0) = P(1) = e⁻¹, mean 1, variance 1 (analytic)', () => {
    const N = 200000;
    let s = 0;
    let s2 = 0;
    let zeros = 0;
    let ones = 0;
    for (let i = 0; i < N; i++) {
      const w = poissonWeight(42, i + 1, i % 7);
      s += w;
      s2 += w * w;
      if (w === 0) zeros++;
      if (w === 1) ones++;
    }
    const mean = s / N;
    const se = Math.sqrt(1 / N);
    expect(Math.abs(mean - 1)).toBeLessThan(4 * se);
    expect(Math.abs(s2 / N - mean * mean - 1)).toBeLessThan(0.02);
    const p0 = Math.exp(-1);
    const sdp = Math.sqrt((p0 * (1 - p0)) / N);
    expect(Math.abs(zeros / N - p0)).toBeLessThan(4 * sdp);
    expect(Math.abs(ones / N - p0)).toBeLessThan(4 * sdp);
  });

  it('the state is identical for any chunking and merges exactly (mobi)', () => {
    const mobi = loadMobi();
    const items = mobi.items;
    const cols = items.map((i) => mobi.columns[i] as Float64Array);
    const shift = items.map(() => 5.5);
    const run = (size: number) => {
      const parts = [createPoissonBootstrap(items, { resamples: 20, seed: 9, shift }), createPoissonBootstrap(items, { resamples: 20, seed: 9, shift })];
      for (let s = 0; s < mobi.n; s += size) {
        const m = Math.min(size, mobi.n - s);
        (parts[s < 120 ? 0 : 1] as ReturnType<typeof createPoissonBootstrap>).add({ rows: m, firstRow: s + 1, columns: cols.map((c) => c.subarray(s, s + m)) });
      }
      parts[0]?.merge(JSON.parse(JSON.stringify(parts[1]?.toJSON())));
      return parts[0]?.toJSON();
    };
    const whole = createPoissonBootstrap(items, { resamples: 20, seed: 9, shift });
    whole.add({ rows: mobi.n, firstRow: 1, columns: cols });
    for (const size of [1, 8, 60]) expect(run(size)).toEqual(whole.toJSON());
    // a replicate equals the moments of the data with row r repeated w_r times
    const rows: number[] = [];
    for (let r = 0; r < mobi.n; r++) for (let k = 0; k < poissonWeight(9, r + 1, 3); k++) rows.push(r);
    const ref = momentsOf(mobi, items, { rows });
    const got = whole.replicate(3);
    expect(got.n).toBe(ref.n);
    for (let i = 0; i < ref.comoments.length; i++) expect(got.comoments[i]).toBeCloseTo(ref.comoments[i] as number, 9);
  });

  it('prints its paths and R² with intervals in the REPL (formatSummary), JSON unchanged', () => {
    const mobi = loadMobi();
    const model = ecsiMobiModel;
    const items = model.constructs.flatMap((c) => c.items);
    const boot = createPoissonBootstrap(items, { resamples: 30, seed: 4 });
    boot.add({ rows: mobi.n, firstRow: 1, columns: items.map((i) => mobi.columns[i] as Float64Array) });
    const r = poissonBootstrapPls(model, momentsOf(mobi, items), boot.toJSON());
    const text = inspect(r);
    expect(text).toBe(formatSummary(r));
    const lines = text.split('\n');
    expect(lines[0]).toBe(`Poisson bootstrap — 30 resamples (${30 - r.failed} fitted), seed 4, 95% intervals`);
    const st = r.paths['CUSA->CUSL']!;
    const row = lines.find((l) => l.trimStart().startsWith('CUSA->CUSL '))!;
    expect(row.trim().split(/\s+/).slice(0, 3)).toEqual(['CUSA->CUSL', st.estimate.toFixed(3), st.se.toFixed(3)]);
    expect(text).toContain(`CUSA ${r.rSquared['CUSA']!.estimate.toFixed(3)} [`);
    expect(Object.keys(JSON.parse(JSON.stringify(r)))).toEqual(['kind', 'resamples', 'seed', 'failed', 'level', 'paths', 'rSquared', 'warnings']);
  });

  it('95% percentile intervals cover the population path at close to 95% (seeded Monte Carlo)', () => {
    const DATASETS = 100;
    const keys = Object.keys(population);
    let hits = 0;
    let trials = 0;
    const items = model.constructs.flatMap((c) => c.items);
    for (let d = 0; d < DATASETS; d++) {
      const data = simulateSurvey(model, { 'X->M': 0.5, 'X->Y': 0.2, 'M->Y': 0.4 }, 200, { seed: 1000 + d, loadings, scale: { min: 1, max: 100 } });
      const boot = createPoissonBootstrap(items, { resamples: 300, seed: d + 1, shift: items.map(() => 50.5) });
      boot.add({ rows: data.n, firstRow: 1, columns: items.map((i) => data.columns[i] as Float64Array) });
      const r = poissonBootstrapPls(model, momentsOf(data, items), boot.toJSON());
      expect(r.failed).toBe(0);
      for (const k of keys) {
        const truth = population[k] as number;
        const s = r.paths[k];
        trials++;
        if ((s?.ci.percentile.lower as number) <= truth && truth <= (s?.ci.percentile.upper as number)) hits++;
      }
    }
    // 300 intervals; binomial SD at 0.95 is 0.0126; accept ±3.5 SD as the existing coverage test does.
    const sd = Math.sqrt((0.95 * 0.05) / trials);
    expect(Math.abs(hits / trials - 0.95), `coverage ${hits / trials}`).toBeLessThanOrEqual(3.5 * sd);
  });
});
