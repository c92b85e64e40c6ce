/**
 * Indicators of an interaction construct A×B. @packageDocumentation
 */
import type { Dataset } from '../data/types.js';
import { CsiError } from '../errors.js';
import { choleskyDecompose, choleskySolve } from '../numeric/cholesky.js';
import { record } from '../util/record.js';
import { zScores } from './completeModelData.js';
import type { InteractionSpec } from '../spec/types.js';

/**
 * Product indicators of `A×B` (Chin, Marcolin & Newsted 2003): every pair `z(a_i)·z(b_j)` of
 * standardized items, named `"a_i*b_j"` (A's items outer, B's inner, as seminr). With
 * `method: 'orthogonal'` (Little, Bovaird & Widaman 2006) each product is replaced by its OLS
 * residual on an intercept and all items of A and B. A quadratic term (`between: [A, A]`) has
 * the distinct products `a_i·a_j`, i ≤ j (squares included), orthogonalised on A's items.
 * See docs/methodology.md#interactions and docs/methodology.md#quadratic-effects.
 * @internal
 */
export function interactionIndicators(
  term: InteractionSpec,
  itemsA: readonly string[],
  itemsB: readonly string[],
  data: Dataset,
): Record<string, Float64Array> {
  const z = (it: string) => zScores(data.columns[it] as Float64Array);
  const za = itemsA.map(z);
  const zb = itemsB.map(z);
  const out = record<Float64Array>();
  // a quadratic term A×A uses each distinct product once: a_i·a_j for i ≤ j
  const quadratic = term.between[0] === term.between[1];
  za.forEach((a, i) =>
    zb.forEach((b, j) => {
      if (quadratic && j < i) return;
      out[`${itemsA[i] as string}*${itemsB[j] as string}`] = Float64Array.from(a, (v, r) => v * (b[r] as number));
    }),
  );
  if (term.method !== 'orthogonal') return out;
  const regressors = quadratic ? za : [...za, ...zb];
  for (const k of Object.keys(out)) {
    const res = residualize(out[k] as Float64Array, regressors);
    if (res === undefined) throw new CsiError('SINGULAR', [{ kind: 'singular', construct: term.name, message: `The items of ${term.between.join(' and ')} are collinear, so the products of interaction "${term.name}" cannot be orthogonalised; use method "two-stage" or drop a redundant item.` }]);
    out[k] = res;
  }
  return out;
}

/** OLS residuals of `y` on an intercept and `xs` (normal equations, Cholesky); undefined when singular. @internal */
export function residualize(y: Float64Array, xs: readonly Float64Array[]): Float64Array | undefined {
  const n = y.length;
  const cols = [new Float64Array(n).fill(1), ...xs];
  const p = cols.length;
  const xtx = new Float64Array(p * p);
  const xty = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    const ci = cols[i] as Float64Array;
    let sy = 0;
    for (let r = 0; r < n; r++) sy += (ci[r] as number) * (y[r] as number);
    xty[i] = sy;
    for (let j = 0; j <= i; j++) {
      const cj = cols[j] as Float64Array;
      let s = 0;
      for (let r = 0; r < n; r++) s += (ci[r] as number) * (cj[r] as number);
      xtx[i * p + j] = s;
      xtx[j * p + i] = s;
    }
  }
  const l = new Float64Array(p * p);
  if (choleskyDecompose(xtx, p, l) !== -1) return undefined;
  const beta = choleskySolve(l, p, xty, new Float64Array(p));
  return Float64Array.from(y, (v, r) => {
    let fit = 0;
    for (let i = 0; i < p; i++) fit += (beta[i] as number) * ((cols[i] as Float64Array)[r] as number);
    return v - fit;
  });
}
