import { describe, expect, it } from 'vitest';
import { CsiError } from 'csi-analytics';
import type { Dataset } from 'csi-analytics';
import { estimatePls } from 'csi-analytics';
import { evaluateTree } from 'csi-analytics';
import { satisfactionIndex } from 'csi-analytics';
import { specifyTree } from 'csi-analytics';
import type { TreeNodeJson } from 'csi-analytics';
import { ahp } from 'csi-analytics';
import { criticWeights } from 'csi-analytics';
import { entropyWeights } from 'csi-analytics';
import { relativeWeights } from 'csi-analytics';
import { shapleyWeights } from 'csi-analytics';
import { ecsiMobiModel, loadMobi, readJson } from '../helpers/fixtures.js';

/** Independent NumPy computation: test/fixtures/scripts/indices_reference.py, section `tree`. */
interface NodeRef { score: number; globalWeight: number; localWeight: number; contribution: number; nAnswered: number; respondentMean: number; respondents: (number | null)[] }
interface EvalRef { nodes: Record<string, NodeRef>; index: number; sumLeafContributions: number }
interface TreeRef {
  data: Record<string, (number | null)[]>;
  scales: Record<string, { min: number; max: number }>;
  unweighted: EvalRef;
  weighted: EvalRef;
  minAnswered2: EvalRef;
  survey_weights: number[];
  percent_of_maximum: { node_score: number; pomp_node_score: number; respondents: number[] };
}
const ref = readJson<{ tree: TreeRef }>('indices', 'indices_reference.json').tree;

const small: Dataset = (() => {
  const items = Object.keys(ref.data);
  const columns: Record<string, Float64Array> = Object.create(null);
  for (const k of items) columns[k] = Float64Array.from(ref.data[k] ?? [], (v) => (v === null ? NaN : v));
  return { n: 6, items, columns, factorNames: [], factors: Object.create(null), scales: ref.scales };
})();

const handTree: TreeNodeJson = {
  id: 'CSI',
  weighting: { method: 'fixed', weights: { A: 0.5, B: 0.3, c1: 0.2 } },
  children: [
    {
      id: 'A',
      label: 'Service',
      children: [{ id: 'A1', weighting: { method: 'fixed', weights: { a1: 3, a2: 1 } }, children: [{ item: 'a1' }, { item: 'a2' }] }, { item: 'a3' }],
    },
    { id: 'B', weighting: { method: 'fixed', weights: { b1: 0.4, b2: 0.6 } }, children: [{ item: 'b1' }, { item: 'b2' }] },
    { item: 'c1' },
  ],
};

function compare(ev: ReturnType<typeof evaluateTree>, want: EvalRef, tol = 1e-12): void {
  expect(Math.abs(ev.index - want.index)).toBeLessThan(tol);
  for (const [id, w] of Object.entries(want.nodes)) {
    const got = ev.nodes[id];
    if (got === undefined) throw new Error(`node ${id}`);
    expect(Math.abs(got.score - w.score), `${id} score`).toBeLessThan(tol);
    expect(Math.abs(got.localWeight - w.localWeight), `${id} local`).toBeLessThan(tol);
    expect(Math.abs(got.globalWeight - w.globalWeight), `${id} global`).toBeLessThan(tol);
    expect(Math.abs(got.contribution - w.contribution), `${id} contribution`).toBeLessThan(tol);
    expect(got.nAnswered, `${id} n`).toBe(w.nAnswered);
    expect(Math.abs(got.respondentMean - w.respondentMean), `${id} respondent mean`).toBeLessThan(tol);
  }
}

