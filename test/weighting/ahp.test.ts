import { describe, expect, it } from 'vitest';
import { CsiError } from 'csi-analytics';
import { ahp } from 'csi-analytics';
import type { AhpResult } from 'csi-analytics';
import { readJson } from '../helpers/fixtures.js';

/**
 * Witnesses:
 * - `data/ahp_reference_cases.json`: published AHP examples (Saaty 1990 house, Saaty 2008 city
 *   criteria and drinks, Bozóki et al. 2010 incomplete), with the precision each value is quoted
 *   at (3 decimals for 0.173-style values, 4 for 0.0372-style ones).
 * - `weighting/weighting_reference.json`: independent NumPy/SciPy recomputation
 *   (test/fixtures/scripts/weighting_reference.py): numpy.linalg.eig principal eigenvector, RGMM,
 *   column normalisation, GCI, and the λmax-optimal completion by SciPy BFGS + root solve.
 */
interface Case {
  id: string;
  elements: string[];
  matrix?: number[][];
  comparisons_i_over_j?: Record<string, number>;
  given?: Record<string, number>;
  optimal_completion?: Record<string, number>;
  weights_eigen: number[];
  weights_row_geometric_mean_recomputed?: number[];
  weights_column_normalisation_recomputed?: number[];
  lambda_max?: number;
  lambda_max_recomputed?: number;
  CI?: number;
  CI_recomputed?: number;
  CR_saaty1980?: number;
  CR_saaty1980_recomputed?: number;
  CR_saaty2005?: number;
  CR_saaty2005_recomputed?: number;
  CR_donegan_dodd?: number;
  GCI_recomputed?: number;
  complete_variant?: { 'c>d': number; weights_eigen: number[]; CR_donegan_dodd: number };
}
const ref = readJson<{ cases: Case[] }>('data', 'ahp_reference_cases.json');
const caseById = (id: string): Case => {
  const c = ref.cases.find((x) => x.id === id);
  if (c === undefined) throw new Error(id);
  return c;
};

type MethodRef = { weights: number[]; lambda_max?: number; lambda_max_estimate?: number; CI: number; CR_saaty1980: number; CR_saaty2005: number; CR_donegan_dodd: number; GCI?: number };
interface Indep {
  inputs: { ahp: Record<string, (number | null)[][]> };
  ahp: Record<string, { eigenvector: MethodRef; geometric_mean: MethodRef; column_normalization: MethodRef }> & {
    bozoki2010_incomplete_completion: { filled_upper_triangle_0based: Record<string, number> };
    extra_incomplete_5_completion: { filled_upper_triangle_0based: Record<string, number> };
  };
}
const indep = readJson<Indep>('weighting', 'weighting_reference.json');

/** Number of decimals a published value is quoted with (0.173 → 3, 0.0372 → 4, 9.669 → 3). */
function decimals(v: number): number {
  const s = String(v);
  const i = s.indexOf('.');
  return i < 0 ? 0 : s.length - i - 1;
}
/** Asserts agreement to the published precision: |ours − published| ≤ half a unit in the last place. */
function toPublished(ours: number, published: number): void {
  const tol = 0.5 * 10 ** -decimals(published) + 1e-12;
  expect(Math.abs(ours - published), `ours ${ours} vs published ${published}`).toBeLessThanOrEqual(tol);
}
function weightsArray(r: AhpResult): number[] {
  return r.labels.map((l) => r.weights[l] as number);
}

function fromPairs(labels: string[], pairs: Record<string, number>): (number | null)[][] {
  const n = labels.length;
  const m: (number | null)[][] = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : null)));
  for (const [k, v] of Object.entries(pairs)) {
    const [a, b] = k.split('>') as [string, string];
    const i = labels.indexOf(a);
    const j = labels.indexOf(b);
    (m[i] as (number | null)[])[j] = v;
    (m[j] as (number | null)[])[i] = 1 / v;
  }
  return m;
}

