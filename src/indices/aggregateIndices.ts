import * as z from 'zod/mini';
import { CsiError } from '../errors.js';
import type { CsiIssue, CsiWarning } from '../errors.js';
import { deepFreeze, recordFrom } from '../util/record.js';
import { arrayRule, checkOptions, levelRule, zodSafeParse } from '../validate/index.js';
import { aggregationMargins, correlationIssues, type LeafCorrelation } from './internal/aggregationMargins.js';
import { hasErrorFields, leafErrorIssues, leafStandardError, type LeafError } from './internal/leafStandardError.js';
import { zodIssues } from './internal/zodIssues.js';

export type { LeafCorrelation } from './internal/aggregationMargins.js';

/**
 * A node of an aggregation tree: a company (leaf with a `score`), or an industry / sector /
 * nation (with `children`). `weight` is the node's size among its siblings — company revenue,
 * industry revenue, sector share of GDP, or any weight the user chooses.
 */
export interface AggregationNode {
  readonly id: string;
  readonly label?: string;
  /** 0–100 index of a leaf (company). */
  readonly score?: number;
  /** Size weight among siblings (not normalized). Omitted for all siblings → equal weights. */
  readonly weight?: number;
  /** What the weight is, e.g. `revenue`, `gdp-share` (documentation only). */
  readonly basis?: string;
  readonly children?: readonly AggregationNode[];
  /** Leaf: standard error of `score` (0–100 points), e.g. `satisfactionIndex(...).ci.se`. */
  readonly se?: number;
  /** Leaf: SD of the respondent scores (0–100); with `nEffective`, `surveyWeights` or `n`, `se = sd/√n_eff`. */
  readonly sd?: number;
  /** Leaf: respondents behind the score. */
  readonly n?: number;
  /** Leaf: effective sample size (e.g. Kish's); takes precedence over `n`. */
  readonly nEffective?: number;
  /** Leaf: the respondents' survey weights; `n_eff = (Σw)²/Σw²` (Kish 1965). */
  readonly surveyWeights?: readonly number[];
  /** Leaf: further design effect (clustering, stratification) multiplying the variance. @defaultValue 1 */
  readonly designEffect?: number;
}

/** Options of {@link aggregateIndices}. */
export interface AggregateIndicesOptions {
  /** Confidence level of the nodes' intervals. @defaultValue 0.95 */
  readonly level?: number;
  /**
   * Correlations between the sampling errors of pairs of leaves (e.g. companies measured on
   * overlapping samples); pairs not listed are independent. @defaultValue []
   */
  readonly correlations?: readonly LeafCorrelation[];
}

/** One node of the aggregated result. */
export interface AggregatedNode {
  readonly id: string;
  readonly label?: string;
  readonly parent: string | null;
  readonly depth: number;
  readonly children: readonly string[];
  /** Leaf: the given score; inner: Σ localWeight·childScore. */
  readonly score: number;
  /** The given size weight, or null (equal weights / root). */
  readonly weight: number | null;
  readonly basis?: string;
  /** `given` size weights, or `equal` when no sibling had a weight. */
  readonly weighting: 'given' | 'equal' | 'root';
  /** Weight normalized over the siblings (sum 1). */
  readonly localWeight: number;
  /** Product of local weights from the root. */
  readonly globalWeight: number;
  /** `globalWeight × score`; leaves' contributions sum to the root score. */
  readonly contribution: number;
  /**
   * Standard error of `score`: leaf from its `se` (or `sd/√n_eff`, × √designEffect); inner
   * `√(Σ_c w_c² se_c²)` (independent leaves). `null` when a leaf below has no se.
   */
  readonly se: number | null;
  /** `z_{(1+level)/2}·se`, the ± margin of error; `null` with `se`. */
  readonly marginOfError: number | null;
  /** `score − marginOfError`. */
  readonly lower: number | null;
  /** `score + marginOfError`. */
  readonly upper: number | null;
  /** Leaf: effective sample size used (`nEffective`, Kish n of `surveyWeights`, or `n`); inner: null. */
  readonly nEffective: number | null;
}

