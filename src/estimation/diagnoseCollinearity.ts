/**
 * Names the variables behind a singular correlation matrix (internal). @packageDocumentation
 */
import { choleskyDecompose, choleskySolve } from '../numeric/cholesky.js';

/** What makes a correlation matrix singular. @internal */
export interface Collinearity {
  /** Names of the variables involved (the dependent one last). */
  readonly involved: readonly string[];
  /** Correlation of the pair when two variables are (almost) perfectly correlated. */
  readonly correlation?: number;
}

/**
 * Given a correlation matrix whose Cholesky factorisation failed at pivot `k`, finds the
 * variables involved: the most correlated pair if |r| ≈ 1, otherwise variable `k` and the
 * earlier variables with non-negligible coefficients in its regression on them (the leading
 * `k × k` block is positive definite by construction).
 * @internal
 */
export function diagnoseCollinearity(names: readonly string[], m: Float64Array, size: number, k: number): Collinearity {
  let best = 0;
  let bi = -1;
  let bj = -1;
  for (let i = 0; i <= k; i++)
    for (let j = 0; j < i; j++) {
      const r = m[i * size + j] as number;
      if (Math.abs(r) > best) {
        best = Math.abs(r);
        bi = j;
        bj = i;
      }
    }
  if (bi >= 0 && best > 1 - 1e-6) {
    return { involved: [names[bi] as string, names[bj] as string], correlation: m[bj * size + bi] as number };
  }
  if (k === 0) return { involved: [names[0] as string] };
  const sub = new Float64Array(k * k);
  const rhs = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    rhs[i] = m[i * size + k] as number;
    for (let j = 0; j < k; j++) sub[i * k + j] = m[i * size + j] as number;
  }
  const l = new Float64Array(k * k);
  const involved: string[] = [];
  if (choleskyDecompose(sub, k, l, 1e-14) < 0) {
    const beta = choleskySolve(l, k, rhs, new Float64Array(k));
    for (let i = 0; i < k; i++) if (Math.abs(beta[i] as number) > 1e-6) involved.push(names[i] as string);
  } else {
    for (let i = 0; i < k; i++) involved.push(names[i] as string);
  }
  involved.push(names[k] as string);
  return { involved };
}

/** Formats "A, B (correlation 1.000)" or "A, B, C (C is a linear combination of the others)". @internal */
export function describeCollinearity(c: Collinearity): string {
  const list = c.involved.join(', ');
  if (c.correlation !== undefined) return `${list} (correlation ${c.correlation.toFixed(3)})`;
  if (c.involved.length === 1) return `${list} (zero variance after standardisation)`;
  return `${list} (${c.involved[c.involved.length - 1] as string} is a linear combination of the others)`;
}
