import { describe, expect, it } from 'vitest';
import { competitorGap } from 'csi-analytics';
import { targetGap } from 'csi-analytics';
import { complaintRecovery, type ComplaintSegment } from 'csi-analytics';
import { loadMobi, readJson } from '../helpers/fixtures.js';
import type { Dataset } from 'csi-analytics';

type Num = number | null;
interface Ref {
  inputs: { ours: Record<string, Num[]>; theirs: Record<string, Num[]> };
  bootstrap: { resamples: number; seed: number };
  competitor: Record<string, { ours: number; theirs: number; nOurs: number; nTheirs: number; difference: number; t: number; df: number; p: number; pHolm: number; ciLower: number; ciUpper: number; bootLower: number; bootUpper: number }>;
  target: { target: number; index: number; gap: number; se: number; t: number; df: number; p: number; probabilityMeetsTarget: number; ciLower: number; ciUpper: number; n: number; summaryNormal: { index: number; se: number; target: number; prob: number; p: number } };
  complaints: {
    counts: Record<string, number>;
    outcomes: Record<string, {
      segments: Record<string, { n: number; mean: number; sd: number; ciLower: number; ciUpper: number }>;
      kruskalH: number; kruskalP: number; welchF: number; welchP: number;
      contrasts: Record<string, { difference: number; t: number; p: number; pHolm: number }>;
      recoveryValue: number; complainers: number;
    }>;
  };
}
// Independent computation: test/fixtures/scripts/gap_two_sample_reference.py (SciPy 1.17.1, NumPy 2.4.6,
// PRNG re-implemented in Python from its definition).
const ref = readJson<Ref>('gap', 'two-sample-reference.json');
const rel = (a: number | null | undefined, b: number, tol: number): void => {
  expect(a).not.toBeNull();
  expect(Math.abs((a as number) - b)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(b)));
};

describe('competitorGap: mobi (ours) vs bank satisfaction data (competitor)', () => {
  const r = competitorGap(ref.inputs.ours, { bank: ref.inputs.theirs }, { resamples: ref.bootstrap.resamples, seed: ref.bootstrap.seed });
  it('Welch t, df, p, CI and Holm match SciPy (1e-10)', () => {
    for (const m of Object.keys(ref.competitor)) {
      const c = r.comparisons.bank![m]!;
      const e = ref.competitor[m]!;
      expect(c.nOurs).toBe(e.nOurs);
      expect(c.nTheirs).toBe(e.nTheirs);
      rel(c.ours, e.ours, 1e-12);
      rel(c.theirs, e.theirs, 1e-12);
      rel(c.difference, e.difference, 1e-12);
      rel(c.t, e.t, 1e-10);
      rel(c.df, e.df, 1e-10);
      rel(c.pValue, e.p, 1e-8);
      rel(c.pHolm, e.pHolm, 1e-8);
      rel(c.ci.lower, e.ciLower, 1e-9);
      rel(c.ci.upper, e.ciUpper, 1e-9);
    }
  });
  it('seeded bootstrap CI equals the NumPy computation on the same PRNG draws (1e-10)', () => {
    for (const m of Object.keys(ref.competitor)) {
      const b = r.comparisons.bank![m]!.bootstrap!;
      expect(b.draws).toBe(ref.bootstrap.resamples);
      rel(b.lower, ref.competitor[m]!.bootLower, 1e-10);
      rel(b.upper, ref.competitor[m]!.bootUpper, 1e-10);
    }
  });
  it('radar table and defaults', () => {
    expect(r.radar.axes).toEqual(['satisfaction', 'loyalty', 'image']);
    expect(r.radar.series.map((s) => s.name)).toEqual(['ours', 'bank']);
    rel(r.radar.series[1]!.values[1]!, ref.competitor.loyalty!.theirs, 1e-12);
    const single = competitorGap(ref.inputs.ours, ref.inputs.theirs, { resamples: 0, measures: ['image'] });
    expect(single.competitors).toEqual(['competitor']);
    expect(single.comparisons.competitor!.image!.bootstrap).toBeNull();
    expect(() => competitorGap(ref.inputs.ours, ref.inputs.theirs, { measures: ['value'] })).toThrow(/"value"/);
  });
  it('same seed → same interval; different seed → different draws', () => {
    const a = competitorGap(ref.inputs.ours, ref.inputs.theirs, { resamples: 200, seed: 3 });
    const b = competitorGap(ref.inputs.ours, ref.inputs.theirs, { resamples: 200, seed: 3 });
    const c = competitorGap(ref.inputs.ours, ref.inputs.theirs, { resamples: 200, seed: 4 });
    expect(a.comparisons.competitor!.image!.bootstrap).toEqual(b.comparisons.competitor!.image!.bootstrap);
    expect(a.comparisons.competitor!.image!.bootstrap!.lower).not.toBe(c.comparisons.competitor!.image!.bootstrap!.lower);
  });
});