describe('ahp — published reference cases (ahp_reference_cases.json)', () => {
  it('Saaty (1990) house: weights, λmax, CI, CR (Saaty 1980 RI 1.41) to published precision', () => {
    const c = caseById('saaty1990_house');
    const r = ahp(c.matrix as number[][], { labels: c.elements });
    weightsArray(r).forEach((w, i) => toPublished(w, c.weights_eigen[i] as number));
    toPublished(r.lambdaMax, c.lambda_max as number); // 9.669
    toPublished(r.ci, c.CI as number); // 0.238
    toPublished(r.cr, c.CR_saaty1980 as number); // 0.169
    expect(r.randomIndex).toEqual({ table: 'saaty1980', value: 1.41 });
    expect(r.consistent).toBe(false);
    expect(r.method).toBe('eigenvector');
  });

  it('Saaty (2008) city criteria: EM, RGMM and column-normalisation weights, λmax, CI, CR (1980 and 2005), GCI', () => {
    const c = caseById('saaty2008_city_criteria');
    const em = ahp(c.matrix as number[][], { labels: c.elements });
    weightsArray(em).forEach((w, i) => toPublished(w, c.weights_eigen[i] as number));
    toPublished(em.lambdaMax, c.lambda_max_recomputed as number); // 5.225
    toPublished(em.ci, c.CI_recomputed as number); // 0.0563
    toPublished(em.cr, c.CR_saaty1980_recomputed as number); // 0.0503
    toPublished(ahp(c.matrix as number[][], { randomIndex: 'saaty2005' }).cr, c.CR_saaty2005_recomputed as number); // 0.0507
    toPublished(em.geometricConsistencyIndex.value, c.GCI_recomputed as number); // 0.183
    expect(em.geometricConsistencyIndex.threshold).toBe(0.37);
    expect(em.consistent).toBe(true);
    expect(em.inconsistentJudgments).toEqual([]);

    const gm = ahp(c.matrix as number[][], { labels: c.elements, method: 'geometric-mean' });
    weightsArray(gm).forEach((w, i) => toPublished(w, (c.weights_row_geometric_mean_recomputed as number[])[i] as number));
    const cn = ahp(c.matrix as number[][], { labels: c.elements, method: 'column-normalization' });
    weightsArray(cn).forEach((w, i) => toPublished(w, (c.weights_column_normalisation_recomputed as number[])[i] as number));
  });

  it('Saaty (2008) drinks: weights, λmax, CI, CR with Saaty 2005 and Donegan–Dodd RI', () => {
    const c = caseById('saaty2008_drinks');
    const m = fromPairs(c.elements, c.comparisons_i_over_j as Record<string, number>);
    const r = ahp(m, { labels: c.elements, randomIndex: 'saaty2005' });
    weightsArray(r).forEach((w, i) => toPublished(w, c.weights_eigen[i] as number));
    expect(r.weights.water).toBeGreaterThan(r.weights.soda as number);
    toPublished(r.lambdaMax, c.lambda_max_recomputed as number); // 7.177
    toPublished(r.ci, c.CI_recomputed as number); // 0.0294
    toPublished(r.cr, c.CR_saaty2005 as number); // 0.022 (RI 1.35)
    expect(r.randomIndex).toEqual({ table: 'saaty2005', value: 1.35 });
    toPublished(ahp(m, { randomIndex: 'donegan-dodd' }).cr, c.CR_donegan_dodd as number); // 0.0235
  });

  it('Bozóki et al. (2010) incomplete: optimal completion, weights, λmax 4.092, CR 0.0372 (RI 0.8286)', () => {
    const c = caseById('bozoki2010_incomplete');
    const m = fromPairs(c.elements, c.given as Record<string, number>);
    expect(m[2]?.[3]).toBeNull();
    const r = ahp(m, { labels: c.elements, randomIndex: 'donegan-dodd' });
    const filled = r.completion?.filled ?? [];
    expect(filled).toHaveLength(1);
    expect(filled[0]).toMatchObject({ row: 'c', column: 'd', rowIndex: 3, columnIndex: 4 });
    // AHPy's value (quoted in the fixture) is 0.730297106886979; it agrees with the exact
    // optimum to 4e-7 (AHPy's own tolerance). The SciPy optimum is checked to 1e-10 below.
    expect(Math.abs((filled[0]?.value ?? 0) - (c.optimal_completion?.['c>d'] as number))).toBeLessThan(1e-6);
    weightsArray(r).forEach((w, i) => toPublished(w, c.weights_eigen[i] as number)); // .3738 .392 .0985 .1357
    toPublished(r.lambdaMax, 4.092); // docs/methodology.md#ahp
    toPublished(r.ci, c.CI_recomputed as number); // 0.0308
    toPublished(r.cr, c.CR_donegan_dodd as number); // 0.0372
    expect(r.randomIndex).toEqual({ table: 'donegan-dodd', value: 0.8286 });
    toPublished(ahp(m).cr, c.CR_saaty1980_recomputed as number); // 0.0342

    const cv = c.complete_variant as NonNullable<Case['complete_variant']>;
    const v = ahp(fromPairs(c.elements, { ...(c.given as Record<string, number>), 'c>d': cv['c>d'] }), { randomIndex: 'donegan-dodd' });
    weightsArray(v).forEach((w, i) => toPublished(w, cv.weights_eigen[i] as number));
    toPublished(v.cr, cv.CR_donegan_dodd);
    expect(v.completion).toBeUndefined();
  });
});

