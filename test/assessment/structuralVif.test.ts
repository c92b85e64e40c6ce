import { describe, expect, it } from 'vitest';
import { structuralVif } from 'csi-analytics';
import { readJson } from '../helpers/fixtures.js';
import { expectClose, fitFromPeer, independentMobi, mobiFit } from './helpers.js';

const setB = readJson<{ structuralVif: Record<string, number> }>('assessment', 'seminr-set-b.json');

describe('structuralVif', () => {
  it('matches NumPy OLS on construct scores to 1e-9 and seminr Set B to 6 decimals', () => {
    const v = structuralVif(mobiFit('path'));
    expectClose('structuralVif', 'NumPy', v, independentMobi('seminr', 'path').structural_vif, 1e-9);
    expectClose('structuralVif', 'NumPy centroid (peer-built fit)', structuralVif(fitFromPeer('plspm', 'centroid')), independentMobi('plspm', 'centroid').structural_vif, 1e-9);
    expectClose('structuralVif', 'Set B', v, setB.structuralVif, 5e-7);
    expect(Object.keys(v)).toHaveLength(12);
    expect(v['IMAG->CUEX']).toBe(1);
  });
});
