/**
 * Linear-model benchmark predictions of PLSpredict (internal). @packageDocumentation
 */
import { choleskyDecompose, choleskySolve } from '../numeric/cholesky.js';
import { luDecompose, luSolve } from '../numeric/luSolve.js';
import type { Moments } from './types.js';

/**
 * OLS coefficients of item `y` on items `xs` (indices into `m.items`) from training moments.
 * With intercept: `b = C_xx⁻¹ C_xy` on co-moments, prediction `ȳ + (x − x̄)ᵀb`; without:
 * raw cross-products `X'X = C + n x̄x̄ᵀ`, prediction `xᵀb`. Returns the prediction function, or
 * `undefined` when the predictors are collinear. @internal
 */
export function olsPredictor(m: Moments, y: number, xs: readonly number[], intercept: boolean): ((row: (k: number) => number) => number) | undefined {
  const p = m.items.length;
  const q = xs.length;
  const A = new Float64Array(q * q);
  const b = new Float64Array(q);
  const raw = (a: number, c: number): number => (m.comoments[a * p + c] as number) + (intercept ? 0 : m.n * (m.means[a] as number) * (m.means[c] as number));
  for (let a = 0; a < q; a++) {
    b[a] = raw(xs[a] as number, y);
    for (let c = 0; c < q; c++) A[a * q + c] = raw(xs[a] as number, xs[c] as number);
  }
  const coef = new Float64Array(q);
  const L = new Float64Array(q * q);
  if (choleskyDecompose(A, q, L) < 0) choleskySolve(L, q, b, coef);
  else {
    const perm = new Int32Array(q);
    if (luDecompose(A, q, perm) >= 0) return undefined;
    luSolve(A, q, perm, b, coef);
  }
  const my = intercept ? (m.means[y] as number) : 0;
  const mx = xs.map((k) => (intercept ? (m.means[k] as number) : 0));
  return (row) => {
    let acc = my;
    for (let a = 0; a < q; a++) acc += (coef[a] as number) * (row(xs[a] as number) - (mx[a] as number));
    return acc;
  };
}
