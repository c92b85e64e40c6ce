import { CsiError, IssueCollector } from '../errors.js';
import type { CsiWarning } from '../errors.js';
import { deepFreeze, recordFrom } from '../util/record.js';
import { ahpFromChecked, PRIORITY_METHOD_RULE, resolveAhpOptions } from './ahp.js';
import type { AhpOptions, AhpResult, PairwiseMatrix } from './ahp.js';
import { validatePairwiseMatrix } from './internal/validatePairwiseMatrix.js';
import type { CheckedPairwiseMatrix } from './internal/validatePairwiseMatrix.js';
import { checkOptions, describeValue, keysSpec, oneOfRule, optionIssues, type OptionSpec } from '../validate/index.js';

/** The choices of {@link groupAhp}, reported with the matrices' problems (code `INVALID_MATRIX`). */
const CHOICE_RULES: OptionSpec = { method: oneOfRule(['aij', 'aip']), priorityMethod: PRIORITY_METHOD_RULE, aggregation: oneOfRule(['geometric', 'arithmetic']) };

/**
 * Options of {@link groupAhp}; the {@link AhpOptions} (labels, randomIndex, threshold) apply to
 * every matrix, and `priorityMethod` plays the role of `AhpOptions.method`.
 */
export interface GroupAhpOptions extends Omit<AhpOptions, 'method'> {
  /**
   * `'aij'` aggregates individual judgments (element-wise weighted geometric mean, then AHP on
   * the group matrix); `'aip'` aggregates individual priorities. @defaultValue `'aij'`
   */
  readonly method?: 'aij' | 'aip';
  /** Priority derivation method of each matrix (see {@link AhpOptions.method}). @defaultValue `'eigenvector'` */
  readonly priorityMethod?: AhpOptions['method'];
  /** For AIP: mean of the priority vectors. @defaultValue `'geometric'` */
  readonly aggregation?: 'geometric' | 'arithmetic';
  /** Non-negative expert weights α_k, normalised to sum 1. @defaultValue equal weights */
  readonly expertWeights?: readonly number[];
}

/** Result of {@link groupAhp}. */
export interface GroupAhpResult {
  readonly method: 'aij' | 'aip';
  /** `'geometric'` for AIJ (the only reciprocity-preserving mean); as chosen for AIP. */
  readonly aggregation: 'geometric' | 'arithmetic';
  readonly labels: readonly string[];
  /** Expert weights as used (normalised to sum 1). */
  readonly expertWeights: readonly number[];
  /** Group priorities by label, summing to 1. */
  readonly weights: Readonly<Record<string, number>>;
  /** Each expert's own AHP result (priorities, λmax, CI, CR, flagged judgments). */
  readonly experts: readonly AhpResult[];
  /** AIJ only: the AHP result of the aggregated matrix (its CR is the group's CR). */
  readonly group: AhpResult | null;
  /** AIJ only: the aggregated judgment matrix (before completion of missing cells). */
  readonly matrix: readonly (readonly (number | null)[])[] | null;
  readonly warnings: readonly CsiWarning[];
}

/**
 * Group AHP: combines several experts' pairwise matrices into one set of priorities, and
 * reports each expert's consistency.
 *
 * @remarks
 * Forman & Peniwati (1998) *EJOR* 108:165–169; Aczél & Saaty (1983) *J. Math. Psych.*
 * 27:93–102.
 * - **AIJ** (the group acts as one individual): a^G_ij = Π_k (a^k_ij)^{α_k} with Σ α_k = 1, the
 *   only mean that keeps reciprocity; priorities and CR from `ahp(A^G)`. A cell missing for
 *   some experts (`null`) is the weighted geometric mean of the experts who judged it (their α
 *   renormalised); a cell nobody judged is completed as in {@link ahp}.
 * - **AIP** (a group of individuals): w^G_i ∝ Π_k (w^k_i)^{α_k} (geometric) or Σ_k α_k w^k_i
 *   (arithmetic), renormalised to sum 1.
 * - With the geometric-mean priority method, AIJ and AIP-geometric coincide (Barzilai & Golany
 *   1994). Each expert whose CR exceeds the threshold gets a warning; screening them out is
 *   left to the caller (docs/methodology.md#group-ahp).
 *
 * @throws CsiError `INVALID_MATRIX` collecting the problems of every matrix (prefixed with the
 *   expert's 1-based number), mismatched sizes and invalid expert weights.
 *
 * @example
 * ```ts
 * const g = groupAhp(
 *   [
 *     [[1, 3], [1 / 3, 1]],
 *     [[1, 1 / 2], [2, 1]],
 *   ],
 *   { labels: ['price', 'quality'], expertWeights: [0.5, 0.5] },
 * );
 * g.matrix;        // [[1, √1.5], [1/√1.5, 1]]
 * g.weights.price; // √1.5/(1+√1.5) ≈ 0.5505
 * ```
 */
