import { describe, expect, it } from 'vitest';
import { cronbachAlpha } from 'csi-analytics';
import { loadPeer, readJson } from '../helpers/fixtures.js';
import { expectClose, fitFromPeer, independentMobi, mobiFit, peers, satisfactionFit, schemes } from './helpers.js';

const setB = readJson<{ alpha: Record<string, number> }>('assessment', 'seminr-set-b.json');
const adanco = readJson<{ commonFactorModel: { alpha: Record<string, number> } }>('assessment', 'adanco-set-g.json');

describe('cronbachAlpha (standardized, on item correlations)', () => {
  for (const peer of peers) {
    for (const scheme of schemes) {
      it(`matches ${peer} fits_tight.${scheme} to 1e-9 (own fit and peer-built fit)`, () => {
        const ref = loadPeer(peer).model.fits_tight[scheme].cronbach_alpha;
        // cSEM reports NaN (null) for the single-item CUSCO; seminr/plspm report 1 — we follow seminr.
        const expected = Object.fromEntries(Object.entries(ref).filter(([, v]) => v !== null)) as Record<string, number>;
        expectClose('cronbachAlpha', `${peer}/${scheme}`, cronbachAlpha(mobiFit(scheme)), expected, 1e-9);
        expectClose('cronbachAlpha', `${peer}/${scheme} (peer-built fit)`, cronbachAlpha(fitFromPeer(peer, scheme)), expected, 1e-9);
      });
    }
  }
  it('gives 1 for the single-item CUSCO (seminr, plspm; cSEM NaN)', () => {
    expect(loadPeer('seminr').model.fits_tight.path.cronbach_alpha.CUSCO).toBe(1);
    expect(loadPeer('csem').model.fits_tight.path.cronbach_alpha.CUSCO).toBeNull();
    expect(cronbachAlpha(mobiFit('path')).CUSCO).toBe(1);
  });
  it('matches the NumPy computation to 1e-12', () => {
    expectClose('cronbachAlpha', 'NumPy', cronbachAlpha(mobiFit('path')), independentMobi('seminr', 'path').alpha, 1e-12);
  });
  it('matches seminr Set B (6 decimals)', () => {
    expectClose('cronbachAlpha', 'Set B', cronbachAlpha(mobiFit('path')), setB.alpha, 5e-7);
  });
  it('matches ADANCO 2.2.1 on satisfaction (Set G, 6 decimals)', () => {
    expectClose('cronbachAlpha', 'ADANCO Set G', cronbachAlpha(satisfactionFit('A')), adanco.commonFactorModel.alpha, 5e-7);
  });
  it('returns a frozen, prototype-free record', () => {
    const a = cronbachAlpha(mobiFit('path'));
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.getPrototypeOf(a)).toBeNull();
  });
});
