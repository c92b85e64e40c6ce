import { describe, expect, it } from 'vitest';
import { importancePerformance, type IpaAttribute } from 'csi-analytics';
import { buildReport } from 'csi-analytics/report';
import { renderHtml } from 'csi-analytics/report';
import { renderText } from 'csi-analytics/report';
import { summarizeImportancePerformance } from 'csi-analytics/report';
import { readJson } from '../helpers/fixtures.js';
import { loadKiosk } from '../gap/helpers/kiosk.js';
import { cell, compileWarnings } from './helpers.js';

// importancePerformance is validated against NumPy 2.4.6 / SciPy 1.17.1 in
// test/gap/importancePerformance.test.ts (test/fixtures/scripts/gap_kiosk_reference.py); here
// every number in the tables must be the result's own field, unrounded (toBe).
const ref = readJson<{ ipa: { importance: number[]; mean: { x: number; quadrants: string[] } } }>('gap', 'kiosk-reference.json').ipa;

describe('summarizeImportancePerformance: kiosk survey, 24 attributes on 1–7', () => {
  const { data } = loadKiosk();
  const attrs: Record<string, IpaAttribute> = {};
  for (let k = 1; k <= 24; k++) attrs[String(k)] = { importance: data.columns[`I${k}`]!, performance: data.columns[`S${k}`]! };
  const ipa = importancePerformance(attrs, { min: 1, max: 7 });
  const s = summarizeImportancePerformance(ipa);
  const t = (n: string) => s.tables.find((x) => x.name === n);

  it('copies importance, performance, quadrant, iso-priority distance and rank', () => {
    expect(t('attributes')?.rows).toHaveLength(24);
    ipa.order.forEach((a, i) => {
      const p = ipa.attributes[a]!;
      expect(cell(t('attributes'), a, 'importance')).toBe(p.importance);
      expect(cell(t('attributes'), a, 'performance')).toBe(p.performance);
      expect(cell(t('attributes'), a, 'performance100')).toBe(p.performance100);
      expect(cell(t('attributes'), a, 'quadrant')).toBe(p.quadrant);
      expect(cell(t('attributes'), a, 'quadrantLabel')).toBe(p.quadrantLabel);
      expect(cell(t('attributes'), a, 'isoPriorityDistance')).toBe(p.isoPriorityDistance);
      expect(cell(t('attributes'), a, 'nImportance')).toBe(p.nImportance);
      expect(cell(t('attributes'), a, 'nPerformance')).toBe(p.nPerformance);
      const rank = ipa.isoPriorityRanking.indexOf(a);
      expect(cell(t('attributes'), a, 'isoPriorityRank')).toBe(rank >= 0 ? rank + 1 : null);
      // Witness (NumPy fixture).
      expect(cell(t('attributes'), a, 'importance') as number).toBeCloseTo(ref.importance[i]!, 12);
      expect(cell(t('attributes'), a, 'quadrant')).toBe(ref.mean.quadrants[i]);
    });
    expect(cell(t('crosshairs'), 'importance', 'cut')).toBe(ipa.crosshair.importance);
    expect(cell(t('crosshairs'), 'performance', 'cut')).toBe(ipa.crosshair.performance);
    expect(cell(t('crosshairs'), 'importance', 'method')).toBe('mean');
  });

  it('scatter with crosshairs at the result’s cuts; compiles with vega-lite', () => {
    expect(s.charts.map((c) => c.name)).toEqual(['ipa-grid']);
    const c = s.charts[0]!;
    expect(compileWarnings(c)).toEqual([]);
    const layers = c.kind === 'vega-lite' ? (c.spec as unknown as { layer: { data?: { values: Record<string, number | string>[] } }[] }).layer : [];
    const rules = layers.slice(4, 6).map((l) => l.data?.values[0]);
    const cut100 = (100 * (ipa.crosshair.performance - 1)) / 6;
    expect(rules).toEqual([{ importance: ipa.crosshair.importance }, { performance: cut100 }]);
    const pts = layers[6]?.data?.values ?? [];
    expect(pts.find((p) => p.label === '1')?.performance).toBe(ipa.attributes['1']!.performance100);
    // Every point sits in the quadrant the table gives it.
    for (const p of pts) {
      const a = ipa.attributes[String(p.label)]!;
      expect((p.importance as number) >= ipa.crosshair.importance).toBe(a.quadrant === 'I' || a.quadrant === 'II');
      expect((p.performance as number) >= cut100).toBe(a.quadrant === 'II' || a.quadrant === 'IV');
    }
  });

  it('derived importance: no iso-priority columns, warning table for the mid-point', () => {
    const d = importancePerformance(attrs, { min: 1, max: 7 }, { importance: 'derived', outcome: data.columns.Y1!, crosshair: 'scale-midpoint' });
    const sd = summarizeImportancePerformance(d);
    expect(sd.tables[0]?.columns.map((c) => c.key)).not.toContain('isoPriorityDistance');
    expect(cell(sd.tables[0], '3', 'importance')).toBe(d.attributes['3']!.importance);
    expect(sd.tables.find((x) => x.name === 'warnings')?.rows[0]?.kind).toBe('midpoint_on_correlations');
    expect(compileWarnings(sd.charts[0]!)).toEqual([]);
  });

  it('appears in buildReport, renderText and renderHtml', async () => {
    const rep = buildReport({ title: 'IPA', ipa });
    expect(rep.sections.map((x) => x.name)).toEqual(['ipa']);
    expect(renderText(rep)).toContain('Attributes on the importance–performance grid');
    const html = await renderHtml(rep);
    expect(html).toContain('data-section="ipa"');
    expect(html).toContain(`data-key="ipa/attributes/7/importance" data-kind="number" data-value="${String(ipa.attributes['7']!.importance)}"`);
  });
});
