import { CsiError } from '../errors.js';
import type { CsiIssue, CsiWarning } from '../errors.js';
import type { Dataset } from '../data/types.js';
import type { PlsFit } from '../estimation/types.js';
import { deepFreeze, recordFrom } from '../util/record.js';
import { checkOptions } from '../validate/index.js';
import { assertDataset, keysSpec } from './internal/assertFit.js';

const EVALUATE_TREE_SPEC = keysSpec(['scales', 'fit', 'minAnswered', 'surveyWeights', 'respondentScores', 'level']);
import { ahp } from '../weighting/ahp.js';
import type { AhpResult } from '../weighting/ahp.js';
import { criticWeights } from '../weighting/criticWeights.js';
import { entropyWeights } from '../weighting/entropyWeights.js';
import { groupAhp } from '../weighting/groupAhp.js';
import { regressionWeights } from '../weighting/regressionWeights.js';
import { relativeWeights } from '../weighting/relativeWeights.js';
import { shapleyWeights } from '../weighting/shapleyWeights.js';
import { resolveSurveyWeights, weightedColumnMean } from './internal/blockScores.js';
import { meanInterval } from './internal/meanInterval.js';
import { constructOfItem } from './internal/constructOfItem.js';
import { leafScale } from './internal/leafScale.js';
import { specifyTree } from './specifyTree.js';
import type {
  EvaluateTreeOptions,
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

interface Evaluated {
  readonly spec: TreeSpecNode | TreeSpecItem;
  readonly scoring: TreeScoring;
  /** Respondent scores (NaN = none). */
  readonly vec: Float64Array;
  /** Node-level score. */
  readonly score: number;
  readonly kids: readonly Evaluated[];
  /** Effective local weights of the kids (sum 1 over kids with a score). */
  readonly weights: readonly number[];
  readonly mean?: number;
  readonly scale?: ScaleBounds;
  readonly ahp?: TreeAhpReport;
  readonly derived?: TreeNodeResult['derived'];
}

function withNode<T>(name: string, what: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (!(e instanceof CsiError)) throw e;
    throw new CsiError(
      e.code,
      e.issues.map((i) => ({ ...i, message: `${name} (${what}): ${i.message}` })),
    );
  }
}

