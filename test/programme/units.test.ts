import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { likert, pearsonCorrelation, unitLeagueTable, unitLinkage } from 'csi-analytics';
import { readDataset } from 'csi-analytics/node';
import { readJson } from '../helpers/fixtures.js';
import { unitsCsv } from '../fixtures/scripts/simulate_units.js';
import { caught } from '../helpers/errors.js';

// Expected numbers: test/fixtures/programme/units_simulated.json, written by the independent
// NumPy/SciPy script test/fixtures/scripts/programme_units.py (NumPy 2.4, SciPy 1.17.1):
// funnel limits with scipy.stats.norm.ppf (Spiegelhalter 2005), scipy.stats.pearsonr with its
// Fisher-z confidence_interval(), scipy.stats.linregress.
type Interval = [number, number];
interface League {
  target: number; sigma: number; N: number; order: string[]; phi: number; tau2: number;
  rows: Record<string, { n: number; mean: number; sd: number; z: number; lower95: number; upper95: number; lower998: number; upper998: number; status: string; ci: Interval }>;
  additive: Record<string, { z: number; upper998: number; status: string }>;
}
const ref = readJson<{
  customers: League; employees: League;
  linkage: { units: string[]; r: number; p: number; ci: Interval; slope: number; intercept: number; slopeSe: number; interceptSe: number; slopeCi: Interval; r2: number };
}>('programme', 'units_simulated.json');

const scale = { defaultScale: likert(1, 10) };
const customers = readDataset('examples/data/units-customers-simulated.csv', scale);
const employees = readDataset('examples/data/units-employees-simulated.csv', scale);
const score = (d: typeof customers, items: string[]) => Float64Array.from({ length: d.n }, (_, r) => items.reduce((s, it) => s + (100 * (d.columns[it]![r]! - 1)) / 9, 0) / items.length);
const cusScores = { scores: score(customers, ['CSAT1', 'CSAT2', 'CSAT3']), units: customers.factors.unit! };
const empScores = { scores: score(employees, ['ENG1', 'ENG2', 'ENG3']), units: employees.factors.unit! };

