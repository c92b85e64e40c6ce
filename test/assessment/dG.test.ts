import { describe, expect, it } from 'vitest';
import { dG } from 'csi-analytics';
import { CsiError } from 'csi-analytics';
import { expectClose, independentMobi, mobiFit, satisfactionFit, schemes } from './helpers.js';
import { adanco, satIndep } from './modelFitRefs.js';

describe('dG', () => {
  it('matches ADANCO 2.2.1 with log10 (Set G): saturated 0.860047, estimated 0.972905', () => {
    const fit = satisfactionFit('B');
    expectClose('dG saturated (log10)', 'ADANCO Set G', dG(fit), adanco.compositeModel.saturated.dG, 5e-7);
    expectClose('dG estimated (log10)', 'ADANCO Set G', dG(fit, { structural: 'estimated' }), adanco.compositeModel.estimated.dG, 5e-7);
  });
  it('natural-log variant gives 4.559884 on the saturated Set G model (reference-values §9)', () => {
    expect(dG(satisfactionFit('B'), { log: 'ln' })).toBeCloseTo(4.559884, 6);
  });
  it('matches the NumPy computations (log10 and ln) to 1e-9', () => {
    for (const [mode, key] of [['B', 'modeB_centroid'], ['A', 'modeA_centroid']] as const) {
      const ref = satIndep.fits[key];
      const fit = satisfactionFit(mode);
      expectClose('dG saturated (log10)', `NumPy satisfaction ${mode}`, dG(fit), ref.model_fit_saturated.d_g_log10, 1e-9);
      expectClose('dG estimated (log10)', `NumPy satisfaction ${mode}`, dG(fit, { structural: 'estimated' }), ref.model_fit_estimated.d_g_log10, 1e-9);
      expectClose('dG saturated (ln)', `NumPy satisfaction ${mode}`, dG(fit, { log: 'ln' }), ref.model_fit_saturated.d_g_ln, 1e-9);
    }
    for (const scheme of schemes) {
      const ind = independentMobi('seminr', scheme);
      expectClose('dG saturated (log10)', `NumPy mobi/${scheme}`, dG(mobiFit(scheme)), ind.model_fit_saturated.d_g_log10, 1e-9);
      expectClose('dG estimated (ln)', `NumPy mobi/${scheme}`, dG(mobiFit(scheme), { structural: 'estimated', log: 'ln' }), ind.model_fit_estimated.d_g_ln, 1e-9);
    }
  });
  it('throws SINGULAR naming an item when the item correlations are singular', () => {
    const fit = JSON.parse(JSON.stringify(mobiFit('path')));
    const i = fit.data.items.indexOf('PERV1');
    const j = fit.data.items.indexOf('PERV2');
    for (let k = 0; k < fit.data.items.length; k++) {
      fit.data.correlations[j][k] = fit.data.correlations[i][k];
      fit.data.correlations[k][j] = fit.data.correlations[k][i];
    }
    fit.data.correlations[j][j] = 1;
    expect(() => dG(fit)).toThrow(CsiError);
    expect(() => dG(fit)).toThrow(/PERV2/);
  });
});
