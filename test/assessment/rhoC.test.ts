import { describe, expect, it } from 'vitest';
import { rhoC } from 'csi-analytics';
import { loadPeer, readJson } from '../helpers/fixtures.js';
import { expectClose, fitFromPeer, independentMobi, mobiFit, schemes } from './helpers.js';

const setB = readJson<{ rhoC: Record<string, number> }>('assessment', 'seminr-set-b.json');

describe('rhoC (composite reliability from PLS loadings)', () => {
  for (const scheme of schemes) {
    it(`matches seminr and cSEM fits_tight.${scheme} to 1e-9`, () => {
      for (const peer of ['seminr', 'csem'] as const) {
        const ref = loadPeer(peer).model.fits_tight[scheme].rho_C;
        expectClose('rhoC', `${peer}/${scheme}`, rhoC(mobiFit(scheme)), ref, 1e-9);
        expectClose('rhoC', `${peer}/${scheme} (peer-built fit)`, rhoC(fitFromPeer(peer, scheme)), ref, 1e-9);
      }
    });
    it(`matches plspm (ρC from its loadings) and cSEM's model-implied ρC, ${scheme}`, () => {
      const pl = loadPeer('plspm').model.fits_tight[scheme] as unknown as { harness_derived: { rho_C_from_plspm_loadings: Record<string, number> } };
      expectClose('rhoC', `plspm/${scheme}`, rhoC(mobiFit(scheme)), pl.harness_derived.rho_C_from_plspm_loadings, 1e-9);
      const cs = loadPeer('csem').model.fits_tight[scheme] as unknown as { extra: { joereskogs_rho_model_implied: Record<string, number> } };
      expectClose('rhoC', `csem model-implied/${scheme}`, rhoC(mobiFit(scheme)), cs.extra.joereskogs_rho_model_implied, 1e-9);
    });
  }
  it('matches seminr Set B and the NumPy computation; single item gives 1', () => {
    expectClose('rhoC', 'Set B', rhoC(mobiFit('path')), setB.rhoC, 5e-7);
    expectClose('rhoC', 'NumPy', rhoC(fitFromPeer('seminr', 'path')), independentMobi('seminr', 'path').rho_C, 1e-12);
    expect(rhoC(mobiFit('path')).CUSCO).toBeCloseTo(1, 14);
  });
});
