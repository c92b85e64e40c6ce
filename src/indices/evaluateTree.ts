import { CsiError } from '../errors.js';
import type { CsiIssue, CsiWarning } from '../errors.js';
import type { Dataset } from '../data/types.js';
import type { PlsFit } from '../estimation/types.js';
import { deepFreeze, recordFrom } from '../util/record.js';
import { checkOptions, keysSpec, levelRule, numberRule, oneOfRule, type OptionSpec } from '../validate/index.js';
import { assertDataset } from './internal/assertFit.js';
import { resolveSurveyWeights, weightedColumnMean } from './internal/blockScores.js';
import { meanInterval } from './internal/meanInterval.js';
import { leafScale } from './internal/leafScale.js';

const EVALUATE_TREE_SPEC: OptionSpec = {
  ...keysSpec(['scales', 'fit']),
  minAnswered: numberRule({ min: 1, integer: true, example: 1 }),
  ...keysSpec(['surveyWeights']),
  respondentScores: oneOfRule(['root', 'all', 'none']),
  level: levelRule,
};
import { specifyTree } from './specifyTree.js';
import { nodeWeights, type Evaluated } from './internal/treeNodeWeights.js';
import type {
  EvaluateTreeOptions,
  SpecifyTreeOptions,
  ScaleBounds,
  TreeAhpReport,
  TreeEvaluation,
  TreeNodeJson,
  TreeNodeResult,
  TreeScoring,
  TreeSpec,
  TreeSpecItem,
  TreeSpecNode,
  TreeWeightingMethod,
} from './types.js';
import { pompValue } from '../numeric/pompValue.js';

/**
 * Evaluates an indicator tree on survey data: every node's 0–100 score, local and global
 * weight, contribution to the index, respondents answered, and each respondent's score.
 *
 * @remarks
 * Leaves are items: score `POMP(x̄) = 100(x̄ − min)/(max − min)` with theoretical bounds
 * (docs/methodology.md#pomp), or `100·x̄/max` under a `percent-of-maximum` node, whose score is then the
 * category total as a share of its maximum `100·Σx/(max·k)` (equal weights) — a different,
 * floor-biased number, labelled in `scoring`. An inner node's score is the weighted mean of its
 * children's scores, `S_p = Σ_c w_c S_c` with local weights `w_c` (sum 1) from the node's
 * method (docs/methodology.md#indicator-trees: fixed, equal, AHP principal eigenvector with CI/CR — Saaty 1980 —
 * and a warning when CR exceeds 0.1, entropy, CRITIC, PLS Fornell weights, regression betas,
 * Johnson's relative weights, Shapley shares). Global weight = product of the local weights
 * on the path from the root; contribution = global weight × score, so the leaves'
 * contributions sum to the index (docs/methodology.md#indicator-trees).
 *
 * Respondents: `y_p,r = Σ_{answered c} w_c y_c,r / Σ_{answered c} w_c` when at least
 * `minAnswered` children have a score (re-normalization over answered children, see
 * docs/methodology.md#missing-data); otherwise no score. Node scores use each item's mean over its answering
 * respondents, so with missing data `score` and the mean of respondent scores
 * (`respondentMean`) can differ; both are reported. Entropy, CRITIC and derived-importance
 * weights are computed on the children's respondent scores over complete rows, unweighted.
 * Survey weights (if any) weight all means; the root's respondent mean gets a t interval with
 * weights fixed (Kish effective n when weighted; docs/methodology.md#index-confidence-interval).
 *
 * @param tree - Tree JSON or a {@link TreeSpec} from {@link specifyTree}.
 * @param data - The survey data (leaf items are its numeric columns).
 * @throws CsiError `INVALID_TREE` (see {@link specifyTree}), `INVALID_OPTIONS`,
 *   `INVALID_WEIGHTS` (negative regression betas or PLS weights), `INVALID_DATA`, and errors
 *   of the weighting methods prefixed with the node.
 *
 * @example
 * ```ts
 * const ev = evaluateTree({
 *   id: 'CSI', weighting: { method: 'ahp', matrix: [[1, 3], [1 / 3, 1]] },
 *   children: [
 *     { id: 'Quality', weighting: { method: 'entropy' }, children: [{ item: 'PERQ1' }, { item: 'PERQ2' }] },
 *     { id: 'Value', children: [{ item: 'PERV1' }, { item: 'PERV2' }] },
 *   ],
 * }, mobi);
 * ev.index; ev.nodes.Quality.globalWeight; ev.nodes.PERQ1.contribution;
 * ```
 */
