import { describe, expect, it } from 'vitest';
import * as vl from 'vega-lite';
import * as vega from 'vega';
import { gapChart } from 'csi-analytics/report';
import { indexBarChart } from 'csi-analytics/report';
import { ipmaChart } from 'csi-analytics/report';
import { kanoChart } from 'csi-analytics/report';
import { radarChart } from 'csi-analytics/report';
import { renderSvg } from 'csi-analytics/report';
import { trendChart } from 'csi-analytics/report';
import type { VegaLiteChart } from 'csi-analytics/report';
import { deepFreeze } from '../../src/util/record.js';

const EVIL = '<script>alert(1)</script>';

/** Compiles with a logger that records every warning; a valid spec compiles silently. */
function compileStrict(chart: VegaLiteChart): { warnings: string[] } {
  const warnings: string[] = [];
  const logger = vega.logger(vega.Warn);
  logger.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
    return logger;
  };
  logger.error = (...args: unknown[]) => {
    throw new Error(args.map(String).join(' '));
  };
  vl.compile(structuredClone(chart.spec), { logger });
  return { warnings };
}

interface LayerData {
  data?: { values?: Record<string, unknown>[] };
}
function layers(chart: VegaLiteChart): LayerData[] {
  return (chart.spec as unknown as { layer: LayerData[] }).layer;
}

const charts: Record<string, VegaLiteChart> = {
  radar: radarChart([
    { series: 'Us', axis: 'Image', value: 73.5 },
    { series: 'Us', axis: 'Quality', value: 75 },
    { series: 'Us', axis: EVIL, value: 62.3 },
    { series: 'Rival', axis: 'Image', value: 70 },
    { series: 'Rival', axis: 'Quality', value: 71 },
    { series: 'Rival', axis: EVIL, value: 66 },
  ]),
  bars: indexBarChart(
    [
      { label: 'CUSA', value: 72.4, lower: 70.9, upper: 73.9, series: 'Us' },
      { label: 'CUSA', value: 69.0, lower: 67.2, upper: 70.8, series: EVIL },
      { label: 'CUSL', value: 70.9, lower: null, upper: null, series: 'Us' },
    ],
    { target: 75 },
  ),
  trend: trendChart([
    { period: 2022, value: 70.1, lower: 68.9, upper: 71.3, series: 'Us' },
    { period: 2023, value: 71.0, lower: 69.8, upper: 72.2, series: 'Us' },
    { period: 2024, value: 72.4, lower: 71.2, upper: 73.6, series: 'Us' },
    { period: 2023, value: 69.0, lower: 67.0, upper: 71.0, series: EVIL },
    { period: 2024, value: 69.5, series: EVIL },
  ]),
  ipma: ipmaChart([
    { label: 'CUSA', importance: 0.79, performance: 72.45 },
    { label: 'IMAG', importance: 0.643, performance: 73.53 },
    { label: EVIL, importance: 0.109, performance: 62.35 },
  ]),
  gaps: gapChart([
    { label: 'Tangibles', gap: -0.42, lower: -0.55, upper: -0.29, significant: true },
    { label: EVIL, gap: 0.08, lower: -0.04, upper: 0.2, significant: false },
  ]),
  kano: kanoChart([
    { label: 'Accurate payment', better: 0.373, worse: -0.891, category: 'M' },
    { label: EVIL, better: 0.869, worse: -0.141, category: 'A' },
  ]),
};

describe('chart specs', () => {
  for (const [name, chart] of Object.entries(charts)) {
    it(`${name}: valid Vega-Lite (compiles without warnings), renders to escaped SVG`, async () => {
      expect(compileStrict(chart).warnings).toEqual([]);
      expect(JSON.parse(JSON.stringify(chart.spec))).toEqual(chart.spec); // plain JSON
      const svg = await renderSvg(deepFreeze(chart)); // frozen specs must render (Vega mutates data)
      expect(svg.startsWith('<svg')).toBe(true);
      expect(svg).not.toContain('<script');
      expect(svg).toContain('&lt;script&gt;');
    });
  }

  it('radar: vertices are polar coordinates of the values (axis i at 2πi/k from the top)', () => {
    const chart = radarChart([
      { series: 'A', axis: 'N', value: 100 },
      { series: 'A', axis: 'E', value: 50 },
      { series: 'A', axis: 'S', value: 25 },
      { series: 'A', axis: 'W', value: 0 },
    ]);
    const pts = (layers(chart)[6]?.data?.values ?? []) as { axis: string; x: number; y: number; order: number }[];
    // Independent: ρ = v/100; N (θ=0) → (0, 1); E (θ=π/2) → (0.5, 0); S (θ=π) → (0, −0.25); W → (0, 0).
    const byAxis = new Map(pts.filter((p) => p.order < 4).map((p) => [p.axis, p]));
    expect(byAxis.get('N')?.x).toBeCloseTo(0, 12);
    expect(byAxis.get('N')?.y).toBeCloseTo(1, 12);
    expect(byAxis.get('E')?.x).toBeCloseTo(0.5, 12);
    expect(byAxis.get('E')?.y).toBeCloseTo(0, 12);
    expect(byAxis.get('S')?.y).toBeCloseTo(-0.25, 12);
    expect(Math.hypot(byAxis.get('W')?.x ?? 1, byAxis.get('W')?.y ?? 1)).toBeCloseTo(0, 12);
    // Polygon closed: the first vertex is repeated at order k.
    expect(pts.filter((p) => p.axis === 'N').map((p) => p.order)).toEqual([0, 4]);
  });

  it('ipma: crosshairs default to the mean importance and performance', () => {
    const rules = layers(charts['ipma'] as VegaLiteChart)
      .map((l) => l.data?.values?.[0])
      .filter((v) => v !== undefined && Object.keys(v).length === 1);
    // (0.79 + 0.643 + 0.109)/3 = 0.517333…, (72.45 + 73.53 + 62.35)/3 = 69.443333…
    expect(rules).toEqual([{ importance: (0.79 + 0.643 + 0.109) / 3 }, { performance: (72.45 + 73.53 + 62.35) / 3 }]);
    const fixed = ipmaChart([{ label: 'a', importance: 1, performance: 50 }], { importanceCut: 0.2, performanceCut: 60 });
    expect(layers(fixed).map((l) => l.data?.values?.[0]).filter((v) => v !== undefined && Object.keys(v).length === 1)).toEqual([
      { importance: 0.2 },
      { performance: 60 },
    ]);
  });

  it('bars and trend keep the order of the data and carry values unrounded', () => {
    const bars = charts['bars'] as VegaLiteChart;
    const values = (bars.spec as unknown as { data: { values: { value: number; lower: number | null }[] } }).data.values;
    expect(values.map((v) => v.value)).toEqual([72.4, 69.0, 70.9]);
    expect(values[2]?.lower).toBeNull();
    const trend = charts['trend'] as VegaLiteChart;
    const enc = (trend.spec as unknown as { layer: { encoding: { x: { sort: string[] } } }[] }).layer[1]?.encoding.x.sort;
    expect(enc).toEqual(['2022', '2023', '2024']);
  });

  it('renderSvg accepts a bare Vega-Lite spec; a data URL is never fetched (the loader refuses it)', async () => {
    const svg = await renderSvg({ data: { values: [{ a: 1 }] }, mark: 'point', encoding: { x: { field: 'a', type: 'quantitative' } } });
    expect(svg).toContain('<svg');
    await expect(renderSvg({ data: { url: 'https://example.com/x.json' }, mark: 'point' })).resolves.toContain('<svg');
  });
});