describe('ahp — independent NumPy/SciPy recomputation to 1e-10', () => {
  const cases = ['threshold_3x3', 'saaty1990_house', 'saaty2008_city_criteria', 'saaty2008_drinks', 'bozoki2010_incomplete', 'bozoki2010_incomplete_complete_variant', 'extra_incomplete_5'];
  for (const id of cases) {
    it(`${id}: all three methods, λmax, CI, CR (3 tables), GCI`, () => {
      const input = indep.inputs.ahp[`${id}_partial`] ?? indep.inputs.ahp[id];
      const R = indep.ahp[id] as { eigenvector: MethodRef; geometric_mean: MethodRef; column_normalization: MethodRef };
      const methods = [
        ['eigenvector', R.eigenvector],
        ['geometric-mean', R.geometric_mean],
        ['column-normalization', R.column_normalization],
      ] as const;
      for (const [method, e] of methods) {
        for (const table of ['saaty1980', 'saaty2005', 'donegan-dodd'] as const) {
          const r = ahp(input as (number | null)[][], { method, randomIndex: table });
          weightsArray(r).forEach((w, i) => expect(w).toBeCloseTo(e.weights[i] as number, 10));
          expect(r.lambdaMax).toBeCloseTo((e.lambda_max ?? e.lambda_max_estimate) as number, 10);
          expect(r.ci).toBeCloseTo(e.CI, 10);
          const crRef = table === 'saaty1980' ? e.CR_saaty1980 : table === 'saaty2005' ? e.CR_saaty2005 : e.CR_donegan_dodd;
          expect(r.cr).toBeCloseTo(crRef, 10);
          expect(r.geometricConsistencyIndex.value).toBeCloseTo(R.geometric_mean.GCI as number, 10);
        }
      }
    });
  }

  it('optimal completion (cyclic coordinate descent) equals the joint SciPy minimiser of λmax', () => {
    const bz = ahp(indep.inputs.ahp.bozoki2010_incomplete_partial as (number | null)[][]);
    const f = bz.completion?.filled[0];
    expect(f?.value).toBeCloseTo(indep.ahp.bozoki2010_incomplete_completion.filled_upper_triangle_0based['2,3'] as number, 10);
    // Bozóki et al.'s 4 × 4 example has the closed-form optimum √(8/15) (SciPy: 0.73029674334).
    expect(f?.value).toBeCloseTo(Math.sqrt(8 / 15), 10);

    const x = ahp(indep.inputs.ahp.extra_incomplete_5_partial as (number | null)[][], { labels: ['p', 'q', 'r', 's', 't'] });
    const ref5 = indep.ahp.extra_incomplete_5_completion.filled_upper_triangle_0based;
    const got = x.completion?.filled ?? [];
    expect(got).toHaveLength(3);
    for (const g of got) {
      const expected = ref5[`${g.rowIndex - 1},${g.columnIndex - 1}`] as number;
      expect(Math.abs(Math.log(g.value / expected))).toBeLessThan(1e-10);
    }
    expect(x.completion?.converged).toBe(true);
    // filled cells are not judgments: never flagged
    expect(x.completion?.matrix[0]?.[3]).toBeCloseTo(ref5['0,3'] as number, 8);
  });
});