export function evaluateTree(tree: TreeSpec | TreeNodeJson | unknown, data: Dataset, options?: EvaluateTreeOptions): TreeEvaluation {
  assertDataset(data, 'evaluateTree');
  options = checkOptions(options, EVALUATE_TREE_SPEC, 'evaluateTree');
  const { minAnswered, level, respondentScores } = options;
  const specOptions = {
    data,
    ...(options.scales !== undefined ? { scales: options.scales } : {}),
    ...(options.fit !== undefined ? { fit: options.fit } : {}),
  };
  const spec = specifyTree(tree, specOptions);
  const dataIssues: CsiIssue[] = [];
  const sw = resolveSurveyWeights(data, options.surveyWeights ?? 'data', dataIssues);
  checkLeafValues(spec.root, data, specOptions, dataIssues);
  if (dataIssues.length > 0) throw new CsiError('INVALID_DATA', dataIssues);

  const n = data.n;
  const warnings: CsiWarning[] = [];
  const defaultMin = minAnswered ?? 1;
  const ctx: TreeContext = { data, n, sw, specOptions, warnings, defaultMin, fit: options.fit, scorings: new Set() };
  const rootEval = evalNode(spec.root, ctx);
  if (ctx.scorings.size > 1) {
    warnings.push({
      kind: 'mixed_scoring',
      message: 'The tree mixes percent-of-maximum nodes (100·Σx/(max·k)) with POMP 0–100 items; the two are not on the same footing (percent-of-maximum cannot go below 100·min/max).',
    });
  }

  const mode = respondentScores ?? 'root';
  const acc: EmitAccumulator = { out: [], order: [], leaves: [], scoreRows: [] };
  emitNode(rootEval, null, [], 1, 1, 0, { n, sw, mode, acc });
  const { out, order, leaves, scoreRows } = acc;

  const rootSummary = meanInterval(rootEval.vec, sw, level ?? 0.95);
  const weightInfo = sw !== undefined ? surveyWeightInfo(rootEval.vec, sw, rootSummary.n) : undefined;
  return deepFreeze({
    kind: 'csi.tree-evaluation',
    root: spec.root.id,
    index: rootEval.score,
    order,
    leaves,
    nodes: recordFrom(out),
    missingPolicy: { policy: 'renormalize-over-answered-children', minAnswered: defaultMin },
    rootRespondents: { n: rootSummary.n, mean: rootSummary.mean, ci: rootSummary.ci },
    ...(mode !== 'none' ? { respondents: { scores: recordFrom(scoreRows), ...(data.rowIds !== undefined ? { rowIds: [...data.rowIds] } : {}) } } : {}),
    ...(weightInfo !== undefined ? { surveyWeights: weightInfo } : {}),
    warnings,
  });
}

/** What the evaluation steps share. */
interface TreeContext {
  readonly data: Dataset;
  readonly n: number;
  readonly sw: Float64Array | undefined;
  readonly specOptions: SpecifyTreeOptions;
  readonly warnings: CsiWarning[];
  readonly defaultMin: number;
  readonly fit: PlsFit | undefined;
  /** Scorings of the item leaves met (both → a mixed-scoring warning). */
  readonly scorings: Set<TreeScoring>;
}

