import { describe, expect, it } from 'vitest';
import { createDataset } from 'csi-analytics';
import { likert } from 'csi-analytics';
import { estimatePls } from 'csi-analytics';
import { targetGap } from 'csi-analytics';
import { satisfactionIndex } from 'csi-analytics';
import { specifyModel } from 'csi-analytics';
import { loadMobi, readJson } from '../helpers/fixtures.js';

// Independent computation: test/fixtures/scripts/gap_target_weighted_reference.py
// (NumPy 2.4.6, SciPy 1.17.1): survey-weighted mean of POMP(CUSA1), Kish n_eff, t with df n_eff − 1.
interface Ref {
  n: number; index: number; se: number; df: number; t: number; p: number; pAbove: number;
  probabilityMeetsTarget: number; ciLower: number; ciUpper: number; unweightedIndex: number;
  input: { target: number };
}
const ref = readJson<Ref>('gap', 'target-weighted.json');
const rel = (a: number | null, b: number, tol: number): void => {
  expect(a).not.toBeNull();
  expect(Math.abs((a as number) - b)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(b)));
};

describe('targetGap on a survey-weighted index result', () => {
  const mobi = loadMobi();
  const data = createDataset({
    columns: { CUSA1: mobi.columns.CUSA1!, CUSL1: mobi.columns.CUSL1! },
    defaultScale: likert(1, 10),
    weights: Array.from({ length: mobi.n }, (_, r) => 1 + (r % 3)),
  });
  const model = specifyModel({ constructs: [{ name: 'SAT', items: ['CUSA1'] }, { name: 'LOY', items: ['CUSL1'] }], paths: [{ from: 'SAT', to: 'LOY' }] });
  const csi = satisfactionIndex(estimatePls(model, data), 'SAT', { data, includeScores: true });

  it('tests the weighted index with its Kish SE and df (SciPy), not the unweighted mean of the scores', () => {
    const g = targetGap(csi, ref.input.target);
    rel(g.index, ref.index, 1e-12);
    expect(Math.abs(g.index - ref.unweightedIndex)).toBeGreaterThan(0.05);
    rel(g.gap, ref.index - ref.input.target, 1e-12);
    rel(g.se, ref.se, 1e-12);
    expect(g.reference).toBe('t');
    rel(g.df, ref.df, 1e-12);
    rel(g.statistic, ref.t, 1e-10);
    rel(g.pValue, ref.p, 1e-8);
    rel(g.pAbove, ref.pAbove, 1e-8);
    rel(g.probabilityMeetsTarget, ref.probabilityMeetsTarget, 1e-8);
    rel(g.ci.lower, ref.ciLower, 1e-9);
    rel(g.ci.upper, ref.ciUpper, 1e-9);
    expect(g.n).toBe(ref.n);
  });
});
