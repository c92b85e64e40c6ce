import { describe, expect, it } from 'vitest';
import { impliedCorrelations } from 'csi-analytics';
import { mobiFit } from './helpers.js';

describe('impliedCorrelations', () => {
  const fit = mobiFit('path');
  const sat = impliedCorrelations(fit);
  const est = impliedCorrelations(fit, { structural: 'estimated' });
  const pos = (it: string) => sat.items.indexOf(it);
  const s = (a: string, b: string) => fit.data.correlations[fit.data.items.indexOf(a)]![fit.data.items.indexOf(b)]!;
  it('keeps the within-block correlations and is symmetric', () => {
    expect(sat.items).toHaveLength(24);
    expect(sat.matrix[pos('PERQ1')]![pos('PERQ4')]).toBe(s('PERQ1', 'PERQ4'));
    for (let i = 0; i < 24; i++) for (let j = 0; j < 24; j++) expect(Math.abs(sat.matrix[i]![j]! - sat.matrix[j]![i]!)).toBeLessThan(1e-14);
  });
  it('saturated: between blocks λ_a · r_ij · λ_b with the fit loadings and construct correlations', () => {
    const v = fit.loadings.IMAG!.IMAG1! * fit.constructCorrelations.IMAG!.CUSL! * fit.loadings.CUSL!.CUSL3!;
    expect(Math.abs(sat.matrix[pos('IMAG1')]![pos('CUSL3')]! - v)).toBeLessThan(1e-12);
  });
  it('estimated: exogenous–endogenous correlation implied by a single path (IMAG→CUEX) equals the saturated one', () => {
    // with one predictor, r(IMAG, CUEX) = β = r: both structural models agree on this pair
    expect(Math.abs(est.matrix[pos('IMAG1')]![pos('CUEX1')]! - sat.matrix[pos('IMAG1')]![pos('CUEX1')]!)).toBeLessThan(1e-12);
    // not on pairs without a direct path, e.g. IMAG and CUSCO
    expect(Math.abs(est.matrix[pos('IMAG1')]![pos('CUSCO')]! - sat.matrix[pos('IMAG1')]![pos('CUSCO')]!)).toBeGreaterThan(1e-3);
  });
});
