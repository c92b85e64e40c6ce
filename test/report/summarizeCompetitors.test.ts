import { describe, expect, it } from 'vitest';
import { competitorGap } from 'csi-analytics';
import { buildReport } from 'csi-analytics/report';
import { renderHtml } from 'csi-analytics/report';
import { renderText } from 'csi-analytics/report';
import { summarizeCompetitors } from 'csi-analytics/report';
import { readJson } from '../helpers/fixtures.js';
import { cell, compileWarnings } from './helpers.js';

type Num = number | null;
interface Ref {
  inputs: { ours: Record<string, Num[]>; theirs: Record<string, Num[]> };
  bootstrap: { resamples: number; seed: number };
  competitor: Record<string, { difference: number; p: number; pHolm: number; bootLower: number }>;
}
// The statistics themselves are validated against SciPy 1.17.1 / NumPy 2.4.6 in
// test/gap/twoSample.test.ts (test/fixtures/scripts/gap_two_sample_reference.py); here every
// number in the table must be the result's own field, unrounded (toBe).
const ref = readJson<Ref>('gap', 'two-sample-reference.json');

describe('summarizeCompetitors: mobi (ours) vs bank satisfaction data', () => {
  const r = competitorGap(ref.inputs.ours, { bank: ref.inputs.theirs }, { resamples: ref.bootstrap.resamples, seed: ref.bootstrap.seed });
  const s = summarizeCompetitors(r);
  const t = s.tables.find((x) => x.name === 'comparisons');

  it('copies every comparison number unrounded', () => {
    expect(t?.rows).toHaveLength(3);
    for (const m of r.measures) {
      const c = r.comparisons.bank![m]!;
      const k = `${m}|bank`;
      expect(cell(t, k, 'ours')).toBe(c.ours);
      expect(cell(t, k, 'theirs')).toBe(c.theirs);
      expect(cell(t, k, 'difference')).toBe(c.difference);
      expect(cell(t, k, 'se')).toBe(c.se);
      expect(cell(t, k, 't')).toBe(c.t);
      expect(cell(t, k, 'df')).toBe(c.df);
      expect(cell(t, k, 'pValue')).toBe(c.pValue);
      expect(cell(t, k, 'pHolm')).toBe(c.pHolm);
      expect(cell(t, k, 'lower')).toBe(c.ci.lower);
      expect(cell(t, k, 'upper')).toBe(c.ci.upper);
      expect(cell(t, k, 'bootLower')).toBe(c.bootstrap?.lower);
      expect(cell(t, k, 'bootUpper')).toBe(c.bootstrap?.upper);
      expect(cell(t, k, 'nOurs')).toBe(c.nOurs);
      expect(cell(t, k, 'nTheirs')).toBe(c.nTheirs);
      // Witness (SciPy/NumPy fixture): the values shown are the validated ones.
      expect(Math.abs((cell(t, k, 'pHolm') as number) - ref.competitor[m]!.pHolm)).toBeLessThan(1e-8);
      expect(Math.abs((cell(t, k, 'bootLower') as number) - ref.competitor[m]!.bootLower)).toBeLessThan(1e-9);
    }
    expect(t?.columns.find((c) => c.key === 'lower')?.label).toBe('95% CI lower');
    expect(Object.isFrozen(s)).toBe(true);
  });

  it('draws the radar overlay and difference bars with CIs; both compile with vega-lite', () => {
    expect(s.charts.map((c) => c.name)).toEqual(['competitor-radar', 'competitor-differences']);
    for (const c of s.charts) expect(compileWarnings(c)).toEqual([]);
    const bars = s.charts[1]!;
    const values = (bars.kind === 'vega-lite' ? (bars.spec as unknown as { data: { values: { label: string; gap: number; lower: number; significant: boolean }[] } }).data.values : []);
    const sat = values.find((v) => v.label === 'satisfaction');
    expect(sat?.gap).toBe(r.comparisons.bank!.satisfaction!.difference);
    expect(sat?.lower).toBe(r.comparisons.bank!.satisfaction!.ci.lower);
    expect(sat?.significant).toBe(r.comparisons.bank!.satisfaction!.pHolm < 0.05);
    const boot = summarizeCompetitors(r, { chartInterval: 'bootstrap' }).charts[1]!;
    const bv = boot.kind === 'vega-lite' ? (boot.spec as unknown as { data: { values: { label: string; lower: number }[] } }).data.values : [];
    expect(bv.find((v) => v.label === 'satisfaction')?.lower).toBe(r.comparisons.bank!.satisfaction!.bootstrap?.lower);
    const radar = s.charts[0]!;
    const series = new Set(
      (radar.kind === 'vega-lite' ? (radar.spec as unknown as { layer: { data?: { values?: { series?: string; value?: number }[] } }[] }).layer[6]?.data?.values ?? [] : []).map((v) => v.series),
    );
    expect([...series]).toEqual(['ours', 'bank']);
  });

  it('two competitors: rows per measure × competitor, labelled bars; no radar below three measures', () => {
    const half = Object.fromEntries(Object.entries(ref.inputs.theirs).map(([k, v]) => [k, v.slice(0, 150)]));
    const r2 = competitorGap(ref.inputs.ours, { bank: ref.inputs.theirs, 'bank (first 150)': half }, { resamples: 0 });
    const s2 = summarizeCompetitors(r2);
    const t2 = s2.tables.find((x) => x.name === 'comparisons');
    expect(t2?.rows).toHaveLength(6);
    expect(cell(t2, 'image|bank (first 150)', 'difference')).toBe(r2.comparisons['bank (first 150)']!.image!.difference);
    expect(cell(t2, 'image|bank (first 150)', 'bootLower')).toBeNull();
    expect(s2.text).toContain('Welch');
    const r3 = competitorGap(ref.inputs.ours, { bank: ref.inputs.theirs }, { resamples: 0, measures: ['image', 'loyalty'] });
    expect(summarizeCompetitors(r3).charts.map((c) => c.name)).toEqual(['competitor-differences']);
  });

  it('appears in buildReport, renderText and renderHtml with the exact values in data-value', async () => {
    const rep = buildReport({ title: 'Competitors', competitors: r });
    expect(rep.sections.map((x) => x.name)).toEqual(['competitors']);
    const text = renderText(rep);
    expect(text).toContain('Competitor comparison');
    expect(text).toContain('Our scores against competitors');
    const html = await renderHtml(rep);
    expect(html).toContain('data-section="competitors"');
    const d = r.comparisons.bank!.loyalty!.difference;
    expect(html).toContain(`data-key="competitors/comparisons/loyalty|bank/difference" data-kind="number" data-value="${String(d)}"`);
    expect(html).toContain('data-chart="competitor-radar"');
  });
});