/** Result of {@link aggregateIndices}. */
export interface AggregatedIndices {
  readonly kind: 'csi.aggregated-indices';
  readonly root: string;
  /** Root score (e.g. the national index). */
  readonly index: number;
  /** Node ids, depth first. */
  readonly order: readonly string[];
  readonly nodes: Readonly<Record<string, AggregatedNode>>;
  /** Confidence level of the nodes' intervals. */
  readonly level: number;
  /** Leaf correlations used (none: independent samples). */
  readonly correlations: readonly LeafCorrelation[];
  readonly warnings: readonly CsiWarning[];
}

function buildNodeSchema() {
  return z.strictObject({
    id: z.string().check(z.minLength(1)),
    label: z.optional(z.string()),
    score: z.optional(z.number()),
    weight: z.optional(z.number()),
    basis: z.optional(z.string()),
    children: z.optional(z.array(z.unknown())),
    se: z.optional(z.number()),
    sd: z.optional(z.number()),
    n: z.optional(z.number()),
    nEffective: z.optional(z.number()),
    surveyWeights: z.optional(z.array(z.number())),
    designEffect: z.optional(z.number()),
  });
}
let nodeSchema: ReturnType<typeof buildNodeSchema> | undefined;
type NodeShape = z.infer<ReturnType<typeof buildNodeSchema>>;

interface Checked {
  readonly node: NodeShape;
  readonly kids: Checked[];
}

/**
 * ACSI-style aggregation of 0–100 indices up a tree: companies → industry (company revenue
 * weights) → sector (industry revenue) → nation (sector share of GDP), or any weights — with
 * standard errors, margins of error and confidence intervals at every level.
 *
 * @remarks
 * Each inner node's score is the weighted mean of its children, `S_p = Σ_c (v_c/Σv) S_c`, with
 * the children's size weights `v_c` normalized to sum 1 (theacsi.org, "Building the
 * Cross-Industry Index"; docs/methodology.md#aggregation). Global weight = product of local weights down the
 * path; contribution = global weight × score, and the leaves' contributions sum to the root
 * score. Validation (all issues in one `CsiError('INVALID_TREE')`): unique non-empty ids, no
 * cycles, each node has either a `score` (leaf) or `children` (inner) but not both, weights
 * finite and ≥ 0, all siblings weighted or none (none → equal weights, recorded), sibling
 * weights summing to > 0. Scores outside 0–100 are accepted with a warning.
 *
 * Margins of error (docs/methodology.md#aggregation-margins-of-error; Fornell et al. 1996): a
 * leaf's `se` is given, or `sd/√n_eff` with `n_eff = nEffective`, the Kish effective n
 * `(Σw)²/Σw²` of its `surveyWeights` (Kish 1965), or `n`; times `√designEffect`. With the
 * weights taken as fixed and the companies' samples independent, `Var(S_p) = Σ_c w_c² Var(S_c)`,
 * i.e. `Σ_l a_l² se_l²` over the leaves with `a_l` the product of local weights from p down to l;
 * `correlations` add `2 a_l a_m ρ_lm se_l se_m` per listed pair. Interval `S ± z·SE` with
 * `z = Φ⁻¹((1 + level)/2)`. A node with a leaf below it that has no se gets `null` (with a
 * `missing_se` warning unless no leaf has one). Checked against an independent NumPy script.
 *
 * @example
 * ```ts
 * const nation = aggregateIndices({
 *   id: 'US', children: [
 *     { id: 'Retail', weight: 0.35, basis: 'gdp-share', children: [
 *       { id: 'Supermarkets', weight: 500, basis: 'revenue', children: [
 *         { id: 'A', score: 78.2, weight: 300, se: 0.9 }, { id: 'B', score: 74.1, weight: 150, sd: 18, n: 250 } ] } ] },
 *     { id: 'Finance', weight: 0.45, children: [ { id: 'Banks', children: [ { id: 'F', score: 75, sd: 16, surveyWeights: [1, 2, 1, 1.5] } ] } ] },
 *   ],
 * }, { level: 0.9 });
 * nation.index; nation.nodes.US.marginOfError; nation.nodes.Supermarkets.localWeight;
 * ```
 */
