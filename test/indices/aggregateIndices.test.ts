import { describe, expect, it } from 'vitest';
import { CsiError } from 'csi-analytics';
import { aggregateIndices } from 'csi-analytics';
import type { AggregationNode } from 'csi-analytics';
import { readJson } from '../helpers/fixtures.js';

/** Independent NumPy computation: test/fixtures/scripts/indices_reference.py, section `aggregation`. */
interface AggRef {
  aggregation: {
    input: Record<string, { gdp: number; industries: Record<string, { revenue: number; companies: Record<string, { score: number; revenue: number }> }> }>;
    national: number;
    nodes: Record<string, { score?: number; localWeight: number; globalWeight: number }>;
  };
}
const ref = readJson<AggRef>('indices', 'indices_reference.json').aggregation;

function buildTree(): AggregationNode {
  return {
    id: 'Nation',
    children: Object.entries(ref.input).map(([s, sd]) => ({
      id: s,
      weight: sd.gdp,
      basis: 'gdp-share',
      children: Object.entries(sd.industries).map(([i, ind]) => ({
        id: i,
        weight: ind.revenue,
        basis: 'industry revenue',
        children: Object.entries(ind.companies).map(([c, co]) => ({ id: c, score: co.score, weight: co.revenue, basis: 'revenue' })),
      })),
    })),
  };
}

describe('aggregateIndices — ACSI company → industry → sector → nation', () => {
  const r = aggregateIndices(buildTree());

  it('national, sector and industry scores and weights match the NumPy computation (1e-12)', () => {
    expect(Math.abs(r.index - ref.national)).toBeLessThan(1e-12);
    for (const [id, want] of Object.entries(ref.nodes)) {
      const got = r.nodes[id];
      if (got === undefined) throw new Error(id);
      if (want.score !== undefined) expect(Math.abs(got.score - want.score)).toBeLessThan(1e-12);
      expect(Math.abs(got.localWeight - want.localWeight)).toBeLessThan(1e-12);
      expect(Math.abs(got.globalWeight - want.globalWeight)).toBeLessThan(1e-12);
    }
  });

  it('leaf contributions sum to the national index; structure is reported', () => {
    const leaves = r.order.filter((id) => r.nodes[id]?.children.length === 0);
    expect(leaves).toHaveLength(12);
    const sum = leaves.reduce((a, id) => a + (r.nodes[id]?.contribution ?? NaN), 0);
    expect(Math.abs(sum - r.index)).toBeLessThan(1e-12);
    expect(r.nodes.Banks).toMatchObject({ parent: 'Finance', depth: 2, weight: 900, basis: 'industry revenue', weighting: 'given' });
    expect(r.nodes.Nation).toMatchObject({ parent: null, weighting: 'root', localWeight: 1, globalWeight: 1 });
    expect(Object.isFrozen(r.nodes.Banks)).toBe(true);
  });

  it('equal weights when none given (recorded)', () => {
    const e = aggregateIndices({ id: 'I', children: [{ id: 'a', score: 70 }, { id: 'b', score: 80 }, { id: 'c', score: 90 }] });
    expect(e.index).toBeCloseTo(80, 12);
    expect(e.nodes.a?.weighting).toBe('equal');
    expect(e.warnings.map((w) => w.kind)).toEqual(['equal_weights']);
  });

  it('validation collects all problems', () => {
    const bad = {
      id: 'N',
      children: [
        { id: 'S1', weight: -1, children: [{ id: 'x', score: 70, weight: 1 }, { id: 'y', score: 60 }] },
        { id: 'S2', weight: 1 },
        { id: 'S1', weight: 1, score: 50, children: [{ id: 'z', score: 40 }] },
      ],
    };
    try {
      aggregateIndices(bad);
      throw new Error('expected an error');
    } catch (e) {
      expect(e).toBeInstanceOf(CsiError);
      const err = e as CsiError;
      expect(err.code).toBe('INVALID_TREE');
      expect(err.issues.map((i) => i.kind).sort()).toEqual(['duplicate_id', 'incomplete_weights', 'invalid_weight', 'no_score', 'score_and_children'].sort());
      expect(err.issues.find((i) => i.kind === 'invalid_weight')?.message).toBe('Node "S1" has weight -1; weights must be finite and ≥ 0.');
      expect(err.issues.find((i) => i.kind === 'incomplete_weights')?.message).toBe(
        'Node "S1": children "y" have no weight while their siblings do; give every child a weight or none (equal weights).',
      );
    }
  });

  it('rejects cycles and unknown keys', () => {
    const a: { id: string; children: unknown[] } = { id: 'a', children: [] };
    a.children.push({ id: 'b', children: [a] });
    expect(() => aggregateIndices(a)).toThrow(/cycle/);
    expect(() => aggregateIndices({ id: 'a', scroe: 5 })).toThrow(/unknown key\(s\) "scroe"/);
  });
});
