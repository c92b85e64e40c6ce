import { IssueCollector } from '../errors.js';
import { deepFreeze } from '../util/record.js';
import { principalEigenvector } from './internal/principalEigenvector.js';
import { validatePairwiseMatrix } from './internal/validatePairwiseMatrix.js';
import type { CheckedPairwiseMatrix, PairwiseMatrix } from './internal/validatePairwiseMatrix.js';
import { checkOptions, keysSpec } from '../validate/index.js';

/** One judgment filled in by the completion. */
export interface FilledJudgment {
  /** Label of the row element i. */
  readonly row: string;
  /** Label of the column element j. */
  readonly column: string;
  /** 1-based row. */
  readonly rowIndex: number;
  /** 1-based column. */
  readonly columnIndex: number;
  /** The completed a_ij (importance of `row` over `column`); a_ji = 1/value. */
  readonly value: number;
}

/** Result of {@link completePairwiseMatrix}. */
export interface CompletionResult {
  readonly labels: readonly string[];
  /** The completed, fully reciprocal matrix. */
  readonly matrix: readonly (readonly number[])[];
  /** The missing judgments as completed (upper triangle, i < j). */
  readonly filled: readonly FilledJudgment[];
  /** λmax of the completed matrix: the minimum over all completions. */
  readonly lambdaMax: number;
  /** Number of coordinate-descent cycles used. */
  readonly cycles: number;
  readonly converged: boolean;
}

/** Options of {@link completePairwiseMatrix}. */
export interface CompletionOptions {
  /** Element labels, one per row. @defaultValue `['C1', …, 'Cn']` */
  readonly labels?: readonly string[];
}

const T_TOL = 1e-12;
const MAX_CYCLES = 10_000;

/** Completion of a checked matrix (mutates `values`). @internal */
export function completeChecked(checked: CheckedPairwiseMatrix): {
  lambdaMax: number;
  cycles: number;
  converged: boolean;
} {
  const { values, missing, n } = checked;
  const t = new Float64Array(missing.length);
  const set = (k: number, tk: number): void => {
    const [i, j] = missing[k] as readonly [number, number];
    (values[i] as Float64Array)[j] = Math.exp(tk);
    (values[j] as Float64Array)[i] = Math.exp(-tk);
  };
  for (let k = 0; k < missing.length; k++) set(k, 0);
  let w: Float64Array = new Float64Array(n).fill(1 / n);
  let v: Float64Array = new Float64Array(n).fill(1 / n);

  // dλmax/dt for a_ij = e^t, a_ji = e^(−t):  (v_i w_j a_ij − v_j w_i a_ji) / (vᵀw)
  // with w, v the right and left Perron vectors (eigenvalue perturbation, e.g. Wilkinson 1965).
  const gradient = (k: number, tk: number): number => {
    set(k, tk);
    const right = principalEigenvector(values, { start: w });
    const left = principalEigenvector(values, { start: v, transpose: true });
    w = right.vector;
    v = left.vector;
    const [i, j] = missing[k] as readonly [number, number];
    let vw = 0;
    for (let r = 0; r < n; r++) vw += v[r]! * w[r]!;
    const aij = Math.exp(tk);
    return (v[i]! * w[j]! * aij - (v[j]! * w[i]!) / aij) / vw;
  };

  let cycles = 0;
  let converged = missing.length === 0;
  while (!converged && cycles < MAX_CYCLES) {
    cycles++;
    let moved = 0;
    for (let k = 0; k < missing.length; k++) {
      const t0 = t[k]!;
      const tk = minimiseAlong(k, t0, gradient);
      set(k, tk);
      t[k] = tk;
      moved = Math.max(moved, Math.abs(tk - t0));
    }
    if (moved <= T_TOL) converged = true;
  }
  const lambdaMax = principalEigenvector(values, { start: w }).value;
  return { lambdaMax, cycles, converged };
}

/**
 * Root of the (increasing) derivative of the convex 1-D function t ↦ λmax: bracket by doubling
 * steps, then Illinois false position with bisection safeguard.
 */
