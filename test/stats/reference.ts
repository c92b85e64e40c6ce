/** Loads the SciPy/NumPy reference fixture of the stats tests (test/fixtures/stats/tests.json). */
import { expect } from 'vitest';
import { readJson } from '../helpers/fixtures.js';

/** JSON null (NaN in the Python script) back to NaN. */
export function nums(a: readonly (number | null)[]): number[] {
  return a.map((v) => (v === null ? NaN : v));
}

export function rel(a: number, b: number): number {
  if (a === b) return 0;
  return Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);
}

/** Expects |a − b| ≤ tol·max(|b|, 1) and returns the scaled deviation (for reporting). */
export function near(a: number, b: number, tol: number, label: string): number {
  if (a === b) return 0;
  const d = Math.abs(a - b) / Math.max(Math.abs(b), 1);
  expect(d, `${label}: got ${a}, reference ${b}`).toBeLessThanOrEqual(tol);
  return d;
}

/** Tracks the largest deviation in a describe block and prints it. */
export class Worst {
  value = 0;
  where = '';
  add(d: number, label: string): void {
    if (d > this.value) {
      this.value = d;
      this.where = label;
    }
  }
  report(name: string): void {
    console.info(`${name}: max deviation ${this.value.toExponential(2)} (${this.where})`);
  }
}

export type Alt = 'two-sided' | 'less' | 'greater';

export interface TestsRef {
  one_sample_t: { name: string; x: number[]; mu: number; alternative: Alt; level: number; statistic: number; df: number; pValue: number; ci: [number | null, number | null] }[];
  paired_t: { name: string; a: (number | null)[]; b: (number | null)[]; alternative: Alt; n: number; dropped: number; estimate: number; statistic: number; df: number; pValue: number; ci: [number | null, number | null] }[];
  two_sample_t: { name: string; a: number[]; b: number[]; alternative: Alt; equalVar: boolean; statistic: number; df: number; pValue: number; ci: [number | null, number | null] }[];
  wilcoxon: { name: string; a: (number | null)[]; b: (number | null)[]; method: 'exact' | 'asymptotic' | 'auto'; correction: boolean; alternative: Alt; scipyStatistic: number; wPlus: number; pValue: number; z?: number }[];
  mann_whitney: { name: string; a: number[]; b: number[]; alternative: Alt; method: 'exact' | 'asymptotic' | 'auto'; correction: boolean; statistic: number; pValue: number }[];
  chi_square: { name: string; table: number[][]; correction: boolean; statistic: number; df: number; pValue: number; expected: number[][] }[];
  two_proportion: { a: [number, number]; b: [number, number]; z: number; pValue: number; ci: [number, number] }[];
  kruskal: { name: string; groups: Record<string, number[]>; statistic: number; pValue: number }[];
  welch_anova: { name: string; groups: Record<string, number[]>; statistic: number; pValue: number }[];
  adjust: { name: string; p: number[]; holm: number[]; bh: number[]; by: number[]; bonferroni: number[]; scipy_bh: number[]; scipy_by: number[] }[];
  quantile: { x: number[]; p: number[]; types: Record<string, number[]>; mobi_CUSA1_type7: { p: number[]; values: number[] } };
  weighted: {
    x: number[]; w: number[]; mean: number; varReliability: number; varPopulation: number; nEff: number; ci95: [number, number];
    freq: { x: number[]; w: number[]; var: number }; plainCi95: [number, number]; plainCi90: [number, number];
  };
  bootstrap: {
    estimate: number; draws: number[]; jackknife: number[];
    levels: Record<string, { percentile: [number, number]; basic: [number, number]; normal: [number, number]; bc: [number, number]; bcProbabilities: [number, number]; bca: [number, number]; bcaProbabilities: [number, number]; z0: number; acceleration: number }>;
  };
}

export const testsRef = readJson<TestsRef>('stats', 'tests.json');

/** CI bound from JSON: null means an infinite bound on the given side. */
export function bound(v: number | null, side: 'lower' | 'upper'): number {
  return v === null ? (side === 'lower' ? -Infinity : Infinity) : v;
}

/** Expects a relative deviation |a − b|/|b| ≤ tol (for p-values, which can be tiny). */
export function nearRel(a: number, b: number, tol: number, label: string): number {
  const d = rel(a, b);
  expect(d, `${label}: got ${a}, reference ${b}`).toBeLessThanOrEqual(tol);
  return d;
}