describe('evaluateTree — hand-checkable 4-level tree vs NumPy', () => {
  const ev = evaluateTree(handTree, small, { respondentScores: 'all' });

  it('scores, local/global weights, contributions, n answered, respondent means', () => {
    compare(ev, ref.unweighted);
    expect(ev.order).toEqual(['CSI', 'A', 'A1', 'a1', 'a2', 'a3', 'B', 'b1', 'b2', 'c1']);
    expect(ev.leaves).toEqual(['a1', 'a2', 'a3', 'b1', 'b2', 'c1']);
    expect(ev.nodes.a1).toMatchObject({ kind: 'item', item: 'a1', parent: 'A1', depth: 3, path: ['CSI', 'A', 'A1', 'a1'], scoring: 'pomp' });
    expect(ev.nodes.A).toMatchObject({ label: 'Service', weighting: 'equal', children: ['A1', 'a3'] });
    expect(ev.nodes.A1?.weights).toEqual({ a1: 0.75, a2: 0.25 });
  });

  it('contributions of the leaves sum to the index', () => {
    const sum = ev.leaves.reduce((a, id) => a + (ev.nodes[id]?.contribution ?? NaN), 0);
    expect(Math.abs(sum - ev.index)).toBeLessThan(1e-12);
    expect(Math.abs(sum - ref.unweighted.sumLeafContributions)).toBeLessThan(1e-12);
  });

  it('respondent scores re-normalized over answered children (policy reported)', () => {
    expect(ev.missingPolicy).toEqual({ policy: 'renormalize-over-answered-children', minAnswered: 1 });
    for (const [id, w] of Object.entries(ref.unweighted.nodes)) {
      const got = ev.respondents?.scores[id] ?? [];
      w.respondents.forEach((v, r) => {
        if (v === null) expect(got[r], `${id} row ${r + 1}`).toBeNull();
        else expect(Math.abs((got[r] ?? NaN) - v), `${id} row ${r + 1}`).toBeLessThan(1e-12);
      });
    }
    // respondent 5 (row 5) answered nothing in B: the root re-normalizes over A and c1
    expect(ev.respondents?.scores.B?.[4]).toBeNull();
    expect(ev.respondents?.scores.CSI?.[4]).not.toBeNull();
  });

  it('survey weights and minAnswered = 2 vs NumPy', () => {
    const w = Float64Array.from(ref.survey_weights);
    compare(evaluateTree(handTree, { ...small, weights: w }), ref.weighted);
    const ev2 = evaluateTree(handTree, small, { minAnswered: 2, respondentScores: 'all' });
    compare(ev2, ref.minAnswered2);
    expect(ev2.missingPolicy.minAnswered).toBe(2);
  });

  it('percent-of-maximum category score 100·Σx/(max·k), distinct from POMP', () => {
    const pom = evaluateTree({ id: 'Self', scoring: 'percent-of-maximum', children: [{ item: 'a1' }, { item: 'a2' }, { item: 'a3' }] }, small);
    const pomp = evaluateTree({ id: 'Self', children: [{ item: 'a1' }, { item: 'a2' }, { item: 'a3' }] }, small);
    expect(Math.abs(pom.index - ref.percent_of_maximum.node_score)).toBeLessThan(1e-12);
    expect(Math.abs(pomp.index - ref.percent_of_maximum.pomp_node_score)).toBeLessThan(1e-12);
    expect(pom.nodes.a1?.scoring).toBe('percent-of-maximum');
    ref.percent_of_maximum.respondents.forEach((v, r) => expect(Math.abs((pom.respondents?.scores.Self?.[r] ?? NaN) - v)).toBeLessThan(1e-12));
    expect(() => specifyTree({ id: 'X', scoring: 'percent-of-maximum', children: [{ item: 'a1' }, { item: 'b1' }] }, { data: small })).toThrow(
      'Node "X" uses percent-of-maximum scoring, but its items have different maxima (5, 10); use POMP scoring or items on one scale.',
    );
  });
});

describe('specifyTree — validation', () => {
  it('reports all problems at once', () => {
    const bad = {
      id: 'R',
      weighting: { method: 'fixed', weights: { A: 0.5, a3: -1, zz: 1 } },
      children: [
        { id: 'A', weighting: { method: 'ahp', matrix: [[1, 2], [0.5, 1]] }, children: [{ item: 'a1' }, { item: 'a2' }, { item: 'a4' }] },
        { item: 'a3' },
        { id: 'A', children: [] },
        { item: 'b1' },
      ],
    };
    try {
      specifyTree(bad, { data: small });
      throw new Error('expected error');
    } catch (e) {
      expect(e).toBeInstanceOf(CsiError);
      const err = e as CsiError;
      expect(err.code).toBe('INVALID_TREE');
      const msgs = err.issues.map((i) => i.message);
      expect(msgs).toContain('Node "A": the AHP matrix is 2×2 but the node has 3 children (a1, a2, a4); expected 3×3 in child order.');
      expect(msgs).toContain('Leaf "a4": item "a4" is not a numeric column of the data (did you mean "a1"?).');
      expect(msgs).toContain('Node "A" uses id "A", which appears more than once in the tree; give it a distinct id.');
      expect(msgs).toContain('Node "A" has no children; an inner node needs at least one child (node or { item }).');
      expect(msgs).toContain('Node "R": weight of child "a3" is -1; weights must be finite and ≥ 0.');
      expect(msgs).toContain('Node "R": fixed weights have no weight for child "b1"; give one weight per child id.');
      expect(msgs.some((m) => m.startsWith('Node "R": fixed weight "zz" is not a child id'))).toBe(true);
    }
  });

  it('rejects cycles, unknown keys and non-reciprocal AHP matrices; round-trips through JSON', () => {
    const a: { id: string; children: unknown[] } = { id: 'a', children: [{ item: 'a1' }] };
    a.children.push({ id: 'b', children: [a] });
    expect(() => specifyTree(a)).toThrow(/cycle/);
    expect(() => specifyTree({ id: 'r', children: [{ item: 'a1', weigth: 2 }] })).toThrow(/unknown key\(s\) "weigth"/);
    expect(() => specifyTree({ id: 'r', weighting: { method: 'ahp', matrix: [[1, 3], [3, 1]] }, children: [{ item: 'a1' }, { item: 'a2' }] })).toThrow(/Node "r" \(AHP\)/);
    const spec = specifyTree(handTree);
    expect(spec.ids).toHaveLength(10);
    expect(specifyTree(JSON.parse(JSON.stringify(spec)))).toEqual(spec);
    expect(Object.isFrozen(spec.root)).toBe(true);
    compare(evaluateTree(spec, small), ref.unweighted);
  });
});