export function groupAhp(matrices: readonly PairwiseMatrix[], options: GroupAhpOptions = {}): GroupAhpResult {
  checkOptions(options, keysSpec(['labels', 'randomIndex', 'threshold', 'method', 'priorityMethod', 'aggregation', 'expertWeights']), 'groupAhp');
  if (!Array.isArray(matrices)) {
    throw new CsiError('INVALID_MATRIX', [{ kind: 'not_matrices', value: describeValue(matrices), message: `groupAhp needs an array of expert pairwise matrices such as [[[1, 3], [1/3, 1]], [[1, 2], [1/2, 1]]]; got ${describeValue(matrices)}.` }]);
  }
  const issues = new IssueCollector();
  const choices = { method: options.method, priorityMethod: options.priorityMethod, aggregation: options.aggregation };
  for (const issue of optionIssues(choices, CHOICE_RULES, 'groupAhp')) issues.add(issue);
  const method = options.method ?? 'aij';
  const aggregation = method === 'aij' ? 'geometric' : (options.aggregation ?? 'geometric');
  const { method: _group, priorityMethod, aggregation: _agg, expertWeights: _ew, ...rest } = options;
  const ahpOptions: AhpOptions = { ...rest, ...(priorityMethod !== undefined ? { method: priorityMethod } : {}) };
  const m = matrices.length;
  if (m === 0) issues.add({ kind: 'no_experts', message: 'No expert matrices were given; expected at least one.' });
  const alpha = expertWeightsOf(options.expertWeights, m, issues);
  const checked = checkExpertMatrices(matrices, options.labels, issues);
  const resolved = resolveAhpOptions(Array.isArray(matrices[0]) ? matrices[0].length : 0, ahpOptions, issues, 'groupAhp');
  issues.throwIfAny('INVALID_MATRIX');
  const cs = checked as CheckedPairwiseMatrix[];
  const labels = (cs[0] as CheckedPairwiseMatrix).labels;

  // Expert-level results (copies, because the completion mutates values).
  const builders = cs.map((c) => ahpFromChecked(copy(c), resolved));
  const aij = method === 'aij' ? aggregateJudgments(cs, alpha) : undefined;
  const groupBuilder = aij !== undefined ? ahpFromChecked(aij.checked, resolved) : undefined;
  const experts = builders.map((b) => b());
  const group = groupBuilder !== undefined ? groupBuilder() : null;
  const weights = group !== null ? labels.map((l) => group.weights[l] as number) : aggregatePriorities(experts, labels, alpha, aggregation);

  return deepFreeze({
    method,
    aggregation,
    labels: [...labels],
    expertWeights: alpha,
    weights: recordFrom(labels.map((l, i) => [l, weights[i] as number] as const)),
    experts,
    group,
    matrix: aij?.matrix ?? null,
    warnings: consistencyWarnings(experts, group),
  });
}

/** Expert weights α normalised to sum 1 (equal when not given); invalid weights are issues. */
function expertWeightsOf(expertWeights: readonly number[] | undefined, m: number, issues: IssueCollector): number[] {
  let alpha: number[] = Array.from({ length: m }, () => 1 / Math.max(m, 1));
  if (expertWeights === undefined) return alpha;
  const ew: readonly number[] = Array.isArray(expertWeights) ? expertWeights : [];
  if (!Array.isArray(expertWeights)) {
    issues.add({ kind: 'expert_weights', value: describeValue(expertWeights), message: `Option "expertWeights" of groupAhp is ${describeValue(expertWeights)}; expected an array of non-negative numbers, one per matrix.` });
  } else if (ew.length !== m) {
    issues.add({
      kind: 'expert_weights_length',
      message: `${ew.length} expert weights were given for ${m} matrices; expected ${m}.`,
      value: ew.length,
    });
  }
  ew.forEach((v, k) => {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
      issues.add({
        kind: 'expert_weight',
        message: `Expert ${k + 1} has weight ${v}; expected a non-negative finite number.`,
        row: k + 1,
        value: v,
      });
    }
  });
  const total = ew.reduce((s, v) => s + v, 0);
  if (ew.length > 0 && !(total > 0)) issues.add({ kind: 'expert_weights_zero', message: 'The expert weights sum to 0; expected a positive total.' });
  else alpha = ew.map((v) => v / total);
  return alpha;
}

