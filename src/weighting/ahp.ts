import { IssueCollector } from '../errors.js';
import type { CsiWarning } from '../errors.js';
import { deepFreeze, recordFrom } from '../util/record.js';
import { anyOfRule, anyRule, checkOptions, numberRule, oneOfRule, optionIssues, stringArrayRule, type OptionSpec } from '../validate/index.js';

/** The priority methods of {@link ahp} (option `method`; `priorityMethod` of `groupAhp`). @internal */
export const PRIORITY_METHOD_RULE = oneOfRule(['eigenvector', 'geometric-mean', 'column-normalization']);

/** The CR threshold: a non-negative number or Saaty's (1994) size-dependent one. */
const THRESHOLD_RULES: OptionSpec = { threshold: anyOfRule(oneOfRule(['saaty1994']), numberRule({ min: 0, example: 0.1 })) };

/** The options {@link ahp} accepts (randomIndex and threshold checked by resolveAhpOptions). @internal */
const AHP_OPTION_SPEC: OptionSpec = {
  labels: stringArrayRule('an array of criterion names'),
  method: PRIORITY_METHOD_RULE,
  randomIndex: anyRule,
  threshold: anyRule,
};
import { completeChecked, filledJudgments } from './completePairwiseMatrix.js';
import type { FilledJudgment } from './completePairwiseMatrix.js';
import { principalEigenvector } from './internal/principalEigenvector.js';
import { validatePairwiseMatrix } from './internal/validatePairwiseMatrix.js';
import type { CheckedPairwiseMatrix, PairwiseMatrix } from './internal/validatePairwiseMatrix.js';
import { lookupRandomIndex, randomIndexCoverage, randomIndexTableLabel } from './randomIndex.js';
import type { RandomIndexTable, RandomIndexTableName } from './randomIndex.js';

export type { PairwiseMatrix } from './internal/validatePairwiseMatrix.js';

/** How priorities are derived from the pairwise matrix. */
export type AhpMethod = 'eigenvector' | 'geometric-mean' | 'column-normalization';

/** Options of {@link ahp}. */
export interface AhpOptions {
  /** Element labels, one per row/column, in matrix order. @defaultValue `['C1', …, 'Cn']` */
  readonly labels?: readonly string[];
  /** Priority derivation method. @defaultValue `'eigenvector'` */
  readonly method?: AhpMethod;
  /** Random-index table for CR = CI / RI(n). @defaultValue `'saaty1980'` */
  readonly randomIndex?: RandomIndexTable;
  /**
   * CR acceptance threshold, or `'saaty1994'` for Saaty's size-dependent thresholds
   * 0.05 (n = 3), 0.08 (n = 4), 0.10 (n ≥ 5). @defaultValue `0.1`
   */
  readonly threshold?: number | 'saaty1994';
}

/** A judgment flagged as inconsistent (see {@link AhpResult.inconsistentJudgments}). */
export interface InconsistentJudgment {
  /** Row element i (the judgment is "i over j"). */
  readonly row: string;
  /** Column element j. */
  readonly column: string;
  /** 1-based row. */
  readonly rowIndex: number;
  /** 1-based column. */
  readonly columnIndex: number;
  /** The judgment as given, a_ij. */
  readonly value: number;
  /** The value a consistent matrix with the derived priorities would have: w_i / w_j. */
  readonly consistentValue: number;
  /** |ln(a_ij · w_j / w_i)|, the ranking criterion. */
  readonly logError: number;
}

/** The geometric consistency index of Aguarón & Moreno-Jiménez (2003). */
export interface GeometricConsistency {
  readonly value: number;
  /** 0.31 (n = 3), 0.35 (n = 4), 0.37 (n > 4); `null` for n ≤ 2 (always consistent). */
  readonly threshold: number | null;
  readonly consistent: boolean;
}