describe('evaluateTree — weight sources on mobi', () => {
  const mobi = loadMobi();
  const fit = estimatePls(ecsiMobiModel, mobi, { tolerance: 1e-12, maxIterations: 1000 });

  it('PLS node = satisfactionIndex (Fornell weights), AHP root with consistency report', () => {
    const m = [
      [1, 3, 5],
      [1 / 3, 1, 2],
      [1 / 5, 1 / 2, 1],
    ];
    const ev = evaluateTree(
      {
        id: 'CSI',
        weighting: { method: 'ahp', matrix: m },
        children: [
          { id: 'Satisfaction', weighting: { method: 'pls', construct: 'CUSA' }, children: [{ item: 'CUSA1' }, { item: 'CUSA2' }, { item: 'CUSA3' }] },
          { id: 'Value', weighting: { method: 'entropy' }, children: [{ item: 'PERV1' }, { item: 'PERV2' }] },
          { id: 'Loyalty', weighting: { method: 'critic' }, children: [{ item: 'CUSL1' }, { item: 'CUSL2' }, { item: 'CUSL3' }] },
        ],
      },
      mobi,
      { fit },
    );
    expect(Math.abs((ev.nodes.Satisfaction?.score ?? NaN) - 72.4541179309101)).toBeLessThan(1e-9);
    const direct = ahp(m, { labels: ['Satisfaction', 'Value', 'Loyalty'] });
    expect(ev.nodes.CSI?.ahp).toMatchObject({ cr: direct.cr, lambdaMax: direct.lambdaMax, consistent: true, experts: 1 });
    expect(ev.nodes.Value?.localWeight).toBe(direct.weights.Value);
    // entropy / CRITIC on the children's 0–100 respondent scores = direct calls on the same columns
    const p = (it: string, lo = 1, hi = 10): number[] => Array.from(mobi.columns[it] as Float64Array, (x) => (100 * (x - lo)) / (hi - lo));
    const ent = entropyWeights({ PERV1: p('PERV1'), PERV2: p('PERV2') });
    expect(Math.abs((ev.nodes.PERV1?.localWeight ?? NaN) - (ent.weights.PERV1 ?? NaN))).toBeLessThan(1e-12);
    const cr = criticWeights({ CUSL1: p('CUSL1'), CUSL2: p('CUSL2'), CUSL3: p('CUSL3') });
    expect(Math.abs((ev.nodes.CUSL2?.localWeight ?? NaN) - (cr.weights.CUSL2 ?? NaN))).toBeLessThan(1e-12);
    const sum = ev.leaves.reduce((a, id) => a + (ev.nodes[id]?.contribution ?? NaN), 0);
    expect(Math.abs(sum - ev.index)).toBeLessThan(1e-10);
    expect(ev.rootRespondents.ci?.method).toBe('t-fixed-weights');
  });

  it('derived importance: relative weights and Shapley shares for an outcome; negative betas rejected', () => {
    const kids = [{ item: 'PERQ1' }, { item: 'PERV1' }, { item: 'PERV2' }, { item: 'IMAG1' }];
    const rw = evaluateTree({ id: 'D', weighting: { method: 'relative-weights', outcome: 'CUSA1' }, children: kids }, mobi);
    const cols = { PERQ1: mobi.columns.PERQ1 as Float64Array, PERV1: mobi.columns.PERV1 as Float64Array, PERV2: mobi.columns.PERV2 as Float64Array, IMAG1: mobi.columns.IMAG1 as Float64Array };
    const direct = relativeWeights(cols, mobi.columns.CUSA1 as Float64Array);
    // docs/methodology.md#derived-importance verified mini-example: R² = 0.4112, relative weights 54.4/8.0/14.5/23.1 %
    expect(rw.nodes.D?.derived?.rSquared?.toFixed(4)).toBe('0.4112');
    expect(Math.abs((rw.nodes.PERQ1?.localWeight ?? NaN) - (direct.rescaled.PERQ1 ?? NaN))).toBeLessThan(1e-10);
    expect(((rw.nodes.PERQ1?.localWeight ?? NaN) * 100).toFixed(1)).toBe('54.4');
    const sh = evaluateTree({ id: 'D', weighting: { method: 'shapley', outcome: 'CUSA1' }, children: kids }, mobi);
    const sd = shapleyWeights(cols, mobi.columns.CUSA1 as Float64Array);
    expect(Math.abs((sh.nodes.IMAG1?.localWeight ?? NaN) - (sd.shares.IMAG1 ?? NaN))).toBeLessThan(1e-10);
    // docs/methodology.md#derived-importance: Shapley .2240, .0326, .0626, .0919 (R² 0.4112)
    expect(((sh.nodes.PERQ1?.localWeight ?? NaN) * 0.4112).toFixed(3)).toBe('0.224');
    const reg = evaluateTree({ id: 'D', weighting: { method: 'regression', outcome: 'CUSA1' }, children: kids }, mobi);
    // docs/methodology.md#derived-importance: standardized betas .456, .047, .086, .186 → normalized
    expect(((reg.nodes.PERQ1?.localWeight ?? NaN) * (0.456 + 0.047 + 0.086 + 0.186)).toFixed(3)).toBe('0.456');
    // IMAG3 has a negative beta on CUSA1 (NumPy: −0.017): regression weights are refused
    const imag = ['IMAG1', 'IMAG2', 'IMAG3', 'IMAG4', 'IMAG5'].map((item) => ({ item }));
    try {
      evaluateTree({ id: 'Image', weighting: { method: 'regression', outcome: 'CUSA1' }, children: imag }, mobi);
      throw new Error('expected error');
    } catch (e) {
      expect((e as CsiError).code).toBe('INVALID_WEIGHTS');
      expect((e as CsiError).issues.map((i) => i.item)).toEqual(['IMAG3']);
      expect((e as CsiError).message).toMatch(/^Node "Image": the standardized beta of child "IMAG3" on "CUSA1" is -0\.01\d+; regression weights must be > 0/);
    }
  });

  it('PLS node agrees with the satisfaction index of the same fit; missing fit is reported', () => {
    const tree = { id: 'S', weighting: { method: 'pls' as const }, children: [{ item: 'CUSA1' }, { item: 'CUSA2' }, { item: 'CUSA3' }] };
    const ev = evaluateTree(tree, mobi, { fit });
    expect(Math.abs(ev.index - satisfactionIndex(fit, 'CUSA').index)).toBeLessThan(1e-10);
    expect(() => evaluateTree(tree, mobi)).toThrow('Node "S" uses PLS weights but no fit was given');
  });

  it('an inconsistent AHP judgment matrix gives a warning naming the worst judgment', () => {
    // a cyclic (intransitive) 3×3 judgment matrix: A ≫ B, B ≫ C, C ≫ A
    const m = [
      [1, 9, 1 / 9],
      [1 / 9, 1, 9],
      [9, 1 / 9, 1],
    ];
    const ev = evaluateTree({ id: 'R', weighting: { method: 'ahp', matrix: m }, children: [{ item: 'PERV1' }, { item: 'PERV2' }, { item: 'CUSA1' }] }, mobi);
    expect(ev.nodes.R?.ahp?.consistent).toBe(false);
    expect((ev.nodes.R?.ahp?.cr ?? 0) > 0.1).toBe(true);
    const w = ev.warnings.find((x) => x.kind === 'ahp_inconsistent');
    expect(w?.message).toMatch(/^Node "R": AHP consistency ratio CR = \d\.\d{3} exceeds 0\.1; most inconsistent judgment: "/);
  });
});
