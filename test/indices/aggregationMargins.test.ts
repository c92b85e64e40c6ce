/**
 * Margins of error of aggregateIndices at every level (issue 14, item 8). Witness: the
 * independent NumPy script test/fixtures/scripts/aggregation_margins_reference.py, which forms
 * the full leaf covariance a'Σa per node (not the library's recursion) and scipy's normal quantile.
 */
import { describe, expect, it } from 'vitest';
import { aggregateIndices } from 'csi-analytics';
import type { AggregationNode, LeafCorrelation } from 'csi-analytics';
import { readJson } from '../helpers/fixtures.js';
import { caught } from '../helpers/errors.js';

interface NodeRef { score: number; se: number; marginOfError: number; lower: number; upper: number; nEffective: number | null }
interface Ref {
  tree: AggregationNode;
  correlations: LeafCorrelation[];
  independent95: Record<string, NodeRef>;
  correlated90: Record<string, NodeRef>;
}
const ref = readJson<Ref>('indices', 'aggregation-margins-reference.json');
const close = (a: number | null, b: number | null, tol = 1e-12): void => {
  expect(a).not.toBeNull();
  expect(Math.abs((a as number) - (b as number))).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(b as number)));
};

describe('aggregateIndices margins of error', () => {
  it('every node: se, margin of error and interval equal the NumPy a\'Σa witness (independent leaves, 95%)', () => {
    const r = aggregateIndices(ref.tree);
    expect(r.level).toBe(0.95);
    expect(Object.keys(r.nodes).sort()).toEqual(Object.keys(ref.independent95).sort());
    for (const [id, w] of Object.entries(ref.independent95)) {
      const n = r.nodes[id]!;
      close(n.score, w.score);
      close(n.se, w.se);
      close(n.marginOfError, w.marginOfError);
      close(n.lower, w.lower);
      close(n.upper, w.upper);
      if (w.nEffective === null) expect(n.nEffective).toBeNull();
      else close(n.nEffective, w.nEffective);
    }
    // national: 74.036 ± 1.157 (se 0.590)
    expect(r.nodes.Nation!.marginOfError).toBeCloseTo(1.157135, 5);
  });

  it('correlated leaves (F–G 0.3, A–B −0.2) and a 90% level', () => {
    const r = aggregateIndices(ref.tree, { level: 0.9, correlations: ref.correlations });
    for (const [id, w] of Object.entries(ref.correlated90)) {
      const n = r.nodes[id]!;
      close(n.se, w.se);
      close(n.lower, w.lower);
      close(n.upper, w.upper);
    }
    expect(r.correlations).toEqual(ref.correlations);
  });

  it('Kish effective n of the survey weights and the design effect reach the leaf se', () => {
    const r = aggregateIndices(ref.tree);
    // D: w = [1,2,1,1.5,0.5,3,1,1], n_eff = 11²/19.5 = 6.2051…; C: se = 20/√120 · √1.3
    close(r.nodes.D!.nEffective, 121 / 19.5);
    close(r.nodes.C!.se, (20 / Math.sqrt(120)) * Math.sqrt(1.3));
  });

  it('a leaf without se: its ancestors have null margins, with a missing_se warning', () => {
    const tree: AggregationNode = { id: 'N', children: [{ id: 'A', score: 70, se: 1 }, { id: 'B', score: 72 }] };
    const r = aggregateIndices(tree);
    expect(r.nodes.N!.se).toBeNull();
    expect(r.nodes.N!.lower).toBeNull();
    expect(r.nodes.A!.se).toBe(1);
    expect(r.warnings.map((w) => w.kind)).toContain('missing_se');
    // no leaf with an se: no warning, all null (the plain aggregation)
    const plain = aggregateIndices({ id: 'N', children: [{ id: 'A', score: 70 }, { id: 'B', score: 72 }] });
    expect(plain.nodes.N!.se).toBeNull();
    expect(plain.warnings.map((w) => w.kind)).not.toContain('missing_se');
  });

  it('bad sampling-error fields and correlations: one CsiError with every issue, names the node, suggests leaf names', () => {
    const e = caught(() =>
      aggregateIndices({ id: 'N', children: [
        { id: 'A', score: 70, se: -1 },
        { id: 'B', score: 72, sd: 10 },
        { id: 'C', score: 71, sd: 10, n: 2.5 },
        { id: 'Sub', se: 1, children: [{ id: 'D', score: 70, se: 1 }] },
      ] }),
    );
    expect(e.code).toBe('INVALID_TREE');
    const text = e.issues.map((i) => i.message).join('\n');
    expect(text).toContain('Node "A" has se -1');
    expect(text).toContain('no n, nEffective or surveyWeights');
    expect(text).toContain('n 2.5');
    expect(text).toContain('an inner node');
    const c = caught(() => aggregateIndices(ref.tree, { correlations: [{ between: ['F', 'Gx'], correlation: 0.3 }, { between: ['A', 'B'], correlation: 2 }] }));
    expect(c.code).toBe('INVALID_OPTIONS');
    expect(c.issues.map((i) => i.message).join('\n')).toMatch(/"Gx".*did you mean "G"/);
    expect(c.issues).toHaveLength(2);
    expect(c.issues[1]?.message).toBe('Option "correlations" of aggregateIndices, entry 2, has correlation 2; expected a number from −1 to 1.');
    const o = caught(() => aggregateIndices(ref.tree, { levle: 0.9 } as never));
    expect(o.code).toBe('INVALID_OPTIONS');
    expect(o.message).toContain('level');
  });
});

describe('summarizeAggregation', () => {
  it('one row per node with the witness margins, a bar chart of the sectors, the national ± in the text', async () => {
    const { summarizeAggregation, renderHtml, buildReport } = await import('csi-analytics/report');
    const s = summarizeAggregation(aggregateIndices(ref.tree));
    const rows = s.tables[0]!.rows;
    expect(rows.map((r) => r['id'])).toEqual(aggregateIndices(ref.tree).order);
    const nation = rows.find((r) => r['id'] === 'Nation')!;
    close(nation['marginOfError'] as number, ref.independent95.Nation!.marginOfError);
    close(nation['lower'] as number, ref.independent95.Nation!.lower);
    expect(s.text).toBe('Nation: 74.0 ± 1.2 (95% interval), from 9 companies.');
    expect(s.charts.map((c) => c.name)).toEqual(['aggregation-bars']);
    const html = await renderHtml(buildReport({ title: 'ACSI', sections: [s] }));
    expect(html).toContain('Indices by level');
    expect(() => summarizeAggregation({ kind: 'csi.aggregated-indices' } as never)).toThrow(/result\.root/);
  });
});
