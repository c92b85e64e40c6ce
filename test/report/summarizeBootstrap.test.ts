import { describe, expect, it } from 'vitest';
import { bootstrapPls } from 'csi-analytics';
import { buildReport } from 'csi-analytics/report';
import { renderHtml } from 'csi-analytics/report';
import { renderText } from 'csi-analytics/report';
import { summarizeBootstrap } from 'csi-analytics/report';
import { ecsiMobiModel, loadMobi, loadPeer } from '../helpers/fixtures.js';
import { cell, mobiResults, compileWarnings } from './helpers.js';

// bootstrapPls is validated against seminr/cSEM and independent computations in
// test/estimation/bootstrapPls.*.test.ts; here every number in the tables must be the result's
// own field, unrounded (toBe). 200 resamples keep the test fast.
describe('summarizeBootstrap: ECSI/mobi, 200 resamples', () => {
  const boot = bootstrapPls(ecsiMobiModel, loadMobi(), { resamples: 200, seed: 11, indirect: [['CUEX', 'PERQ', 'CUSA']], signChange: 'individual' });
  const s = summarizeBootstrap(boot);
  const t = (n: string) => s.tables.find((x) => x.name === n);
  const same = (table: string, key: string, st: { estimate: number; bootMean: number; bias: number; se: number; t: number; p: number; lower: number; upper: number; draws: number }, withT = true): void => {
    const tb = t(table);
    expect(cell(tb, key, 'estimate')).toBe(st.estimate);
    expect(cell(tb, key, 'bootMean')).toBe(st.bootMean);
    expect(cell(tb, key, 'bias')).toBe(st.bias);
    expect(cell(tb, key, 'se')).toBe(st.se);
    if (withT) {
      expect(cell(tb, key, 't')).toBe(st.t);
      expect(cell(tb, key, 'p')).toBe(st.p);
    }
    expect(cell(tb, key, 'lower')).toBe(st.lower);
    expect(cell(tb, key, 'upper')).toBe(st.upper);
    expect(cell(tb, key, 'draws')).toBe(st.draws);
  };

  it('copies paths, total/indirect/specific indirect effects and R²', () => {
    expect(t('paths')?.rows).toHaveLength(Object.keys(boot.paths).length);
    for (const [k, st] of Object.entries(boot.paths)) same('paths', k, st);
    for (const [k, st] of Object.entries(boot.totalEffects)) same('effects', `total|${k}`, st);
    for (const [k, st] of Object.entries(boot.indirectEffects)) same('effects', `indirect|${k}`, st);
    expect(Object.keys(boot.specificIndirectEffects)).toEqual(['CUEX->PERQ->CUSA']);
    for (const [k, st] of Object.entries(boot.specificIndirectEffects)) same('effects', `specific indirect|${k}`, st);
    for (const [k, st] of Object.entries(boot.rSquared)) same('r-squared', k, st, false);
    // Witness: the estimates shown are the full-sample PLS estimates (seminr 2.3.4, path scheme).
    const peer = loadPeer('seminr').model.fits.path.path_coefficients;
    for (const [k, v] of Object.entries(peer)) expect(cell(t('paths'), k, 'estimate') as number).toBeCloseTo(v, 6);
    expect(cell(t('paths'), 'CUSA->CUSL', 'estimate')).toBe(mobiResults().fit.pathCoefficients['CUSA->CUSL']);
    expect(t('paths')?.columns.find((c) => c.key === 'lower')?.label).toBe('95% percentile lower');
  });

  it('copies outer weights and loadings, HTMT and construct performance', () => {
    expect(t('outer')?.rows).toHaveLength(48);
    for (const [c, items] of Object.entries(boot.outerWeights)) {
      for (const [i, st] of Object.entries(items)) {
        same('outer', `${c}|${i}|weight`, st);
        same('outer', `${c}|${i}|loading`, boot.loadings[c]![i]!);
      }
    }
    expect(t('htmt')?.rows).toHaveLength(21);
    for (const [k, st] of Object.entries(boot.htmt)) same('htmt', k, st, false);
    expect(t('performance')?.rows).toHaveLength(7);
    for (const [k, st] of Object.entries(boot.performance)) same('performance', k, st, false);
    expect(t('performance')?.columns.find((c) => c.key === 'estimate')?.kind).toBe('index');
  });

  it('records resamples, failures, seed and sign-change option in the settings and the text', () => {
    expect(cell(t('settings'), 'resamples', 'value')).toBe(200);
    expect(cell(t('settings'), 'valid resamples', 'value')).toBe(boot.valid);
    expect(cell(t('settings'), 'failed: singular', 'value')).toBe(boot.failed.singular);
    expect(cell(t('settings'), 'failed: not converged', 'value')).toBe(boot.failed.nonConverged);
    expect(cell(t('settings'), 'seed', 'value')).toBe(11);
    expect(cell(t('settings'), 'sign-change correction', 'value')).toBe('individual');
    const failed = boot.failed.singular + boot.failed.nonConverged;
    expect(s.text).toContain(`${boot.valid} valid, ${failed} failed`);
    expect(s.text).toContain('seed 11');
    expect(s.text).toContain('sign-change correction: individual');
  });

  it('another interval type takes its bounds from ci[…]', () => {
    const b = summarizeBootstrap(boot, { interval: 'bca', outer: false, diagram: false });
    const paths = b.tables.find((x) => x.name === 'paths');
    for (const [k, st] of Object.entries(boot.paths)) {
      expect(cell(paths, k, 'lower')).toBe(st.ci.bca.lower);
      expect(cell(paths, k, 'upper')).toBe(st.ci.bca.upper);
    }
    expect(paths?.columns.find((c) => c.key === 'upper')?.label).toBe('95% BCa upper');
    expect(b.tables.find((x) => x.name === 'outer')).toBeUndefined();
    expect(b.charts.map((c) => c.name)).toEqual(['bootstrap-paths', 'bootstrap-performance']);
  });

  it('charts: path intervals, performance bars with CIs (vega-lite compiles) and the path diagram with stars', () => {
    expect(s.charts.map((c) => c.name)).toEqual(['bootstrap-paths', 'bootstrap-performance', 'bootstrap-diagram']);
    for (const c of s.charts) expect(compileWarnings(c)).toEqual([]);
    const perf = s.charts[1]!;
    const values = perf.kind === 'vega-lite' ? (perf.spec as unknown as { data: { values: { label: string; value: number; lower: number; upper: number }[] } }).data.values : [];
    const cusa = values.find((v) => v.label === 'CUSA');
    expect(cusa?.value).toBe(boot.performance.CUSA!.estimate);
    expect(cusa?.lower).toBe(boot.performance.CUSA!.lower);
    const diagram = s.charts[2]!;
    expect(diagram.kind).toBe('svg');
    if (diagram.kind === 'svg') expect(diagram.svg).toContain('***');
  });

  it('appears in buildReport after the fit, in renderText and renderHtml', async () => {
    const rep = buildReport({ title: 'Bootstrap', fit: mobiResults().fit, bootstrap: boot });
    expect(rep.sections.map((x) => x.name)).toEqual(['fit', 'bootstrap']);
    expect(renderText(rep)).toContain('Bootstrap inference');
    const html = await renderHtml(rep);
    expect(html).toContain('data-section="bootstrap"');
    expect(html).toContain(`data-key="bootstrap/paths/CUSA-&gt;CUSL/se" data-kind="number" data-value="${String(boot.paths['CUSA->CUSL']!.se)}"`);
  });
});
