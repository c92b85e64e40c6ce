import { describe, expect, it } from 'vitest';
import { readJson } from '../helpers/fixtures.js';
import { ces } from 'csi-analytics';
import { csat } from 'csi-analytics';
import { nps } from 'csi-analytics';
import { npsDifference } from 'csi-analytics';
import { proportionCi } from 'csi-analytics';
import { CsiError } from 'csi-analytics';

// Witness: independent NumPy/SciPy 1.17.1 computation by test/fixtures/scripts/gap_metrics_reference.py
// → test/fixtures/gap/metrics.json (NPS counts, trinomial SE, Wilson intervals via
// scipy.stats.binomtest(...).proportion_ci('wilson'), t intervals via scipy.stats.t.interval).
interface NpsRef { values: number[]; level?: number; n: number; promoters: number; passives: number; detractors: number; nps: number; se: number; ci: [number, number] }
interface Ref {
  nps: Record<string, NpsRef>;
  npsDifference: { a: number[]; b: number[]; estimate: number; se: number; z: number; pValue: number; ci: [number, number] };
  csat: { values: (number | null)[]; n: number; missing: number; top2: number; share: number; se: number; wilson95: [number, number]; wald95: [number, number]; mean: number; sd: number; top1: number; top1wilson90: [number, number] };
  ces2: { values: (number | null)[]; n: number; mean: number; meanCi: [number, number]; agree: number; share: number; wilson95: [number, number] };
  ces1: { values: number[]; mean: number; meanCi: [number, number]; low: number; share: number; wilson95: [number, number] };
}
const ref = readJson<Ref>('gap', 'metrics.json');
const nums = (a: readonly (number | null)[]): number[] => a.map((v) => (v === null ? NaN : v));
const close = (a: number, b: number, tol = 1e-12): void => {
  expect(Math.abs(a - b) / Math.max(1, Math.abs(b))).toBeLessThanOrEqual(tol);
};

describe('nps (docs/methodology.md#nps) vs independent NumPy count', () => {
  it('satisfaction loy2 (0–10): bands, NPS, trinomial SE, CI at 95% and 90%', () => {
    for (const [name, c] of Object.entries(ref.nps)) {
      const r = nps(c.values, { level: c.level ?? 0.95, scale: name.includes('1-10') ? '1-10' : '0-10' });
      expect(r.n).toBe(c.n);
      expect(r.counts).toEqual({ promoters: c.promoters, passives: c.passives, detractors: c.detractors });
      close(r.nps, c.nps);
      close(r.se, c.se);
      close(r.ci.lower, c.ci[0]);
      close(r.ci.upper, c.ci[1]);
    }
  });
  it('warns for a 1–10 item (mobi CUSL3) and refuses 0 on that scale', () => {
    const c = ref.nps['mobi CUSL3 (1-10)']!;
    const r = nps(c.values, { scale: '1-10' });
    expect(r.warnings[0]?.kind).toBe('nps_scale_1_10');
    expect(() => nps([0, 5], { scale: '1-10' })).toThrow(/row 1 has value 0/);
  });
  it('names the row and value of off-scale answers, all at once', () => {
    try {
      nps([9, 11, 3.5, NaN]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CsiError);
      const err = e as CsiError;
      expect(err.issues).toHaveLength(2);
      expect(err.issues[0]?.message).toBe('Item "NPS" in row 2 has value 11, outside its scale 0–10 (whole points).');
    }
  });
  it('tiny worked example', () => {
    const r = nps([10, 9, 9, 8, 7, 6, 3, 10, 9, 5]);
    expect(r.nps).toBeCloseTo(20, 12);
    // SE = 100·√((0.5 + 0.3 − 0.2²)/10)
    expect(r.se).toBeCloseTo(100 * Math.sqrt(0.76 / 10), 12);
  });
});

describe('npsDifference vs independent computation (loy2, men vs women)', () => {
  it('difference, SE_diff, z, p and CI', () => {
    const c = ref.npsDifference;
    const r = npsDifference(c.a, c.b);
    close(r.estimate, c.estimate);
    close(r.se, c.se);
    close(r.statistic, c.z);
    expect(Math.abs(r.pValue - c.pValue) / c.pValue).toBeLessThan(1e-12);
    close(r.ci.lower, c.ci[0]);
    close(r.ci.upper, c.ci[1]);
    // accepts nps() results too
    expect(npsDifference(nps(c.a), nps(c.b)).statistic).toBe(r.statistic);
  });
});

describe('csat (docs/methodology.md#csat) on the kiosk "satisfied" item (1–5)', () => {
  const c = ref.csat;
  it('top-2-box share, SE, Wilson and Wald CI, mean', () => {
    const r = csat(nums(c.values), { min: 1, max: 5 });
    expect(r.n).toBe(c.n);
    expect(r.missing).toBe(c.missing);
    expect(r.satisfied).toBe(c.top2);
    close(r.share, c.share);
    close(r.percent, 100 * c.share);
    close(r.se, c.se);
    close(r.ci.lower, c.wilson95[0]);
    close(r.ci.upper, c.wilson95[1]);
    close(r.mean, c.mean);
    close(r.sd, c.sd);
    const w = csat(nums(c.values), { min: 1, max: 5 }, { interval: 'wald' });
    close(w.ci.lower, c.wald95[0]);
    close(w.ci.upper, c.wald95[1]);
  });
  it('top-box (boxes = 1) at 90%', () => {
    const r = csat(nums(c.values), { min: 1, max: 5 }, { boxes: 1, level: 0.9 });
    expect(r.satisfied).toBe(c.top1);
    close(r.ci.lower, c.top1wilson90[0]);
    close(r.ci.upper, c.top1wilson90[1]);
  });
  it('proportionCi Wilson equals SciPy binomtest', () => {
    const p = proportionCi(c.top2, c.n);
    close(p.ci.lower, c.wilson95[0]);
  });
});

describe('ces (docs/methodology.md#ces)', () => {
  it('CES 2.0 on kiosk item 17-2 perception (1–7): mean, t CI, % agree with Wilson CI', () => {
    const c = ref.ces2;
    const r = ces(nums(c.values), { version: 2 });
    expect(r.higherIsBetter).toBe(true);
    expect(r.n).toBe(c.n);
    close(r.mean, c.mean);
    close(r.meanCi.lower, c.meanCi[0]);
    close(r.meanCi.upper, c.meanCi[1]);
    close(r.favourable.share, c.share);
    close(r.favourable.ci.lower, c.wilson95[0]);
    close(r.favourable.ci.upper, c.wilson95[1]);
  });
  it('CES 1.0 (1–5, lower is better): % low effort', () => {
    const c = ref.ces1;
    const r = ces(c.values, { version: 1 });
    expect(r.higherIsBetter).toBe(false);
    close(r.mean, c.mean);
    close(r.meanCi.upper, c.meanCi[1]);
    close(r.favourable.share, c.share);
    close(r.favourable.ci.lower, c.wilson95[0]);
    expect(() => ces([6, 2], { version: 1 })).toThrow(/outside its scale 1–5/);
  });
});