describe('targetGap', () => {
  const t = ref.target;
  it('one-sample t on y − T and P(true index ≥ T) match SciPy', () => {
    const g = targetGap(ref.inputs.ours.satisfaction!, t.target);
    expect(g.n).toBe(t.n);
    rel(g.index, t.index, 1e-12);
    rel(g.gap, t.gap, 1e-12);
    rel(g.se, t.se, 1e-12);
    rel(g.statistic, t.t, 1e-10);
    expect(g.df).toBe(t.df);
    rel(g.pValue, t.p, 1e-8);
    rel(g.probabilityMeetsTarget, t.probabilityMeetsTarget, 1e-8);
    rel(g.ci.lower, t.ciLower, 1e-9);
    rel(g.ci.upper, t.ciUpper, 1e-9);
    expect(g.warnings[0]?.kind).toBe('missing_scores');
  });
  it('summary input with a normal reference', () => {
    const s = t.summaryNormal;
    const g = targetGap({ index: s.index, se: s.se }, s.target);
    expect(g.reference).toBe('normal');
    rel(g.probabilityMeetsTarget, s.prob, 1e-12);
    rel(g.pValue, s.p, 1e-12);
  });
  it('accepts an index result with respondent scores', () => {
    const g = targetGap({ index: 0, construct: 'CUSA', respondents: { scores: ref.inputs.ours.satisfaction! } }, t.target);
    expect(g.label).toBe('CUSA');
    rel(g.statistic, t.t, 1e-10);
    expect(() => targetGap({ index: 70 } as never, 75)).toThrow(/no respondent scores/);
  });
});

describe('complaintRecovery on mobi (segments derived from CUSCO for illustration)', () => {
  const mobi = loadMobi();
  const rule = (r: number): ComplaintSegment => {
    const v = mobi.columns.CUSCO![r]!;
    return v <= 4 ? 'unresolved' : v >= 8 ? 'resolved' : 'no-complaint';
  };
  const res = complaintRecovery(mobi, rule, { loyalty: ['CUSL1', 'CUSL2', 'CUSL3'], satisfaction: ['CUSA1', 'CUSA2', 'CUSA3'] });
  it('segment counts', () => {
    for (const [s, n] of Object.entries(ref.complaints.counts)) expect(res.counts[s]).toBe(n);
    expect(res.counts.unassigned).toBe(0);
    expect(res.resolutionRate).toBeCloseTo(ref.complaints.counts.resolved! / (ref.complaints.counts.resolved! + ref.complaints.counts.unresolved!), 14);
  });
  it('segment means/CIs, Kruskal–Wallis, Welch ANOVA, Welch contrasts + Holm and recovery value match SciPy', () => {
    for (const [name, e] of Object.entries(ref.complaints.outcomes)) {
      const o = res.outcomes[name]!;
      for (const [s, es] of Object.entries(e.segments)) {
        const g = o.segments[s]!;
        expect(g.n).toBe(es.n);
        rel(g.mean, es.mean, 1e-12);
        rel(g.sd, es.sd, 1e-12);
        rel(g.ci!.lower, es.ciLower, 1e-10);
        rel(g.ci!.upper, es.ciUpper, 1e-10);
      }
      rel(o.kruskalWallis!.statistic, e.kruskalH, 1e-10);
      rel(o.kruskalWallis!.pValue, e.kruskalP, 1e-8);
      rel(o.welchAnova!.statistic, e.welchF, 1e-10);
      rel(o.welchAnova!.pValue, e.welchP, 1e-8);
      for (const [c, ec] of Object.entries(e.contrasts)) {
        const k = o.contrasts[c]!;
        rel(k.difference, ec.difference, 1e-12);
        rel(k.t, ec.t, 1e-10);
        rel(k.pValue, ec.p, 1e-8);
        rel(k.pHolm, ec.pHolm, 1e-8);
        expect(k.verdict).toBe(ec.pHolm < 0.05 ? (ec.difference > 0 ? 'supported' : 'reversed') : 'not-significant');
      }
      rel(o.recoveryValue!.total, e.recoveryValue, 1e-10);
      expect(o.recoveryValue!.complainers).toBe(e.complainers);
    }
  });
  it('factor column with segmentMap, unknown values rejected with row numbers', () => {
    const label: Record<string, string> = { unresolved: 'open', resolved: 'fixed', 'no-complaint': 'none' };
    const withFactor: Dataset = { ...mobi, factorNames: ['complaint'], factors: { complaint: Array.from({ length: mobi.n }, (_, r) => label[rule(r)] ?? null) } };
    const r2 = complaintRecovery(withFactor, 'complaint', ['CUSL1'], { segmentMap: { open: 'unresolved', fixed: 'resolved', none: 'no-complaint' } });
    expect(r2.counts.resolved).toBe(ref.complaints.counts.resolved);
    expect(() => complaintRecovery(withFactor, 'complaint', ['CUSL1'])).toThrow(/Row 1 has complaint segment/);
  });
});
