import { describe, expect, it } from 'vitest';
import { summarizeAssessment } from 'csi-analytics/report';
import { loadPeer } from '../helpers/fixtures.js';
import { cell, mobiResults } from './helpers.js';

describe('summarizeAssessment (ECSI/mobi)', () => {
  const { assessment: a } = mobiResults();
  const s = summarizeAssessment(a);
  const t = (name: string) => s.tables.find((x) => x.name === name);

  it('copies reliability values unrounded and summarises verdicts', () => {
    for (const c of a.constructs) {
      expect(cell(t('reliability'), c, 'cronbachAlpha')).toBe(a.reliability.cronbachAlpha.values[c]?.value);
      expect(cell(t('reliability'), c, 'rhoA')).toBe(a.reliability.rhoA.values[c]?.value);
      expect(cell(t('reliability'), c, 'rhoC')).toBe(a.reliability.rhoC.values[c]?.value);
      expect(cell(t('reliability'), c, 'ave')).toBe(a.reliability.ave.values[c]?.value);
    }
    // CUEX: α 0.452, ρA 0.462 < 0.7 and AVE 0.480 < 0.5 (seminr 2.3.4) → fail on those three.
    expect(cell(t('reliability'), 'CUEX', 'verdict')).toBe('fail: α, ρA, AVE');
    expect(cell(t('reliability'), 'PERQ', 'verdict')).toBe('pass');
    expect(cell(t('reliability'), 'CUSCO', 'verdict')).toBe('not-applicable');
    expect(t('reliability')?.notes?.[0]).toContain('Hair');
  });

  it('agrees with the peer values it shows (seminr 2.3.4)', () => {
    const peer = loadPeer('seminr').model.fits.path;
    for (const [c, v] of Object.entries(peer.rho_C)) expect(cell(t('reliability'), c, 'rhoC') as number).toBeCloseTo(v, 6);
    for (const [p, v] of Object.entries(peer.htmt ?? {})) expect(cell(t('htmt'), p, 'htmt') as number).toBeCloseTo(v, 6);
  });

  it('copies HTMT, VIF, f², R² and fit indices', () => {
    for (const [p, j] of Object.entries(a.discriminantValidity.htmt.values)) {
      expect(cell(t('htmt'), p, 'htmt')).toBe(j.value);
      expect(cell(t('htmt'), p, 'htmt2')).toBe(a.discriminantValidity.htmt2.values[p]?.value);
    }
    for (const [p, j] of Object.entries(a.collinearity.structuralVif.values)) expect(cell(t('structural'), p, 'vif')).toBe(j.value);
    for (const [p, f] of Object.entries(a.structural.fSquared?.values ?? {})) {
      expect(cell(t('structural'), p, 'fSquared')).toBe(f.value);
      expect(cell(t('structural'), p, 'size')).toBe(f.size);
    }
    for (const [c, items] of Object.entries(a.collinearity.itemVif.values)) {
      for (const [i, j] of Object.entries(items)) expect(cell(t('indicator-reliability'), `${c}|${i}`, 'itemVif')).toBe(j.value);
    }
    expect(cell(t('model-fit'), 'SRMR', 'estimated')).toBe(a.modelFit.estimated.srmr.value);
    expect(cell(t('model-fit'), 'SRMR', 'saturated')).toBe(a.modelFit.saturated.srmr.value);
    expect(cell(t('model-fit'), 'SRMR', 'verdict')).toBe(a.modelFit.estimated.srmr.status);
    expect(cell(t('gof'), 'GoF', 'value')).toBe(a.modelFit.goodnessOfFit);
    expect(cell(t('r-squared'), 'CUSA', 'aic')).toBe(a.structural.informationCriteria['CUSA']?.aic);
    expect(t('warnings')?.rows).toHaveLength(a.warnings.length);
  });

  it('drops the detailed discriminant tables on request', () => {
    const names = summarizeAssessment(a, { detailed: false }).tables.map((x) => x.name);
    expect(names).not.toContain('fornell-larcker');
    expect(names).not.toContain('cross-loadings');
  });
});
