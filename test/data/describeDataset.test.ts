/**
 * Witness: independent NumPy computation on mobi, test/fixtures/data/mobi_item_stats.json
 * (script test/fixtures/scripts/data_reference.py; NumPy 2.4.6, sd with ddof = 1).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CsiError } from 'csi-analytics';
import { datasetFromCsv } from 'csi-analytics';
import { describeDataset } from 'csi-analytics';
import { likert } from 'csi-analytics';
import { scaleMap } from 'csi-analytics';
import { fixturePath, readJson } from '../helpers/fixtures.js';

interface Ref {
  n_valid: number;
  mean: number;
  sd: number;
  median: number;
  min: number;
  max: number;
  pomp_mean: number;
  top2_share: number;
  bottom2_share: number;
  distribution: number[];
}
const ref = readJson<{ n: number; items: Record<string, Ref> }>('data', 'mobi_item_stats.json');

describe('describeDataset', () => {
  const scales = scaleMap(JSON.parse(readFileSync('examples/data/scales.json', 'utf8')) as unknown);
  const mobi = datasetFromCsv(readFileSync('examples/data/ecsi-mobi.csv', 'utf8'), { scales });
  const summary = describeDataset(mobi);

  it('matches NumPy on every mobi item (mean, sd, median, min, max, POMP mean, boxes, distribution)', () => {
    expect(summary.n).toBe(ref.n);
    expect(Object.keys(summary.items)).toEqual(mobi.items);
    let maxDev = 0;
    for (const item of mobi.items) {
      const s = summary.items[item];
      const r = ref.items[item];
      expect(s && r).toBeTruthy();
      if (s === undefined || r === undefined) continue;
      expect(s.nValid).toBe(r.n_valid);
      expect(s.missing).toBe(0);
      expect(s.distribution?.map((p) => p.count)).toEqual(r.distribution);
      expect(s.distribution?.map((p) => p.value)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(s.median).toBe(r.median);
      expect(s.min).toBe(r.min);
      expect(s.max).toBe(r.max);
      for (const [a, b] of [
        [s.mean, r.mean],
        [s.sd, r.sd],
        [s.pompMean, r.pomp_mean],
        [s.topBox, r.top2_share],
        [s.bottomBox, r.bottom2_share],
      ] as const) {
        maxDev = Math.max(maxDev, Math.abs((a ?? NaN) - b));
      }
    }
    expect(maxDev).toBeLessThan(1e-12);
  });

  it('is frozen and JSON-serialisable with labels', () => {
    expect(Object.isFrozen(summary)).toBe(true);
    expect(Object.isFrozen(summary.items.CUSA1)).toBe(true);
    const round = JSON.parse(JSON.stringify(summary)) as typeof summary;
    expect(round.items.CUSA1?.scale).toEqual({ min: 1, max: 10, integer: true });
    expect(round.items.CUSA1?.item).toBe('CUSA1');
  });

  it('reports missing codes, factor levels and nulls for items without a scale', () => {
    const d = datasetFromCsv('tier,q,age\ngold,-99,20\nsilver,3,30\ngold,,40\n,5,NA\n', {
      scales: { q: likert(1, 5, { missingCodes: [-99] }) },
    });
    const s = describeDataset(d);
    expect(s.items.q).toMatchObject({ nValid: 2, missing: 2, missingCodes: { '-99': 1 }, mean: 4, median: 4, min: 3, max: 5, pompMean: 75 });
    expect(s.items.q?.sd).toBeCloseTo(Math.SQRT2, 15);
    expect(s.items.q?.topBox).toBe(0.5);
    expect(s.items.age).toMatchObject({ nValid: 3, missing: 1, scale: null, pompMean: null, topBox: null, distribution: null, mean: 30 });
    expect(s.factors.tier).toEqual({ factor: 'tier', nValid: 3, missing: 1, levels: { gold: 2, silver: 1 } });
  });

  it('checks its options', () => {
    let err: unknown;
    try {
      describeDataset(mobi, { items: ['CUSA9'], boxes: 0 });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CsiError);
    expect((err as CsiError).issues.map((i) => i.message)).toEqual([
      'describeDataset: "CUSA9" is not an item of the data set (did you mean "CUSA1"?).',
      'Option "boxes" of describeDataset is 0; expected an integer of at least 1 such as 2.',
    ]);
  });

  it('reads the fixture copy identically', () => {
    const fixture = datasetFromCsv(readFileSync(fixturePath('data', 'mobi.csv'), 'utf8'), { defaultScale: likert(1, 10) });
    expect(describeDataset(fixture).items.CUSL3?.mean).toBe(summary.items.CUSL3?.mean);
  });
});

describe('summaryRows', () => {
  it('flattens the summary with top-box in percent (NumPy witness)', async () => {
    const { summaryRows } = await import('../../src/data/summaryRows.js');
    const mobi = datasetFromCsv(readFileSync('examples/data/ecsi-mobi.csv', 'utf8'), { defaultScale: likert(1, 10, { reverse: false }) });
    const rows = summaryRows(describeDataset(mobi));
    expect(rows).toHaveLength(24);
    const cusa1 = rows.find((r) => r.item === 'CUSA1');
    expect(cusa1?.scale).toBe('1–10');
    expect(cusa1?.topBoxPercent).toBeCloseTo(100 * (ref.items.CUSA1?.top2_share ?? NaN), 12);
    expect(cusa1?.pompMean).toBeCloseTo(ref.items.CUSA1?.pomp_mean ?? NaN, 12);
  });
});
