import { describe, expect, it } from 'vitest';
import { estimatePls } from 'csi-analytics';
import { ecsiMobiModel, loadMobi, loadPeer } from '../helpers/fixtures.js';

// Review finding: `estimatePls` silently ignored `dataset.weights`, so a fit of survey-weighted
// data looked like a weighted estimate while its weights, paths and item means were unweighted
// (and `satisfactionIndex(fit, c)` without `{ data }` then gives the unweighted index).
// Witness: R seminr 2.3.4 (unweighted) path coefficients, test/fixtures/peers/ecsi-mobi-seminr.json.
describe('estimatePls with survey weights in the data', () => {
  const mobi = loadMobi();
  const weights = Float64Array.from({ length: mobi.n }, (_, r) => 1 + (r % 3));
  const weighted = { ...mobi, weights };

  it('estimates unweighted (as seminr) and says so in a warning', () => {
    const fit = estimatePls(ecsiMobiModel, weighted, { tolerance: 1e-12, maxIterations: 1000 });
    const ref = loadPeer('seminr').model.fits_tight.path;
    for (const [key, v] of Object.entries(ref.path_coefficients)) {
      expect(Math.abs((fit.pathCoefficients[key] ?? NaN) - v), key).toBeLessThan(1e-9);
    }
    expect(fit.warnings.map((w) => w.kind)).toEqual(['survey_weights_ignored']);
    expect(fit.warnings[0]?.message).toContain('PLS estimation does not use them');
  });

  it('does not warn when the data have no survey weights', () => {
    expect(estimatePls(ecsiMobiModel, mobi).warnings).toEqual([]);
  });
});