const close = (a: number, b: number, tol: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(tol);

describe('unitLeagueTable', () => {
  it('the bundled unit data are the seeded simulateSurvey output (provenance)', () => {
    const { employees: e, customers: c } = unitsCsv();
    expect(readFileSync('examples/data/units-employees-simulated.csv', 'utf8')).toBe(e);
    expect(readFileSync('examples/data/units-customers-simulated.csv', 'utf8')).toBe(c);
  });

  const t = unitLeagueTable(cusScores);

  it('matches the SciPy witness: target, pooled SD, funnel limits, z and status per unit', () => {
    const w = ref.customers;
    expect(t.kind).toBe('csi.unit-league-table');
    expect(t.n).toBe(w.N);
    close(t.target, w.target, 1e-11);
    close(t.sigma, w.sigma, 1e-11);
    expect(t.rows.map((r) => r.unit)).toEqual(w.order);
    for (const r of t.rows) {
      const x = w.rows[r.unit]!;
      expect(r.n).toBe(x.n);
      close(r.mean, x.mean, 1e-11);
      close(r.sd!, x.sd, 1e-11);
      close(r.z, x.z, 1e-10);
      close(r.limits.lower95, x.lower95, 1e-11);
      close(r.limits.upper95, x.upper95, 1e-11);
      close(r.limits.lower998, x.lower998, 1e-11);
      close(r.limits.upper998, x.upper998, 1e-11);
      close(r.ci.lower, x.ci[0], 1e-10);
      close(r.ci.upper, x.ci[1], 1e-10);
      expect(r.status).toBe(x.status);
    }
    close(t.overdispersion.phi, w.phi, 1e-10);
    expect(t.overdispersion.tau2).toBe(0);
    expect(t.warnings.map((x) => x.kind)).toContain('overdispersion');
  });

  it('additive overdispersion (random-effects funnel) equals the witness', () => {
    const a = unitLeagueTable(cusScores, { overdispersion: 'additive' });
    close(a.overdispersion.tau2, ref.customers.tau2, 1e-9);
    for (const r of a.rows) {
      const x = ref.customers.additive[r.unit]!;
      close(r.z, x.z, 1e-10);
      close(r.limits.upper998, x.upper998, 1e-10);
      expect(r.status).toBe(x.status);
    }
    expect(a.flagged.high.length).toBeLessThan(t.flagged.high.length);
  });

  it('small units are not flagged by rank alone: summaries by hand', () => {
    // σ given 18, target 70: south n = 12 → SE 5.196, limits 70 ± 10.18 → 79 is within; north n = 400 → SE 0.9, 72.5 is z = 2.78 → high-95.
    const s = unitLeagueTable([
      { unit: 'north', mean: 72.5, n: 400 }, { unit: 'south', mean: 79, n: 12 }, { unit: 'east', mean: 69, n: 300 },
    ], { sd: 18, target: 70 });
    expect(s.naive.best).toBe('south');
    expect(s.rows.find((r) => r.unit === 'south')!.status).toBe('within');
    expect(s.rows.find((r) => r.unit === 'north')!.status).toBe('high-95');
    close(s.rows.find((r) => r.unit === 'south')!.limits.upper95, 70 + 1.959963984540054 * 18 / Math.sqrt(12), 1e-12);
    expect(s.flagged).toEqual({ high: ['north'], low: [] });
  });

  it('validates input and options', () => {
    const e = caught(() => unitLeagueTable([{ unit: 'a', mean: 70, n: 0, sd: 1 }, { unit: 'a', mean: NaN, n: 3, sd: 2 }]));
    expect(e.code).toBe('INVALID_DATA');
    expect(e.issues.map((i) => i.message)).toEqual([
      'Unit 1 ("a") of unitLeagueTable has n 0; expected a positive integer.',
      'Unit 2 ("a") of unitLeagueTable repeats an earlier unit.',
      'Unit 2 ("a") of unitLeagueTable has mean NaN; expected a finite number.',
    ]);
    expect(caught(() => unitLeagueTable([{ unit: 'a', mean: 70, n: 5 }, { unit: 'b', mean: 71, n: 5 }])).issues[0]!.kind).toBe('missing_sd');
    expect(caught(() => unitLeagueTable({ scores: [1, 2, Infinity], units: ['a', 'b', 'b'] })).issues[0]!.message).toBe('Row 3 (unit "b") of unitLeagueTable has score Infinity; expected a finite number or NaN (missing).');
    expect(caught(() => unitLeagueTable({ scores: [1, 2], units: ['a', 'a'] })).code).toBe('INSUFFICIENT_DATA');
    expect(caught(() => unitLeagueTable(cusScores, { overdispersion: 'multiplicative' as never })).code).toBe('INVALID_OPTIONS');
  });
});

describe('unitLinkage and pearsonCorrelation', () => {
  it('matches scipy.stats.pearsonr (Fisher-z CI) and linregress across units', () => {
    const link = unitLinkage(unitLeagueTable(empScores), unitLeagueTable(cusScores));
    const w = ref.linkage;
    expect(link.kind).toBe('csi.unit-linkage');
    expect(link.units).toEqual(w.units);
    close(link.correlation.r, w.r, 1e-12);
    close(link.correlation.pValue, w.p, 1e-12);
    close(link.correlation.ci.lower, w.ci[0], 1e-12);
    close(link.correlation.ci.upper, w.ci[1], 1e-12);
    close(link.regression.slope.estimate, w.slope, 1e-12);
    close(link.regression.slope.se, w.slopeSe, 1e-12);
    close(link.regression.slope.ci.lower, w.slopeCi[0], 1e-11);
    close(link.regression.intercept.estimate, w.intercept, 1e-9);
    close(link.regression.intercept.se, w.interceptSe, 1e-9);
    close(link.regression.rSquared, w.r2, 1e-12);
    expect(link.warnings).toEqual([]);
  });

  it('joins records by unit and reports unmatched units; validates', () => {
    const l = unitLinkage({ a: 1, b: 2, c: 3, d: 5, x: 9 }, { a: 2, b: 2.5, c: 4, d: 4.5, y: 1 });
    expect(l.units).toEqual(['a', 'b', 'c', 'd']);
    expect(l.unmatched).toEqual({ xOnly: ['x'], yOnly: ['y'] });
    expect(l.warnings.map((w) => w.kind)).toEqual(['unmatched_units', 'few_units']);
    // By hand: x̄ = 2.75, ȳ = 3.25, Sxy = 5.75, Sxx = 8.75, Syy = 4.25 → r = 5.75/√(8.75·4.25).
    close(l.correlation.r, 5.75 / Math.sqrt(8.75 * 4.25), 1e-14);
    close(pearsonCorrelation([1, 2, 3, 5], [2, 2.5, 4, 4.5]).r, l.correlation.r, 0);
    expect(caught(() => unitLinkage({ a: 1, b: 2, c: 3 }, { a: 1, b: 2, c: 3 })).code).toBe('INSUFFICIENT_DATA');
    expect(caught(() => unitLinkage({ a: NaN }, { a: 1 })).issues[0]!.message).toBe('Unit "a" of the first (x) input of unitLinkage has value NaN; expected a finite number.');
    expect(caught(() => pearsonCorrelation([1, 2, 3, 4], [1, 1, 1, 1])).code).toBe('INSUFFICIENT_DATA');
  });
});

describe('summarizeUnits', () => {
  it('copies the numbers unrounded and draws valid funnel and scatter charts', async () => {
    const { summarizeUnitLeagueTable, summarizeUnitLinkage } = await import('csi-analytics/report');
    const { compile } = await import('vega-lite');
    const t = unitLeagueTable(cusScores);
    const s = summarizeUnitLeagueTable(t);
    expect(s.name).toBe('unit-league-table');
    expect(s.tables[0]!.rows[0]!.unit).toBe(ref.customers.order[0]);
    expect(s.tables[0]!.rows[0]!.upper998).toBe(t.rows[0]!.limits.upper998);
    const l = summarizeUnitLinkage(unitLinkage(unitLeagueTable(empScores), t));
    expect(l.tables[0]!.rows.find((r) => r.statistic === 'Pearson r')!.estimate).toBe(unitLinkage(unitLeagueTable(empScores), t).correlation.r);
    for (const c of [...s.charts, ...l.charts]) {
      expect(c.kind).toBe('vega-lite');
      if (c.kind === 'vega-lite') expect(() => compile(c.spec)).not.toThrow();
    }
  });
});
