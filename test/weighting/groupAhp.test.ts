import { describe, expect, it } from 'vitest';
import { CsiError } from 'csi-analytics';
import { ahp } from 'csi-analytics';
import { groupAhp } from 'csi-analytics';
import { readJson } from '../helpers/fixtures.js';

/**
 * Witness: weighting/weighting_reference.json → ahp.group, computed with NumPy
 * (test/fixtures/scripts/weighting_reference.py): element-wise weighted geometric mean of three
 * experts' 4 × 4 matrices (α = .5, .3, .2) and numpy.linalg.eig priorities (AIJ); weighted
 * geometric / arithmetic means of the individual eigenvectors (AIP).
 */
interface GroupRef {
  expert_weights: number[];
  aij_matrix: number[][];
  aij_weights: number[];
  aij_lambda_max: number;
  aij_equal_weights: number[];
  individual: { weights: number[]; CI: number; CR_saaty1980: number }[];
  aip_geometric: number[];
  aip_arithmetic: number[];
}
const fx = readJson<{ inputs: { ahp: { group_experts: number[][][] } }; ahp: { group: GroupRef } }>('weighting', 'weighting_reference.json');
const experts = fx.inputs.ahp.group_experts;
const ref = fx.ahp.group;
const labels = ['a', 'b', 'c', 'd'];
const arr = (w: Readonly<Record<string, number>>): number[] => labels.map((l) => w[l] as number);

describe('groupAhp', () => {
  it('AIJ: weighted geometric mean of judgments, then eigenvector (NumPy to 1e-10)', () => {
    const g = groupAhp(experts, { labels, expertWeights: ref.expert_weights });
    expect(g.method).toBe('aij');
    g.matrix?.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo((ref.aij_matrix[i] as number[])[j] as number, 12)));
    arr(g.weights).forEach((w, i) => expect(w).toBeCloseTo(ref.aij_weights[i] as number, 10));
    expect(g.group?.lambdaMax).toBeCloseTo(ref.aij_lambda_max, 10);
    g.experts.forEach((e, k) => {
      const r = ref.individual[k] as GroupRef['individual'][number];
      arr(e.weights).forEach((w, i) => expect(w).toBeCloseTo(r.weights[i] as number, 10));
      expect(e.cr).toBeCloseTo(r.CR_saaty1980, 10);
    });
    expect(Object.isFrozen(g)).toBe(true);
  });

  it('AIJ with equal expert weights by default', () => {
    const g = groupAhp(experts, { labels });
    expect(g.expertWeights).toEqual([1 / 3, 1 / 3, 1 / 3]);
    arr(g.weights).forEach((w, i) => expect(w).toBeCloseTo(ref.aij_equal_weights[i] as number, 10));
  });

  it('AIP geometric and arithmetic (NumPy to 1e-10); weights are normalised to sum 1', () => {
    const geo = groupAhp(experts, { labels, method: 'aip', expertWeights: [5, 3, 2] });
    expect(geo.expertWeights).toEqual([0.5, 0.3, 0.2]);
    expect(geo.aggregation).toBe('geometric');
    expect(geo.group).toBeNull();
    arr(geo.weights).forEach((w, i) => expect(w).toBeCloseTo(ref.aip_geometric[i] as number, 10));
    const ari = groupAhp(experts, { labels, method: 'aip', aggregation: 'arithmetic', expertWeights: ref.expert_weights });
    arr(ari.weights).forEach((w, i) => expect(w).toBeCloseTo(ref.aip_arithmetic[i] as number, 10));
  });

  it('with geometric-mean priorities AIJ and AIP-geometric coincide (Barzilai & Golany)', () => {
    const a = groupAhp(experts, { labels, priorityMethod: 'geometric-mean', expertWeights: ref.expert_weights });
    const b = groupAhp(experts, { labels, method: 'aip', priorityMethod: 'geometric-mean', expertWeights: ref.expert_weights });
    arr(a.weights).forEach((w, i) => expect(w).toBeCloseTo(arr(b.weights)[i] as number, 14));
  });

  it('reports inconsistent experts as warnings; a cell missing for one expert uses the others', () => {
    const house = readJson<{ cases: { id: string; matrix?: number[][] }[] }>('data', 'ahp_reference_cases.json').cases[0]?.matrix as number[][];
    const consistent = Array.from({ length: 8 }, (_, i) => Array.from({ length: 8 }, (_, j) => (8 - i) / (8 - j)));
    const g = groupAhp([house, consistent]);
    expect(g.experts[0]?.consistent).toBe(false);
    expect(g.warnings.map((w) => w.kind)).toContain('inconsistent_expert');
    expect(g.warnings[0]?.message).toMatch(/^Expert 1 has CR = 0\.1691 > 0\.1; worst judgment/);

    const e1 = [[1, 2, null], [0.5, 1, 3], [null, 1 / 3, 1]];
    const e2 = [[1, 4, 8], [0.25, 1, 2], [1 / 8, 0.5, 1]];
    const m = groupAhp([e1, e2]).matrix as (number | null)[][];
    expect(m[0]?.[2]).toBeCloseTo(8, 14); // only expert 2 judged a over c
    expect(m[0]?.[1]).toBeCloseTo(Math.sqrt(8), 14);
  });

  it('a cell nobody judged is completed like ahp() does', () => {
    const e = [[1, 2, null], [0.5, 1, 3], [null, 1 / 3, 1]];
    const g = groupAhp([e, e]);
    expect(g.group?.completion?.filled).toHaveLength(1);
    const single = ahp(e);
    expect(g.group?.completion?.filled[0]?.value).toBeCloseTo(6, 10); // a_13 = a_12·a_23 makes it consistent
    labels.slice(0, 3).forEach((_, i) => expect(g.weights[`C${i + 1}`]).toBeCloseTo(single.weights[`C${i + 1}`] as number, 12));
    expect(single.weights.C1).toBeCloseTo(0.6, 10);
  });

  it('validation: per-expert issues, size mismatch, bad expert weights', () => {
    try {
      groupAhp([[[1, 2], [2, 1]], [[1, 2, 3], [0.5, 1, 1], [1 / 3, 1, 1]]], { expertWeights: [1, -1, 2] });
      throw new Error('expected a CsiError');
    } catch (e) {
      expect(e).toBeInstanceOf(CsiError);
      expect((e as CsiError).issues.map((i) => i.message)).toEqual([
        '3 expert weights were given for 2 matrices; expected 2.',
        'Expert 2 has weight -1; expected a non-negative finite number.',
        'Expert 1: Judgments "C1" over "C2" (row 1, column 2) = 2 and "C2" over "C1" (row 2, column 1) = 2 are not reciprocal: their product is 4; expected 1 (a_ji = 1/a_ij; a_ij is the importance of row i over column j).',
        'Expert 2 gave a 3 × 3 matrix; expected 2 × 2 like expert 1.',
      ]);
    }
  });
});
