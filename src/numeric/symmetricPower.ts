/**
 * Real powers of a symmetric positive-definite matrix (internal). @packageDocumentation
 */
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';

/**
 * `A^t = V diag(λ^t) Vᵀ` for a symmetric positive-definite `n × n` matrix `A` (row-major), from
 * its eigendecomposition `A = V diag(λ) Vᵀ` (ml-matrix's symmetric QL algorithm).
 *
 * @returns the row-major power, or `null` when an eigenvalue is not above `tol · λ_max`
 *   (not positive definite), where a negative or fractional power is undefined.
 * @internal
 */
export function symmetricPower(a: Float64Array, n: number, power: number, tol = 1e-12): Float64Array | null {
  const rows: number[][] = [];
  for (let i = 0; i < n; i++) rows.push(Array.from(a.subarray(i * n, i * n + n)));
  const eig = new EigenvalueDecomposition(new Matrix(rows), { assumeSymmetric: true });
  const lambda = eig.realEigenvalues;
  const v = eig.eigenvectorMatrix;
  const top = Math.max(...lambda);
  if (!(top > 0) || lambda.some((l) => !(l > tol * top))) return null;
  const out = new Float64Array(n * n);
  const scaled = lambda.map((l) => Math.pow(l, power));
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      let acc = 0;
      for (let k = 0; k < n; k++) acc += v.get(i, k) * (scaled[k] as number) * v.get(j, k);
      out[i * n + j] = acc;
      out[j * n + i] = acc;
    }
  }
  return out;
}