/** Each expert's checked matrix (issues prefixed with the expert's number), then one issue per matrix of another size than expert 1's. */
function checkExpertMatrices(matrices: readonly PairwiseMatrix[], labels: readonly string[] | undefined, issues: IssueCollector): (CheckedPairwiseMatrix | undefined)[] {
  const checked = matrices.map((mat, k) => {
    const sub = new IssueCollector();
    const c = validatePairwiseMatrix(mat, labels, sub, true, `pairwise matrix of expert ${k + 1}`);
    for (const i of sub.issues) issues.add({ ...i, message: `Expert ${k + 1}: ${i.message}` });
    return c;
  });
  const n0 = Array.isArray(matrices[0]) ? matrices[0].length : 0;
  matrices.forEach((mat, k) => {
    const nk = Array.isArray(mat) ? mat.length : 0;
    if (k > 0 && nk !== n0) {
      issues.add({
        kind: 'size_mismatch',
        message: `Expert ${k + 1} gave a ${nk} × ${nk} matrix; expected ${n0} × ${n0} like expert 1.`,
        row: k + 1,
        value: nk,
      });
    }
  });
  return checked;
}

/** AIJ: the element-wise weighted geometric mean of the judgments (α renormalised over the experts who judged a cell). */
function aggregateJudgments(cs: readonly CheckedPairwiseMatrix[], alpha: readonly number[]): { checked: CheckedPairwiseMatrix; matrix: (number | null)[][] } {
  const { n, labels } = cs[0] as CheckedPairwiseMatrix;
  const matrix: (number | null)[][] = [];
  const values = Array.from({ length: n }, () => new Float64Array(n));
  const missing: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    const row: (number | null)[] = [];
    for (let j = 0; j < n; j++) {
      let s = 0;
      let a = 0;
      cs.forEach((c, k) => {
        const v = (c.values[i] as Float64Array)[j] as number;
        if (Number.isFinite(v) && !isMissing(c, i, j)) {
          s += (alpha[k] as number) * Math.log(v);
          a += alpha[k] as number;
        }
      });
      const v = a > 0 ? Math.exp(s / a) : NaN;
      (values[i] as Float64Array)[j] = i === j ? 1 : v;
      row.push(i === j ? 1 : Number.isFinite(v) ? v : null);
      if (i < j && !Number.isFinite(v)) missing.push([i, j]);
    }
    matrix.push(row);
  }
  return { checked: { n, labels, values, missing }, matrix };
}

/** AIP: the weighted geometric or arithmetic mean of the experts' priorities, renormalised to sum 1. */
function aggregatePriorities(experts: readonly AhpResult[], labels: readonly string[], alpha: readonly number[], aggregation: 'geometric' | 'arithmetic'): number[] {
  const weights = labels.map((l) => {
    if (aggregation === 'geometric') {
      return Math.exp(experts.reduce((s, e, k) => s + (alpha[k] as number) * Math.log(e.weights[l] as number), 0));
    }
    return experts.reduce((s, e, k) => s + (alpha[k] as number) * (e.weights[l] as number), 0);
  });
  const total = weights.reduce((s, v) => s + v, 0);
  return weights.map((v) => v / total);
}

/** A warning per expert (and for the aggregated matrix) whose CR exceeds the threshold. */
function consistencyWarnings(experts: readonly AhpResult[], group: AhpResult | null): CsiWarning[] {
  const warnings: CsiWarning[] = [];
  experts.forEach((e, k) => {
    if (!e.consistent) {
      warnings.push({
        kind: 'inconsistent_expert',
        message:
          `Expert ${k + 1} has CR = ${e.cr.toFixed(4)} > ${e.threshold}` +
          (e.inconsistentJudgments[0] !== undefined
            ? `; worst judgment "${e.inconsistentJudgments[0].row}" over "${e.inconsistentJudgments[0].column}" = ${e.inconsistentJudgments[0].value}.`
            : '.'),
      });
    }
  });
  if (group !== null && !group.consistent) {
    warnings.push({ kind: 'inconsistent_group', message: `The aggregated matrix has CR = ${group.cr.toFixed(4)} > ${group.threshold}.` });
  }
  return warnings;
}

function isMissing(c: CheckedPairwiseMatrix, i: number, j: number): boolean {
  const [a, b] = i < j ? [i, j] : [j, i];
  return c.missing.some(([x, y]) => x === a && y === b);
}

function copy(c: CheckedPairwiseMatrix): CheckedPairwiseMatrix {
  return { ...c, values: c.values.map((r) => Float64Array.from(r)) };
}
