import { describe, expect, it } from 'vitest';
import { createDataset } from 'csi-analytics';
import { ipma } from 'csi-analytics';
import { kanoAnalysis } from 'csi-analytics';
import { servqual } from 'csi-analytics';
import { buildReport } from 'csi-analytics/report';
import { renderSvg } from 'csi-analytics/report';
import { summarizeGaps } from 'csi-analytics/report';
import { summarizeIpma } from 'csi-analytics/report';
import { summarizeKano } from 'csi-analytics/report';
import { readJson } from '../helpers/fixtures.js';
import { cell, mobiResults } from './helpers.js';
import { kanoArgs } from '../helpers/kanoData.js';

describe('summarizeGaps (SERVQUAL)', () => {
  const data = createDataset({
    columns: {
      E1: [5, 6, 7, 4, 6],
      P1: [4, 6, 5, 5, 5],
      E2: [6, 6, 6, 5, 7],
      P2: [6, 7, 6, 6, 7],
      E3: [7, 7, 6, 6, 5],
      P3: [5, 6, 4, 6, 4],
    },
    scales: Object.fromEntries(['E1', 'P1', 'E2', 'P2', 'E3', 'P3'].map((k) => [k, { min: 1, max: 7 }])),
  });
  const sq = servqual(data, [
    { item: 'q1', expectation: 'E1', perception: 'P1', dimension: 'Reliability' },
    { item: 'q2', expectation: 'E2', perception: 'P2', dimension: 'Empathy' },
    { item: 'q3', expectation: 'E3', perception: 'P3', dimension: 'Reliability' },
  ]);
  const s = summarizeGaps(sq);
  const t = (n: string) => s.tables.find((x) => x.name === n);

  it('copies gaps, intervals and p-values unrounded', () => {
    // Hand check: q1 gaps P − E = −1, 0, −2, 1, −1 → mean −0.6.
    expect(cell(t('items'), 'q1', 'gap') as number).toBeCloseTo(-0.6, 12);
    for (const i of sq.order) {
      const it = sq.items[i];
      expect(cell(t('items'), i, 'gap')).toBe(it?.gap);
      expect(cell(t('items'), i, 'lower')).toBe(it?.ci.lower);
      expect(cell(t('items'), i, 'pValue')).toBe(it?.pValue);
      expect(cell(t('items'), i, 'pHolm')).toBe(it?.pHolm);
    }
    for (const d of sq.dimensionOrder) expect(cell(t('dimensions'), d, 'gap')).toBe(sq.dimensions[d]?.gap);
    expect(cell(t('overall'), 'mean-of-item-gaps', 'gap')).toBe(sq.overall.meanOfItems?.gap);
  });

  it('draws a diverging gap chart by dimension', async () => {
    expect(s.charts.map((c) => c.name)).toEqual(['gap-bars']);
    const svg = await renderSvg(s.charts[0]!);
    expect(svg).toContain('Reliability');
  });
});

describe('summarizeKano', () => {
  // Hand-classified (docs/methodology.md#kano table): (2,5) M, (1,5) O, (2,5) M, (3,5) M → M = 3, O = 1;
  // Better = (A + O)/(A + O + M + I) = 1/4, Worse = −(O + M)/4 = −1.
  const k = kanoAnalysis(...kanoArgs({ payment: { functional: [2, 1, 2, 3], dysfunctional: [5, 5, 5, 5] } }));
  const s = summarizeKano(k);
  const f = s.tables.find((x) => x.name === 'features');
  it('copies categories, shares and Better/Worse', () => {
    expect(cell(f, 'payment', 'better')).toBe(0.25);
    expect(cell(f, 'payment', 'worse')).toBe(-1);
    expect(cell(f, 'payment', 'M')).toBe(0.75);
    expect(cell(f, 'payment', 'category')).toBe('Must-be');
    expect(s.charts[0]?.name).toBe('kano-grid');
  });
});

describe('summarizeIpma with an ipma() result (mobi, target CUSL)', () => {
  const { fit } = mobiResults();
  const r = ipma(fit, 'CUSL');
  const s = summarizeIpma(r);
  const c = s.tables.find((x) => x.name === 'constructs');
  it('copies importance, performance, rank and quadrant', () => {
    for (const [n, p] of Object.entries(r.constructs.points)) {
      expect(cell(c, n, 'importance')).toBe(p.importance);
      expect(cell(c, n, 'performance')).toBe(p.performance);
      expect(cell(c, n, 'rank')).toBe(p.rank);
      expect(cell(c, n, 'quadrant')).toBe(p.quadrantLabel);
    }
    // Witness: mobi_pls_reference.json, Loyalty ← Satisfaction importance 0.7897, performance 72.45.
    type Ipma = Record<string, Record<string, { importance_unstd_total_effect: number; performance: number }>>;
    const ref = readJson<{ ipma_construct_level: Ipma }>('data', 'mobi_pls_reference.json').ipma_construct_level['Loyalty']?.['Satisfaction'];
    expect(cell(c, 'CUSA', 'importance') as number).toBeCloseTo(ref?.importance_unstd_total_effect ?? NaN, 3);
    expect(cell(c, 'CUSA', 'performance') as number).toBeCloseTo(ref?.performance ?? NaN, 2);
    expect(cell(s.tables.find((x) => x.name === 'crosshairs'), 'constructs', 'importance')).toBe(r.constructs.crosshair.importance);
    expect(s.charts.map((x) => x.name)).toEqual(['ipma-constructs', 'ipma-items']);
  });
  it('goes into buildReport with gaps and Kano', () => {
    const rep = buildReport({ title: 'T', ipma: r, kano: kanoAnalysis(...kanoArgs({ x: { functional: [1], dysfunctional: [5] } })) });
    expect(rep.sections.map((x) => x.name)).toEqual(['summary', 'ipma', 'kano']);
  });
});