/** Adds an `out_of_scale` issue (at most 20 per item) for every leaf value outside its scale. */
function checkLeafValues(root: TreeSpecNode, data: Dataset, specOptions: SpecifyTreeOptions, dataIssues: CsiIssue[]): void {
  const checkedItems = new Set<string>();
  const checkLeaf = (leaf: TreeSpecItem, scale: ScaleBounds): void => {
    if (checkedItems.has(leaf.item)) return;
    checkedItems.add(leaf.item);
    const col = data.columns[leaf.item] as Float64Array;
    let count = 0;
    for (let r = 0; r < col.length; r++) {
      const v = col[r] as number;
      if (Number.isNaN(v) || (v >= scale.min && v <= scale.max)) continue;
      if (count++ < 20) {
        dataIssues.push({ kind: 'out_of_scale', item: leaf.item, row: r + 1, value: v, message: `Item "${leaf.item}" in row ${r + 1} has value ${v}, outside its scale ${scale.min}–${scale.max}.` });
      }
    }
  };
  const visitLeaves = (node: TreeSpecNode | TreeSpecItem): void => {
    if (node.kind === 'item') checkLeaf(node, leafScale(node, specOptions) as ScaleBounds);
    else node.children.forEach(visitLeaves);
  };
  visitLeaves(root);
}

/** An item leaf on 0–100 (POMP or percent of maximum): respondent vector and score of the (weighted) mean. */
function evalItem(leaf: TreeSpecItem, scoring: TreeScoring, ctx: TreeContext): Evaluated {
  const { n, sw } = ctx;
  const scale = leafScale(leaf, ctx.specOptions) as ScaleBounds;
  const col = ctx.data.columns[leaf.item] as Float64Array;
  const f = scoring === 'percent-of-maximum'
    ? (x: number): number => (100 * x) / scale.max
    : (x: number): number => pompValue(x, scale.min, scale.max);
  ctx.scorings.add(scoring);
  const vec = new Float64Array(n);
  for (let r = 0; r < n; r++) vec[r] = f(col[r] as number);
  const mean = weightedColumnMean(col, sw);
  if (Number.isNaN(mean)) ctx.warnings.push({ kind: 'no_answers', item: leaf.item, message: `Leaf "${leaf.id}": nobody answered item "${leaf.item}".` });
  return { spec: leaf, scoring, vec, score: f(mean), kids: [], weights: [], mean, scale };
}

/** A node: its children evaluated, weighted by its method, its score and respondent vector. */
function evalNode(node: TreeSpecNode, ctx: TreeContext): Evaluated {
  const name = `Node "${node.id}"`;
  const kids = node.children.map((c) => (c.kind === 'item' ? evalItem(c, node.scoring, ctx) : evalNode(c, ctx)));
  const ids = kids.map((k) => k.spec.id);
  const w = node.weighting;
  const { raw, ahp: ahpInfo, derived } = nodeWeights(w, { name, ids, kids, data: ctx.data, fit: ctx.fit, warnings: ctx.warnings });
  const total = raw.reduce((a, b) => a + b, 0);
  if (!(total > 0)) throw new CsiError('INVALID_WEIGHTS', `${name}: the ${w.method} weights of its children sum to ${total}; at least one must be positive.`);
  const local = raw.map((v) => v / total);
  const { weights, score } = nodeScore(kids, local, name, ctx.warnings);
  const asked = node.minAnswered ?? ctx.defaultMin;
  const need = Math.min(asked, kids.length);
  if (asked > kids.length) {
    ctx.warnings.push({ kind: 'min_answered_capped', message: `${name}: minAnswered ${asked} exceeds its ${kids.length} children; capped at ${kids.length} (a respondent scores when all children are answered).` });
  }
  return {
    spec: node,
    scoring: node.scoring,
    vec: respondentVector(kids, local, need, ctx.n),
    score,
    kids,
    weights,
    ...(ahpInfo !== undefined ? { ahp: ahpInfo } : {}),
    ...(derived !== undefined ? { derived } : {}),
  };
}

/** Node-level score with the local weights re-normalized over the children that have a score. */
function nodeScore(kids: readonly Evaluated[], local: readonly number[], name: string, warnings: CsiWarning[]): { weights: number[]; score: number } {
  let sa = 0;
  let ss = 0;
  kids.forEach((k, i) => {
    if (Number.isNaN(k.score)) return;
    sa += local[i] as number;
    ss += (local[i] as number) * k.score;
  });
  const missingKids = kids.filter((k) => Number.isNaN(k.score)).map((k) => `"${k.spec.id}"`);
  if (missingKids.length > 0) {
    warnings.push({ kind: 'child_without_score', message: `${name}: children ${missingKids.join(', ')} have no score (nobody answered); its weights were re-normalized over the others.` });
  }
  const weights = kids.map((k, i) => (Number.isNaN(k.score) || !(sa > 0) ? 0 : (local[i] as number) / sa));
  return { weights, score: sa > 0 ? ss / sa : NaN };
}