function minimiseAlong(k: number, t0: number, g: (k: number, t: number) => number): number {
  const g0 = g(k, t0);
  if (g0 === 0) return t0;
  const dir = g0 > 0 ? -1 : 1;
  let a = t0;
  let ga = g0;
  let step = 0.5;
  let b = t0 + dir * step;
  let gb = g(k, b);
  while (Math.sign(gb) === Math.sign(ga) && gb !== 0) {
    a = b;
    ga = gb;
    step *= 2;
    b = t0 + dir * step;
    if (Math.abs(b) > 60) return b; // no finite minimiser (cannot happen for connected matrices)
    gb = g(k, b);
  }
  if (gb === 0) return b;
  let side = 0;
  for (let it = 0; it < 200; it++) {
    let c = (a * gb - b * ga) / (gb - ga);
    if (!(c > Math.min(a, b) && c < Math.max(a, b))) c = (a + b) / 2;
    const gc = g(k, c);
    if (gc === 0 || Math.abs(b - a) <= 1e-15 * (1 + Math.abs(c))) return c;
    if (Math.sign(gc) === Math.sign(gb)) {
      b = c;
      gb = gc;
      if (side === -1) ga /= 2;
      side = -1;
    } else {
      a = c;
      ga = gc;
      if (side === 1) gb /= 2;
      side = 1;
    }
    if (Math.abs(b - a) <= 1e-15 * (1 + Math.abs(c))) return c;
  }
  return (a + b) / 2;
}

/**
 * Completes an incomplete pairwise comparison matrix (`null` = missing judgment) so that the
 * completed matrix has the smallest possible λmax, i.e. is as consistent as the known
 * judgments allow.
 *
 * @remarks
 * Bozóki, Fülöp & Rónyai (2010) "On optimal completion of incomplete pairwise comparison
 * matrices", *Mathematical and Computer Modelling* 52:318–333: with the missing entries written
 * as a_ij = e^{t}, a_ji = e^{−t}, λmax is a convex function of t, strictly convex and with a
 * unique minimiser iff the graph of known comparisons is connected. We minimise it by cyclic
 * coordinate descent: each coordinate is a 1-D convex problem, solved by finding the root of
 * dλmax/dt = (v_i w_j a_ij − v_j w_i a_ji)/(vᵀw) (w, v right and left Perron vectors), cycling
 * until no entry moves by more than 1e-12 in log-space. A judgment given on only one side
 * (a_ij set, a_ji null) is completed by reciprocity, not by optimisation.
 *
 * @throws CsiError `INVALID_MATRIX` (all problems at once) when the matrix is not square, has
 *   non-positive entries, a diagonal ≠ 1, non-reciprocal pairs, or disconnected judgments.
 *
 * @example
 * ```ts
 * // Bozóki et al. (2010): c over d unknown
 * const r = completePairwiseMatrix([
 *   [1, 1, 5, 2],
 *   [1, 1, 3, 4],
 *   [1 / 5, 1 / 3, 1, null],
 *   [1 / 2, 1 / 4, null, 1],
 * ], { labels: ['a', 'b', 'c', 'd'] });
 * r.filled[0]?.value; // 0.7302967… (= √(8/15)), λmax 4.0924
 * ```
 */
export function completePairwiseMatrix(matrix: PairwiseMatrix, options: CompletionOptions = {}): CompletionResult {
  checkOptions(options, keysSpec(['labels']), 'completePairwiseMatrix');
  const issues = new IssueCollector();
  const checked = validatePairwiseMatrix(matrix, options.labels, issues);
  issues.throwIfAny('INVALID_MATRIX');
  const c = checked as CheckedPairwiseMatrix;
  const { lambdaMax, cycles, converged } = completeChecked(c);
  return deepFreeze({
    labels: [...c.labels],
    matrix: c.values.map((r) => Array.from(r)),
    filled: filledJudgments(c),
    lambdaMax,
    cycles,
    converged,
  });
}

/** The completed cells of a checked matrix after {@link completeChecked}. @internal */
export function filledJudgments(c: CheckedPairwiseMatrix): FilledJudgment[] {
  return c.missing.map(([i, j]) => ({
    row: c.labels[i] as string,
    column: c.labels[j] as string,
    rowIndex: i + 1,
    columnIndex: j + 1,
    value: (c.values[i] as Float64Array)[j] as number,
  }));
}
