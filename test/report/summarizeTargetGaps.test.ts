import { describe, expect, it } from 'vitest';
import { targetGap } from 'csi-analytics';
import { buildReport } from 'csi-analytics/report';
import { renderHtml } from 'csi-analytics/report';
import { renderText } from 'csi-analytics/report';
import { summarizeTargetGaps } from 'csi-analytics/report';
import { readJson } from '../helpers/fixtures.js';
import { cell, compileWarnings } from './helpers.js';

type Num = number | null;
interface Ref {
  inputs: { ours: Record<string, Num[]> };
  target: { target: number; t: number; p: number; probabilityMeetsTarget: number };
}
// targetGap is validated against SciPy 1.17.1 ttest_1samp / t.cdf in test/gap/twoSample.test.ts
// (test/fixtures/scripts/gap_two_sample_reference.py); here every number in the table must be the
// result's own field, unrounded (toBe).
const ref = readJson<Ref>('gap', 'two-sample-reference.json');

describe('summarizeTargetGaps: mobi 0–100 scores against targets', () => {
  const sat = targetGap(ref.inputs.ours.satisfaction!, ref.target.target, { label: 'satisfaction' });
  const loy = targetGap(ref.inputs.ours.loyalty!, 70);
  const image = targetGap(ref.inputs.ours.image!, 75);
  // Summary input (normal reference), as with a bootstrap SE.
  const img = targetGap({ index: image.index, se: image.se }, 75, { label: 'image (summary)' });
  const many = { satisfaction: sat, loyalty: loy, image: img };
  const s = summarizeTargetGaps(many);
  const t = s.tables.find((x) => x.name === 'targets');

  it('copies index, target, gap, SE, CI, t, df, p, P(meets target) and n unrounded', () => {
    for (const [k, r] of Object.entries(many)) {
      expect(cell(t, k, 'index')).toBe(r.index);
      expect(cell(t, k, 'target')).toBe(r.target);
      expect(cell(t, k, 'gap')).toBe(r.gap);
      expect(cell(t, k, 'se')).toBe(r.se);
      expect(cell(t, k, 'lower')).toBe(r.ci.lower);
      expect(cell(t, k, 'upper')).toBe(r.ci.upper);
      expect(cell(t, k, 'statistic')).toBe(r.statistic);
      expect(cell(t, k, 'df')).toBe(r.df);
      expect(cell(t, k, 'reference')).toBe(r.reference);
      expect(cell(t, k, 'pValue')).toBe(r.pValue);
      expect(cell(t, k, 'pAbove')).toBe(r.pAbove);
      expect(cell(t, k, 'probabilityMeetsTarget')).toBe(r.probabilityMeetsTarget);
      expect(cell(t, k, 'n')).toBe(r.n);
    }
    // Witness (SciPy fixture): the satisfaction row shows the validated t and probability.
    expect(Math.abs((cell(t, 'satisfaction', 'statistic') as number) - ref.target.t)).toBeLessThan(1e-9);
    expect(Math.abs((cell(t, 'satisfaction', 'probabilityMeetsTarget') as number) - ref.target.probabilityMeetsTarget)).toBeLessThan(1e-8);
    expect(cell(t, 'image', 'df')).toBeNull();
    expect(cell(t, 'image', 'reference')).toBe('normal');
    // The missing-score warning of targetGap is carried along.
    expect(s.tables.find((x) => x.name === 'warnings')?.rows.length).toBe(sat.warnings.length + loy.warnings.length);
  });

  it('bar chart: index with its interval, per-bar target ticks; compiles with vega-lite', () => {
    expect(s.charts.map((c) => c.name)).toEqual(['target-bars']);
    const c = s.charts[0]!;
    expect(compileWarnings(c)).toEqual([]);
    const spec = c.kind === 'vega-lite' ? (c.spec as unknown as { data: { values: { label: string; value: number; lower: number }[] }; layer: { mark: { type: string }; data?: { values: { label: string; target: number }[] } }[] }) : undefined;
    expect(spec?.data.values.find((v) => v.label === 'loyalty')?.value).toBe(loy.index);
    expect(spec?.data.values.find((v) => v.label === 'loyalty')?.lower).toBe(loy.target + loy.ci.lower);
    const tick = spec?.layer.at(-1);
    expect(tick?.mark.type).toBe('tick');
    expect(tick?.data?.values).toEqual([
      { label: 'satisfaction', target: ref.target.target },
      { label: 'loyalty', target: 70 },
      { label: 'image', target: 75 },
    ]);
  });

  it('one result: a dashed target line, row named by its label', () => {
    const s1 = summarizeTargetGaps(sat);
    expect(cell(s1.tables[0], 'satisfaction', 'gap')).toBe(sat.gap);
    const c = s1.charts[0]!;
    expect(compileWarnings(c)).toEqual([]);
    const layers = c.kind === 'vega-lite' ? (c.spec as unknown as { layer: { mark: { type: string; strokeDash?: number[] }; data?: { values: { target: number }[] } }[] }).layer : [];
    // the dashed reference line, then its label "Target 75" at the same value
    expect(layers.at(-2)?.mark.strokeDash).toEqual([6, 4]);
    expect(layers.at(-2)?.data?.values[0]?.target).toBe(ref.target.target);
    expect(layers.at(-1)?.mark.type).toBe('text');
    expect(layers.at(-1)?.data?.values[0]).toEqual({ target: ref.target.target, text: `Target ${ref.target.target}` });
  });

  it('appears in buildReport, renderText and renderHtml', async () => {
    const rep = buildReport({ title: 'Targets', targets: many });
    expect(rep.sections.map((x) => x.name)).toEqual(['targets']);
    expect(renderText(rep)).toContain('Indices against targets');
    const html = await renderHtml(rep);
    expect(html).toContain('data-section="targets"');
    expect(html).toContain(`data-key="targets/targets/loyalty/probabilityMeetsTarget" data-kind="percent" data-value="${String(loy.probabilityMeetsTarget)}"`);
  });
});
