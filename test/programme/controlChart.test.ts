import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CsiError } from 'csi-analytics';
import { controlChart, type ControlPoint } from 'csi-analytics';
import { readJson } from '../helpers/fixtures.js';
import { caught } from '../helpers/errors.js';

// Expected numbers: test/fixtures/programme/control_chart_simulated.json, written by the
// independent NumPy script test/fixtures/scripts/programme_control_chart.py (NumPy 2.4.6), which
// also simulated examples/data/index-monthly-simulated.csv (seed 20261202; see its docstring).
const ref = readJson<{
  baseline: string[]; centre: number; z: number[]; lower: number[]; upper: number[]; lowerWarning: number[]; upperWarning: number[];
  ewma: number[]; ewmaLower: number[]; ewmaUpper: number[]; signals: { period: string; rule: string; direction: string }[];
}>('programme', 'control_chart_simulated.json');
const series: ControlPoint[] = readFileSync('examples/data/index-monthly-simulated.csv', 'utf8')
  .trim().split('\n').slice(1)
  .map((l) => l.split(','))
  .map(([period, , value, se]) => ({ period: period!, value: Number(value), se: Number(se) }));

const maxDiff = (a: readonly number[], b: readonly number[]) => Math.max(...a.map((x, i) => Math.abs(x - b[i]!)));

describe('controlChart', () => {
  const chart = controlChart(series, { baseline: ref.baseline, ewma: true });

  it('matches the NumPy witness: centre, z, limits and EWMA to 1e-12', () => {
    expect(chart.kind).toBe('csi.control-chart');
    expect(Math.abs(chart.centre - ref.centre)).toBeLessThanOrEqual(1e-12);
    expect(maxDiff(chart.points.map((p) => p.z), ref.z)).toBeLessThanOrEqual(1e-12);
    expect(maxDiff(chart.points.map((p) => p.lower), ref.lower)).toBeLessThanOrEqual(1e-12);
    expect(maxDiff(chart.points.map((p) => p.upper), ref.upper)).toBeLessThanOrEqual(1e-12);
    expect(maxDiff(chart.points.map((p) => p.lowerWarning), ref.lowerWarning)).toBeLessThanOrEqual(1e-12);
    expect(maxDiff(chart.points.map((p) => p.upperWarning), ref.upperWarning)).toBeLessThanOrEqual(1e-12);
    expect(maxDiff(chart.points.map((p) => p.ewma!.value), ref.ewma)).toBeLessThanOrEqual(1e-12);
    expect(maxDiff(chart.points.map((p) => p.ewma!.lower), ref.ewmaLower)).toBeLessThanOrEqual(1e-12);
    expect(maxDiff(chart.points.map((p) => p.ewma!.upper), ref.ewmaUpper)).toBeLessThanOrEqual(1e-12);
    expect(Object.isFrozen(chart.points[0])).toBe(true);
  });

  it('gives the same signal list as the witness', () => {
    expect(chart.signals.map(({ period, rule, direction }) => ({ period, rule, direction }))).toEqual(ref.signals);
    expect(chart.signals[0]!.message).toBe('Period "2025-02" (value 75.7248, z = 1.76): 8 periods in a row on one side of the centre (above).');
  });

  it('rule 5 (6 in a row rising/falling) and rule 1 below, by hand', () => {
    // Values 70,71,…,75 rise 5 times: rule 5 up at the 6th point; SE 10 keeps every |z| < 1.
    const up = controlChart([70, 71, 72, 73, 74, 75].map((v, i) => ({ period: i + 1, value: v, se: 10 })), { centre: 72.5 });
    expect(up.signals.map((s) => [s.period, s.rule, s.direction])).toEqual([[6, 'rule-5', 'up']]);
    expect(up.signals[0]!.message).toMatch(/steadily increasing/);
    // z = (60 − 72)/3 = −4 < −3: rule 1 down.
    const down = controlChart([{ period: 'a', value: 72, se: 3 }, { period: 'b', value: 60, se: 3 }], { centre: 72 });
    expect(down.signals.map((s) => [s.period, s.rule, s.direction])).toEqual([['b', 'rule-1', 'down']]);
    expect(down.centreSource).toBe('given');
    expect(down.centreSe).toBeNull();
  });

  it('validates points and options, naming the period and value', () => {
    const e = caught(() => controlChart([{ period: 'Q1', value: 70, se: 1 }, { period: 'Q2', value: NaN, se: 0 }, { period: 'Q1', value: 71, se: 1 }]));
    expect(e.code).toBe('INVALID_DATA');
    expect(e.issues.map((i) => i.message)).toEqual([
      'Point 2 (period "Q2") of controlChart has value NaN; expected a finite number.',
      'Point 2 (period "Q2") of controlChart has se 0; expected a finite number greater than 0.',
      'Point 3 (period "Q1") of controlChart repeats an earlier period.',
    ]);
    const b = caught(() => controlChart(series, { baseline: ['2024-01', '2024-13'] }));
    expect(b.code).toBe('INVALID_OPTIONS');
    expect(b.issues[0]!.message).toMatch(/period "2024-13", which is not in the series\. Did you mean "2024-\d\d"\?/);
    expect(caught(() => controlChart(series, { centre: 72, baseline: ['2024-01'] })).issues[0]!.message).toMatch(/exclude each other/);
    expect(caught(() => controlChart(series, { lambda: 0 })).issues[0]!.message).toMatch(/"lambda".*0/);
    expect(caught(() => controlChart(series, { ewmaLimt: 3 } as never)).issues[0]!.message).toMatch(/did you mean "ewmaLimit"/);
    expect(caught(() => controlChart([{ period: 'x', value: 1, se: 1 }])).issues[0]!.kind).toBe('too_few_points');
  });
});