/** Result of {@link ahp}. Frozen and JSON-serialisable. */
export interface AhpResult {
  readonly method: AhpMethod;
  readonly labels: readonly string[];
  /** Priorities by label, summing to 1. */
  readonly weights: Readonly<Record<string, number>>;
  /**
   * Principal eigenvalue (eigenvector method) or the estimate (1/n) Σ_i (A w)_i / w_i with the
   * method's priorities (geometric-mean and column-normalization methods).
   */
  readonly lambdaMax: number;
  /** Consistency index (λmax − n)/(n − 1); 0 for n = 1. */
  readonly ci: number;
  /** Consistency ratio CI / RI(n); 0 for n ≤ 2. */
  readonly cr: number;
  readonly randomIndex: { readonly table: RandomIndexTableName | 'custom'; readonly value: number };
  /** The CR threshold applied. */
  readonly threshold: number;
  /** `cr <= threshold`. */
  readonly consistent: boolean;
  readonly geometricConsistencyIndex: GeometricConsistency;
  /** When CR > threshold: the three most inconsistent given judgments (i < j), worst first. */
  readonly inconsistentJudgments: readonly InconsistentJudgment[];
  /** Present when the matrix had missing judgments: how it was completed. */
  readonly completion?: {
    readonly filled: readonly FilledJudgment[];
    readonly matrix: readonly (readonly number[])[];
    readonly cycles: number;
    readonly converged: boolean;
  };
  readonly warnings: readonly CsiWarning[];
}

/** Options of {@link ahp} after validation. @internal */
export interface ResolvedAhpOptions {
  readonly method: AhpMethod;
  readonly table: RandomIndexTable;
  /** RI(n); 0 for n ≤ 2. */
  readonly ri: number;
  readonly threshold: number;
}

/**
 * Checks the options of {@link ahp} for an n × n matrix (random-index availability, threshold;
 * the method is checked by its option rule), adding problems to `issues`; `fn` names the
 * function in messages. @internal
 */
export function resolveAhpOptions(n: number, options: AhpOptions, issues: IssueCollector, fn: string): ResolvedAhpOptions {
  const method = options.method ?? 'eigenvector';
  const table = options.randomIndex ?? 'saaty1980';
  const ri = lookupRandomIndex(n, table);
  if (n >= 3 && (ri === undefined || !Number.isFinite(ri) || ri <= 0)) {
    issues.add({
      kind: 'random_index_unavailable',
      message:
        `The ${randomIndexTableLabel(table)} random-index table has no usable value for n = ${n} ` +
        `(it covers ${randomIndexCoverage(table)}); choose randomIndex 'donegan-dodd' or pass your own table.`,
      value: n,
    });
  }
  const thresholdIssues = optionIssues({ threshold: options.threshold }, THRESHOLD_RULES, fn);
  for (const issue of thresholdIssues) issues.add(issue);
  let threshold = 0.1;
  if (options.threshold === 'saaty1994') threshold = n === 3 ? 0.05 : n === 4 ? 0.08 : 0.1;
  else if (options.threshold !== undefined && thresholdIssues.length === 0) threshold = options.threshold;
  return { method, table, ri: n <= 2 ? 0 : (ri ?? NaN), threshold };
}

