import { describe, it } from 'vitest';
import { ave } from 'csi-analytics';
import { loadPeer, readJson } from '../helpers/fixtures.js';
import { expectClose, fitFromPeer, independentMobi, mobiFit, peers, schemes } from './helpers.js';

const setB = readJson<{ ave: Record<string, number> }>('assessment', 'seminr-set-b.json');

describe('ave', () => {
  for (const peer of peers) {
    for (const scheme of schemes) {
      it(`matches ${peer} fits_tight.${scheme} to 1e-9`, () => {
        const ref = loadPeer(peer).model.fits_tight[scheme].ave;
        expectClose('ave', `${peer}/${scheme}`, ave(mobiFit(scheme)), ref, 1e-9);
        expectClose('ave', `${peer}/${scheme} (peer-built fit)`, ave(fitFromPeer(peer, scheme)), ref, 1e-9);
      });
    }
  }
  it('matches seminr Set B and the NumPy computation', () => {
    expectClose('ave', 'Set B', ave(mobiFit('path')), setB.ave, 5e-7);
    expectClose('ave', 'NumPy', ave(fitFromPeer('seminr', 'path')), independentMobi('seminr', 'path').ave, 1e-12);
  });
});
