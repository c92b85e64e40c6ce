import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CsiError, complaintFunnel, paretoAnalysis } from 'csi-analytics';
import { readJson } from '../helpers/fixtures.js';

// Expected numbers: test/fixtures/programme/complaints_simulated.json, written by the independent
// NumPy/SciPy script test/fixtures/scripts/programme_complaints.py (NumPy 2.4, SciPy 1.17.1), which
// also simulated examples/data/complaints-simulated.csv (seed 20261203; see its docstring).
// Pareto by collections.Counter, χ² by scipy.stats.chi2_contingency, Wilson by
// scipy.stats.binomtest(...).proportion_ci, delta-method SEs with NUMERICAL gradients.
type Interval = [number, number];
interface ParetoRef {
  total: number; vital: string[];
  rows: { category: string; count: number; share: number; cumulative: number; ci: Interval }[];
  crossTab?: { segments: string[]; table: number[][]; statistic: number; pValue: number; df: number; expected: number[][] };
}
interface Amount { estimate: number; se: number; ci: Interval; revenue: number }
const ref = readJson<{
  customers: number; margin: number; pareto: ParetoRef; paretoProblems: ParetoRef; paretoCut70: ParetoRef; pareto2x2: ParetoRef;
  funnel: {
    n: number; counts: Record<string, number>;
    repurchase: Record<string, { n: number; repurchase: number; rate: number; ci: Interval }>;
    rates: Record<string, [number, number, number]>;
    economics: Record<string, Amount>;
    contrasts: Record<string, { difference: number; z: number; pValue: number; ci: Interval }>;
  };
}>('programme', 'complaints_simulated.json');