describe('ahp — consistency, orientation, thresholds', () => {
  it('a perfectly consistent matrix a_ij = w_i/w_j gives CR = 0 and the exact weights (all methods)', () => {
    const w = [0.4, 0.3, 0.2, 0.1];
    const m = w.map((wi) => w.map((wj) => wi / wj));
    for (const method of ['eigenvector', 'geometric-mean', 'column-normalization'] as const) {
      const r = ahp(m, { method, labels: ['a', 'b', 'c', 'd'] });
      expect(Math.abs(r.cr)).toBeLessThan(1e-12);
      expect(Math.abs(r.ci)).toBeLessThan(1e-12);
      expect(Math.abs(r.lambdaMax - 4)).toBeLessThan(1e-12);
      expect(Math.abs(r.geometricConsistencyIndex.value)).toBeLessThan(1e-12);
      weightsArray(r).forEach((x, i) => expect(Math.abs(x - (w[i] as number))).toBeLessThan(1e-12));
      expect(r.consistent).toBe(true);
    }
  });

  it('orientation: a_ij is row over column; the transposed matrix inverts the priorities (gluc/ahp #4)', () => {
    const c = caseById('saaty2008_city_criteria');
    const m = c.matrix as number[][];
    const t = m.map((_, i) => m.map((row) => row[i] as number));
    const r = ahp(m, { labels: c.elements });
    const rt = ahp(t, { labels: c.elements });
    // family (0.433) is the most important in the right orientation …
    expect(Object.entries(r.weights).sort((a, b) => b[1] - a[1])[0]?.[0]).toBe('family');
    // … and one of the least important when the matrix is entered column-wise.
    expect(rt.weights.family as number).toBeLessThan(0.1);
    expect(rt.weights.transportation as number).toBeGreaterThan(0.3);
  });

  it('n = 1 and n = 2: CR = 0, consistent, no RI needed', () => {
    const one = ahp([[1]], { labels: ['only'] });
    expect(one.weights.only).toBe(1);
    expect(one.cr).toBe(0);
    const two = ahp([[1, 3], [1 / 3, 1]]);
    expect(two.weights.C1).toBeCloseTo(0.75, 14);
    expect(two.cr).toBe(0);
    expect(two.randomIndex.value).toBe(0);
    expect(two.geometricConsistencyIndex).toEqual({ value: 0, threshold: null, consistent: true });
  });

  it('CI uses (λmax − n)/(n − 1), not (λmax − n)/2, for n ≠ 3 (airicyu/ahp #4)', () => {
    const c = caseById('saaty1990_house');
    const r = ahp(c.matrix as number[][]);
    expect(r.ci).toBeCloseTo((r.lambdaMax - 8) / 7, 14);
  });

  it('inconsistent house matrix: the three worst judgments, ranked by |ln(a_ij w_j / w_i)|', () => {
    const c = caseById('saaty1990_house');
    const r = ahp(c.matrix as number[][], { labels: c.elements });
    const e = indep.ahp.saaty1990_house?.eigenvector.weights as number[];
    // independent ranking from the NumPy eigenvector
    const cells: { i: number; j: number; err: number }[] = [];
    const m = c.matrix as number[][];
    for (let i = 0; i < 8; i++) for (let j = i + 1; j < 8; j++) cells.push({ i, j, err: Math.abs(Math.log(((m[i] as number[])[j] as number) * (e[j] as number) / (e[i] as number))) });
    cells.sort((a, b) => b.err - a.err);
    expect(r.inconsistentJudgments).toHaveLength(3);
    r.inconsistentJudgments.forEach((j, k) => {
      const x = cells[k] as { i: number; j: number; err: number };
      expect([j.rowIndex, j.columnIndex]).toEqual([x.i + 1, x.j + 1]);
      expect(j.logError).toBeCloseTo(x.err, 10);
      expect(j.consistentValue).toBeCloseTo((e[x.i] as number) / (e[x.j] as number), 10);
    });
    // neighborhood over general_condition was judged 6 where the priorities imply ≈ 1.13
    expect(r.inconsistentJudgments[0]).toMatchObject({ row: 'neighborhood', column: 'general_condition', value: 6 });
    expect(r.warnings.map((w) => w.kind)).toContain('inconsistent');
  });

  it("threshold: default 0.10, custom number, and Saaty (1994) 'saaty1994' (0.05 n=3, 0.08 n=4)", () => {
    const m3 = [
      [1, 3, 5],
      [1 / 3, 1, 4],
      [1 / 5, 1 / 4, 1],
    ];
    const d = ahp(m3);
    expect(d.cr).toBeCloseTo(indep.ahp.threshold_3x3?.eigenvector.CR_saaty1980 as number, 10); // NumPy: 0.0739
    expect(d.threshold).toBe(0.1);
    expect(d.cr).toBeGreaterThan(0.05);
    expect(d.cr).toBeLessThan(0.1);
    expect(d.consistent).toBe(true);
    const s = ahp(m3, { threshold: 'saaty1994' });
    expect(s.threshold).toBe(0.05);
    expect(s.consistent).toBe(false);
    expect(s.inconsistentJudgments.length).toBeGreaterThan(0);
    const m4 = fromPairs(['a', 'b', 'c', 'd'], { 'a>b': 1, 'a>c': 5, 'a>d': 2, 'b>c': 3, 'b>d': 4, 'c>d': 0.75 });
    expect(ahp(m4, { threshold: 'saaty1994' }).threshold).toBe(0.08);
    expect(ahp(caseById('saaty2008_city_criteria').matrix as number[][], { threshold: 'saaty1994' }).threshold).toBe(0.1);
    expect(ahp(m3, { threshold: 0.01 }).threshold).toBe(0.01);
  });

  it('custom random-index table and the recorded table name', () => {
    const c = caseById('saaty2008_city_criteria');
    const r = ahp(c.matrix as number[][], { randomIndex: [0, 0, 0.5, 0.9, 1.2] });
    expect(r.randomIndex).toEqual({ table: 'custom', value: 1.2 });
    expect(r.cr).toBeCloseTo(r.ci / 1.2, 14);
  });

  it('result is frozen, labelled and JSON-serialisable', () => {
    const r = ahp([[1, 2], [0.5, 1]], { labels: ['x', 'y'] });
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.weights)).toBe(true);
    expect(JSON.parse(JSON.stringify(r))).toEqual(JSON.parse(JSON.stringify({ ...r })));
    expect(Object.keys(r.weights)).toEqual(['x', 'y']);
  });
});