export function aggregateIndices(tree: AggregationNode | unknown, options?: AggregateIndicesOptions): AggregatedIndices {
  const opts = checkOptions(options, { level: levelRule, correlations: arrayRule('an array of { between: [leafA, leafB], correlation }') }, 'aggregateIndices');
  const level = opts.level ?? 0.95;
  const root = checkTree(tree);
  const leafError = new Map<string, LeafError | null>();
  const collect = (c: Checked): void => {
    if (c.kids.length === 0) leafError.set(c.node.id, leafStandardError(c.node));
    c.kids.forEach(collect);
  };
  collect(root);
  const correlations = opts.correlations ?? [];
  const corrIssues = correlationIssues(correlations, [...leafError.keys()]);
  if (corrIssues.length > 0) throw new CsiError('INVALID_OPTIONS', corrIssues);

  const warnings: CsiWarning[] = [];
  const out: [string, Omit<AggregatedNode, 'se' | 'marginOfError' | 'lower' | 'upper' | 'nEffective'>][] = [];
  const order: string[] = [];
  const scoreOf = (c: Checked): number => {
    if (c.kids.length === 0) return c.node.score as number;
    const w = localWeights(c.kids);
    return c.kids.reduce((a, k, i) => a + (w[i] as number) * scoreOf(k), 0);
  };
  const emit = (c: Checked, parent: string | null, depth: number, local: number, global: number, weighting: AggregatedNode['weighting']): void => {
    const score = scoreOf(c);
    const n = c.node;
    if (c.kids.length === 0 && (score < 0 || score > 100)) {
      warnings.push({ kind: 'score_out_of_range', message: `Node "${n.id}" has score ${score}, outside 0–100.` });
    }
    order.push(n.id);
    const lw = localWeights(c.kids);
    const childWeighting = c.kids.length > 0 && c.kids[0]?.node.weight !== undefined ? 'given' : 'equal';
    if (c.kids.length > 1 && childWeighting === 'equal') {
      warnings.push({ kind: 'equal_weights', message: `Node "${n.id}": no weights given for its children; equal weights used.` });
    }
    out.push([n.id, {
      id: n.id,
      ...(n.label !== undefined ? { label: n.label } : {}),
      parent,
      depth,
      children: c.kids.map((k) => k.node.id),
      score,
      weight: parent === null ? null : (n.weight ?? null),
      ...(n.basis !== undefined ? { basis: n.basis } : {}),
      weighting,
      localWeight: local,
      globalWeight: global,
      contribution: global * score,
    }]);
    c.kids.forEach((k, i) => emit(k, n.id, depth + 1, lw[i] as number, global * (lw[i] as number), childWeighting));
  };
  emit(root, null, 0, 1, 1, 'root');
  const { margins, warnings: marginWarnings } = aggregationMargins({
    order,
    children: new Map(out.map(([id, n]) => [id, n.children])),
    localWeight: new Map(out.map(([id, n]) => [id, n.localWeight])),
    score: new Map(out.map(([id, n]) => [id, n.score])),
    leafError,
  }, correlations, level);
  const nodes = recordFrom(out.map(([id, n]): [string, AggregatedNode] => [id, { ...n, ...(margins.get(id) ?? { se: null, marginOfError: null, lower: null, upper: null, nEffective: null }) }]));
  return deepFreeze({
    kind: 'csi.aggregated-indices',
    root: root.node.id,
    index: (nodes[root.node.id] as AggregatedNode).score,
    order,
    nodes,
    level,
    correlations: correlations.map((c) => ({ between: [c.between[0], c.between[1]] as const, correlation: c.correlation })),
    warnings: [...warnings, ...marginWarnings],
  });
}

