import { describe, expect, it } from 'vitest';
import { summarizeFit } from 'csi-analytics/report';
import { loadPeer } from '../helpers/fixtures.js';
import { cell, mobiResults } from './helpers.js';

describe('summarizeFit (ECSI/mobi)', () => {
  const { fit } = mobiResults();
  const s = summarizeFit(fit);
  const t = (name: string) => s.tables.find((x) => x.name === name);

  it('copies every path coefficient, R² and effect unrounded from the fit', () => {
    expect(t('paths')?.rows).toHaveLength(12);
    for (const [k, v] of Object.entries(fit.pathCoefficients)) expect(cell(t('paths'), k, 'coefficient')).toBe(v);
    for (const c of fit.endogenous) {
      expect(cell(t('r-squared'), c, 'rSquared')).toBe(fit.rSquared[c]);
      expect(cell(t('r-squared'), c, 'rSquaredAdjusted')).toBe(fit.rSquaredAdjusted[c]);
    }
    for (const [k, v] of Object.entries(fit.totalEffects)) {
      expect(cell(t('effects'), k, 'total')).toBe(v);
      expect(cell(t('effects'), k, 'indirect')).toBe(fit.indirectEffects[k] ?? 0);
    }
  });

  it('copies outer weights and loadings per construct and item', () => {
    expect(t('outer')?.rows).toHaveLength(24);
    for (const [c, items] of Object.entries(fit.outerWeights)) {
      for (const [i, w] of Object.entries(items)) {
        expect(cell(t('outer'), `${c}|${i}`, 'weight')).toBe(w);
        expect(cell(t('outer'), `${c}|${i}`, 'loading')).toBe(fit.loadings[c]?.[i]);
      }
    }
  });

  it('matches the peer numbers it reports (seminr 2.3.4, path scheme) — witness of the values shown', () => {
    const peer = loadPeer('seminr').model.fits.path;
    for (const [k, v] of Object.entries(peer.path_coefficients)) {
      expect(cell(t('paths'), k, 'coefficient') as number).toBeCloseTo(v, 6);
    }
    for (const [c, v] of Object.entries(peer.r_squared)) expect(cell(t('r-squared'), c, 'rSquared') as number).toBeCloseTo(v, 6);
  });

  it('records settings, omits empty missing/warnings tables, and draws the path diagram', () => {
    expect(cell(t('estimation'), 'respondents used (n)', 'value')).toBe(250);
    expect(cell(t('estimation'), 'converged', 'value')).toBe(true);
    expect(t('missing')).toBeUndefined();
    expect(t('warnings')).toBeUndefined();
    expect(s.text).toContain('n = 250');
    expect(s.charts.map((c) => c.kind)).toEqual(['svg']);
    expect(summarizeFit(fit, { diagram: false }).charts).toEqual([]);
    expect(Object.isFrozen(s)).toBe(true);
  });

  it('reports missing data and warnings when present', () => {
    const withMissing = {
      ...fit,
      warnings: [{ kind: 'few_rows' as const, message: 'Item "<CUSA1>" looks odd.' }],
      missing: { ...fit.missing, rowsIn: 260, rowsUsed: 250, rowsDropped: 10, policy: 'listwise' as const, perItem: { CUSA1: { missing: 7, replaced: 0 } } },
    };
    const s2 = summarizeFit(withMissing);
    const m = s2.tables.find((x) => x.name === 'missing');
    expect(cell(m, 'CUSA1', 'missing')).toBe(7);
    expect(m?.notes?.[0]).toContain('250 of 260 rows used, 10 dropped');
    expect(cell(s2.tables.find((x) => x.name === 'warnings'), '1', 'message')).toBe('Item "<CUSA1>" looks odd.');
  });
});
