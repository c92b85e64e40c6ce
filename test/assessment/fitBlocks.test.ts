import { describe, expect, it } from 'vitest';
import { fitBlocks } from '../../src/assessment/fitBlocks.js';
import { CsiError } from 'csi-analytics';
import { mobiFit } from './helpers.js';

describe('fitBlocks (input validation of every assessment metric)', () => {
  it('orders items block by block and reads construct correlations', () => {
    const b = fitBlocks(mobiFit('path'));
    expect(b.items.slice(0, 6)).toEqual(['IMAG1', 'IMAG2', 'IMAG3', 'IMAG4', 'IMAG5', 'CUEX1']);
    expect(b.endogenous).toEqual(['CUEX', 'PERQ', 'PERV', 'CUSA', 'CUSCO', 'CUSL']);
    expect(b.predecessors.CUSA).toEqual(['IMAG', 'CUEX', 'PERQ', 'PERV']);
  });
  it('collects every missing number into one CsiError naming item and construct', () => {
    const fit = JSON.parse(JSON.stringify(mobiFit('path')));
    delete fit.outerWeights.PERV.PERV2;
    fit.loadings.CUSA.CUSA1 = null;
    fit.data.items = fit.data.items.map((it: string) => (it === 'CUSL3' ? 'CUSL_3' : it));
    try {
      fitBlocks(fit);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CsiError);
      const err = e as CsiError;
      expect(err.code).toBe('INVALID_DATA');
      expect(err.issues.map((i) => i.item)).toEqual(['PERV2', 'CUSA1', 'CUSL3']);
      expect(err.issues[0]?.message).toMatch(/Outer weight of item "PERV2" in construct "PERV"/);
    }
  });
});
