import { describe, expect, it } from 'vitest';
import { trackPeriods } from 'csi-analytics';
import { buildReport } from 'csi-analytics/report';
import { renderHtml } from 'csi-analytics/report';
import { renderText } from 'csi-analytics/report';
import { summarizeTracking } from 'csi-analytics/report';
import { ecsiMobiModel, loadMobi, readJson } from '../helpers/fixtures.js';
import { cell, compileWarnings } from './helpers.js';

// The tracking statistics are validated against an independent NumPy PLS + SciPy Welch test in
// test/gap/plsGroups.test.ts (test/fixtures/scripts/gap_pls_groups_reference.py); here every
// number in the tables must be the result's own field, unrounded (toBe).
const ref = readJson<{ tracking: { reEstimate: Record<string, { w1: number; change: number }> } }>('gap', 'pls-groups-reference.json');

describe('summarizeTracking: mobi rows 1–125 (w1) vs 126–250 (w2), both weightings', () => {
  const mobi = loadMobi();
  const data = { ...mobi, factorNames: ['wave'], factors: { wave: Array.from({ length: mobi.n }, (_, r) => (r < 125 ? 'w1' : 'w2')) } };
  const tr = trackPeriods(ecsiMobiModel, data, { by: 'wave', weights: 'both', pls: { tolerance: 1e-12, maxIterations: 1000 } });
  const s = summarizeTracking(tr);
  const t = (n: string) => s.tables.find((x) => x.name === n);

  it('copies indices and CIs per method, construct and wave', () => {
    expect(t('indices')?.rows).toHaveLength(2 * tr.constructs.length * 2);
    for (const [method, table] of [['re-estimate', tr.reEstimate!], ['freeze-base', tr.freezeBase!]] as const) {
      for (const c of tr.constructs) {
        for (const w of tr.waves) {
          const x = table.indices[c]![w]!;
          const k = `${method}|${c}|${w}`;
          expect(cell(t('indices'), k, 'index')).toBe(x.index);
          expect(cell(t('indices'), k, 'lower')).toBe(x.ci.lower);
          expect(cell(t('indices'), k, 'upper')).toBe(x.ci.upper);
          expect(cell(t('indices'), k, 'sd')).toBe(x.sd);
          expect(cell(t('indices'), k, 'n')).toBe(x.n);
        }
      }
    }
    // Witness (NumPy fixture): re-estimated CUSA index in w1.
    expect(cell(t('indices'), 're-estimate|CUSA|w1', 'index') as number).toBeCloseTo(ref.tracking.reEstimate.CUSA!.w1, 9);
  });

  it('copies consecutive and vs-base changes with their tests and flags', () => {
    for (const [method, table] of [['re-estimate', tr.reEstimate!], ['freeze-base', tr.freezeBase!]] as const) {
      for (const c of tr.constructs) {
        for (const [comparison, list] of [['consecutive', table.consecutive[c]!], ['vs-base', table.vsBase[c]!]] as const) {
          for (const x of list) {
            const k = `${method}|${c}|${comparison}|${x.from}|${x.to}`;
            expect(cell(t('changes'), k, 'change')).toBe(x.change);
            expect(cell(t('changes'), k, 'se')).toBe(x.se);
            expect(cell(t('changes'), k, 't')).toBe(x.t);
            expect(cell(t('changes'), k, 'df')).toBe(x.df);
            expect(cell(t('changes'), k, 'pValue')).toBe(x.pValue);
            expect(cell(t('changes'), k, 'lower')).toBe(x.ci.lower);
            expect(cell(t('changes'), k, 'upper')).toBe(x.ci.upper);
            expect(cell(t('changes'), k, 'significant')).toBe(x.significant);
          }
        }
      }
    }
    expect(cell(t('changes'), 're-estimate|CUSA|consecutive|w1|w2', 'change') as number).toBeCloseTo(ref.tracking.reEstimate.CUSA!.change, 9);
  });

  it('lists the disagreements between re-estimated and frozen weights', () => {
    const d = t('disagreements');
    // On these halves PERQ changes with p ≈ 0.051 (re-estimated) vs 0.042 (frozen): one disagreement.
    expect(tr.disagreements.map((x) => x.construct)).toEqual(['PERQ']);
    expect(d?.rows).toHaveLength(tr.disagreements.length);
    for (const x of tr.disagreements) {
      const k = `${x.construct}|${x.comparison}|${x.from}|${x.to}`;
      expect(cell(d, k, 'reEstimateChange')).toBe(x.reEstimate.change);
      expect(cell(d, k, 'reEstimateP')).toBe(x.reEstimate.pValue);
      expect(cell(d, k, 'reEstimateSignificant')).toBe(x.reEstimate.significant);
      expect(cell(d, k, 'freezeBaseChange')).toBe(x.freezeBase.change);
      expect(cell(d, k, 'freezeBaseP')).toBe(x.freezeBase.pValue);
      expect(cell(d, k, 'freezeBaseSignificant')).toBe(x.freezeBase.significant);
    }
    expect(s.text).toContain(`${tr.disagreements.length} verdict(s) depend on the weighting`);
  });

  it('draws a trend chart with CI band per weighting method; they compile with vega-lite', () => {
    expect(s.charts.map((c) => c.name)).toEqual(['trend-re-estimate', 'trend-freeze-base']);
    for (const c of s.charts) expect(compileWarnings(c)).toEqual([]);
    const one = summarizeTracking(tr, { chartConstructs: ['CUSA'] }).charts[0]!;
    const values = one.kind === 'vega-lite' ? (one.spec as unknown as { data: { values: { period: string; value: number; lower: number; series: string }[] } }).data.values : [];
    expect(values.map((v) => v.period)).toEqual(['w1', 'w2']);
    expect(values[1]?.value).toBe(tr.reEstimate!.indices.CUSA!.w2!.index);
    expect(values[1]?.lower).toBe(tr.reEstimate!.indices.CUSA!.w2!.ci.lower);
    expect(values[0]?.series).toBe('');
  });

  it('single weighting: no disagreements table, one chart; appears in renderText and renderHtml', async () => {
    const r1 = trackPeriods(ecsiMobiModel, data, { by: 'wave', weights: 're-estimate', constructs: ['CUSA', 'CUSL'] });
    const s1 = summarizeTracking(r1);
    expect(s1.tables.map((x) => x.name)).toEqual(['indices', 'changes']);
    expect(s1.charts).toHaveLength(1);
    const rep = buildReport({ title: 'Tracking', tracking: tr });
    expect(renderText(rep)).toContain('Changes between waves');
    const html = await renderHtml(rep);
    expect(html).toContain('data-section="tracking"');
    expect(html).toContain(`data-key="tracking/indices/re-estimate|CUSA|w1/index" data-kind="index" data-value="${String(tr.reEstimate!.indices.CUSA!.w1!.index)}"`);
  });
});
