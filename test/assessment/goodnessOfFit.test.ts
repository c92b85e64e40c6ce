import { describe, expect, it } from 'vitest';
import { assessModel } from 'csi-analytics';
import { goodnessOfFit } from 'csi-analytics';
import { datasetFromCsv } from 'csi-analytics';
import { likert } from 'csi-analytics';
import { CsiError } from 'csi-analytics';
import { estimatePls } from 'csi-analytics';
import { specifyModel } from 'csi-analytics';
import { loadPeer } from '../helpers/fixtures.js';
import { expectClose, fitFromPeer, independentMobi, mobiFit, schemes } from './helpers.js';

describe('goodnessOfFit', () => {
  for (const scheme of schemes) {
    it(`matches plspm 0.5.1 GoF, ${scheme}`, () => {
      const f = loadPeer('plspm').model.fits_tight[scheme] as unknown as { extra: { gof: number } };
      expectClose('goodnessOfFit', `plspm/${scheme}`, goodnessOfFit(mobiFit(scheme)), f.extra.gof, 1e-9);
      expectClose('goodnessOfFit', `plspm/${scheme} (peer-built fit)`, goodnessOfFit(fitFromPeer('plspm', scheme)), f.extra.gof, 1e-9);
      expectClose('goodnessOfFit', `NumPy/${scheme}`, goodnessOfFit(fitFromPeer('seminr', scheme)), independentMobi('seminr', scheme).gof, 1e-12);
    });
  }

  it('is undefined without a multi-item block: CsiError alone, NaN with a warning in assessModel (found by test/fuzz/model.test.ts)', () => {
    const data = datasetFromCsv('Q1,Q2\n3,4\n7,3\n7,4\n3,5\n4,4\n1,9\n', { defaultScale: likert(1, 10) });
    const fit = estimatePls(specifyModel({ constructs: [{ name: 'A', items: ['Q1'] }, { name: 'B', items: ['Q2'] }], paths: [{ from: 'A', to: 'B' }] }), data);
    expect(() => goodnessOfFit(fit)).toThrow(CsiError);
    expect(() => goodnessOfFit(fit)).toThrow(/only single-item blocks/);
    const a = assessModel(fit);
    expect(a.modelFit.goodnessOfFit).toBeNaN();
    expect(a.warnings.some((w) => w.kind === 'goodness_of_fit')).toBe(true);
  });
});