function ahpReport(r: AhpResult, experts: number): TreeAhpReport {
  return {
    lambdaMax: r.lambdaMax,
    ci: r.ci,
    cr: r.cr,
    randomIndex: r.randomIndex.value,
    randomIndexTable: r.randomIndex.table,
    threshold: r.threshold,
    consistent: r.consistent,
    inconsistentJudgments: r.inconsistentJudgments.map((j) => ({ row: j.row, column: j.column, value: j.value, consistentValue: j.consistentValue })),
    experts,
  };
}

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
  const optionIssues: CsiIssue[] = [];
  const { minAnswered, level, respondentScores } = options;
  if (minAnswered !== undefined && !(Number.isInteger(minAnswered) && minAnswered >= 1)) {
    optionIssues.push({ kind: 'invalid_option', value: minAnswered, message: `Option minAnswered is ${minAnswered}; expected an integer ≥ 1.` });
  }
  if (level !== undefined && !(level > 0 && level < 1)) {
    optionIssues.push({ kind: 'invalid_option', value: level, message: `Option level is ${level}; expected a number between 0 and 1.` });
  }
  if (respondentScores !== undefined && !['root', 'all', 'none'].includes(respondentScores)) {
    optionIssues.push({ kind: 'invalid_option', value: String(respondentScores), message: `Option respondentScores is "${String(respondentScores)}"; expected "root", "all" or "none".` });
  }
  if (optionIssues.length > 0) throw new CsiError('INVALID_OPTIONS', optionIssues);
  const specOptions = {
    data,
    ...(options.scales !== undefined ? { scales: options.scales } : {}),
    ...(options.fit !== undefined ? { fit: options.fit } : {}),
  };
  const spec = specifyTree(tree, specOptions);
  const dataIssues: CsiIssue[] = [];
  const sw = resolveSurveyWeights(data, options.surveyWeights ?? 'data', dataIssues);
  // values outside their scales
  const checkedItems = new Set<string>();
  const checkLeafValues = (leaf: TreeSpecItem, scale: ScaleBounds): void => {
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
    if (node.kind === 'item') checkLeafValues(node, leafScale(node, specOptions) as ScaleBounds);
    else node.children.forEach(visitLeaves);
  };
  visitLeaves(spec.root);
  if (dataIssues.length > 0) throw new CsiError('INVALID_DATA', dataIssues);

  const n = data.n;
  const warnings: CsiWarning[] = [];
  const defaultMin = minAnswered ?? 1;
  let usesPom = false;
  let usesPomp = false;

  const evalItem = (leaf: TreeSpecItem, scoring: TreeScoring): Evaluated => {
    const scale = leafScale(leaf, specOptions) as ScaleBounds;
    const col = data.columns[leaf.item] as Float64Array;
    const f = scoring === 'percent-of-maximum'
      ? (x: number): number => (100 * x) / scale.max
      : (x: number): number => (100 * (x - scale.min)) / (scale.max - scale.min);
    if (scoring === 'percent-of-maximum') usesPom = true;
    else usesPomp = true;
    const vec = new Float64Array(n);
    for (let r = 0; r < n; r++) vec[r] = f(col[r] as number);
    const mean = weightedColumnMean(col, sw);
    if (Number.isNaN(mean)) warnings.push({ kind: 'no_answers', item: leaf.item, message: `Leaf "${leaf.id}": nobody answered item "${leaf.item}".` });
    return { spec: leaf, scoring, vec, score: f(mean), kids: [], weights: [], mean, scale };
  };

  const evalNode = (node: TreeSpecNode): Evaluated => {
    const name = `Node "${node.id}"`;
    const kids = node.children.map((c) => (c.kind === 'item' ? evalItem(c, node.scoring) : evalNode(c)));
    const ids = kids.map((k) => k.spec.id);
    const cols = () => recordFrom(kids.map((k) => [k.spec.id, k.vec] as const));
    const w = node.weighting;
    let raw: number[];
    let ahpInfo: TreeAhpReport | undefined;
    let derived: TreeNodeResult['derived'] | undefined;
    const carry = (list: readonly CsiWarning[], what: string): void => {
      for (const x of list) warnings.push({ ...x, message: `${name} (${what}): ${x.message}` });
    };
    const pick = (rec: Readonly<Record<string, number>>): number[] => ids.map((id) => rec[id] ?? 0);
    switch (w.method) {
      case 'equal':
        raw = ids.map(() => 1);
        break;
      case 'fixed': {
        raw = pick(w.weights);
        const total = raw.reduce((a, b) => a + b, 0);
        if (Math.abs(total - 1) > 1e-9) {
          warnings.push({ kind: 'weights_rescaled', message: `${name}: fixed weights sum to ${total}, not 1; each was divided by ${total} (e.g. "${ids[0] ?? ''}" ${raw[0] ?? 0} → ${(raw[0] ?? 0) / total}).` });
        }
        break;
      }
      case 'ahp': {
        const opts = { labels: ids, ...(w.randomIndex !== undefined ? { randomIndex: w.randomIndex } : {}) };
        let r: AhpResult;
        let experts = 1;
        if (w.matrix !== undefined) {
          const m = w.matrix;
          r = withNode(name, 'AHP', () => ahp(m, { ...opts, ...(w.priority !== undefined ? { method: w.priority } : {}) }));
        } else {
          const mats = w.matrices ?? [];
          experts = mats.length;
          const g = withNode(name, 'group AHP', () => groupAhp(mats, { ...opts, ...(w.priority !== undefined ? { priorityMethod: w.priority } : {}) }));
          carry(g.warnings, 'group AHP');
          if (g.group === null) throw new CsiError('INVALID_MATRIX', `${name}: group AHP gave no aggregated matrix to check consistency.`);
          r = g.group;
        }
        carry(r.warnings, 'AHP');
        raw = pick(r.weights);
        ahpInfo = ahpReport(r, experts);
        if (!r.consistent) {
          const worst = r.inconsistentJudgments[0];
          warnings.push({
            kind: 'ahp_inconsistent',
            message: `${name}: AHP consistency ratio CR = ${r.cr.toFixed(3)} exceeds ${r.threshold}${worst !== undefined ? `; most inconsistent judgment: "${worst.row}" over "${worst.column}" = ${worst.value} (consistent value ≈ ${worst.consistentValue.toPrecision(3)})` : ''}. Revise the judgments.`,
          });
        }
        break;
      }
      case 'entropy': {
        const r = withNode(name, 'entropy weights', () => entropyWeights(cols(), w.normalization !== undefined ? { normalization: w.normalization } : {}));
        carry(r.warnings, 'entropy weights');
        raw = pick(r.weights);
        derived = { n: r.n };
        break;
      }
      case 'critic': {
        const r = withNode(name, 'CRITIC weights', () => criticWeights(cols()));
        carry(r.warnings, 'CRITIC weights');
        raw = pick(r.weights);
        derived = { n: r.n };
        break;
      }
      case 'regression':
      case 'relative-weights':
      case 'shapley': {
        const outcome = data.columns[w.outcome] as Float64Array;
        if (w.method === 'regression') {
          const r = withNode(name, 'regression weights', () => regressionWeights(cols(), outcome));
          carry(r.warnings, 'regression weights');
          raw = pick(r.standardizedBetas);
          const bad = ids.filter((_, i) => !((raw[i] as number) > 0));
          if (bad.length > 0) {
            throw new CsiError(
              'INVALID_WEIGHTS',
              bad.map((id) => ({
                kind: 'non_positive_weight',
                item: id,
                value: r.standardizedBetas[id] ?? NaN,
                message: `${name}: the standardized beta of child "${id}" on "${w.outcome}" is ${r.standardizedBetas[id]}; regression weights must be > 0 (collinear drivers?). Use relative-weights or shapley instead.`,
              })),
            );
          }
          derived = { rSquared: r.rSquared, n: r.n, outcome: w.outcome };
        } else if (w.method === 'relative-weights') {
          const r = withNode(name, 'relative weights', () => relativeWeights(cols(), outcome));
          carry(r.warnings, 'relative weights');
          raw = pick(r.rescaled);
          derived = { rSquared: r.rSquared, n: r.n, outcome: w.outcome };
        } else {
          const r = withNode(name, 'Shapley weights', () => shapleyWeights(cols(), outcome));
          carry(r.warnings, 'Shapley weights');
          raw = pick(r.shares);
          derived = { rSquared: r.rSquared, n: r.n, outcome: w.outcome };
        }
        break;
      }
      case 'pls': {
        raw = plsWeights(kids, w.fit ?? options.fit, w.construct, name, warnings);
        break;
      }
    }
    const total = raw.reduce((a, b) => a + b, 0);
    if (!(total > 0)) throw new CsiError('INVALID_WEIGHTS', `${name}: the ${w.method} weights of its children sum to ${total}; at least one must be positive.`);
    const local = raw.map((v) => v / total);
    // node-level score with re-normalization over children that have a score
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
    const score = sa > 0 ? ss / sa : NaN;
    // respondents
    const asked = node.minAnswered ?? defaultMin;
    const need = Math.min(asked, kids.length);
    if (asked > kids.length) {
      warnings.push({ kind: 'min_answered_capped', message: `${name}: minAnswered ${asked} exceeds its ${kids.length} children; capped at ${kids.length} (a respondent scores when all children are answered).` });
    }
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
    return {
      spec: node,
      scoring: node.scoring,
      vec,
      score,
      kids,
      weights,
      ...(ahpInfo !== undefined ? { ahp: ahpInfo } : {}),
      ...(derived !== undefined ? { derived } : {}),
    };
  };

  const rootEval = evalNode(spec.root);
  if (usesPom && usesPomp) {
    warnings.push({
      kind: 'mixed_scoring',
      message: 'The tree mixes percent-of-maximum nodes (100·Σx/(max·k)) with POMP 0–100 items; the two are not on the same footing (percent-of-maximum cannot go below 100·min/max).',
    });
  }

  const out: [string, TreeNodeResult][] = [];
  const order: string[] = [];
  const leaves: string[] = [];
  const scoreRows: [string, (number | null)[]][] = [];
  const mode = respondentScores ?? 'root';
  const wmean = (v: Float64Array): number => weightedColumnMean(v, sw);
  const emit = (e: Evaluated, parent: string | null, path: readonly string[], local: number, global: number, depth: number): void => {
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
    e.kids.forEach((k, i) => emit(k, s.id, me, e.weights[i] as number, global * (e.weights[i] as number), depth + 1));
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
        respondentMean: wmean(e.vec),
        ...(e.mean !== undefined ? { mean: e.mean } : {}),
        ...(e.scale !== undefined ? { scale: e.scale } : {}),
        ...(e.ahp !== undefined ? { ahp: e.ahp } : {}),
        ...(e.derived !== undefined ? { derived: e.derived } : {}),
      },
    ];
  };
  emit(rootEval, null, [], 1, 1, 0);

  const rootSummary = meanInterval(rootEval.vec, sw, level ?? 0.95);
  let weightInfo: TreeEvaluation['surveyWeights'];
  if (sw !== undefined) {
    let s = 0;
    let s2 = 0;
    for (let r = 0; r < n; r++) {
      if (Number.isNaN(rootEval.vec[r] as number)) continue;
      s += sw[r] as number;
      s2 += (sw[r] as number) ** 2;
    }
    weightInfo = { sum: s, nEffective: (s * s) / s2, designEffect: (rootSummary.n * s2) / (s * s) };
  }
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

