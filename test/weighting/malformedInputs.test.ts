/** Malformed first arguments of the weighting functions are a CsiError, never a TypeError (found by test/fuzz/treesAndWeights.test.ts). */
import { describe, expect, it } from 'vitest';
import { CsiError, criticWeights, entropyWeights, groupAhp, pointAllocationWeights, rankWeights, shapleyWeights } from 'csi-analytics';

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof CsiError) return `${e.code}: ${e.issues.map((i) => i.message).join(' | ')}`;
    throw e;
  }
  return 'no error';
}

describe('weighting functions with malformed input', () => {
  it('column-based functions name the bad argument or column', () => {
    expect(code(() => pointAllocationWeights(undefined as never))).toMatch(/Expected the columns as an object of named number arrays .*; got nothing/);
    expect(code(() => entropyWeights(null as never))).toMatch(/object of named number arrays .*; got null/);
    expect(code(() => criticWeights([1, 2] as never))).toMatch(/as an object of named number arrays .*; got an array/);
    expect(code(() => pointAllocationWeights({ a: null, b: [1, 2] } as never))).toMatch(/Column "a" is null; expected an array of numbers/);
    expect(code(() => shapleyWeights({ a: [1, 2, 3] }, undefined as never))).not.toBe('no error');
  });
  it('groupAhp needs an array of matrices and an array of expert weights', () => {
    expect(code(() => groupAhp('' as never))).toMatch(/^INVALID_MATRIX: groupAhp needs an array of expert pairwise matrices/);
    expect(code(() => groupAhp([[[1, 2], [0.5, 1]]], { expertWeights: 3 as never }))).toMatch(/Option "expertWeights" of groupAhp is 3/);
  });
  it('rankWeights needs an order or a record of ranks with names', () => {
    expect(code(() => rankWeights(undefined as never))).toMatch(/^INVALID_WEIGHTS: rankWeights needs an order of criteria/);
    expect(code(() => rankWeights([null, 'a'] as never))).toMatch(/Position 1 of the order is null; expected the name of a criterion/);
  });
});
