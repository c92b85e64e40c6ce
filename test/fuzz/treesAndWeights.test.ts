/** Fuzz: indicator trees, AHP pairwise matrices and weighting (issue 12 item 11). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ahp, completePairwiseMatrix, datasetFromCsv, evaluateTree, groupAhp, likert, rankWeights, pointAllocationWeights, specifyTree } from 'csi-analytics';
import { deepTree, junk, optionsOf, pairwiseMatrix, treeJson } from './arbitraries.js';
import { configureFuzz, expectGoodResult, onlyCsiError, snapshot, watchConsoleAndPrototypes } from './invariants.js';

configureFuzz(150);
watchConsoleAndPrototypes();

const data = datasetFromCsv('Q1,Q2,Q3,Q4\n1,2,3,NA\n2,3,4,5\n3,3,5,6\n4,5,5,7\n5,6,NA,7\n9,8,7,10\n', { defaultScale: likert(1, 10) });

describe('fuzz: indicator trees', () => {
  it('specifyTree / evaluateTree: only CsiError; inputs unchanged; frozen JSON-safe results; no silent NaN', () => {
    const evalOptions = fc.oneof(
      { weight: 3, arbitrary: fc.record({ minAnswered: fc.constantFrom(1, 2, 3, 10), respondentScores: fc.constantFrom('root', 'all', 'none'), level: fc.constantFrom(0.9, 0.95) }, { requiredKeys: [] }) },
      { weight: 1, arbitrary: optionsOf(['scales', 'fit', 'minAnswered', 'surveyWeights', 'respondentScores', 'level']) },
    );
    fc.assert(
      fc.property(fc.oneof({ weight: 6, arbitrary: treeJson }, { weight: 1, arbitrary: junk }), evalOptions, (tree, options) => {
        const before = snapshot(tree);
        const spec = onlyCsiError(() => specifyTree(tree));
        expect(tree).toEqual(before);
        if (spec.ok) expectGoodResult(spec.value);
        else expect(['INVALID_TREE', 'INVALID_OPTIONS']).toContain(spec.error.code);
        const r = onlyCsiError(() => evaluateTree(tree, data, options as never));
        expect(tree).toEqual(before);
        if (r.ok) expectGoodResult(r.value);
      }),
    );
  });

  it('deep nesting is a CsiError at any depth, never a stack overflow', () => {
    fc.assert(
      fc.property(fc.constantFrom(2, 50, 100, 101, 500, 3_000, 20_000), (depth) => {
        const r = onlyCsiError(() => specifyTree(deepTree(depth)));
        expect(r.ok).toBe(depth <= 100);
      }),
      { numRuns: 10 },
    );
  });

  it('reserved ids never reach results as prototype keys', () => {
    fc.assert(
      fc.property(fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.boolean(), (id, asLeaf) => {
        const tree = asLeaf
          ? { id: 'R', children: [{ item: 'Q1', id }, { item: 'Q2' }] }
          : { id: 'R', children: [{ id, children: [{ item: 'Q1' }] }, { item: 'Q2' }] };
        const r = onlyCsiError(() => specifyTree(tree));
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.error.issues.some((i) => i.message.includes(`"${id}"`))).toBe(true);
      }),
      { numRuns: 6 },
    );
  });
});

describe('fuzz: AHP and weights', () => {
  const ahpOptions = fc.oneof(
    { weight: 2, arbitrary: fc.record({ method: fc.constantFrom('eigenvector', 'geometric-mean', 'column-normalization'), threshold: fc.constantFrom(0.1, 'saaty1994') }, { requiredKeys: [] }) },
    { weight: 1, arbitrary: optionsOf(['labels', 'method', 'randomIndex', 'threshold']) },
  );

  it('ahp / completePairwiseMatrix: only CsiError; weights finite, summing to 1', () => {
    fc.assert(
      fc.property(pairwiseMatrix, ahpOptions, (m, options) => {
        const before = snapshot(m);
        const r = onlyCsiError(() => ahp(m as never, options as never));
        expect(m).toEqual(before);
        if (r.ok) {
          expectGoodResult(r.value);
          const w = Object.values(r.value.weights as Record<string, number>);
          expect(Math.abs(w.reduce((s, x) => s + x, 0) - 1)).toBeLessThan(1e-9);
          for (const x of w) expect(x).toBeGreaterThan(0);
        }
        const c = onlyCsiError(() => completePairwiseMatrix(m as never));
        expect(m).toEqual(before);
        if (c.ok) expectGoodResult(c.value);
      }),
    );
  });

  it('groupAhp: only CsiError', () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(pairwiseMatrix, { maxLength: 3 }), junk), optionsOf(['method', 'priorityMethod', 'aggregation', 'expertWeights']), (ms, options) => {
        const r = onlyCsiError(() => groupAhp(ms as never, options as never));
        if (r.ok) expectGoodResult(r.value);
      }),
      { numRuns: 80 },
    );
  });

  it('rankWeights / pointAllocationWeights: only CsiError', () => {
    const arr = fc.oneof(fc.array(fc.oneof(fc.integer({ min: -2, max: 12 }), fc.constantFrom(NaN, Infinity, null, 1e309, 0.5)), { maxLength: 5 }), junk);
    fc.assert(
      fc.property(arr, fc.oneof(fc.constant(undefined), junk, optionsOf(['method', 'labels', 'total'])), (x, options) => {
        const a = onlyCsiError(() => rankWeights(x as never, options as never));
        if (a.ok) expectGoodResult(a.value);
        const b = onlyCsiError(() => pointAllocationWeights(x as never, options as never));
        if (b.ok) expectGoodResult(b.value);
      }),
      { numRuns: 80 },
    );
  });
});
