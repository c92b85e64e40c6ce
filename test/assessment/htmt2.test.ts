import { describe, expect, it } from 'vitest';
import { htmt2 } from 'csi-analytics';
import { loadMobi } from '../helpers/fixtures.js';
import { expectClose, fitFromPeer, independentMobi, itemStatistics, mobiFit } from './helpers.js';

describe('htmt2 (geometric means, Roemer et al. 2021)', () => {
  it('matches the NumPy computation to 1e-12', () => {
    expectClose('htmt2', 'NumPy', htmt2(mobiFit('path')), independentMobi('seminr', 'path').htmt2, 1e-12);
    expectClose('htmt2', 'NumPy (peer-built fit)', htmt2(fitFromPeer('csem', 'factorial')), independentMobi('csem', 'factorial').htmt2, 1e-12);
  });
  it('uses a monotrait mean of 1 for a single-item block (PERV↔CUSCO by hand)', () => {
    const { correlations: r } = itemStatistics(loadMobi(), ['PERV1', 'PERV2', 'CUSCO']);
    const het = Math.sqrt(Math.abs(r[0]![2]!) * Math.abs(r[1]![2]!));
    const expected = het / Math.sqrt(Math.abs(r[0]![1]!) * 1);
    expect(Math.abs((htmt2(mobiFit('path'))['PERV<->CUSCO'] as number) - expected)).toBeLessThan(1e-12);
  });
});