/** @internal Derives priorities and consistency from a validated matrix (completing it if needed). */
export function ahpFromChecked(c: CheckedPairwiseMatrix, resolved: ResolvedAhpOptions): () => AhpResult {
  const { n } = c;
  const { method, table, ri, threshold } = resolved;
  return () => {
    const warnings: CsiWarning[] = [];
    let completion: AhpResult['completion'];
    if (c.missing.length > 0) {
      const done = completeChecked(c);
      completion = {
        filled: filledJudgments(c),
        matrix: c.values.map((r) => Array.from(r)),
        cycles: done.cycles,
        converged: done.converged,
      };
      if (!done.converged) {
        warnings.push({
          kind: 'completion_not_converged',
          message: `The optimal completion of the ${c.missing.length} missing judgments did not converge in ${done.cycles} cycles.`,
        });
      }
    }
    const a = c.values;
    const geo = rowGeometricMean(a);
    let w: Float64Array;
    let lambdaMax: number;
    if (method === 'eigenvector') {
      const pair = principalEigenvector(a, { start: geo });
      w = pair.vector;
      lambdaMax = pair.value;
    } else {
      w = method === 'geometric-mean' ? geo : columnNormalization(a);
      lambdaMax = 0;
      for (let i = 0; i < n; i++) {
        const row = a[i] as Float64Array;
        let s = 0;
        for (let j = 0; j < n; j++) s += row[j]! * w[j]!;
        lambdaMax += s / w[i]! / n;
      }
    }
    const ci = n > 1 ? (lambdaMax - n) / (n - 1) : 0;
    const riValue = ri;
    const cr = n <= 2 ? 0 : ci / riValue;
    const consistent = cr <= threshold;

    let gciValue = 0;
    if (n > 2) {
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          const e = Math.log(((a[i] as Float64Array)[j]! * geo[j]!) / geo[i]!);
          gciValue += e * e;
        }
      }
      gciValue *= 2 / ((n - 1) * (n - 2));
    }
    const gciThreshold = n <= 2 ? null : n === 3 ? 0.31 : n === 4 ? 0.35 : 0.37;

    const missing = new Set(c.missing.map(([i, j]) => i * n + j));
    const flagged: InconsistentJudgment[] = [];
    if (!consistent) {
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          if (missing.has(i * n + j)) continue;
          const aij = (a[i] as Float64Array)[j]!;
          const consistentValue = w[i]! / w[j]!;
          flagged.push({
            row: c.labels[i] as string,
            column: c.labels[j] as string,
            rowIndex: i + 1,
            columnIndex: j + 1,
            value: aij,
            consistentValue,
            logError: Math.abs(Math.log(aij / consistentValue)),
          });
        }
      }
      flagged.sort((x, y) => y.logError - x.logError);
      flagged.length = Math.min(flagged.length, 3);
      const worst = flagged[0];
      if (worst !== undefined) {
        warnings.push({
          kind: 'inconsistent',
          message:
            `CR = ${cr.toFixed(4)} exceeds ${threshold}; the most inconsistent judgment is "${worst.row}" over ` +
            `"${worst.column}" (row ${worst.rowIndex}, column ${worst.columnIndex}) = ${worst.value}, ` +
            `where the priorities imply ${worst.consistentValue.toPrecision(3)}.`,
          item: worst.row,
        });
      }
    }

    return deepFreeze({
      method,
      labels: [...c.labels],
      weights: recordFrom(c.labels.map((l, i) => [l, w[i] as number] as const)),
      lambdaMax,
      ci,
      cr,
      randomIndex: { table: typeof table === 'string' ? table : ('custom' as const), value: riValue },
      threshold,
      consistent,
      geometricConsistencyIndex: {
        value: gciValue,
        threshold: gciThreshold,
        consistent: gciThreshold === null || gciValue <= gciThreshold,
      },
      inconsistentJudgments: flagged,
      ...(completion !== undefined ? { completion } : {}),
      warnings,
    });
  };
}

function rowGeometricMean(a: readonly Float64Array[]): Float64Array {
  const n = a.length;
  const g = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const row = a[i] as Float64Array;
    let s = 0;
    for (let j = 0; j < n; j++) s += Math.log(row[j]!);
    g[i] = Math.exp(s / n);
    sum += g[i]!;
  }
  for (let i = 0; i < n; i++) g[i] = g[i]! / sum;
  return g;
}

function columnNormalization(a: readonly Float64Array[]): Float64Array {
  const n = a.length;
  const colSum = new Float64Array(n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) colSum[j] = colSum[j]! + (a[i] as Float64Array)[j]!;
  const w = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += (a[i] as Float64Array)[j]! / colSum[j]!;
    w[i] = s / n;
  }
  return w;
}