describe('ahp — validation (INVALID_MATRIX, all issues at once)', () => {
  function issuesOf(f: () => unknown): { code: string; messages: string[] } {
    try {
      f();
    } catch (e) {
      if (e instanceof CsiError) return { code: e.code, messages: e.issues.map((i) => i.message) };
      throw e;
    }
    throw new Error('expected a CsiError');
  }

  it('non-reciprocal pair names both cells with labels, 1-based positions and values', () => {
    const { code, messages } = issuesOf(() =>
      ahp(
        [
          [1, 3, 5],
          [3, 1, 2],
          [1 / 5, 1 / 2, 1],
        ],
        { labels: ['price', 'quality', 'service'] },
      ),
    );
    expect(code).toBe('INVALID_MATRIX');
    expect(messages).toEqual([
      'Judgments "price" over "quality" (row 1, column 2) = 3 and "quality" over "price" (row 2, column 1) = 3 are not reciprocal: their product is 9; expected 1 (a_ji = 1/a_ij; a_ij is the importance of row i over column j).',
    ]);
  });

  it('collects non-positive entries, a wrong diagonal and a labels mismatch together', () => {
    const { messages } = issuesOf(() =>
      ahp(
        [
          [2, -3, 5],
          [-1 / 3, 1, 0],
          [1 / 5, 2, 1],
        ],
        { labels: ['a', 'b'] },
      ),
    );
    expect(messages).toEqual([
      '2 labels were given for the 3 × 3 pairwise matrix; expected 3 (one per row).',
      'Diagonal entry for "C1" (row 1, column 1) is 2; expected 1 (an element compared with itself).',
      'Judgment "C1" over "C2" (row 1, column 2) is -3; expected a positive finite number (Saaty scale 1/9 … 9).',
      'Judgment "C2" over "C1" (row 2, column 1) is -0.3333333333333333; expected a positive finite number (Saaty scale 1/9 … 9).',
      'Judgment "C2" over "C3" (row 2, column 3) is 0; expected a positive finite number (Saaty scale 1/9 … 9).',
    ]);
  });

  it('not square', () => {
    const { messages } = issuesOf(() => ahp([[1, 2, 3], [0.5, 1]]));
    expect(messages).toEqual([
      'Row 1 ("C1") of the pairwise matrix has 3 entries; expected 2 (the matrix must be square).',
    ]);
  });

  it('n larger than the random-index table', () => {
    const n = 16;
    const m = Array.from({ length: n }, () => Array.from({ length: n }, () => 1));
    const { code, messages } = issuesOf(() => ahp(m));
    expect(code).toBe('INVALID_MATRIX');
    expect(messages).toEqual([
      "The Saaty (1980) random-index table has no usable value for n = 16 (it covers n = 1–15); choose randomIndex 'donegan-dodd' or pass your own table.",
    ]);
    expect(ahp(m, { randomIndex: 'donegan-dodd' }).randomIndex.value).toBe(1.5078);
  });

  it('matrix and option problems are reported together', () => {
    const n = 16;
    const m = Array.from({ length: n }, () => Array.from({ length: n }, () => 1));
    (m[0] as number[])[1] = 2;
    const { messages } = issuesOf(() => ahp(m, { threshold: -1 }));
    expect(messages).toEqual([
      'Judgments "C1" over "C2" (row 1, column 2) = 2 and "C2" over "C1" (row 2, column 1) = 1 are not reciprocal: their product is 2; expected 1 (a_ji = 1/a_ij; a_ij is the importance of row i over column j).',
      "The Saaty (1980) random-index table has no usable value for n = 16 (it covers n = 1–15); choose randomIndex 'donegan-dodd' or pass your own table.",
      'Option "threshold" of ahp is -1; expected one of "saaty1994" or a number of at least 0 such as 0.1.',
    ]);
  });

  it('disconnected missing judgments cannot be completed', () => {
    const { messages } = issuesOf(() =>
      ahp(
        [
          [1, 2, null, null],
          [0.5, 1, null, null],
          [null, null, 1, 3],
          [null, null, 1 / 3, 1],
        ],
        { labels: ['a', 'b', 'c', 'd'] },
      ),
    );
    expect(messages).toEqual([
      'The known judgments split the elements into 2 unconnected groups ({"a", "b"} and {"c", "d"}); add at least one comparison between the groups so the missing judgments can be completed.',
    ]);
  });

  it('a judgment given on one side only is completed by reciprocity', () => {
    const r = ahp([
      [1, 3, null],
      [null, 1, 2],
      [0.2, null, 1],
    ]);
    expect(r.completion).toBeUndefined();
    const full = ahp([
      [1, 3, 5],
      [1 / 3, 1, 2],
      [0.2, 0.5, 1],
    ]);
    expect(r.weights).toEqual(full.weights);
  });
});
