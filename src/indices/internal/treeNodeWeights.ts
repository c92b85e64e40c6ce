/**
 * The weighting methods of indicator-tree nodes as a lookup table (one entry per
 * `TreeWeighting['method']`), used by `evaluateTree`. @packageDocumentation
 */
import { CsiError } from '../../errors.js';
import type { CsiIssue, CsiWarning } from '../../errors.js';
import type { Dataset } from '../../data/types.js';
import type { PlsFit } from '../../estimation/types.js';
import { recordFrom } from '../../util/record.js';
import { prefixIssues } from '../../validate/index.js';
import { ahp } from '../../weighting/ahp.js';
import type { AhpResult } from '../../weighting/ahp.js';
import { criticWeights } from '../../weighting/criticWeights.js';
import { entropyWeights } from '../../weighting/entropyWeights.js';
import { groupAhp } from '../../weighting/groupAhp.js';
import { regressionWeights } from '../../weighting/regressionWeights.js';
import { relativeWeights } from '../../weighting/relativeWeights.js';
import { shapleyWeights } from '../../weighting/shapleyWeights.js';
import { constructOfItem } from './constructOfItem.js';
import type {
  ScaleBounds,
  TreeAhpReport,
  TreeNodeResult,
  TreeScoring,
  TreeSpecItem,
  TreeSpecNode,
  TreeWeighting,
  TreeWeightingMethod,
} from '../types.js';

