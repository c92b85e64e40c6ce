import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/numeric/random.js';
import { sortFloat64 } from '../../src/numeric/sortFloat64.js';

// Witness: the built-in Float64Array.prototype.sort, whose order ECMA-262 defines (numeric,
// −0 before +0, NaN last). The radix sort must give that order bit for bit.
function sameBits(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

function check(values: Float64Array): void {
  const expected = Float64Array.from(values).sort();
  const copy = Float64Array.from(values);
  const out = sortFloat64(copy);
  expect(out).toBe(copy); // in place
  expect(sameBits(out, expected)).toBe(true);
}

describe('sortFloat64', () => {
  const rng = createRng(11);
  const n = 5000;
  const fill = (f: () => number, len = n): Float64Array => {
    const a = new Float64Array(len);
    for (let i = 0; i < len; i++) a[i] = f();
    return a;
  };

  it('orders bootstrap-like draws as the built-in sort does', () => {
    check(fill(() => 0.4 + 0.2 * rng.nextFloat()));
    check(fill(() => (rng.nextFloat() - 0.5) * 1e6));
    check(fill(() => Math.round(rng.nextFloat() * 20) / 10 - 1)); // many ties (buckets overflow: radix)
    check(fill(() => Math.tan(Math.PI * (rng.nextFloat() - 0.5)))); // Cauchy: heavy tails (radix)
    check(fill(() => (rng.nextFloat() < 0.001 ? 1e300 : rng.nextFloat()))); // one far outlier
    check(fill(() => 1 + Number.EPSILON * Math.floor(rng.nextFloat() * 4000))); // a range of a few ulps
  });

  it('orders signed zeros, infinities, subnormals and extremes', () => {
    const special = [0, -0, 1, -1, Infinity, -Infinity, 5e-324, -5e-324, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, 2.2250738585072014e-308, -2.2250738585072014e-308];
    check(fill(() => special[Math.floor(rng.nextFloat() * special.length)] as number));
    check(fill(() => (rng.nextFloat() < 0.1 ? -0 : rng.nextFloat()))); // −0 with positives only
    check(fill(() => (rng.nextFloat() < 0.1 ? 0 : -rng.nextFloat()))); // +0 with negatives only
    const zeros = fill(() => (rng.nextFloat() < 0.5 ? 0 : -0), 1000);
    check(zeros);
    const sorted = sortFloat64(Float64Array.from(zeros));
    const firstPositive = sorted.findIndex((v) => Object.is(v, 0));
    expect(sorted.subarray(0, firstPositive).every((v) => Object.is(v, -0))).toBe(true);
  });

  it('sorts a view in place without touching the rest of its buffer', () => {
    const base = fill(() => rng.nextFloat() - 0.5, 3000);
    const before = Float64Array.from(base);
    const view = base.subarray(700, 2700);
    const expected = Float64Array.from(view).sort();
    sortFloat64(view);
    expect(sameBits(view, expected)).toBe(true);
    expect(sameBits(base.subarray(0, 700), before.subarray(0, 700))).toBe(true);
    expect(sameBits(base.subarray(2700), before.subarray(2700))).toBe(true);
  });

  it('falls back to the built-in sort for short arrays and arrays with NaN (NaN last)', () => {
    check(fill(() => rng.nextFloat(), 100));
    check(new Float64Array(0));
    const withNaN = fill(() => (rng.nextFloat() < 0.01 ? NaN : rng.nextFloat() - 0.5), 2000);
    check(withNaN);
    expect(Number.isNaN(sortFloat64(withNaN)[withNaN.length - 1])).toBe(true);
  });

  it('gives the same result when called again on sorted and reversed input (scratch reuse)', () => {
    const a = fill(() => rng.nextFloat() * 100 - 50, 4096);
    check(Float64Array.from(a).sort());
    check(Float64Array.from(a).sort().reverse());
    check(fill(() => rng.nextFloat(), 9000)); // larger than any earlier scratch
    check(a);
  });
});