describe('summarizeControlChart', () => {
  it('copies limits and signals unrounded and draws a valid Vega-Lite chart', async () => {
    const { summarizeControlChart } = await import('../../src/report/summarizeControlChart.js');
    const { compile } = await import('vega-lite');
    const chart = controlChart(series, { baseline: ref.baseline, ewma: true });
    const s = summarizeControlChart(chart);
    expect(s.name).toBe('control-chart');
    const row = s.tables[0]!.rows[13]!;
    expect(row.period).toBe('2025-02');
    expect(Math.abs((row.upper as number) - ref.upper[13]!)).toBeLessThanOrEqual(1e-12);
    expect(Math.abs((row.ewmaUpper as number) - ref.ewmaUpper[13]!)).toBeLessThanOrEqual(1e-12);
    expect(s.tables[1]!.rows.length).toBe(ref.signals.length);
    const c = s.charts[0]!;
    expect(c.kind).toBe('vega-lite');
    if (c.kind === 'vega-lite') expect(() => compile(c.spec)).not.toThrow();
  });
});

describe('controlChart on index results', () => {
  it('reads index and ci.se like value and se (same limits and signals as the witness)', () => {
    const asIndex = series.map((p) => ({ period: p.period, index: p.value, ci: { se: p.se } }));
    const c = controlChart(asIndex, { baseline: ref.baseline });
    expect(Math.abs(c.centre - ref.centre)).toBeLessThanOrEqual(1e-12);
    expect(maxDiff(c.points.map((p) => p.upper), ref.upper)).toBeLessThanOrEqual(1e-12);
    expect(c.signals.map(({ period, rule, direction }) => ({ period, rule, direction }))).toEqual(ref.signals.filter((s) => s.rule !== 'ewma'));
    expect(caught(() => controlChart([{ period: 'w1', index: 70, ci: null }, { period: 'w2', index: 71, ci: { se: 1 } }])).issues[0]!.message)
      .toBe('Point 1 (period "w1") of controlChart has no standard error; expected se (or ci.se of an index result) greater than 0.');
  });
});
