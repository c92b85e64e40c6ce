import { describe, expect, it } from 'vitest';
import { servqual, type ServqualPair } from 'csi-analytics';
import { createDataset } from 'csi-analytics';
import { CsiError } from 'csi-analytics';
import { readJson } from '../helpers/fixtures.js';
import { loadKiosk } from './helpers/kiosk.js';

interface RefTest {
  n: number; gap: number; sd: number; t: number; df: number; p: number; dz: number; ciLower: number; ciUpper: number;
  wilcoxonVPlus: number; wilcoxonP: number; wilcoxonPNoCorrection: number; zeros: number; meanE: number; meanP: number;
  pHolm?: number; pBh?: number; normalizedGap?: number; servperfMean?: number; servperfN?: number;
}
interface KioskRef {
  dimensions: Record<string, number[]>;
  servqual: {
    items: Record<string, RefTest>;
    dimensions: Record<string, RefTest>;
    overallMeanOfItems: RefTest;
    overallMeanOfDimensions: RefTest;
    weighted: RefTest & { weights: Record<string, number> };
  };
}
// Independent computation: test/fixtures/scripts/gap_kiosk_reference.py (SciPy 1.17.1, NumPy 2.4.6).
const ref = readJson<KioskRef>('gap', 'kiosk-reference.json');
const { data } = loadKiosk();
const dimOf = (k: number): string => Object.keys(ref.dimensions).find((d) => ref.dimensions[d]!.includes(k))!;
const pairs: ServqualPair[] = Array.from({ length: 24 }, (_, i) => ({
  item: String(i + 1),
  expectation: `E${i + 1}`,
  perception: `P${i + 1}`,
  dimension: dimOf(i + 1),
}));

function close(actual: number | null | undefined, expected: number, tol = 1e-10): void {
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(expected)));
}

function compare(got: ReturnType<typeof servqual>['items'][string] | ReturnType<typeof servqual>['dimensions'][string], r: RefTest, correction: boolean): void {
  expect(got.n).toBe(r.n);
  close(got.meanExpectation, r.meanE);
  close(got.meanPerception, r.meanP);
  close(got.gap, r.gap);
  close(got.sd, r.sd);
  close(got.t, r.t);
  expect(got.df).toBe(r.df);
  close(got.pValue, r.p, 1e-8);
  close(got.dz, r.dz);
  close(got.ci.lower, r.ciLower, 1e-9);
  close(got.ci.upper, r.ciUpper, 1e-9);
  close(got.wilcoxon?.statistic, r.wilcoxonVPlus);
  close(got.wilcoxon?.pValue, correction ? r.wilcoxonP : r.wilcoxonPNoCorrection, 1e-8);
  expect(got.wilcoxon?.zeros).toBe(r.zeros);
  if (r.pHolm !== undefined) close(got.pHolm, r.pHolm, 1e-8);
  if (r.pBh !== undefined) close(got.pBh, r.pBh, 1e-8);
}

describe('servqual on the kiosk survey', () => {
  const sq = servqual(data, pairs, { scale: { min: 1, max: 7 } });

  it('reproduces docs/methodology.md#servqual (item 1, 4, 23; n = 207 complete)', () => {
    const i1 = sq.items['1']!;
    expect(i1.n).toBe(207);
    expect(i1.pairsDropped).toBe(4);
    expect(i1.meanExpectation).toBeCloseTo(6.43, 2);
    expect(i1.meanPerception).toBeCloseTo(5.88, 2);
    expect(i1.gap).toBeCloseTo(-0.55, 2);
    expect(i1.t).toBeCloseTo(-7.2, 1);
    expect(sq.items['23']!.gap).toBeCloseTo(-1.98, 2);
    expect(sq.items['23']!.t).toBeCloseTo(-16.0, 1);
    expect(sq.items['4']!.gap).toBeCloseTo(0.28, 2);
    expect(sq.items['4']!.t).toBeCloseTo(2.8, 1);
  });

  it('matches SciPy for all 24 items: gap, t, p, d_z, CI, Wilcoxon, Holm, BH (1e-8)', () => {
    for (const k of Object.keys(ref.servqual.items)) {
      const r = ref.servqual.items[k]!;
      compare(sq.items[k]!, r, true);
      close(sq.items[k]!.normalizedGap, r.normalizedGap!);
      close(sq.items[k]!.servperf.mean, r.servperfMean!);
      expect(sq.items[k]!.servperf.n).toBe(r.servperfN);
    }
  });

  it('matches SciPy for the 8 K-SERVQUAL dimensions, overall and weighted SERVQUAL', () => {
    expect(sq.dimensionOrder).toEqual(Object.keys(ref.dimensions));
    for (const d of Object.keys(ref.servqual.dimensions)) compare(sq.dimensions[d]!, ref.servqual.dimensions[d]!, true);
    compare(sq.overall.meanOfItems as never, ref.servqual.overallMeanOfItems, true);
    compare(sq.overall.meanOfDimensions as never, ref.servqual.overallMeanOfDimensions, true);
    const w = servqual(data, pairs, { scale: { min: 1, max: 7 }, importance: { weights: ref.servqual.weighted.weights } });
    compare(w.weighted as never, ref.servqual.weighted, true);
    expect(w.weighted?.allocation).toBe('average');
  });

  it('Wilcoxon without continuity correction matches SciPy default', () => {
    const nc = servqual(data, pairs, { scale: { min: 1, max: 7 }, wilcoxonCorrection: false });
    for (const k of Object.keys(ref.servqual.items)) close(nc.items[k]!.wilcoxon?.pValue, ref.servqual.items[k]!.wilcoxonPNoCorrection, 1e-8);
  });

  it('result is frozen and JSON-serialisable', () => {
    expect(Object.isFrozen(sq)).toBe(true);
    expect(JSON.parse(JSON.stringify(sq)).items['1'].n).toBe(207);
  });
});