/** Fornell index weights `r_i ∝ ŵ_i·(max_i − min_i)` of the node's items from a PLS fit. */
function plsWeights(
  kids: readonly Evaluated[],
  fit: PlsFit | undefined,
  constructName: string | undefined,
  name: string,
  warnings: CsiWarning[],
): number[] {
  if (fit === undefined) {
    throw new CsiError('INVALID_OPTIONS', `${name} uses PLS weights but no fit was given: put it in the node's weighting ({ method: 'pls', fit }) or pass { fit } to evaluateTree.`);
  }
  const items = kids.map((k) => (k.spec.kind === 'item' ? k.spec.item : k.spec.id));
  const construct = constructName ?? constructOfItem(fit, items[0] ?? '');
  const uw = construct !== undefined ? fit.unstandardizedWeights[construct] : undefined;
  const spec = fit.model.constructs.find((c) => c.name === construct);
  if (uw === undefined || spec === undefined || construct === undefined) {
    throw new CsiError('INVALID_TREE', `${name}: no construct of the PLS fit holds its items (${items.join(', ')}).`);
  }
  const issues: CsiIssue[] = [];
  const raw = kids.map((k, i) => {
    const item = items[i] as string;
    const v = Object.prototype.hasOwnProperty.call(uw, item) ? (uw[item] as number) : NaN;
    const s = k.scale as ScaleBounds;
    if (!(v > 0) || !Number.isFinite(v)) {
      issues.push({
        kind: 'non_positive_weight',
        construct,
        item,
        value: Number.isNaN(v) ? 'NaN' : v,
        message: `${name}: item "${item}" of construct "${construct}" has unstandardized PLS weight ${v}; weights must be > 0 (Fornell et al. 1996). Use another weighting for this node.`,
      });
    }
    return v * (s.max - s.min);
  });
  if (issues.length > 0) throw new CsiError('INVALID_WEIGHTS', issues);
  if (spec.items.length !== items.length) {
    warnings.push({
      kind: 'pls_subset',
      construct,
      message: `${name} uses the PLS weights of ${items.length} of the ${spec.items.length} items of "${construct}", re-normalized over them.`,
    });
  }
  return raw;
}
