import { describe, it } from 'vitest';
import { goodnessOfFit } from '../../src/assessment/goodnessOfFit.js';
import { loadPeer } from '../helpers/fixtures.js';
import { expectClose, fitFromPeer, independentMobi, mobiFit, schemes } from './helpers.js';

describe('goodnessOfFit', () => {
  for (const scheme of schemes) {
    it(`matches plspm 0.5.1 GoF, ${scheme}`, () => {
      const f = loadPeer('plspm').model.fits_tight[scheme] as unknown as { extra: { gof: number } };
      expectClose('goodnessOfFit', `plspm/${scheme}`, goodnessOfFit(mobiFit(scheme)), f.extra.gof, 1e-9);
      expectClose('goodnessOfFit', `plspm/${scheme} (peer-built fit)`, goodnessOfFit(fitFromPeer('plspm', scheme)), f.extra.gof, 1e-9);
      expectClose('goodnessOfFit', `NumPy/${scheme}`, goodnessOfFit(fitFromPeer('seminr', scheme)), independentMobi('seminr', scheme).gof, 1e-12);
    });
  }
});
