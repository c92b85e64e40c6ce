import { describe, expect, it } from 'vitest';
import { ces } from 'csi-analytics';
import { csat } from 'csi-analytics';
import { nps } from 'csi-analytics';
import { buildReport } from 'csi-analytics/report';
import { renderHtml } from 'csi-analytics/report';
import { renderText } from 'csi-analytics/report';
import { summarizeCustomerMetrics } from 'csi-analytics/report';
import { readJson } from '../helpers/fixtures.js';
import { cell } from './helpers.js';

interface Ref {
  nps: Record<string, { values: number[]; nps: number; se: number }>;
  csat: { values: (number | null)[]; share: number; wilson95: [number, number] };
  ces2: { values: (number | null)[]; mean: number; meanCi: [number, number] };
  ces1: { values: number[] };
}
// nps/csat/ces are validated against NumPy/SciPy 1.17.1 in test/gap/customerMetrics.test.ts
// (test/fixtures/scripts/gap_metrics_reference.py → test/fixtures/gap/metrics.json, real survey
// answers: plspm satisfaction loy2, mobi CUSL3, kiosk items); here every number in the table
// must be the result's own field, unrounded (toBe).
const ref = readJson<Ref>('gap', 'metrics.json');
const nums = (a: readonly (number | null)[]): number[] => a.map((v) => (v === null ? NaN : v));

describe('summarizeCustomerMetrics: NPS (plspm loy2), CSAT and CES 2.0 (kiosk)', () => {
  const n = nps(ref.nps['satisfaction loy2']!.values);
  const c = csat(nums(ref.csat.values), { min: 1, max: 5 });
  const e = ces(nums(ref.ces2.values), { version: 2 });
  const s = summarizeCustomerMetrics({ nps: n, csat: c, ces: e });
  const t = s.tables[0];

  it('copies value, SE, CI, n and missing of every metric', () => {
    expect(s.tables.map((x) => x.name)).toEqual(['metrics']);
    expect(t?.rows).toHaveLength(5);
    expect(cell(t, 'NPS|NPS', 'value')).toBe(n.nps);
    expect(cell(t, 'NPS|NPS', 'se')).toBe(n.se);
    expect(cell(t, 'NPS|NPS', 'lower')).toBe(n.ci.lower);
    expect(cell(t, 'NPS|NPS', 'upper')).toBe(n.ci.upper);
    expect(cell(t, 'NPS|NPS', 'level')).toBe(n.ci.level);
    expect(cell(t, 'NPS|NPS', 'n')).toBe(n.n);
    expect(cell(t, 'NPS|NPS', 'missing')).toBe(n.missing);
    expect(cell(t, 'NPS|NPS', 'note')).toContain(`promoters ${n.counts.promoters}`);
    expect(cell(t, 'CSAT|top-box share', 'value')).toBe(c.share);
    expect(cell(t, 'CSAT|top-box share', 'se')).toBe(c.se);
    expect(cell(t, 'CSAT|top-box share', 'lower')).toBe(c.ci.lower);
    expect(cell(t, 'CSAT|top-box share', 'upper')).toBe(c.ci.upper);
    expect(cell(t, 'CSAT|top-box share', 'n')).toBe(c.n);
    expect(cell(t, 'CSAT|top-box share', 'missing')).toBe(c.missing);
    expect(cell(t, 'CSAT|mean', 'value')).toBe(c.mean);
    expect(cell(t, 'CSAT|mean', 'sd')).toBe(c.sd);
    expect(cell(t, 'CES|mean', 'value')).toBe(e.mean);
    expect(cell(t, 'CES|mean', 'lower')).toBe(e.meanCi.lower);
    expect(cell(t, 'CES|mean', 'upper')).toBe(e.meanCi.upper);
    expect(cell(t, 'CES|agree (5–7)', 'value')).toBe(e.favourable.share);
    expect(cell(t, 'CES|agree (5–7)', 'se')).toBe(e.favourable.se);
    expect(cell(t, 'CES|agree (5–7)', 'lower')).toBe(e.favourable.ci.lower);
    expect(cell(t, 'CES|agree (5–7)', 'upper')).toBe(e.favourable.ci.upper);
    // Witnesses (NumPy/SciPy fixture).
    expect(Math.abs((cell(t, 'NPS|NPS', 'value') as number) - ref.nps['satisfaction loy2']!.nps)).toBeLessThan(1e-12);
    expect(Math.abs((cell(t, 'CSAT|top-box share', 'lower') as number) - ref.csat.wilson95[0])).toBeLessThan(1e-10);
    expect(Math.abs((cell(t, 'CES|mean', 'upper') as number) - ref.ces2.meanCi[1])).toBeLessThan(1e-10);
    expect(t?.columns.find((x) => x.key === 'lower')?.label).toBe('95% CI lower');
    expect(s.charts).toEqual([]);
  });

  it('notes carry warnings and the direction of CES', () => {
    const cusl3 = nps(ref.nps['mobi CUSL3 (1-10)']!.values, { scale: '1-10' });
    const ces1 = ces(ref.ces1.values, { version: 1 });
    const s2 = summarizeCustomerMetrics({ nps: cusl3, ces: ces1 });
    expect(cell(s2.tables[0], 'NPS|NPS', 'note')).toContain(`Warning: ${cusl3.warnings[0]!.message}`);
    expect(cell(s2.tables[0], 'CES|mean', 'note')).toContain('lower is better');
    expect(cell(s2.tables[0], 'CES|low effort (1–2)', 'value')).toBe(ces1.favourable.share);
    expect(s2.text).toContain('NPS, CES 1.0');
  });

  it('appears in buildReport, renderText and renderHtml', async () => {
    const rep = buildReport({ title: 'Metrics', metrics: { nps: n, csat: c, ces: e } });
    expect(rep.sections.map((x) => x.name)).toEqual(['metrics']);
    expect(renderText(rep)).toContain('Customer metrics');
    const html = await renderHtml(rep);
    expect(html).toContain('data-section="metrics"');
    expect(html).toContain(`data-key="metrics/metrics/NPS|NPS/se" data-kind="number" data-value="${String(n.se)}"`);
  });
});
