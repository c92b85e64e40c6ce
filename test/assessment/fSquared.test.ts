import { describe, expect, it } from 'vitest';
import { fSquared, modelWithoutPath } from '../../src/assessment/fSquared.js';
import { readJson } from '../helpers/fixtures.js';
import { ecsiMobiModel } from '../helpers/fixtures.js';
import { expectClose, mobiFit, satisfactionFit } from './helpers.js';

const setB = readJson<{ fSquared: Record<string, number> }>('assessment', 'seminr-set-b.json');
const adanco = readJson<{ compositeModel: { fSquared: Record<string, number> } }>('assessment', 'adanco-set-g.json');
type Indep = { f_squared_regression: Record<string, number>; f_squared_reestimate: Record<string, number> };
const satIndep = readJson<{ fits: { modeB_centroid: Indep; modeA_centroid: Indep } }>('assessment', 'satisfaction-independent.json');

describe('fSquared', () => {
  it('re-estimation matches seminr Set B (path scheme, 6 decimals)', () => {
    expectClose('fSquared reestimate', 'Set B', fSquared(mobiFit('path')), setB.fSquared, 5e-7);
  });
  it('regression variant matches ADANCO 2.2.1 (Set G, Mode B, centroid, 6 decimals)', () => {
    expectClose('fSquared regression', 'ADANCO Set G', fSquared(satisfactionFit('B'), { method: 'regression' }), adanco.compositeModel.fSquared, 5e-7);
  });
  it('both variants match the NumPy PLS on satisfaction (Mode B and Mode A) to 1e-9', () => {
    for (const [mode, ref] of [['B', satIndep.fits.modeB_centroid], ['A', satIndep.fits.modeA_centroid]] as const) {
      const fit = satisfactionFit(mode);
      expectClose('fSquared regression', `NumPy satisfaction Mode ${mode}`, fSquared(fit, { method: 'regression' }), ref.f_squared_regression, 1e-9);
      expectClose('fSquared reestimate', `NumPy satisfaction Mode ${mode}`, fSquared(fit), ref.f_squared_reestimate, 1e-9);
    }
  });
  it('works on a fit that went through JSON', () => {
    const fit = mobiFit('path');
    const copy = JSON.parse(JSON.stringify(fit));
    expect(fSquared(copy)).toEqual(fSquared(fit));
  });
  it('is R²/(1 − R²) when the target has a single predictor', () => {
    const fit = mobiFit('path');
    const r2 = fit.rSquared.CUEX as number;
    expect(fSquared(fit)['IMAG->CUEX']).toBeCloseTo(r2 / (1 - r2), 14);
  });
  it('drops constructs left without paths from the reduced model', () => {
    const m = modelWithoutPath(ecsiMobiModel, 'CUSA', 'CUSCO');
    expect(m.paths).toHaveLength(11);
    expect(m.constructs.map((c) => c.name)).toContain('CUSCO'); // still on CUSCO->CUSL
    const m2 = modelWithoutPath({ constructs: ecsiMobiModel.constructs.slice(0, 2), paths: [{ from: 'IMAG', to: 'CUEX' }] }, 'IMAG', 'CUEX');
    expect(m2.constructs).toHaveLength(0);
  });
});
