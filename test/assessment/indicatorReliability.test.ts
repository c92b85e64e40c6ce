import { describe, expect, it } from 'vitest';
import { indicatorReliability } from 'csi-analytics';
import { loadPeer } from '../helpers/fixtures.js';
import { expectClose, mobiFit, schemes } from './helpers.js';

describe('indicatorReliability (λ²)', () => {
  for (const scheme of schemes) {
    it(`equals the squared seminr/plspm loadings, ${scheme}`, () => {
      for (const peer of ['seminr', 'plspm'] as const) {
        const l = loadPeer(peer).model.fits_tight[scheme].outer_loadings;
        const expected = Object.fromEntries(
          Object.entries(l).map(([c, row]) => [c, Object.fromEntries(Object.entries(row).map(([it, v]) => [it, v * v]))]),
        );
        expectClose('indicatorReliability', `${peer}/${scheme} (squared loadings)`, indicatorReliability(mobiFit(scheme)), expected, 1e-9);
      }
    });
  }
  it('averages to the AVE reported by plspm', () => {
    const rel = indicatorReliability(mobiFit('path'));
    const ref = loadPeer('plspm').model.fits_tight.path.ave;
    for (const [c, row] of Object.entries(rel)) {
      const v = Object.values(row);
      expect(Math.abs(v.reduce((a, b) => a + b, 0) / v.length - (ref[c] as number))).toBeLessThan(1e-9);
    }
  });
});