/** Respondent scores of a node: weighted mean over answered children, NaN below `need` answered. */
function respondentVector(kids: readonly Evaluated[], local: readonly number[], need: number, n: number): Float64Array {
  const vec = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    let a = 0;
    let sw2 = 0;
    let s = 0;
    kids.forEach((k, i) => {
      const y = k.vec[r] as number;
      if (Number.isNaN(y)) return;
      a++;
      sw2 += local[i] as number;
      s += (local[i] as number) * y;
    });
    vec[r] = a >= need && sw2 > 0 ? s / sw2 : NaN;
  }
  return vec;
}

/** The node results, in depth-first order, as `emitNode` collects them. */
interface EmitAccumulator {
  readonly out: [string, TreeNodeResult][];
  readonly order: string[];
  readonly leaves: string[];
  readonly scoreRows: [string, (number | null)[]][];
}

interface EmitContext {
  readonly n: number;
  readonly sw: Float64Array | undefined;
  readonly mode: 'root' | 'all' | 'none';
  readonly acc: EmitAccumulator;
}

/** Appends the result of `e` and (after it) of its descendants, with local and global weights. */
function emitNode(e: Evaluated, parent: string | null, path: readonly string[], local: number, global: number, depth: number, c: EmitContext): void {
  const { n, sw, mode } = c;
  const { out, order, leaves, scoreRows } = c.acc;
  const s = e.spec;
  order.push(s.id);
  if (s.kind === 'item') leaves.push(s.id);
  let nAnswered = 0;
  for (let r = 0; r < n; r++) if (!Number.isNaN(e.vec[r] as number) && (sw === undefined || (sw[r] as number) > 0)) nAnswered++;
  const me = [...path, s.id];
  const idx = out.length;
  out.push([s.id, {} as TreeNodeResult]);
  if (mode === 'all' || (mode === 'root' && parent === null)) {
    scoreRows.push([s.id, Array.from(e.vec, (v) => (Number.isNaN(v) ? null : v))]);
  }
  e.kids.forEach((k, i) => emitNode(k, s.id, me, e.weights[i] as number, global * (e.weights[i] as number), depth + 1, c));
  const weighting: TreeWeightingMethod | undefined = s.kind === 'node' ? s.weighting.method : undefined;
  out[idx] = [
    s.id,
    {
      id: s.id,
      ...(s.label !== undefined ? { label: s.label } : {}),
      kind: s.kind,
      ...(s.kind === 'item' ? { item: s.item } : {}),
      parent,
      depth,
      path: me,
      children: e.kids.map((k) => k.spec.id),
      scoring: e.scoring,
      ...(weighting !== undefined ? { weighting, weights: recordFrom(e.kids.map((k, i) => [k.spec.id, e.weights[i] as number] as const)) } : {}),
      score: e.score,
      localWeight: local,
      globalWeight: global,
      contribution: global * e.score,
      nAnswered,
      respondentMean: weightedColumnMean(e.vec, sw),
      ...(e.mean !== undefined ? { mean: e.mean } : {}),
      ...(e.scale !== undefined ? { scale: e.scale } : {}),
      ...(e.ahp !== undefined ? { ahp: e.ahp } : {}),
      ...(e.derived !== undefined ? { derived: e.derived } : {}),
    },
  ];
}

/** Sum of survey weights, Kish effective n and design effect over the root's scored respondents. */
function surveyWeightInfo(vec: Float64Array, sw: Float64Array, nScored: number): NonNullable<TreeEvaluation['surveyWeights']> {
  let s = 0;
  let s2 = 0;
  for (let r = 0; r < vec.length; r++) {
    if (Number.isNaN(vec[r] as number)) continue;
    s += sw[r] as number;
    s2 += (sw[r] as number) ** 2;
  }
  return { sum: s, nEffective: (s * s) / s2, designEffect: (nScored * s2) / (s * s) };
}
