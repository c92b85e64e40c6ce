import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CsiError, likert, olsRegression, touchpointAnalysis } from 'csi-analytics';
import { readDataset } from 'csi-analytics/node';
import { readJson } from '../helpers/fixtures.js';
import { journeyCsv } from '../fixtures/scripts/simulate_journey.js';

// Expected numbers: test/fixtures/programme/touchpoints_simulated.json, written by the independent
// NumPy/SciPy script test/fixtures/scripts/programme_touchpoints.py (NumPy 2.4, SciPy 1.17.1):
// relative weights via numpy.linalg.eigh, Shapley by brute force over subsets with lstsq R²,
// OLS by lstsq with s²(XᵀX)⁻¹ (uncentred) and scipy.stats.t, scipy.stats.linregress.
type Interval = [number, number];
interface Ols { b: number[]; se: number[]; t: number[]; p: number[]; lower: number[]; upper: number[]; r2: number; adjR2: number; sigma: number; df: number; f: number; fp: number }
const ref = readJson<{
  n: number;
  touchpoints: Record<string, { mean: number; sd: number; ci: Interval; correlation: number; relativeWeight: number; shapley: number; weakestShare: number }>;
  overall: { mean: number; ci: Interval };
  rSquared: number; rSquaredMeanOnly: number; weakestLink: Ols; ols5: Ols;
  journeyWeighted: { mean: number; ci: Interval }; journeyEqual: { mean: number; ci: Interval };
  linregress: { slope: number; intercept: number; slopeSe: number; interceptSe: number; p: number };
}>('programme', 'touchpoints_simulated.json');

const journey = readDataset('examples/data/journey-simulated.csv', { defaultScale: likert(1, 10) });
const TP = ['TP_WEB', 'TP_STORE', 'TP_CHECKOUT', 'TP_DELIVERY', 'TP_SUPPORT'];
const pomp = (item: string) => Array.from(journey.columns[item]!, (v) => (100 * (v - 1)) / 9);

