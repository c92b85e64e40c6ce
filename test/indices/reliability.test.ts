/** Issue 12 items 4, 5, 7, 9: trees and indices never return a silent NaN and reject bad input with a CsiError. */
import { describe, expect, it } from 'vitest';
import { createDataset } from '../../src/data/createDataset.js';
import { CsiError } from '../../src/errors.js';
import { evaluateTree } from '../../src/indices/evaluateTree.js';
import type { TreeNodeJson } from '../../src/indices/types.js';

export function csiError(f: () => unknown): CsiError {
  try {
    f();
  } catch (e) {
    if (e instanceof CsiError) return e;
    throw new Error(`expected a CsiError, got ${String(e)}`);
  }
  throw new Error('expected a CsiError, nothing was thrown');
}

// items on 1–5; row 3 misses b
const data = createDataset({
  columns: { a: [5, 3, 1, 4], b: [5, 1, Number.NaN, 2] },
  scales: { a: { min: 1, max: 5 }, b: { min: 1, max: 5 } },
});
const tree: TreeNodeJson = { id: 'CSI', weighting: { method: 'fixed', weights: { a: 0.5, b: 0.5 } }, children: [{ item: 'a' }, { item: 'b' }] };

describe('evaluateTree: minAnswered above the number of children', () => {
  it('is capped at the number of children with a warning, not a NaN root', () => {
    const ev = evaluateTree(tree, data, { minAnswered: 5, respondentScores: 'root' });
    expect(Number.isFinite(ev.index)).toBe(true);
    expect(ev.warnings.map((w) => w.kind)).toContain('min_answered_capped');
    // Hand computation (POMP on 1–5: 100(x − 1)/4, equal weights; only complete rows 1, 2, 4 score):
    // row1 (100 + 100)/2 = 100, row2 (50 + 0)/2 = 25, row4 (75 + 25)/2 = 50
    expect(ev.nodes['CSI']!.nAnswered).toBe(3);
    expect(ev.nodes['CSI']!.respondentMean).toBeCloseTo((100 + 25 + 50) / 3, 12);
  });
});
