import { describe, expect, it } from 'vitest';
import { bootstrapPls } from 'csi-analytics';
import { simulateSurvey } from 'csi-analytics';
import type { ModelSpec } from 'csi-analytics';
import { readJson } from '../helpers/fixtures.js';

// True values: the population PLS-PM path coefficients of this model (the PLS fixed point on the
// population correlation matrix of the discretised items), computed independently with NumPy
// 2.4.6 / SciPy 1.17.1 by test/fixtures/scripts/bootstrap_coverage_population.py.
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

describe('bootstrap interval coverage (seeded Monte Carlo)', () => {
  it('percentile and BCa 95% intervals cover the population path at close to 95%', () => {
    const DATASETS = 100;
    const keys = Object.keys(population);
    const hits = { percentile: 0, bca: 0 };
    let trials = 0;
    for (let d = 0; d < DATASETS; d++) {
      const data = simulateSurvey(model, { 'X->M': 0.5, 'X->Y': 0.2, 'M->Y': 0.4 }, 200, { seed: 1000 + d, loadings, scale: { min: 1, max: 100 } });
      const boot = bootstrapPls(model, data, { resamples: 500, seed: d + 1 });
      expect(boot.failed).toEqual({ singular: 0, nonConverged: 0 });
      for (const k of keys) {
        const truth = population[k] as number;
        const s = boot.paths[k];
        trials++;
        if ((s?.ci.percentile.lower as number) <= truth && truth <= (s?.ci.percentile.upper as number)) hits.percentile++;
        if ((s?.ci.bca.lower as number) <= truth && truth <= (s?.ci.bca.upper as number)) hits.bca++;
      }
    }
    // 300 intervals per method; binomial SD of the coverage at 0.95 is √(0.95·0.05/300) = 0.0126.
    // Accept 0.95 ± 3.5 SD (±0.044); a biased/too-narrow interval (e.g. SE off by 25%) fails.
    const sd = Math.sqrt((0.95 * 0.05) / trials);
    for (const m of ['percentile', 'bca'] as const) {
      const coverage = hits[m] / trials;
      expect(Math.abs(coverage - 0.95), `${m} coverage ${coverage}`).toBeLessThanOrEqual(3.5 * sd);
    }
  });
});
