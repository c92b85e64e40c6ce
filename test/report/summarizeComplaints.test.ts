import { describe, expect, it } from 'vitest';
import { complaintRecovery, type ComplaintSegment } from 'csi-analytics';
import { buildReport } from 'csi-analytics/report';
import { renderHtml } from 'csi-analytics/report';
import { renderText } from 'csi-analytics/report';
import { summarizeComplaints } from 'csi-analytics/report';
import { loadMobi, readJson } from '../helpers/fixtures.js';
import { cell, compileWarnings } from './helpers.js';

interface Ref {
  complaints: {
    counts: Record<string, number>;
    outcomes: Record<string, { kruskalH: number; contrasts: Record<string, { pHolm: number }>; recoveryValue: number }>;
  };
}
// complaintRecovery is validated against SciPy 1.17.1 (ttest_ind, kruskal, f_oneway) in
// test/gap/twoSample.test.ts (test/fixtures/scripts/gap_two_sample_reference.py); here every
// number in the tables must be the result's own field, unrounded (toBe).
const ref = readJson<Ref>('gap', 'two-sample-reference.json');

describe('summarizeComplaints: mobi, segments derived from CUSCO (as in test/gap)', () => {
  const mobi = loadMobi();
  const rule = (r: number): ComplaintSegment => {
    const v = mobi.columns.CUSCO![r]!;
    return v <= 4 ? 'unresolved' : v >= 8 ? 'resolved' : 'no-complaint';
  };
  const res = complaintRecovery(mobi, rule, { loyalty: ['CUSL1', 'CUSL2', 'CUSL3'], satisfaction: ['CUSA1', 'CUSA2', 'CUSA3'] });
  const s = summarizeComplaints(res);
  const t = (n: string) => s.tables.find((x) => x.name === n);

  it('copies counts and rates', () => {
    for (const seg of ['no-complaint', 'problem-no-complaint', 'unresolved', 'resolved']) expect(cell(t('counts'), seg, 'n')).toBe(res.counts[seg]);
    expect(cell(t('counts'), 'unassigned', 'n')).toBe(res.counts.unassigned);
    expect(cell(t('counts'), 'resolved', 'n')).toBe(ref.complaints.counts.resolved);
    expect(cell(t('rates'), 'complaint rate', 'value')).toBe(res.complaintRate);
    expect(cell(t('rates'), 'resolution rate', 'value')).toBe(res.resolutionRate);
  });

  it('copies segment means/CIs, overall tests, contrasts with verdicts and the recovery value', () => {
    for (const [name, o] of Object.entries(res.outcomes)) {
      for (const [seg, x] of Object.entries(o.segments)) {
        const k = `${name}|${seg}`;
        expect(cell(t('segments'), k, 'mean')).toBe(x.mean);
        expect(cell(t('segments'), k, 'lower')).toBe(x.ci?.lower ?? null);
        expect(cell(t('segments'), k, 'upper')).toBe(x.ci?.upper ?? null);
        expect(cell(t('segments'), k, 'sd')).toBe(x.sd);
        expect(cell(t('segments'), k, 'n')).toBe(x.n);
      }
      expect(cell(t('tests'), `${name}|Kruskal–Wallis`, 'statistic')).toBe(o.kruskalWallis?.statistic);
      expect(cell(t('tests'), `${name}|Kruskal–Wallis`, 'df')).toBe(o.kruskalWallis?.df);
      expect(cell(t('tests'), `${name}|Kruskal–Wallis`, 'pValue')).toBe(o.kruskalWallis?.pValue);
      expect(cell(t('tests'), `${name}|Welch ANOVA`, 'statistic')).toBe(o.welchAnova?.statistic);
      expect(cell(t('tests'), `${name}|Welch ANOVA`, 'df2')).toBe(o.welchAnova?.df2);
      expect(cell(t('tests'), `${name}|Welch ANOVA`, 'pValue')).toBe(o.welchAnova?.pValue);
      for (const [c, x] of Object.entries(o.contrasts)) {
        const k = `${name}|${c}`;
        expect(cell(t('contrasts'), k, 'comparison')).toBe(`${x.a} − ${x.b}`);
        expect(cell(t('contrasts'), k, 'difference')).toBe(x.difference);
        expect(cell(t('contrasts'), k, 'lower')).toBe(x.ci.lower);
        expect(cell(t('contrasts'), k, 'upper')).toBe(x.ci.upper);
        expect(cell(t('contrasts'), k, 't')).toBe(x.t);
        expect(cell(t('contrasts'), k, 'df')).toBe(x.df);
        expect(cell(t('contrasts'), k, 'pValue')).toBe(x.pValue);
        expect(cell(t('contrasts'), k, 'pHolm')).toBe(x.pHolm);
        expect(cell(t('contrasts'), k, 'verdict')).toBe(x.verdict);
        // Witness (SciPy fixture).
        expect(Math.abs(x.pHolm - ref.complaints.outcomes[name]!.contrasts[c]!.pHolm)).toBeLessThan(1e-8);
      }
      expect(cell(t('recovery-value'), name, 'perComplainer')).toBe(o.recoveryValue?.perComplainer);
      expect(cell(t('recovery-value'), name, 'complainers')).toBe(o.recoveryValue?.complainers);
      expect(cell(t('recovery-value'), name, 'total')).toBe(o.recoveryValue?.total);
      expect(Math.abs((cell(t('recovery-value'), name, 'total') as number) - ref.complaints.outcomes[name]!.recoveryValue)).toBeLessThan(1e-9);
    }
    expect(s.text).toContain(`loyalty paradox: ${res.outcomes.loyalty!.contrasts.paradox!.verdict}`);
  });

  it('bar chart of segment means with CIs per outcome; compiles with vega-lite', () => {
    expect(s.charts.map((c) => c.name)).toEqual(['complaint-bars']);
    const c = s.charts[0]!;
    expect(compileWarnings(c)).toEqual([]);
    const values = c.kind === 'vega-lite' ? (c.spec as unknown as { data: { values: { label: string; series: string; value: number; upper: number }[] } }).data.values : [];
    const v = values.find((x) => x.series === 'loyalty' && x.label === 'Resolved');
    expect(v?.value).toBe(res.outcomes.loyalty!.segments.resolved!.mean);
    expect(v?.upper).toBe(res.outcomes.loyalty!.segments.resolved!.ci?.upper);
  });

  it('appears in buildReport, renderText and renderHtml', async () => {
    const rep = buildReport({ title: 'Complaints', complaints: res });
    expect(renderText(rep)).toContain('Service-recovery paradox and recovery contrasts');
    const html = await renderHtml(rep);
    expect(html).toContain('data-section="complaints"');
    const d = res.outcomes.satisfaction!.contrasts.recovery!.difference;
    expect(html).toContain(`data-key="complaints/contrasts/satisfaction|recovery/difference" data-kind="number" data-value="${String(d)}"`);
  });
});
