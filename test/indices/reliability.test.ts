/** Issue 12 items 4, 5, 7, 9: trees and indices never return a silent NaN and reject bad input with a CsiError. */
import { describe, expect, it } from 'vitest';
import { createDataset } from 'csi-analytics';
import { CsiError } from 'csi-analytics';
import { evaluateTree } from 'csi-analytics';
import type { TreeNodeJson } from 'csi-analytics';

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

describe('specifyTree / evaluateTree: resource limits and reserved ids (issue 12 items 7, 9)', () => {
  it('a tree nested 3,000 levels is an INVALID_TREE error naming the depth limit, not a RangeError', () => {
    let node: TreeNodeJson = { id: 'n3000', children: [{ item: 'a' }] };
    for (let d = 2999; d >= 1; d--) node = { id: `n${d}`, children: [node] };
    const e = csiError(() => evaluateTree(node, data));
    expect(e.code).toBe('INVALID_TREE');
    expect(e.message).toMatch(/at most 100 levels/);
    expect(e.issues).toHaveLength(1);
    // 100 levels is allowed
    let ok: TreeNodeJson = { id: 'n100', children: [{ item: 'a' }] };
    for (let d = 99; d >= 1; d--) ok = { id: `n${d}`, children: [ok] };
    // a chain of single children passes the POMP of item a unchanged: mean of 100, 50, 0, 75
    expect(evaluateTree(ok, data).index).toBeCloseTo((100 + 50 + 0 + 75) / 4, 12);
  });
  it('fixed weights summing to 1.2 are rescaled with a warning', () => {
    const t: TreeNodeJson = { id: 'CSI', weighting: { method: 'fixed', weights: { a: 0.6, b: 0.6 } }, children: [{ item: 'a' }, { item: 'b' }] };
    const ev = evaluateTree(t, data);
    const w = ev.warnings.find((x) => x.kind === 'weights_rescaled');
    expect(w?.message).toMatch(/sum to 1\.2/);
    expect(ev.nodes['a']!.localWeight).toBeCloseTo(0.5, 15);
    // weights summing to 1 give no such warning
    expect(evaluateTree(tree, data).warnings.map((x) => x.kind)).not.toContain('weights_rescaled');
  });
  it('__proto__, constructor and prototype are rejected as node ids, all at once', () => {
    const t = JSON.parse('{"id":"__proto__","children":[{"id":"constructor","children":[{"item":"a"}]},{"id":"prototype","children":[{"item":"b"}]}]}') as TreeNodeJson;
    const e = csiError(() => evaluateTree(t, data));
    expect(e.code).toBe('INVALID_TREE');
    expect(e.issues.filter((i) => i.kind === 'reserved_id').map((i) => i.value)).toEqual(['__proto__', 'constructor', 'prototype']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
