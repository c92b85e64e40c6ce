import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serviceGapModel, type ServiceGapInput } from 'csi-analytics';
import { readJson } from '../helpers/fixtures.js';
import { caught } from '../helpers/errors.js';

// Expected numbers: test/fixtures/programme/service_gaps.json from the independent SciPy script
// test/fixtures/scripts/programme_service_gaps.py (SciPy 1.17.1 ttest_ind(equal_var=False),
// ttest_1samp, ttest_rel with confidence_interval(); Holm by hand). Inputs: examples/data/service-gaps.json
// — customer E/P from the real kiosk survey, management/delivery/standards/communication simulated.
const ref = readJson<{ n: number; weightedGap5: number; unweightedGap5: number; gaps: Record<string, Record<string, { gap: number; t: number; df: number; p: number; pHolm: number; ci: [number, number] }>> }>(
  'programme', 'service_gaps.json',
);
const { inputs, importance } = JSON.parse(readFileSync('examples/data/service-gaps.json', 'utf8')) as { inputs: ServiceGapInput; importance: Record<string, number> };

const close = (a: number, b: number, tol: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(tol);

describe('serviceGapModel', () => {
  const g = serviceGapModel(inputs, { importance });

  it('gaps 1–5 per dimension equal the SciPy witness (gap, t, df, p, Holm p, CI)', () => {
    expect(g.kind).toBe('csi.service-gap-model');
    expect(g.dimensions.length).toBe(8);
    for (const [name, dims] of Object.entries(ref.gaps)) {
      for (const [d, w] of Object.entries(dims)) {
        const x = g.gaps[name as 'gap1']![d]!;
        close(x.gap, w.gap, 1e-12);
        close(x.t, w.t, 1e-10);
        close(x.df, w.df, 1e-9);
        close(x.pValue, w.p, 1e-12);
        close(x.pHolm, w.pHolm, 1e-12);
        close(x.ci.lower, w.ci[0], 1e-10);
        close(x.ci.upper, w.ci[1], 1e-10);
      }
    }
    expect(g.gaps.gap5!.usefulness!.n).toBe(ref.n);
    close(g.weighted!.gap5, ref.weightedGap5, 1e-12);
    close(g.weighted!.gap5Unweighted, ref.unweightedGap5, 1e-12);
    expect(g.gaps.gap1!.fun!.test).toBe('welch');
  });

  it('computes only the gaps whose inputs are given', () => {
    const only = serviceGapModel({ customerExpectations: inputs.customerExpectations, managementPerceptions: inputs.managementPerceptions! });
    expect(Object.keys(only.gaps)).toEqual(['gap1']);
    expect(only.weighted).toBeNull();
    expect(Object.keys(only.means)).toEqual(['customerExpectations', 'managementPerceptions']);
  });

  it('validates inputs and options', () => {
    const e = caught(() => serviceGapModel({
      customerExpectations: { a: [1, 2, 3], b: [2, 3, 4] },
      customerPerceptions: { a: [1, 2], b: [2, 3, 4], c: [1, 2, 3] },
      standards: { a: 5, b: NaN },
      stanards: {},
    } as never));
    expect(e.code).toBe('INVALID_DATA');
    expect(e.issues.map((i) => i.message)).toEqual([
      'serviceGapModel has no input "stanards"; expected customerExpectations, customerPerceptions, managementPerceptions, standards, delivery, communication.',
      'Input "customerPerceptions" of serviceGapModel has 2 values for "a"; expected 3, paired with customerExpectations.',
      'Input "customerPerceptions" of serviceGapModel names dimension "c", which customerExpectations does not have.',
      'Input "standards" of serviceGapModel has NaN for dimension "b"; expected a finite number on the survey scale.',
    ]);
    expect(caught(() => serviceGapModel(inputs, { importance: { usefulness: -1 } })).issues[0]!.kind).toBe('invalid_importance');
    expect(caught(() => serviceGapModel(inputs, { levle: 0.9 } as never)).issues[0]!.message).toMatch(/did you mean "level"/);
  });
});

describe('summarizeServiceGaps', () => {
  it('copies the gaps unrounded and draws a valid chart', async () => {
    const { summarizeServiceGaps } = await import('csi-analytics/report');
    const { compile } = await import('vega-lite');
    const s = summarizeServiceGaps(serviceGapModel(inputs, { importance }));
    expect(s.name).toBe('service-gaps');
    const row = s.tables[0]!.rows.find((r) => r.dimension === 'security')!;
    expect(Math.abs((row.gap3 as number) - ref.gaps.gap3!.security!.gap)).toBeLessThanOrEqual(1e-12);
    const c = s.charts[0]!;
    expect(c.kind).toBe('vega-lite');
    if (c.kind === 'vega-lite') expect(() => compile(c.spec)).not.toThrow();
  });
});
