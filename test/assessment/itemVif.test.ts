import { describe, expect, it } from 'vitest';
import { itemVif } from 'csi-analytics';
import { readJson } from '../helpers/fixtures.js';
import { expectClose, flatten, independentMobi, mobiFit } from './helpers.js';

const setB = readJson<{ itemVif: Record<string, number> }>('assessment', 'seminr-set-b.json');

describe('itemVif', () => {
  it('matches NumPy least-squares VIFs to 1e-9 and seminr Set B to 6 decimals', () => {
    const v = flatten(itemVif(mobiFit('path')));
    expectClose('itemVif', 'NumPy', v, independentMobi('seminr', 'path').item_vif, 1e-9);
    expectClose('itemVif', 'Set B', v, setB.itemVif, 5e-7);
    expect(v.CUSCO).toBe(1);
  });
  it('is Infinity for perfectly collinear items', () => {
    const fit = JSON.parse(JSON.stringify(mobiFit('path')));
    const i = fit.data.items.indexOf('PERV1');
    const j = fit.data.items.indexOf('PERV2');
    fit.data.correlations[i][j] = 1;
    fit.data.correlations[j][i] = 1;
    expect(itemVif(fit).PERV?.PERV1).toBe(Infinity);
  });
});