/** A node or leaf of an indicator tree once evaluated on the data. @internal */
export interface Evaluated {
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
  return prefixIssues(`${name} (${what}): `, f);
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


/** What a weighting method gives a node: raw (unnormalized) child weights and its report. @internal */
export interface NodeWeights {
  readonly raw: number[];
  readonly ahp?: TreeAhpReport;
  readonly derived?: TreeNodeResult['derived'];
}

/** What a weighting method sees of the node being weighted. @internal */
export interface NodeWeightsContext {
  /** `Node "id"`, the prefix of its messages. */
  readonly name: string;
  readonly ids: readonly string[];
  readonly kids: readonly Evaluated[];
  readonly data: Dataset;
  /** The `fit` option of evaluateTree (used when a PLS node names none). */
  readonly fit: PlsFit | undefined;
  /** Warnings of the evaluation (a method appends its own). */
  readonly warnings: CsiWarning[];
}

type WeightingOf<M extends TreeWeightingMethod> = TreeWeighting & { readonly method: M };
type WeightingMethod<M extends TreeWeightingMethod> = (w: WeightingOf<M>, c: NodeWeightsContext) => NodeWeights;

const columnsOf = (c: NodeWeightsContext): Record<string, Float64Array> => recordFrom(c.kids.map((k) => [k.spec.id, k.vec] as const));
const pick = (c: NodeWeightsContext, rec: Readonly<Record<string, number>>): number[] => c.ids.map((id) => rec[id] ?? 0);
const carry = (c: NodeWeightsContext, list: readonly CsiWarning[], what: string): void => {
  for (const x of list) c.warnings.push({ ...x, message: `${c.name} (${what}): ${x.message}` });
};
const outcomeOf = (c: NodeWeightsContext, outcome: string): Float64Array => c.data.columns[outcome] as Float64Array;

function fixedWeights(w: WeightingOf<'fixed'>, c: NodeWeightsContext): NodeWeights {
  const raw = pick(c, w.weights);
  const total = raw.reduce((a, b) => a + b, 0);
  if (Math.abs(total - 1) > 1e-9) {
    c.warnings.push({ kind: 'weights_rescaled', message: `${c.name}: fixed weights sum to ${total}, not 1; each was divided by ${total} (e.g. "${c.ids[0] ?? ''}" ${raw[0] ?? 0} → ${(raw[0] ?? 0) / total}).` });
  }
  return { raw };
}

function ahpWeights(w: WeightingOf<'ahp'>, c: NodeWeightsContext): NodeWeights {
  const { name } = c;
  const opts = { labels: c.ids, ...(w.randomIndex !== undefined ? { randomIndex: w.randomIndex } : {}) };
  let r: AhpResult;
  let experts = 1;
  if (w.matrix !== undefined) {
    const m = w.matrix;
    r = withNode(name, 'AHP', () => ahp(m, { ...opts, ...(w.priority !== undefined ? { method: w.priority } : {}) }));
  } else {
    const mats = w.matrices ?? [];
    experts = mats.length;
    const g = withNode(name, 'group AHP', () => groupAhp(mats, { ...opts, ...(w.priority !== undefined ? { priorityMethod: w.priority } : {}) }));
    carry(c, g.warnings, 'group AHP');
    if (g.group === null) throw new CsiError('INVALID_MATRIX', `${name}: group AHP gave no aggregated matrix to check consistency.`);
    r = g.group;
  }
  carry(c, r.warnings, 'AHP');
  const raw = pick(c, r.weights);
  if (!r.consistent) {
    const worst = r.inconsistentJudgments[0];
    c.warnings.push({
      kind: 'ahp_inconsistent',
      message: `${name}: AHP consistency ratio CR = ${r.cr.toFixed(3)} exceeds ${r.threshold}${worst !== undefined ? `; most inconsistent judgment: "${worst.row}" over "${worst.column}" = ${worst.value} (consistent value ≈ ${worst.consistentValue.toPrecision(3)})` : ''}. Revise the judgments.`,
    });
  }
  return { raw, ahp: ahpReport(r, experts) };
}

function regressionNodeWeights(w: WeightingOf<'regression'>, c: NodeWeightsContext): NodeWeights {
  const { name, ids } = c;
  const r = withNode(name, 'regression weights', () => regressionWeights(columnsOf(c), outcomeOf(c, w.outcome)));
  carry(c, r.warnings, 'regression weights');
  const raw = pick(c, r.standardizedBetas);
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
  return { raw, derived: { rSquared: r.rSquared, n: r.n, outcome: w.outcome } };
}

/** One entry per weighting method of a tree node. @internal */
export const NODE_WEIGHTS: { readonly [M in TreeWeightingMethod]: WeightingMethod<M> } = {
  equal: (_w, c) => ({ raw: c.ids.map(() => 1) }),
  fixed: fixedWeights,
  ahp: ahpWeights,
  entropy: (w, c) => {
    const r = withNode(c.name, 'entropy weights', () => entropyWeights(columnsOf(c), w.normalization !== undefined ? { normalization: w.normalization } : {}));
    carry(c, r.warnings, 'entropy weights');
    return { raw: pick(c, r.weights), derived: { n: r.n } };
  },
  critic: (_w, c) => {
    const r = withNode(c.name, 'CRITIC weights', () => criticWeights(columnsOf(c)));
    carry(c, r.warnings, 'CRITIC weights');
    return { raw: pick(c, r.weights), derived: { n: r.n } };
  },
  regression: regressionNodeWeights,
  'relative-weights': (w, c) => {
    const r = withNode(c.name, 'relative weights', () => relativeWeights(columnsOf(c), outcomeOf(c, w.outcome)));
    carry(c, r.warnings, 'relative weights');
    return { raw: pick(c, r.rescaled), derived: { rSquared: r.rSquared, n: r.n, outcome: w.outcome } };
  },
  shapley: (w, c) => {
    const r = withNode(c.name, 'Shapley weights', () => shapleyWeights(columnsOf(c), outcomeOf(c, w.outcome)));
    carry(c, r.warnings, 'Shapley weights');
    return { raw: pick(c, r.shares), derived: { rSquared: r.rSquared, n: r.n, outcome: w.outcome } };
  },
  pls: (w, c) => ({ raw: plsWeights(c.kids, w.fit ?? c.fit, w.construct, c.name, c.warnings) }),
};

/**
 * The raw child weights of `node` by its weighting method (looked up in {@link NODE_WEIGHTS}).
 *
 * @example
 * ```ts
 * nodeWeights({ method: 'equal' }, ctx).raw; // [1, 1, …]
 * ```
 * @internal
 */
export function nodeWeights(w: TreeWeighting, c: NodeWeightsContext): NodeWeights {
  return (NODE_WEIGHTS[w.method] as WeightingMethod<TreeWeightingMethod>)(w, c);
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
