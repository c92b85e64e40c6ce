/** minAnswered larger than a block is capped at the block size, with a warning. */
import { describe, expect, it } from 'vitest';
import { estimatePls } from 'csi-analytics';
import { satisfactionIndex } from 'csi-analytics';
import { ecsiMobiModel, loadMobi, loadPeer } from '../helpers/fixtures.js';

describe('minAnswered cap', () => {
  it('a single-item construct with minAnswered 2 still scores everyone (seminr IPMA performance)', () => {
    const data = loadMobi();
    const fit = estimatePls(ecsiMobiModel, data, { tolerance: 1e-12, maxIterations: 1000 });
    const r = satisfactionIndex(fit, 'CUSCO', { data, minAnswered: 2 });
    // CUSCO's index = POMP of its single item mean (seminr IPMA performance 67.4222…)
    expect(r.index).toBeCloseTo(loadPeer('seminr').model.fits_tight.path.ipma?.performance['CUSCO'] ?? NaN, 9);
    expect(r.warnings.map((w) => w.kind)).toContain('min_answered_capped');
  });
});
