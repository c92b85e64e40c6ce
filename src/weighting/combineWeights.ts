import { CsiError, IssueCollector } from '../errors.js';
import { deepFreeze, nearest, recordFrom } from '../util/record.js';
import { checkWeightRecord } from './internal/checkWeightRecord.js';
import { checkOptions, keysSpec } from '../validate/index.js';

/** How {@link combineWeights} combines two weight vectors. */
export type CombineWeightsOptions =
  | {
      readonly method: 'linear';
      /** Share of the first vector, in [0, 1]. */
      readonly alpha: number;
    }
  | { readonly method: 'multiplicative' };

/** Result of {@link combineWeights}. */
export interface CombinedWeightsResult {
  readonly method: 'linear' | 'multiplicative';
  /** α for the linear method, `null` for the multiplicative one. */
  readonly alpha: number | null;
  /** Combined weights by label, summing to 1. */
  readonly weights: Readonly<Record<string, number>>;
}

/**
 * Combines two weight vectors over the same criteria — typically subjective (AHP, ratings)
 * and objective (entropy, CRITIC) weights, the "组合赋权" of Chinese evaluation practice.
 *
 * @remarks
 * Both vectors are first normalised to sum 1. Linear: w_j = α a_j + (1 − α) b_j.
 * Multiplicative: w_j = a_j b_j / Σ_k a_k b_k (docs/methodology.md#combined-weights).
 *
 * @throws CsiError `INVALID_WEIGHTS` (different criteria, negative or non-finite weights,
 *   zero totals, α outside [0, 1], all products zero).
 *
 * @example
 * ```ts
 * combineWeights({ a: 0.5, b: 0.3, c: 0.2 }, { a: 0.2, b: 0.2, c: 0.6 }, { method: 'linear', alpha: 0.5 }).weights;
 * // { a: 0.35, b: 0.25, c: 0.4 }
 * combineWeights({ a: 0.5, b: 0.3, c: 0.2 }, { a: 0.2, b: 0.2, c: 0.6 }, { method: 'multiplicative' }).weights;
 * // { a: 0.3571, b: 0.2143, c: 0.4286 }
 * ```
 */
export function combineWeights(
  a: Readonly<Record<string, number>>,
  b: Readonly<Record<string, number>>,
  options: CombineWeightsOptions,
): CombinedWeightsResult {
  checkOptions(options, keysSpec(['method', 'alpha']), 'combineWeights');
  const issues = new IssueCollector();
  const ra = checkWeightRecord(a, 'The first weights', issues);
  const rb = checkWeightRecord(b, 'The second weights', issues);
  const method: unknown = options?.method;
  let alpha: number | null = null;
  if (method === 'linear') {
    const al = (options as { alpha: unknown }).alpha;
    if (typeof al !== 'number' || !(al >= 0 && al <= 1)) {
      issues.add({ kind: 'invalid_alpha', message: `alpha is ${String(al)}; expected a number in [0, 1] (the share of the first weights).` });
    } else alpha = al;
  } else if (method !== 'multiplicative') {
    issues.add({ kind: 'invalid_option', message: `method is ${JSON.stringify(method) ?? String(method)}; expected 'linear' or 'multiplicative'.` });
  }
  if (ra !== undefined && rb !== undefined) {
    for (const l of ra.labels) {
      if (!rb.labels.includes(l)) {
        const guess = nearest(l, rb.labels);
        issues.add({
          kind: 'label_mismatch',
          message: `"${l}" has a first weight but no second weight${guess !== undefined ? ` (did you mean "${guess}"?)` : ''}; both vectors must cover the same criteria.`,
          item: l,
        });
      }
    }
    for (const l of rb.labels) {
      if (!ra.labels.includes(l)) {
        issues.add({ kind: 'label_mismatch', message: `"${l}" has a second weight but no first weight; both vectors must cover the same criteria.`, item: l });
      }
    }
  }
  issues.throwIfAny('INVALID_WEIGHTS');
  const A = ra as NonNullable<typeof ra>;
  const B = rb as NonNullable<typeof rb>;
  const na = (l: string): number => (a[l] as number) / A.total;
  const nb = (l: string): number => (b[l] as number) / B.total;
  let w: number[];
  if (method === 'linear') {
    const al = alpha as number;
    w = A.labels.map((l) => al * na(l) + (1 - al) * nb(l));
  } else {
    w = A.labels.map((l) => na(l) * nb(l));
    const s = w.reduce((x, y) => x + y, 0);
    if (!(s > 0)) throw new CsiError('INVALID_WEIGHTS', 'Every product a_j · b_j is 0, so multiplicative weights are undefined.');
    w = w.map((v) => v / s);
  }
  return deepFreeze({
    method: method as 'linear' | 'multiplicative',
    alpha,
    weights: recordFrom(A.labels.map((l, j) => [l, w[j] as number] as const)),
  });
}
