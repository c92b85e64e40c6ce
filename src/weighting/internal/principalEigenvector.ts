import { CsiError } from '../../errors.js';

/** Result of {@link principalEigenvector}. @internal */
export interface PerronPair {
  /** Principal eigenvector, normalised to sum 1. */
  readonly vector: Float64Array;
  /** The Perron root. */
  readonly value: number;
  readonly iterations: number;
}

/**
 * Perron root and principal right eigenvector of a positive square matrix by power iteration
 * `w ← A w / ‖A w‖₁`, stopped when no component moves by more than `tolerance`.
 *
 * @remarks
 * For a positive matrix the Perron root is simple and strictly dominant (Perron 1907), so the
 * iteration converges from any positive start; `transpose: true` iterates with Aᵀ (left
 * eigenvector). λmax = Σ_i (A w)_i because Σ w = 1. @internal
 */
export function principalEigenvector(
  a: readonly Float64Array[],
  options: { start?: Float64Array; transpose?: boolean; tolerance?: number; maxIterations?: number } = {},
): PerronPair {
  const n = a.length;
  const tol = options.tolerance ?? 1e-15;
  const maxIt = options.maxIterations ?? 100_000;
  const transpose = options.transpose === true;
  let w = new Float64Array(n);
  if (options.start !== undefined) w.set(options.start);
  else w.fill(1 / n);
  let next = new Float64Array(n);
  let lambda = 0;
  for (let it = 1; it <= maxIt; it++) {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      let s = 0;
      if (transpose) for (let j = 0; j < n; j++) s += (a[j] as Float64Array)[i]! * w[j]!;
      else {
        const row = a[i] as Float64Array;
        for (let j = 0; j < n; j++) s += row[j]! * w[j]!;
      }
      next[i] = s;
      sum += s;
    }
    let change = 0;
    for (let i = 0; i < n; i++) {
      const v = next[i]! / sum;
      const d = Math.abs(v - w[i]!);
      if (d > change) change = d;
      next[i] = v;
    }
    lambda = sum;
    [w, next] = [next, w];
    // Once within a few ulps the iteration can oscillate in the last bit; accept 4e-16 wobble.
    if (change <= tol || (it > 50 && change <= 4e-16)) return { vector: w, value: lambda, iterations: it };
  }
  throw new CsiError(
    'NOT_CONVERGED',
    `The principal eigenvector did not converge in ${maxIt} power iterations; the matrix may be badly scaled.`,
  );
}
