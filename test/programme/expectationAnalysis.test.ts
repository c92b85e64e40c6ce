/**
 * expectationAnalysis (issue 15, item 1) on the bundled simulated expectation survey.
 * Witness: test/fixtures/scripts/expectation_analysis_reference.py (NumPy lstsq OLS, SciPy
 * binomtest Wilson intervals, pearsonr with its Fisher-z interval), which also simulated the data.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetFromCsv, expectationAnalysis, likert } from 'csi-analytics';
import type { ExpectationPair } from 'csi-analytics';
import { readJson } from '../helpers/fixtures.js';
import { caught } from '../helpers/errors.js';

interface W { successes: number; n: number; proportion: number; lower: number; upper: number }
interface Shares { exceeding: W; meeting: W; below: W; meanConfirmation: number; n?: number }
interface Coef { estimate: number; se: number; t: number; pValue: number }
interface Ref {
  n: number; dropped: number; overall: Shares; bySegment: Record<string, Shares>; expectationMean: number; satisfactionMean: number;
  curvilinear: { coefficients: Record<string, Coef>; rSquared: number; df: number };
  confirmationModel: { coefficients: Record<string, Coef>; rSquared: number; df: number };
  tooLow: W; agreement: Record<string, { r: number; pValue: number; lower: number; upper: number }>;
}
const ref = readJson<Ref>('programme', 'expectation-analysis-reference.json');
const data = datasetFromCsv(readFileSync(new URL('../../examples/data/expectations-simulated.csv', import.meta.url), 'utf8'), { defaultScale: likert(1, 7), factors: ['tier'], idColumn: 'id' });
const pairs: ExpectationPair[] = [1, 2, 3, 4, 5].map((k) => ({ item: `A${k}`, expectation: `E${k}`, perception: `P${k}` }));
const sat = ['SAT1', 'SAT2', 'SAT3'];
const close = (a: number, b: number, tol = 1e-10): void => expect(Math.abs(a - b)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(b)));

describe('expectationAnalysis vs the NumPy/SciPy witness', () => {
  const r = expectationAnalysis(data, pairs, sat, { by: 'tier' });
  const sharesMatch = (ours: typeof r.overall, theirs: Shares): void => {
    for (const k of ['exceeding', 'meeting', 'below'] as const) {
      expect(ours[k].count).toBe(theirs[k].successes);
      close(ours[k].proportion, theirs[k].proportion);
      close(ours[k].ci.lower, theirs[k].lower);
      close(ours[k].ci.upper, theirs[k].upper);
    }
    close(ours.meanConfirmation, theirs.meanConfirmation);
  };
  it('listwise n, shares exceeding / meeting / below with Wilson intervals, overall and per tier', () => {
    expect(r.n).toBe(ref.n);
    expect(r.dropped).toBe(ref.dropped);
    sharesMatch(r.overall, ref.overall);
    expect(Object.keys(r.bySegment ?? {}).sort()).toEqual(['VIP', 'ordinary']);
    for (const lv of ['VIP', 'ordinary']) {
      expect(r.bySegment![lv]!.n).toBe(ref.bySegment[lv]!.n);
      sharesMatch(r.bySegment![lv]!, ref.bySegment[lv]!);
    }
  });
  it('curvilinear model s ~ (e − ē) + (e − ē)² and s ~ confirmation: coefficients, se, t, p, R²', () => {
    close(r.expectationMean, ref.expectationMean);
    close(r.satisfactionMean, ref.satisfactionMean);
    for (const [mine, theirs] of [[r.curvilinear, ref.curvilinear], [r.confirmationModel, ref.confirmationModel]] as const) {
      close(mine.rSquared, theirs.rSquared);
      expect(mine.df).toBe(theirs.df);
      for (const [k, w] of Object.entries(theirs.coefficients)) {
        const c = mine.coefficients[k]!;
        close(c.estimate, w.estimate);
        close(c.se, w.se);
        close(c.t, w.t);
        close(c.pValue, w.pValue, 1e-9);
      }
    }
    // diminishing returns of expectation: b₂ < 0, significant in the simulated data
    expect(r.curvilinear.coefficients['expectationSquared']!.estimate).toBeLessThan(0);
  });
  it('too-low expectations (e < 50 and s < 50) with a warning above 10%; agreement of confirmation with each item', () => {
    expect(r.tooLowExpectations.count).toBe(ref.tooLow.successes);
    close(r.tooLowExpectations.ci.lower, ref.tooLow.lower);
    close(r.tooLowExpectations.ci.upper, ref.tooLow.upper);
    expect(r.warnings.map((w) => w.kind)).toContain('too_low_expectations');
    expect(expectationAnalysis(data, pairs, sat, { lowShareWarning: 0.2 }).warnings.map((w) => w.kind)).not.toContain('too_low_expectations');
    for (const [it, w] of Object.entries(ref.agreement)) {
      close(r.agreement[it]!.r, w.r);
      close(r.agreement[it]!.pValue, w.pValue, 1e-9);
      close(r.agreement[it]!.ci.lower, w.lower);
      close(r.agreement[it]!.ci.upper, w.upper);
    }
  });
  it('a tolerance moves respondents into "meeting"; frozen, JSON-serialisable, kind-tagged', () => {
    const t = expectationAnalysis(data, pairs, 'SAT1', { tolerance: 0.5 });
    expect(t.overall.meeting.count).toBeGreaterThan(r.overall.meeting.count);
    expect(t.overall.exceeding.count + t.overall.meeting.count + t.overall.below.count).toBe(t.n);
    expect(Object.isFrozen(r.overall)).toBe(true);
    expect(JSON.parse(JSON.stringify(r)).kind).toBe('csi.expectation-analysis');
  });
});

describe('expectationAnalysis: bad input at the door', () => {
  it('every problem in one CsiError, with nearest column names', () => {
    const e = caught(() => expectationAnalysis(data, [{ item: 'A1', expectation: 'E11', perception: 'P1' }, { item: 'A2', expectation: 'E2' } as never], ['SAT4'], { by: 'tierr' }));
    expect(e.code).toBe('INVALID_DATA');
    const text = e.issues.map((i) => i.message).join('\n');
    expect(text).toMatch(/"E11".*not in the data.*Did you mean "E1"/);
    expect(text).toMatch(/Pair 2 .*expected \{ item, expectation, perception \}/);
    expect(text).toMatch(/"SAT4".*Did you mean "SAT\d"/);
    expect(text).toMatch(/"tierr".*Did you mean "tier"/);
    expect(e.issues).toHaveLength(4);
  });
  it('no pairs, no satisfaction items, unknown and bad options', () => {
    expect(caught(() => expectationAnalysis(data, [], sat)).message).toMatch(/at least one expectation\/perception pair/);
    expect(caught(() => expectationAnalysis(data, pairs, [])).message).toMatch(/satisfaction item\(s\)/);
    const o = caught(() => expectationAnalysis(data, pairs, sat, { tolerence: 1 } as never));
    expect(o.code).toBe('INVALID_OPTIONS');
    expect(o.message).toMatch(/did you mean "tolerance"/);
    expect(caught(() => expectationAnalysis(data, pairs, sat, { lowCut: 150 })).code).toBe('INVALID_OPTIONS');
  });
});
