import { describe, expect, it } from 'vitest';
import { CsiError } from 'csi-analytics';
import { regressionWeights } from 'csi-analytics';
import { relativeWeights } from 'csi-analytics';
import { shapleyWeights } from 'csi-analytics';
import { loadMobi, readJson } from '../helpers/fixtures.js';

/**
 * Witnesses:
 * - docs/methodology.md#derived-importance verified mini-example (mobi, y = CUSA1 on PERQ1, PERV1, PERV2, IMAG1):
 *   R² 0.4112; raw relative weights .2239 .0328 .0597 .0948 (54.4/8.0/14.5/23.1 %); Shapley
 *   .2240 .0326 .0626 .0919; standardized betas .456 .047 .086 .186.
 * - weighting/weighting_reference.json → regression: independent NumPy/SciPy computation
 *   (OLS by numpy.linalg.lstsq with intercept; Johnson's weights via numpy.linalg.eigh; LMG by
 *   explicit enumeration of subsets with scipy.linalg.solve), compared to 1e-10.
 */
interface MobiRef {
  predictors: string[];
  n: number;
  r_squared: number;
  standardized_betas: number[];
  zero_order_correlations: number[];
  relative_weights_raw: number[];
  relative_weights_rescaled: number[];
  shapley: number[];
  shapley_shares: number[];
}
const fx = readJson<{ regression: { mobi: MobiRef; mobi6: { predictors: string[]; r_squared: number; shapley: number[] } } }>(
  'weighting',
  'weighting_reference.json',
).regression;
const mobi = loadMobi();
const col = (name: string): Float64Array => mobi.columns[name] as Float64Array;
const pick = (names: string[]): Record<string, Float64Array> => Object.fromEntries(names.map((p) => [p, col(p)]));
const ref = fx.mobi;
const preds = pick(ref.predictors);
const y = col('CUSA1');
const arr = (r: Readonly<Record<string, number>>, names = ref.predictors): number[] => names.map((p) => r[p] as number);
const published = (ours: number[], pub: number[], tol: number): void => ours.forEach((v, i) => expect(Math.abs(v - (pub[i] as number))).toBeLessThanOrEqual(tol));

describe('relativeWeights (Johnson 2000)', () => {
  const r = relativeWeights(preds, y);

  it('docs/methodology.md#derived-importance to published precision', () => {
    expect(Math.abs(r.rSquared - 0.4112)).toBeLessThanOrEqual(5e-5);
    published(arr(r.raw), [0.2239, 0.0328, 0.0597, 0.0948], 5e-5);
    published(arr(r.rescaled), [0.544, 0.08, 0.145, 0.231], 5e-4);
    published(arr(r.standardizedBetas), [0.456, 0.047, 0.086, 0.186], 5e-4);
  });

  it('NumPy/SciPy to 1e-10; Σ raw = R²', () => {
    expect(r.rSquared).toBeCloseTo(ref.r_squared, 10);
    arr(r.raw).forEach((v, i) => expect(v).toBeCloseTo(ref.relative_weights_raw[i] as number, 10));
    arr(r.rescaled).forEach((v, i) => expect(v).toBeCloseTo(ref.relative_weights_rescaled[i] as number, 10));
    arr(r.standardizedBetas).forEach((v, i) => expect(v).toBeCloseTo(ref.standardized_betas[i] as number, 10));
    arr(r.correlations).forEach((v, i) => expect(v).toBeCloseTo(ref.zero_order_correlations[i] as number, 10));
    expect(arr(r.raw).reduce((s, v) => s + v, 0)).toBeCloseTo(r.rSquared, 12);
    expect(r.n).toBe(ref.n);
    expect(Object.isFrozen(r.raw)).toBe(true);
  });

  it('regressionWeights gives the same betas and R² (NumPy lstsq to 1e-10)', () => {
    const g = regressionWeights(preds, y);
    expect(g.rSquared).toBeCloseTo(ref.r_squared, 10);
    arr(g.standardizedBetas).forEach((v, i) => expect(v).toBeCloseTo(ref.standardized_betas[i] as number, 10));
  });

  it('missing values are dropped listwise and reported', () => {
    const yy = Float64Array.from(y);
    yy[9] = NaN;
    const p = { ...preds, PERQ1: Float64Array.from(col('PERQ1')) };
    (p.PERQ1 as Float64Array)[19] = NaN;
    const m = relativeWeights(p, yy);
    expect(m.droppedRows).toEqual([10, 20]);
    expect(m.n).toBe(248);
    expect(m.warnings[0]?.kind).toBe('rows_dropped');
  });

  it('collinear predictors → SINGULAR naming the predictor; constant outcome → INVALID_DATA', () => {
    const x = col('PERQ1');
    const twice = Float64Array.from(x, (v) => 2 * v + 1);
    expect(() => relativeWeights({ PERQ1: x, PERQ1x2: twice }, y)).toThrow(CsiError);
    try {
      regressionWeights({ PERQ1: x, PERQ1x2: twice }, y);
    } catch (e) {
      expect((e as CsiError).code).toBe('SINGULAR');
      expect((e as CsiError).issues[0]?.message).toMatch(/^Predictor "PERQ1x2" is \(almost\) a linear combination of "PERQ1"/);
    }
    expect(() => relativeWeights({ PERQ1: x }, new Float64Array(x.length).fill(5))).toThrow(
      'The outcome does not vary across the 250 complete rows; it cannot enter a regression.',
    );
  });
});

describe('shapleyWeights (LMG)', () => {
  it('docs/methodology.md#derived-importance to published precision and NumPy enumeration to 1e-10', () => {
    const s = shapleyWeights(preds, y);
    published(arr(s.weights), [0.224, 0.0326, 0.0626, 0.0919], 5e-5);
    arr(s.weights).forEach((v, i) => expect(v).toBeCloseTo(ref.shapley[i] as number, 10));
    arr(s.shares).forEach((v, i) => expect(v).toBeCloseTo(ref.shapley_shares[i] as number, 10));
    expect(s.rSquared).toBeCloseTo(ref.r_squared, 10);
    expect(arr(s.weights).reduce((a, b) => a + b, 0)).toBeCloseTo(s.rSquared, 12);
  });

  it('six predictors (64 subsets, incremental Cholesky) against the NumPy enumeration', () => {
    const six = fx.mobi6;
    const s = shapleyWeights(pick(six.predictors), y);
    expect(s.rSquared).toBeCloseTo(six.r_squared, 10);
    arr(s.weights, six.predictors).forEach((v, i) => expect(v).toBeCloseTo(six.shapley[i] as number, 10));
  });

  it('all 20 numeric mobi items but CUSA1 … (p = 20 is the limit; 21 is refused)', () => {
    const items = mobi.items.filter((i) => i !== 'CUSA1');
    const twenty = items.slice(0, 20);
    const s = shapleyWeights(pick(twenty), y);
    expect(arr(s.weights, twenty).reduce((a, b) => a + b, 0)).toBeCloseTo(regressionWeights(pick(twenty), y).rSquared, 10);
    expect(() => shapleyWeights(pick(items.slice(0, 21)), y)).toThrow(/21 predictors is more than the 20 supported/);
  });
});
