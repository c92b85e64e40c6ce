import { describe, expect, it } from 'vitest';
import { estimateInteraction } from 'csi-analytics';
import { simpleSlopes } from 'csi-analytics';
import { ecsiMobiModel, loadMobi, readJson } from '../helpers/fixtures.js';

// Witness: test/fixtures/estimation/simple-slopes-reference.json — independent NumPy/SciPy OLS
// (test/fixtures/scripts/simple_slopes_reference.py) on the construct scores written by
// simple_slopes_scores.ts (the two-stage fit matches seminr to 1e-9: estimateInteraction.test.ts).
interface Slope { moderator: number; slope: number; se: number; t: number; pValue: number; lower: number; upper: number }
const ref = readJson<{ df: number; slopes: Slope[]; johnsonNeyman: number[]; floodlight_at_2: Slope; coefficients: Record<string, number> }>('estimation', 'simple-slopes-reference.json');
const mobi = loadMobi();
const json = (method: string) => ({
  ...ecsiMobiModel,
  paths: [...ecsiMobiModel.paths, { from: 'PERQ*PERV', to: 'CUSA' }],
  interactions: [{ name: 'PERQ*PERV', between: ['PERQ', 'PERV'], method }],
});
const res = estimateInteraction(json('two-stage'), mobi, { tolerance: 1e-12, maxIterations: 1000 });

function close(a: Slope | undefined, b: Slope): void {
  for (const k of ['moderator', 'slope', 'se', 't', 'lower', 'upper'] as const) expect(Math.abs((a?.[k] ?? NaN) - b[k]), k).toBeLessThan(1e-9);
  expect(Math.abs((a?.pValue ?? NaN) - b.pValue) / b.pValue).toBeLessThan(1e-6);
}

describe('simpleSlopes (two-stage PERQ×PERV → CUSA on mobi)', () => {
  const s = simpleSlopes(res, { grid: [2] });
  it('matches the NumPy OLS witness: slopes at −1/0/+1 SD, SEs, t, p, CIs, df', () => {
    expect(s.df).toBe(ref.df);
    expect(s.slopes).toHaveLength(3);
    s.slopes.forEach((x, i) => close(x, ref.slopes[i] as Slope));
    close(s.floodlight[0], ref.floodlight_at_2);
    expect(s.independent).toBe('PERQ');
    expect(s.moderator).toBe('PERV');
    expect(s.outcome).toBe('CUSA');
  });
  it('matches the Johnson–Neyman points of the witness', () => {
    expect(s.johnsonNeyman.bounds).toHaveLength(2);
    s.johnsonNeyman.bounds.forEach((b, i) => expect(Math.abs(b - (ref.johnsonNeyman[i] as number))).toBeLessThan(1e-8));
    expect(s.johnsonNeyman.significant).toBe('inside');
    // at a JN point the CI bound touches zero
    const at = simpleSlopes(res, { at: [...s.johnsonNeyman.bounds] }).slopes;
    for (const x of at) expect(Math.min(Math.abs(x.lower), Math.abs(x.upper))).toBeLessThan(1e-10);
  });
  it('has a default floodlight grid from −3 to 3 SD and checks its options', () => {
    const d = simpleSlopes(res);
    expect(d.floodlight).toHaveLength(61);
    expect(d.floodlight[0]?.moderator).toBe(-3);
    expect(() => simpleSlopes(res, { term: 'X*Y' })).toThrow(/"X\*Y" is not an interaction term/);
    expect(() => simpleSlopes(res, { outcome: 'CUSL' })).toThrow(/no path to "CUSL"/);
    expect(() => simpleSlopes(res, { levle: 0.9 } as never)).toThrow(/did you mean "level"/);
    expect(() => simpleSlopes(res, { at: [0, NaN] })).toThrow(/Option "at" of simpleSlopes is NaN|Option "at" of simpleSlopes/);
    expect(() => simpleSlopes(res, { level: 1.5 })).toThrow(/Option "level" of simpleSlopes/);
  });
});
