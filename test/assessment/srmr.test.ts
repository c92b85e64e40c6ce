import { describe, it } from 'vitest';
import { srmr } from 'csi-analytics';
import { expectClose, fitFromPeer, independentMobi, mobiFit, satisfactionFit, schemes } from './helpers.js';
import { adanco, satIndep } from './modelFitRefs.js';

describe('srmr', () => {
  it('matches ADANCO 2.2.1 (Set G, all Mode B, centroid): saturated 0.052505, estimated 0.086076', () => {
    const fit = satisfactionFit('B');
    expectClose('srmr saturated', 'ADANCO Set G', srmr(fit), adanco.compositeModel.saturated.srmr, 5e-7);
    expectClose('srmr estimated', 'ADANCO Set G', srmr(fit, { structural: 'estimated' }), adanco.compositeModel.estimated.srmr, 5e-7);
  });
  it('matches the NumPy computations to 1e-9', () => {
    for (const [mode, key] of [['B', 'modeB_centroid'], ['A', 'modeA_centroid']] as const) {
      const ref = satIndep.fits[key];
      expectClose('srmr saturated', `NumPy satisfaction ${mode}`, srmr(satisfactionFit(mode)), ref.model_fit_saturated.srmr, 1e-9);
      expectClose('srmr estimated', `NumPy satisfaction ${mode}`, srmr(satisfactionFit(mode), { structural: 'estimated' }), ref.model_fit_estimated.srmr, 1e-9);
    }
    for (const scheme of schemes) {
      const ind = independentMobi('seminr', scheme);
      expectClose('srmr saturated', `NumPy mobi/${scheme}`, srmr(mobiFit(scheme)), ind.model_fit_saturated.srmr, 1e-9);
      expectClose('srmr estimated', `NumPy mobi/${scheme}`, srmr(fitFromPeer('seminr', scheme), { structural: 'estimated' }), ind.model_fit_estimated.srmr, 1e-9);
    }
  });
});