const lines = readFileSync('examples/data/complaints-simulated.csv', 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
const rows = lines.map(([, tier, outcome, category, repurchase]) => ({ tier: tier!, outcome: outcome!, category: category!, repurchase: repurchase! }));
const complaints = rows.filter((r) => r.outcome !== 'no-problem' && r.outcome !== 'silent');

function caught(f: () => unknown): CsiError {
  try { f(); } catch (e) { if (e instanceof CsiError) return e; throw e; }
  throw new Error('did not throw');
}
const close = (a: number, b: number, tol: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(tol);

function expectPareto(got: ReturnType<typeof paretoAnalysis>, want: ParetoRef): void {
  expect(got.total).toBe(want.total);
  expect(got.vital).toEqual(want.vital);
  expect(got.rows.map((r) => [r.category, r.count])).toEqual(want.rows.map((r) => [r.category, r.count]));
  got.rows.forEach((r, i) => {
    const w = want.rows[i]!;
    close(r.share, w.share, 1e-15);
    close(r.cumulative, w.cumulative, 1e-12);
    close(r.ci.lower, w.ci[0], 1e-12);
    close(r.ci.upper, w.ci[1], 1e-12);
  });
}

describe('paretoAnalysis', () => {
  it('matches the Counter/SciPy witness: ranks, shares, Wilson intervals, 80% cut, cross-tab χ²', () => {
    const p = paretoAnalysis(complaints.map((r) => r.category), { segments: complaints.map((r) => r.tier) });
    expect(p.kind).toBe('csi.pareto');
    expectPareto(p, ref.pareto);
    expect(p.vitalShare).toBe(p.rows[p.vital.length - 1]!.cumulative);
    expect(p.vitalShare).toBeGreaterThanOrEqual(0.8);
    expect(p.rows[p.vital.length - 2]!.cumulative).toBeLessThan(0.8);
    const x = p.crossTab!;
    const w = ref.pareto.crossTab!;
    expect(x.segments).toEqual(w.segments);
    expect(x.counts).toEqual(w.table);
    expect(x.test.df).toBe(w.df);
    close(x.test.statistic, w.statistic, 1e-10);
    close(x.test.pValue, w.pValue, 1e-12);
    x.test.expected.forEach((row, i) => row.forEach((e, j) => close(e, w.expected[i]![j]!, 1e-12)));
    // Column shares sum to 1 per segment.
    x.segments.forEach((_, j) => close(x.columnShares.reduce((t, r) => t + r[j]!, 0), 1, 1e-12));
    expect(x.test.warnings.some((wn) => wn.kind === 'small_expected')).toBe(true);
    expect(Object.isFrozen(p.rows[0])).toBe(true);
  });

  it('2 × 2 cross-tab uses Yates like SciPy; counts-record input and cut 0.7 match too', () => {
    const two = complaints.filter((r) => r.category === 'billing' || r.category === 'network');
    const p2 = paretoAnalysis(two.map((r) => r.category), { segments: two.map((r) => r.tier) });
    expect(p2.crossTab!.test.yates).toBe(true);
    close(p2.crossTab!.test.statistic, ref.pareto2x2.crossTab!.statistic, 1e-12);
    close(p2.crossTab!.test.pValue, ref.pareto2x2.crossTab!.pValue, 1e-12);
    const counts: Record<string, number> = {};
    for (const r of rows) if (r.category !== '') counts[r.category] = (counts[r.category] ?? 0) + 1;
    const pp = paretoAnalysis(counts);
    expectPareto(pp, ref.paretoProblems);
    expect(pp.crossTab).toBeNull();
    expectPareto(paretoAnalysis(complaints.map((r) => r.category), { cut: 0.7 }), ref.paretoCut70);
  });

  it('by hand: exact cut, ties by label, missing entries', () => {
    // a:2, b:1, c:1, d:1 → cumulative 0.4, 0.6, 0.8 (reaches 0.8 exactly at c), 1.
    const p = paretoAnalysis(['c', 'a', null, 'b', 'a', '', 'd']);
    expect(p.rows.map((r) => r.category)).toEqual(['a', 'b', 'c', 'd']);
    expect(p.vital).toEqual(['a', 'b', 'c']);
    expect(p.missing).toBe(2);
    expect(p.total).toBe(5);
  });

  it('validates entries, segments and options', () => {
    const e = caught(() => paretoAnalysis(['a', 3 as never, 'b'], { segments: ['x'] }));
    expect(e.code).toBe('INVALID_DATA');
    expect(e.issues.map((i) => i.message)).toEqual([
      'Entry 2 of paretoAnalysis categories is 3; expected a category label (string) or null.',
      'Option "segments" of paretoAnalysis has 1 entries; expected one per complaint (3).',
    ]);
    expect(caught(() => paretoAnalysis({ a: 2, b: -1 })).issues[0]!.message).toBe('Category "b" of paretoAnalysis has count -1; expected a non-negative integer.');
    expect(caught(() => paretoAnalysis({ a: 2 }, { segments: ['x', 'y'] })).issues[0]!.kind).toBe('invalid_option');
    expect(caught(() => paretoAnalysis(['a', 'b'], { segments: ['x', 'x'] })).issues[0]!.kind).toBe('table_too_small');
    expect(caught(() => paretoAnalysis([null])).code).toBe('INSUFFICIENT_DATA');
    expect(caught(() => paretoAnalysis(['a'], { cutt: 0.8 } as never)).issues[0]!.message).toMatch(/did you mean "cut"/);
    expect(caught(() => paretoAnalysis(['a'], { cut: 1.5 })).code).toBe('INVALID_OPTIONS');
  });
});

describe('complaintFunnel', () => {
  const f = complaintFunnel(
    { outcome: rows.map((r) => r.outcome), repurchase: rows.map((r) => r.repurchase) },
    { customers: ref.customers, margin: ref.margin, repurchaseYes: ['yes'] },
  );

  it('matches the SciPy witness: counts, funnel rates and repurchase rates with Wilson intervals', () => {
    expect(f.kind).toBe('csi.complaint-funnel');
    expect(f.n).toBe(ref.funnel.n);
    expect({ ...f.counts }).toEqual(ref.funnel.counts);
    expect(f.base).toBe('all-customers');
    for (const [name, [est, lo, hi]] of Object.entries(ref.funnel.rates)) {
      const s = (f.stages as unknown as Record<string, { rate?: number; estimate?: number; ci: { lower: number; upper: number } }>)[name]!;
      close(s.rate ?? s.estimate!, est, 1e-12);
      close(s.ci.lower, lo, 1e-12);
      close(s.ci.upper, hi, 1e-12);
    }
    for (const [o, w] of Object.entries(ref.funnel.repurchase)) {
      const r = f.repurchase[o]!;
      expect([r.successes, r.n]).toEqual([w.repurchase, w.n]);
      close(r.rate, w.rate, 1e-15);
      close(r.ci.lower, w.ci[0], 1e-12);
      close(r.ci.upper, w.ci[1], 1e-12);
    }
  });

  it('recovery, paradox and complaining contrasts equal the witness', () => {
    for (const [name, w] of Object.entries(ref.funnel.contrasts)) {
      const c = f.contrasts[name]!;
      close(c.difference, w.difference, 1e-14);
      close(c.z, w.z, 1e-12);
      close(c.pValue, w.pValue, 1e-12);
      close(c.ci.lower, w.ci[0], 1e-12);
      close(c.ci.upper, w.ci[1], 1e-12);
    }
  });

  it('customers and revenue lost and won back: estimates exact, delta-method SEs equal the numerical-gradient witness', () => {
    const e = f.economics!;
    const pick = (key: string): { estimate: number; se: number; revenue: { estimate: number } | null } => {
      const [what, o] = key.split(':') as ['lost' | 'excess' | 'wonBack', string];
      const field = what === 'excess' ? 'excessLost' : what;
      return (o === 'total' ? e.total[field] : e.byOutcome[o]![field])!;
    };
    for (const [key, w] of Object.entries(ref.funnel.economics)) {
      const a = pick(key);
      close(a.estimate, w.estimate, 1e-7);
      // Central differences with h = 1e-6 are exact for these near-quadratic functions to ~1e-6 relative.
      expect(Math.abs(a.se - w.se) / w.se).toBeLessThan(1e-6);
      close(a.revenue!.estimate, w.revenue, 1e-5);
    }
    // Customers per outcome sum to the base over all outcomes incl. no-problem.
    close(Object.values(e.byOutcome).reduce((t, x) => t + x.customers.estimate, 0) + (ref.customers * f.counts['no-problem']!) / f.n, ref.customers, 1e-6);
  });

  it('counts input equals column input; without no-problem customers the baseline parts are null', () => {
    const counts = Object.fromEntries(Object.entries(ref.funnel.repurchase).map(([o, w]) => [o, { n: w.n, repurchase: w.repurchase }]));
    const g = complaintFunnel(counts, { customers: ref.customers, margin: ref.margin });
    expect(g.economics!.total.wonBack!.se).toBe(f.economics!.total.wonBack!.se);
    const { 'no-problem': _, ...problemsOnly } = counts;
    const h = complaintFunnel(problemsOnly, { customers: 50_000 });
    expect(h.base).toBe('customers-with-problem');
    expect(h.stages.problemRate).toBeNull();
    expect(h.contrasts.paradox).toBeUndefined();
    expect(h.economics!.total.excessLost).toBeNull();
    expect(h.economics!.byOutcome.silent!.excessLost).toBeNull();
    expect(h.warnings.map((w) => w.kind)).toEqual(['no_baseline']);
    expect(h.economics!.margin).toBeNull();
    expect(h.economics!.total.lost.revenue).toBeNull();
    // By hand: lost silent = N·(silent non-buyers)/n.
    const sil = ref.funnel.repurchase.silent!;
    const np = Object.values(problemsOnly).reduce((t, c) => t + c.n, 0);
    close(h.economics!.byOutcome.silent!.lost.estimate, (50_000 * (sil.n - sil.repurchase)) / np, 1e-9);
  });

  it('validates outcomes, repurchase values, counts and options', () => {
    const e = caught(() => complaintFunnel({ outcome: ['silent', 'resolvd', null], repurchase: [true, 1, 'maybe'] }));
    expect(e.code).toBe('INVALID_DATA');
    expect(e.issues.map((i) => i.message)).toEqual([
      'Row 2 of complaintFunnel has outcome "resolvd"; expected one of no-problem, silent, resolved-quickly, resolved, unresolved or null (use "outcomeMap" to translate labels). Did you mean "resolved"?',
      'Row 3 of complaintFunnel has repurchase "maybe"; expected true/false, 1/0, or text labels together with option "repurchaseYes" (e.g. ["yes"]).',
    ]);
    const c = caught(() => complaintFunnel({ silnt: { n: 3, repurchase: 1 }, resolved: { n: 2, repurchase: 3 } } as never));
    expect(c.issues.map((i) => i.kind)).toEqual(['unknown_outcome', 'invalid_count']);
    expect(c.issues[0]!.message).toMatch(/Did you mean "silent"\?/);
    expect(caught(() => complaintFunnel({ 'no-problem': { n: 5, repurchase: 4 } })).code).toBe('INSUFFICIENT_DATA');
    expect(caught(() => complaintFunnel({ silent: { n: 5, repurchase: 4 } }, { customer: 10 } as never)).issues[0]!.message).toMatch(/did you mean "customers"/);
    const m = complaintFunnel({ outcome: ['kept quiet', 'fixed', 'x'], repurchase: [0, 1, 1] }, { outcomeMap: { 'kept quiet': 'silent', fixed: 'resolved' } });
    expect(m.n).toBe(2);
    expect(m.unassigned).toBe(1);
  });
});

describe('summarizeComplaintFunnel and summarizePareto', () => {
  it('copy the numbers unrounded and draw valid Vega-Lite charts', async () => {
    const { summarizeComplaintFunnel, summarizePareto } = await import('csi-analytics/report');
    const { compile } = await import('vega-lite');
    const p = paretoAnalysis(complaints.map((r) => r.category), { segments: complaints.map((r) => r.tier) });
    const s = summarizePareto(p);
    expect(s.name).toBe('pareto');
    expect(s.tables[0]!.rows[0]!.cumulative).toBe(ref.pareto.rows[0]!.cumulative);
    expect(s.tables[1]!.rows.length).toBe(ref.pareto.crossTab!.table.length);
    const f2 = complaintFunnel({ outcome: rows.map((r) => r.outcome), repurchase: rows.map((r) => r.repurchase) }, { customers: ref.customers, margin: ref.margin, repurchaseYes: ['yes'] });
    const t = summarizeComplaintFunnel(f2);
    expect(t.name).toBe('complaint-funnel');
    const rep = t.tables.find((x) => x.name === 'repurchase')!;
    expect(rep.rows.find((r) => r.outcome === 'unresolved')!.rate).toBe(ref.funnel.repurchase.unresolved!.rate);
    const econ = t.tables.find((x) => x.name === 'economics')!;
    expect(econ.rows.find((r) => r.outcome === 'total')!.wonBack).toBe(f2.economics!.total.wonBack!.estimate);
    for (const c of [...s.charts, ...t.charts]) {
      expect(c.kind).toBe('vega-lite');
      if (c.kind === 'vega-lite') expect(() => compile(c.spec)).not.toThrow();
    }
  });
});