/**
 * Analytic Hierarchy Process priorities from a pairwise comparison matrix, with λmax, Saaty's
 * consistency index and ratio, the geometric consistency index, and the judgments to revisit
 * when the matrix is too inconsistent.
 *
 * **Orientation:** `matrix[i][j]` = a_ij = how much more important element i (row) is than
 * element j (column), on Saaty's 1…9 scale; a_ji = 1/a_ij, a_ii = 1. Entering the matrix
 * column-wise transposes it and inverts the priorities (a recurring user bug, gluc/ahp #4) —
 * if "most important" comes out last, check this first.
 *
 * @remarks
 * - Eigenvector method (Saaty 1977, *J. Math. Psych.* 15:234–281; Saaty 1980): A w = λmax w,
 *   w the principal right eigenvector with Σ w = 1, by power iteration `w ← A w/‖A w‖₁`
 *   (started from the row geometric means) until no component moves by more than 1e-15.
 * - Row geometric mean (RGMM/LLSM; Crawford & Williams 1985): w_i ∝ (Π_j a_ij)^{1/n}.
 * - Column normalization ("sum"/additive approximation): w_i = (1/n) Σ_j a_ij / Σ_k a_kj.
 * - For the two approximate methods λmax is the usual estimate (1/n) Σ_i (A w)_i / w_i.
 * - Consistency (Saaty 1980): CI = (λmax − n)/(n − 1), CR = CI/RI(n), CR = 0 for n ≤ 2;
 *   accepted when CR ≤ 0.10 (or Saaty's 1994 thresholds 0.05 for n = 3, 0.08 for n = 4 via
 *   `threshold: 'saaty1994'`). The RI table used is recorded in the result.
 * - GCI (Aguarón & Moreno-Jiménez 2003, *EJOR* 147:137–145):
 *   GCI = 2/((n−1)(n−2)) Σ_{i<j} ln²(a_ij w_j/w_i) with the RGMM priorities (as defined,
 *   whatever `method` is), thresholds 0.31 (n = 3), 0.35 (n = 4), 0.37 (n > 4).
 * - Inconsistent judgments: the given cells ranked by |ln(a_ij w_j / w_i)|, top 3, each with
 *   the consistent value w_i/w_j it could be revised towards.
 * - `null` marks a missing judgment: the matrix is first completed by the λmax-optimal
 *   completion of Bozóki, Fülöp & Rónyai (2010) ({@link completePairwiseMatrix}); the filled
 *   values are reported in `completion` and never flagged as inconsistent.
 *
 * @throws CsiError `INVALID_MATRIX` with every problem: not square, non-positive or
 *   non-finite entries, diagonal ≠ 1, a_ij·a_ji ≠ 1 (beyond 1e-9, naming both cells and
 *   values), label count mismatch or duplicates, disconnected missing judgments, n larger
 *   than the chosen random-index table.
 *
 * @example
 * ```ts
 * const r = ahp(
 *   [
 *     [1, 3, 5],
 *     [1 / 3, 1, 2],
 *     [1 / 5, 1 / 2, 1],
 *   ],
 *   { labels: ['quality', 'price', 'service'] },
 * );
 * r.weights.quality; // 0.648
 * r.cr;              // 0.0032 (RI 0.58, Saaty 1980)
 * ```
 */
export function ahp(matrix: PairwiseMatrix, options?: AhpOptions): AhpResult {
  options = checkOptions(options, AHP_OPTION_SPEC, 'ahp');
  const issues = new IssueCollector();
  const checked = validatePairwiseMatrix(matrix, options.labels, issues);
  const resolved = resolveAhpOptions(Array.isArray(matrix) ? matrix.length : 0, options, issues, 'ahp');
  issues.throwIfAny('INVALID_MATRIX');
  return ahpFromChecked(checked as CheckedPairwiseMatrix, resolved)();
}