/** Validates the tree document; one `CsiError('INVALID_TREE')` with every problem. */
function checkTree(tree: unknown): Checked {
  const issues: CsiIssue[] = [];
  const ids = new Set<string>();
  const ancestors = new Set<object>();
  const check = (raw: unknown, where: string): Checked | undefined => {
    if (raw !== null && typeof raw === 'object' && ancestors.has(raw)) {
      issues.push({ kind: 'cycle', message: `${where} contains one of its own ancestors (a cycle); a tree cannot refer back to itself.` });
      return undefined;
    }
    nodeSchema ??= buildNodeSchema();
    const parsed = zodSafeParse(nodeSchema, raw);
    if (!parsed.success) {
      issues.push(...zodIssues(where, raw, parsed.error, 'invalid_node'));
      return undefined;
    }
    const node = parsed.data;
    const name = `Node "${node.id}"`;
    if (ids.has(node.id)) issues.push({ kind: 'duplicate_id', value: node.id, message: `${name} appears more than once; node ids must be unique.` });
    ids.add(node.id);
    const hasKids = node.children !== undefined && node.children.length > 0;
    issues.push(...nodeIssues(node, name, hasKids));
    const kids: Checked[] = [];
    if (hasKids && raw !== null && typeof raw === 'object') {
      ancestors.add(raw);
      (node.children ?? []).forEach((c, i) => {
        const k = check(c, `${name} child ${i + 1}`);
        if (k !== undefined) kids.push(k);
      });
      ancestors.delete(raw);
      issues.push(...siblingIssues(kids, name));
    }
    return { node, kids };
  };
  const root = check(tree, 'Aggregation tree root');
  if (issues.length > 0 || root === undefined) throw new CsiError('INVALID_TREE', issues);
  return root;
}

function nodeIssues(node: NodeShape, name: string, hasKids: boolean): CsiIssue[] {
  const issues: CsiIssue[] = [];
  if (hasKids && node.score !== undefined) {
    issues.push({ kind: 'score_and_children', value: node.score, message: `${name} has both a score (${node.score}) and children; an inner node's score is computed from its children — remove one.` });
  }
  if (!hasKids && node.score === undefined) {
    issues.push({ kind: 'no_score', message: `${name} has neither a score nor children; a leaf (company) needs a 0–100 score.` });
  }
  if (node.score !== undefined && !Number.isFinite(node.score)) {
    issues.push({ kind: 'invalid_score', value: node.score, message: `${name} has score ${node.score}; expected a finite number.` });
  }
  if (node.weight !== undefined && !(Number.isFinite(node.weight) && node.weight >= 0)) {
    issues.push({ kind: 'invalid_weight', value: node.weight, message: `${name} has weight ${node.weight}; weights must be finite and ≥ 0.` });
  }
  if (hasErrorFields(node)) issues.push(...leafErrorIssues(node, name, hasKids));
  return issues;
}

function siblingIssues(kids: readonly Checked[], name: string): CsiIssue[] {
  const weighted = kids.filter((k) => k.node.weight !== undefined);
  if (weighted.length > 0 && weighted.length < kids.length) {
    const missing = kids.filter((k) => k.node.weight === undefined).map((k) => `"${k.node.id}"`);
    return [{ kind: 'incomplete_weights', message: `${name}: children ${missing.join(', ')} have no weight while their siblings do; give every child a weight or none (equal weights).` }];
  }
  if (weighted.length > 0 && !(weighted.reduce((a, k) => a + (k.node.weight ?? 0), 0) > 0)) {
    return [{ kind: 'zero_weights', message: `${name}: the weights of its children sum to 0; at least one must be positive.` }];
  }
  return [];
}

function localWeights(kids: readonly Checked[]): number[] {
  if (kids.length === 0) return [];
  if (kids[0]?.node.weight === undefined) return kids.map(() => 1 / kids.length);
  const total = kids.reduce((a, k) => a + (k.node.weight ?? 0), 0);
  return kids.map((k) => (k.node.weight ?? 0) / total);
}
