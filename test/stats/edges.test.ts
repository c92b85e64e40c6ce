import { describe, expect, it } from 'vitest';
import { chiSquareCdf, CsiError, fCdf, normalCdf, normalQuantile, studentTCdf, studentTQuantile } from 'csi-analytics';
import { readJson } from '../helpers/fixtures.js';

// Witness: mpmath 1.3.0 at 60 significant digits, computed by
// test/fixtures/scripts/stats_edges_mpmath.py → test/fixtures/stats/edges-mpmath.json
// (formulas in the script's docstring; the t cdf is cross-checked there against its complementary form).
interface Edges {
  t_cdf_large_df: { t: number; df: number; cdf: number; sf: number }[];
  t_ppf_large_df: { p: number; df: number; ppf: number }[];
  f_sf_extreme: { x: number; df1: number; df2: number; sf: number }[];
  chi2_sf_extreme: { x: number; df: number; sf: number }[];
  t_sf_extreme: { t: number; df: number; sf: number }[];
}
const ref = readJson<Edges>('stats', 'edges-mpmath.json');

function rel(a: number, b: number): number {
  if (a === b) return 0;
  return Math.abs(a - b) / Math.abs(b);
}

function worst(pairs: readonly [number, number, string][]): { max: number; where: string } {
  let max = 0;
  let where = '';
  for (const [a, b, label] of pairs) {
    const r = rel(a, b);
    if (!(r <= max)) {
      max = r;
      where = `${label}: got ${a}, mpmath ${b}`;
    }
  }
  return { max, where };
}

describe('numerics at the edges vs mpmath (issue 12 item 10)', () => {
  it('studentTCdf for df from 1e6 to 1e15, both tails, ≤ 1e-12 relative', () => {
    expect(ref.t_cdf_large_df.length).toBeGreaterThan(50);
    const pairs: [number, number, string][] = [];
    for (const r of ref.t_cdf_large_df) {
      pairs.push([studentTCdf(r.t, r.df), r.cdf, `cdf(${r.t}, ${r.df})`]);
      pairs.push([studentTCdf(r.t, r.df, { lowerTail: false }), r.sf, `sf(${r.t}, ${r.df})`]);
    }
    const w = worst(pairs);
    expect(w.max, w.where).toBeLessThanOrEqual(1e-12);
  });

  it('studentTQuantile for df from 1e6 to 1e12, ≤ 1e-12 relative', () => {
    const w = worst(ref.t_ppf_large_df.map((r) => [studentTQuantile(r.p, r.df), r.ppf, `ppf(${r.p}, ${r.df})`] as [number, number, string]));
    expect(w.max, w.where).toBeLessThanOrEqual(1e-12);
    // the example: mpmath −1.95996398477728…
    expect(rel(studentTQuantile(0.025, 1e10), -1.9599639847772814)).toBeLessThan(1e-14);
  });

  it('upper tails come from the complementary function, not 1 − cdf', () => {
    expect(ref.f_sf_extreme.length).toBeGreaterThan(5);
    const pairs: [number, number, string][] = [
      ...ref.f_sf_extreme.map((r) => [fCdf(r.x, r.df1, r.df2, { lowerTail: false }), r.sf, `F sf(${r.x}; ${r.df1}, ${r.df2})`] as [number, number, string]),
      ...ref.chi2_sf_extreme.map((r) => [chiSquareCdf(r.x, r.df, { lowerTail: false }), r.sf, `chi2 sf(${r.x}; ${r.df})`] as [number, number, string]),
      ...ref.t_sf_extreme.map((r) => [studentTCdf(r.t, r.df, { lowerTail: false }), r.sf, `t sf(${r.t}; ${r.df})`] as [number, number, string]),
    ].filter((p) => p[1] !== 0 || p[0] !== 0);
    const w = worst(pairs.filter((p) => p[1] > 0));
    expect(w.max, w.where).toBeLessThanOrEqual(1e-12);
    expect(fCdf(1e16, 1, 1, { lowerTail: false })).toBeCloseTo(6.366197723675814e-9, 20);
    // values below the smallest double are 0 on both sides
    for (const p of pairs.filter((q) => q[1] === 0)) expect(p[0], p[2]).toBe(0);
  });

  it('invalid arguments are CsiErrors; NaN gives NaN', () => {
    const codeOf = (fn: () => unknown): string => {
      try {
        fn();
      } catch (e) {
        if (e instanceof CsiError) return e.code;
        throw e;
      }
      return 'none';
    };
    expect(codeOf(() => normalQuantile(2))).toBe('INVALID_OPTIONS');
    expect(codeOf(() => normalQuantile(-0.1))).toBe('INVALID_OPTIONS');
    expect(codeOf(() => studentTQuantile(0.5, 0))).toBe('INVALID_OPTIONS');
    expect(codeOf(() => studentTCdf(1, -2))).toBe('INVALID_OPTIONS');
    expect(codeOf(() => fCdf(1, 0, 3))).toBe('INVALID_OPTIONS');
    expect(codeOf(() => chiSquareCdf(1, -1))).toBe('INVALID_OPTIONS');
    expect(codeOf(() => normalCdf('1' as never))).toBe('INVALID_OPTIONS');
    expect(codeOf(() => normalCdf(1, { lowertail: false } as never))).toBe('INVALID_OPTIONS');
    let msg = '';
    try {
      studentTQuantile(2, 0);
    } catch (e) {
      msg = (e as CsiError).message;
    }
    expect(msg).toBe('2 problems found:\n  - studentTQuantile: the probability is 2; expected a number from 0 to 1.\n  - studentTQuantile: df is 0; expected a number greater than 0 (degrees of freedom).');
    expect(normalQuantile(NaN)).toBeNaN();
    expect(studentTCdf(NaN, 3)).toBeNaN();
    expect(studentTQuantile(0.5, Infinity)).toBe(0);
  });
});