function caught(f: () => unknown): CsiError {
  try { f(); } catch (e) { if (e instanceof CsiError) return e; throw e; }
  throw new Error('did not throw');
}
const close = (a: number, b: number, tol: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(tol);

describe('olsRegression', () => {
  it('matches NumPy lstsq with s²(XᵀX)⁻¹ on five predictors', () => {
    const fit = olsRegression(Object.fromEntries(TP.map((t) => [t, pomp(t)])), pomp('SAT'));
    expect(fit.terms).toEqual(['(Intercept)', ...TP]);
    fit.terms.forEach((term, j) => {
      const c = fit.coefficients[term]!;
      close(c.estimate, ref.ols5.b[j]!, 1e-9);
      close(c.se, ref.ols5.se[j]!, 1e-9);
      close(c.t, ref.ols5.t[j]!, 1e-9);
      close(c.pValue, ref.ols5.p[j]!, 1e-12);
      close(c.ci.lower, ref.ols5.lower[j]!, 1e-9);
      close(c.ci.upper, ref.ols5.upper[j]!, 1e-9);
    });
    expect(fit.df).toBe(ref.ols5.df);
    close(fit.rSquared, ref.ols5.r2, 1e-12);
    close(fit.adjustedRSquared, ref.ols5.adjR2, 1e-12);
    close(fit.sigma, ref.ols5.sigma, 1e-10);
    close(fit.fStatistic, ref.ols5.f, 1e-8);
    close(fit.fPValue, ref.ols5.fp, 1e-15);
  });

  it('matches scipy.stats.linregress for one predictor; drops NaN rows; validates', () => {
    const fit = olsRegression({ x: pomp('TP_CHECKOUT') }, pomp('SAT'));
    close(fit.coefficients.x!.estimate, ref.linregress.slope, 1e-12);
    close(fit.coefficients.x!.se, ref.linregress.slopeSe, 1e-12);
    close(fit.coefficients['(Intercept)']!.estimate, ref.linregress.intercept, 1e-10);
    close(fit.coefficients['(Intercept)']!.se, ref.linregress.interceptSe, 1e-10);
    close(fit.coefficients.x!.pValue, ref.linregress.p, 1e-15);
    // By hand (NaN row dropped): x̄ = 2.5, ȳ = 6.125, Sxy = 10.25, Sxx = 5 → slope 2.05.
    const g = olsRegression({ x: [1, 2, 3, NaN, 4] }, [3, 5, 7.5, 1, 9]);
    expect(g.n).toBe(4);
    expect(g.dropped).toBe(1);
    close(g.coefficients.x!.estimate, 2.05, 1e-12);
    expect(caught(() => olsRegression({ x: [1, 2, 3], z: [2, 4, 6] }, [1, 2, 4])).code).toBe('INSUFFICIENT_DATA');
    expect(caught(() => olsRegression({ x: [1, 2, 3, 4, 5], z: [2, 4, 6, 8, 10] }, [1, 2, 4, 3, 5])).code).toBe('SINGULAR');
    expect(caught(() => olsRegression({ x: [1, 2] }, [1, 2, 3])).issues[0]!.message).toBe('Predictor "x" of olsRegression has 2 values; expected 3 (one per outcome value).');
    expect(caught(() => olsRegression({ x: [1, 2, 3] }, [1, 2, 3], { levl: 0.9 } as never)).issues[0]!.message).toMatch(/did you mean "level"/);
  });
});

describe('touchpointAnalysis', () => {
  it('the bundled journey data are the seeded simulateSurvey output (provenance)', () => {
    expect(readFileSync('examples/data/journey-simulated.csv', 'utf8')).toBe(journeyCsv());
  });

  const tp = touchpointAnalysis(journey, { touchpoints: TP, overall: 'SAT' });

  it('matches the NumPy witness: means, intervals, correlations, relative weights, weakest shares', () => {
    expect(tp.kind).toBe('csi.touchpoint-analysis');
    expect(tp.n).toBe(ref.n);
    close(tp.importance.rSquared, ref.rSquared, 1e-12);
    for (const t of TP) {
      const s = tp.byTouchpoint[t]!;
      const w = ref.touchpoints[t]!;
      close(s.mean, w.mean, 1e-12);
      close(s.sd, w.sd, 1e-12);
      close(s.ci.lower, w.ci[0], 1e-10);
      close(s.ci.upper, w.ci[1], 1e-10);
      close(s.correlation, w.correlation, 1e-12);
      close(s.impact, w.relativeWeight, 1e-12);
      close(s.impactShare, w.relativeWeight / ref.rSquared, 1e-12);
      close(s.weakestShare, w.weakestShare, 1e-12);
    }
    close(tp.overall.mean, ref.overall.mean, 1e-12);
  });

  it('weakest-link OLS and journey index equal the witness', () => {
    const wl = tp.weakestLink;
    const w = ref.weakestLink;
    [wl.intercept, wl.mean, wl.min].forEach((c, j) => {
      close(c.estimate, w.b[j]!, 1e-9);
      close(c.se, w.se[j]!, 1e-9);
      close(c.pValue, w.p[j]!, 1e-12);
    });
    expect(wl.df).toBe(w.df);
    close(wl.rSquared, w.r2, 1e-12);
    close(wl.rSquaredMeanOnly, ref.rSquaredMeanOnly, 1e-12);
    // Witness: c < 0 with p ≈ 0.045 — a significant *reversed* weakest-link term in these linear simulated data.
    expect(wl.verdict).toBe(w.p[2]! < 0.05 ? (w.b[2]! > 0 ? 'supported' : 'reversed') : 'not-significant');
    close(tp.journeyIndex.weighted.value, ref.journeyWeighted.mean, 1e-12);
    close(tp.journeyIndex.weighted.ci.lower, ref.journeyWeighted.ci[0], 1e-10);
    close(tp.journeyIndex.equal.value, ref.journeyEqual.mean, 1e-12);
    close(tp.journeyIndex.equal.ci.upper, ref.journeyEqual.ci[1], 1e-10);
  });

  it('Shapley impact equals the brute-force witness; multi-item touchpoints average their items', () => {
    const sh = touchpointAnalysis(journey, { touchpoints: TP, overall: 'SAT' }, { importance: 'shapley' });
    for (const t of TP) close(sh.byTouchpoint[t]!.impact, ref.touchpoints[t]!.shapley, 1e-12);
    close(Object.values(sh.byTouchpoint).reduce((s, x) => s + x.impactShare, 0), 1, 1e-12);
    const multi = touchpointAnalysis(journey, { touchpoints: { digital: ['TP_WEB', 'TP_CHECKOUT'], store: ['TP_STORE'], after: ['TP_DELIVERY', 'TP_SUPPORT'] }, overall: ['SAT'] });
    const digital = TP.slice(0, 1).concat('TP_CHECKOUT').map((t) => ref.touchpoints[t]!.mean);
    close(multi.byTouchpoint.digital!.mean, (digital[0]! + digital[1]!) / 2, 1e-12);
  });

  it('validates spec and options', () => {
    const e = caught(() => touchpointAnalysis(journey, { touchpoints: ['TP_WEB', 'TP_WEEB', 'TP_WEB'], overall: 'SATT' }));
    expect(e.code).toBe('INVALID_DATA');
    expect(e.issues.map((i) => i.message)).toEqual([
      'Item "TP_WEEB" of touchpoint "TP_WEEB" is not in the data. Did you mean "TP_WEB"?',
      'Touchpoint "TP_WEB" appears twice.',
      'Item "SATT" of overall satisfaction is not in the data. Did you mean "SAT"?',
    ]);
    expect(caught(() => touchpointAnalysis(journey, { touchpoints: ['TP_WEB'], overall: 'SAT' })).issues[0]!.kind).toBe('too_few_touchpoints');
    expect(caught(() => touchpointAnalysis(journey, { touchpoints: TP, overall: 'SAT' }, { importance: 'beta' as never })).code).toBe('INVALID_OPTIONS');
    expect(caught(() => touchpointAnalysis(journey, { touchpoints: TP, overall: 'SAT' }, { alhpa: 0.1 } as never)).issues[0]!.message).toMatch(/did you mean "alpha"/);
  });
});

describe('summarizeTouchpoints', () => {
  it('copies the numbers unrounded and draws a valid Vega-Lite chart', async () => {
    const { summarizeTouchpoints } = await import('csi-analytics/report');
    const { compile } = await import('vega-lite');
    const s = summarizeTouchpoints(touchpointAnalysis(journey, { touchpoints: TP, overall: 'SAT' }));
    expect(s.name).toBe('touchpoints');
    const row = s.tables[0]!.rows.find((r) => r.touchpoint === 'TP_DELIVERY')!;
    expect(row.mean).toBe(touchpointAnalysis(journey, { touchpoints: TP, overall: 'SAT' }).byTouchpoint.TP_DELIVERY!.mean);
    expect(Math.abs((row.impact as number) - ref.touchpoints.TP_DELIVERY!.relativeWeight)).toBeLessThanOrEqual(1e-12);
    const wl = s.tables[1]!.rows.find((r) => r.term === 'min')!;
    expect(Math.abs((wl.estimate as number) - ref.weakestLink.b[2]!)).toBeLessThanOrEqual(1e-9);
    const c = s.charts[0]!;
    expect(c.kind).toBe('vega-lite');
    if (c.kind === 'vega-lite') expect(() => compile(c.spec)).not.toThrow();
  });
});
