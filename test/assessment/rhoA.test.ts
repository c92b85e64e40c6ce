import { describe, expect, it } from 'vitest';
import { rhoA } from 'csi-analytics';
import { loadPeer, readJson } from '../helpers/fixtures.js';
import { expectClose, fitFromPeer, independentMobi, mobiFit, satisfactionFit, schemes } from './helpers.js';

const setB = readJson<{ rhoA: Record<string, number> }>('assessment', 'seminr-set-b.json');
const adanco = readJson<{ commonFactorModel: { rhoA: Record<string, number> } }>('assessment', 'adanco-set-g.json');
const satIndep = readJson<{ fits: { modeA_centroid: { rho_A: Record<string, number> } } }>('assessment', 'satisfaction-independent.json');

describe('rhoA (Dijkstra–Henseler)', () => {
  for (const peer of ['seminr', 'csem'] as const) {
    for (const scheme of schemes) {
      it(`matches ${peer} fits_tight.${scheme} to 1e-9`, () => {
        const ref = loadPeer(peer).model.fits_tight[scheme].rho_A;
        expectClose('rhoA', `${peer}/${scheme}`, rhoA(mobiFit(scheme)), ref, 1e-9);
        expectClose('rhoA', `${peer}/${scheme} (peer-built fit)`, rhoA(fitFromPeer(peer, scheme)), ref, 1e-9);
      });
    }
  }
  it('matches seminr Set B (6 decimals) and the NumPy computation', () => {
    expectClose('rhoA', 'Set B', rhoA(mobiFit('path')), setB.rhoA, 5e-7);
    expectClose('rhoA', 'NumPy', rhoA(fitFromPeer('seminr', 'path')), independentMobi('seminr', 'path').rho_A, 1e-12);
  });
  it('matches ADANCO 2.2.1 (Set G, Mode A weights, centroid) and the NumPy PLS', () => {
    const fit = satisfactionFit('A');
    expectClose('rhoA', 'ADANCO Set G', rhoA(fit), adanco.commonFactorModel.rhoA, 5e-7);
    expectClose('rhoA', 'NumPy satisfaction', rhoA(fit), satIndep.fits.modeA_centroid.rho_A, 1e-9);
  });
  it('is 1 for single-item and Mode B blocks (seminr convention)', () => {
    expect(rhoA(mobiFit('path')).CUSCO).toBe(1);
    const b = rhoA(satisfactionFit('B'));
    for (const v of Object.values(b)) expect(v).toBe(1);
  });
});
