import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/numeric/random.js';
import { choleskyDecompose, choleskySolve } from '../../src/numeric/cholesky.js';
import { luDecompose, luSolve } from '../../src/numeric/luSolve.js';
import { symmetricInverse } from '../../src/numeric/symmetricInverse.js';
import { matVec } from '../../src/numeric/matVec.js';
import { normalCdf } from 'csi-analytics';
import { normalQuantile } from 'csi-analytics';
import { readJson } from '../helpers/fixtures.js';

// Independent computation: test/fixtures/scripts/numeric_reference.py (NumPy 2.4.6 / SciPy 1.17.1).
interface Ref {
  xoshiro128starstar: Record<string, number[]>;
  normalCdf: { x: number[]; p: number[] };
  normalQuantile: { p: number[]; x: number[] };
  spd: { A: number[][]; b: number[]; cholesky: number[][]; solve: number[]; inverse: number[][] };
  general: { A: number[][]; b: number[]; solve: number[] };
}
const ref = readJson<Ref>('numeric', 'numeric-reference.json');
const flat = (m: number[][]): Float64Array => Float64Array.from(m.flat());

describe('createRng (xoshiro128** + splitmix32)', () => {
  it('reproduces the reference generator output stream', () => {
    for (const [seed, expected] of Object.entries(ref.xoshiro128starstar)) {
      const rng = createRng(Number(seed));
      expect(expected.map(() => rng.nextUint32())).toEqual(expected);
    }
  });
  it('is deterministic, uniform and unbiased enough', () => {
    const a = createRng(7);
    const b = createRng(7);
    for (let i = 0; i < 100; i++) expect(a.nextFloat()).toBe(b.nextFloat());
    const rng = createRng(2024);
    const counts = new Array<number>(6).fill(0);
    let sum = 0;
    let sumSq = 0;
    const N = 60000;
    for (let i = 0; i < N; i++) {
      const k = rng.nextInt(6);
      counts[k] = (counts[k] ?? 0) + 1;
      const z = rng.normal();
      sum += z;
      sumSq += z * z;
      const u = rng.nextFloat();
      expect(u >= 0 && u < 1).toBe(true);
    }
    // chi-square with 5 df: 99.9% quantile 20.5
    const chi = counts.reduce((s, c) => s + (c - N / 6) ** 2 / (N / 6), 0);
    expect(chi).toBeLessThan(20.5);
    expect(Math.abs(sum / N)).toBeLessThan(4 / Math.sqrt(N));
    expect(Math.abs(sumSq / N - 1)).toBeLessThan(0.03);
    expect(() => rng.nextInt(0)).toThrow();
  });
});

describe('normal distribution', () => {
  it('matches scipy.stats.norm', () => {
    ref.normalCdf.x.forEach((x, i) => expect(Math.abs(normalCdf(x) - (ref.normalCdf.p[i] as number))).toBeLessThan(1e-14));
    // central quantiles to 1e-12; tails limited by the absolute accuracy (1e-16) of Φ: error ≈ 1e-16/φ(x)
    ref.normalQuantile.p.forEach((p, i) => {
      const tol = p >= 1e-3 && p <= 0.999 ? 1e-12 : 1e-5;
      expect(Math.abs(normalQuantile(p) - (ref.normalQuantile.x[i] as number))).toBeLessThan(tol);
    });
  });
});

describe('dense kernels', () => {
  it('Cholesky, solve and inverse agree with numpy.linalg', () => {
    const A = flat(ref.spd.A);
    const L = new Float64Array(9);
    expect(choleskyDecompose(A, 3, L)).toBe(-1);
    flat(ref.spd.cholesky).forEach((v, i) => expect(Math.abs((L[i] as number) - v)).toBeLessThan(1e-14));
    const x = choleskySolve(L, 3, Float64Array.from(ref.spd.b), new Float64Array(3));
    ref.spd.solve.forEach((v, i) => expect(Math.abs((x[i] as number) - v)).toBeLessThan(1e-14));
    const inv = symmetricInverse(A, 3);
    expect(inv).not.toBeNull();
    flat(ref.spd.inverse).forEach((v, i) => expect(Math.abs((inv?.[i] as number) - v)).toBeLessThan(1e-14));
    const back = matVec(A, 3, 3, x, new Float64Array(3));
    ref.spd.b.forEach((v, i) => expect(Math.abs((back[i] as number) - v)).toBeLessThan(1e-14));
  });
  it('LU with partial pivoting agrees with numpy.linalg.solve', () => {
    const A = flat(ref.general.A);
    const perm = new Int32Array(3);
    expect(luDecompose(A, 3, perm)).toBe(-1);
    const x = luSolve(A, 3, perm, Float64Array.from(ref.general.b), new Float64Array(3));
    ref.general.solve.forEach((v, i) => expect(Math.abs((x[i] as number) - v)).toBeLessThan(1e-14));
  });
  it('reports singularity instead of returning garbage', () => {
    const S = new Float64Array([1, 1, 0.5, 1, 1, 0.5, 0.5, 0.5, 1]); // rows 0 and 1 identical
    expect(choleskyDecompose(S, 3, new Float64Array(9))).toBe(1);
    expect(symmetricInverse(S, 3)).toBeNull();
    expect(luDecompose(Float64Array.from(S), 3, new Int32Array(3))).toBeGreaterThanOrEqual(0);
  });
});