describe('servqual — definitions on a hand-checkable example', () => {
  // 4 respondents, dimension A has 1 item, B has 2 items (unequal counts → the two overall means differ).
  const d = createDataset({
    columns: {
      e1: [7, 6, 5, 7], p1: [5, 6, 4, 6],
      e2: [6, 6, 6, null], p2: [6, 7, 5, 6],
      e3: [5, 5, 6, 7], p3: [6, 6, 6, 6],
      wA: [30, 50, 20, 40], wB: [70, 50, 80, 60],
    },
    scales: Object.fromEntries(['e1', 'p1', 'e2', 'p2', 'e3', 'p3'].map((k) => [k, { min: 1, max: 7 }])),
    strict: false,
  });
  const prs: ServqualPair[] = [
    { item: 'a1', expectation: 'e1', perception: 'p1', dimension: 'A' },
    { item: 'b1', expectation: 'e2', perception: 'p2', dimension: 'B' },
    { item: 'b2', expectation: 'e3', perception: 'p3', dimension: 'B' },
  ];
  const r = servqual(d, prs, { importance: { points: { A: 'wA', B: 'wB' } } });

  it('item gaps use pairwise-complete rows', () => {
    // gaps a1: −2, 0, −1, −1 → mean −1; b1 (rows 1–3): 0, 1, −1 → mean 0
    expect(r.items.a1!.gap).toBe(-1);
    expect(r.items.b1!.n).toBe(3);
    expect(r.items.b1!.pairsDropped).toBe(1);
    expect(r.items.b1!.gap).toBe(0);
    expect(r.items.a1!.normalizedGap).toBeCloseTo((100 * -1) / 6, 12);
  });

  it('overall mean of items and mean of dimensions differ with unequal dimension sizes', () => {
    // complete rows 1–3: item gaps (a1, b1, b2) = (−2, 0, 1), (0, 1, 1), (−1, −1, 0)
    // mean of items per row: −1/3, 2/3, −2/3 → −1/9; mean of dims: (−2 + 0.5)/2, (0 + 1)/2, (−1 − 0.5)/2 → −0.75, 0.5, −0.75 → −1/3
    expect(r.overall.meanOfItems!.n).toBe(3);
    expect(r.overall.meanOfItems!.gap).toBeCloseTo(-1 / 9, 14);
    expect(r.overall.meanOfDimensions!.gap).toBeCloseTo(-1 / 3, 14);
  });

  it('weighted SERVQUAL with per-respondent allocations', () => {
    // rows 1–3: 0.3·(−2) + 0.7·0.5 = −0.25; 0.5·0 + 0.5·1 = 0.5; 0.2·(−1) + 0.8·(−0.5) = −0.6
    expect(r.weighted!.allocation).toBe('per-respondent');
    expect(r.weighted!.gap).toBeCloseTo((-0.25 + 0.5 - 0.6) / 3, 14);
    expect(r.weighted!.weights.A).toBeCloseTo((0.3 + 0.5 + 0.2) / 3, 14);
  });

  it('throws one CsiError naming every bad column', () => {
    try {
      servqual(d, [{ item: 'x', expectation: 'e9', perception: 'p1' }, { item: 'y', expectation: 'e1', perception: 'p8' }]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CsiError);
      const msgs = (e as CsiError).issues.map((i) => i.message);
      expect(msgs.some((m) => m.includes('"e9"'))).toBe(true);
      expect(msgs.some((m) => m.includes('"p8"'))).toBe(true);
      // an unknown column is reported once, not again as a column without a scale
      expect(msgs).toHaveLength(2);
    }
  });
});
