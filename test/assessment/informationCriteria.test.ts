import { describe, expect, it } from 'vitest';
import { informationCriteria } from 'csi-analytics';
import { readJson } from '../helpers/fixtures.js';
import { expectClose, independentMobi, mobiFit } from './helpers.js';

const setB = readJson<{ informationCriteria: Record<string, { aic: number; bic: number }> }>('assessment', 'seminr-set-b.json');

describe('informationCriteria', () => {
  const ic = informationCriteria(mobiFit('path'));
  it('matches seminr Set B AIC/BIC (6 decimals) and NumPy OLS residuals (1e-9)', () => {
    expectClose('informationCriteria', 'Set B', ic, setB.informationCriteria, 5e-7);
    expectClose('informationCriteria', 'NumPy', ic, independentMobi('seminr', 'path').information_criteria, 1e-9);
  });
  it('reports the number of predictors', () => {
    expect(ic.CUSA?.predictors).toBe(4);
    expect(Object.keys(ic)).toEqual(['CUEX', 'PERQ', 'PERV', 'CUSA', 'CUSCO', 'CUSL']);
  });
});
