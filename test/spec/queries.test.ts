import { describe, expect, it } from 'vitest';
import { constructNames } from 'csi-analytics';
import { endogenous } from 'csi-analytics';
import { exogenous } from 'csi-analytics';
import { itemsOf } from 'csi-analytics';
import { predecessors } from 'csi-analytics';
import { specifyModel } from 'csi-analytics';
import { successors } from 'csi-analytics';
import { topologicalOrder } from 'csi-analytics';
import { ecsiMobiModel, loadMobi, loadPeer } from '../helpers/fixtures.js';

const ecsi = specifyModel(ecsiMobiModel);
const peer = loadPeer('seminr').model.fits_tight.path;

describe('model queries on the ECSI model', () => {
  it('constructNames in declaration order (= the peer outer-weight blocks)', () => {
    expect(constructNames(ecsi)).toEqual(Object.keys(peer.outer_weights));
  });

  it('endogenous constructs are exactly those with an R² in the peer output', () => {
    expect([...endogenous(ecsi)].sort()).toEqual(Object.keys(peer.r_squared).sort());
    expect(exogenous(ecsi)).toEqual(['IMAG']);
  });

  it('predecessors/successors match the peer path-coefficient keys', () => {
    const keys = Object.keys(peer.path_coefficients);
    for (const c of constructNames(ecsi)) {
      expect([...predecessors(ecsi, c)].sort()).toEqual(keys.filter((k) => k.endsWith(`->${c}`)).map((k) => k.split('->')[0]).sort());
      expect([...successors(ecsi, c)].sort()).toEqual(keys.filter((k) => k.startsWith(`${c}->`)).map((k) => k.split('->')[1]).sort());
    }
    expect(predecessors(ecsi, 'CUSA')).toEqual(['IMAG', 'CUEX', 'PERQ', 'PERV']);
    expect(successors(ecsi, 'CUSA')).toEqual(['CUSCO', 'CUSL']);
    expect(predecessors(ecsi, 'IMAG')).toEqual([]);
  });

  it('topologicalOrder puts the source of every total effect before its target', () => {
    const order = topologicalOrder(ecsi);
    expect(order).toEqual(['IMAG', 'CUEX', 'PERQ', 'PERV', 'CUSA', 'CUSCO', 'CUSL']);
    for (const key of Object.keys(peer.total_effects)) {
      const [from, to] = key.split('->') as [string, string];
      expect(order.indexOf(from)).toBeLessThan(order.indexOf(to));
    }
  });

  it('topologicalOrder reorders constructs declared out of causal order, ties in declaration order', () => {
    const m = specifyModel({
      constructs: [
        { name: 'LOY', items: ['l'] },
        { name: 'SAT', items: ['s'] },
        { name: 'Q2', items: ['q2'] },
        { name: 'Q1', items: ['q1'] },
      ],
      paths: [
        { from: 'SAT', to: 'LOY' },
        { from: 'Q1', to: 'SAT' },
        { from: 'Q2', to: 'SAT' },
      ],
    });
    expect(topologicalOrder(m)).toEqual(['Q2', 'Q1', 'SAT', 'LOY']);
  });

  it('itemsOf lists the 24 mobi columns, or one block', () => {
    expect([...itemsOf(ecsi)].sort()).toEqual([...loadMobi().items].sort());
    expect(itemsOf(ecsi).slice(0, 6)).toEqual(['IMAG1', 'IMAG2', 'IMAG3', 'IMAG4', 'IMAG5', 'CUEX1']);
    expect(itemsOf(ecsi, 'CUSCO')).toEqual(['CUSCO']);
  });

  it('unknown construct names get a suggestion', () => {
    expect(() => predecessors(ecsi, 'CUSAA')).toThrow('The model has no construct "CUSAA". Did you mean "CUSA"?');
    expect(() => itemsOf(ecsi, 'satisfaction')).toThrow(
      'The model has no construct "satisfaction". Constructs: IMAG, CUEX, PERQ, PERV, CUSA, CUSCO, CUSL.',
    );
  });
});
