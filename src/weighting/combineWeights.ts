import { CsiError, IssueCollector, type CsiIssue } from '../errors.js';
import { deepFreeze, nearest, recordFrom } from '../util/record.js';
import { checkWeightRecord } from './internal/checkWeightRecord.js';
import { checkOptions, numberRule, oneOfRule, type OptionSpec } from '../validate/index.js';

const COMBINE_WEIGHTS_SPEC: OptionSpec = {
  method: oneOfRule(['linear', 'multiplicative']),
  share: numberRule({ min: 0, max: 1, example: 0.5 }),
};

/** Options of {@link combineWeights}. */
export interface CombineWeightsOptions {
  /** `linear` (share-weighted mean) or `multiplicative` (normalised product). @defaultValue 'linear' */
  readonly method?: 'linear' | 'multiplicative';
  /** Share of the first vector in the linear combination, in [0, 1] (linear only). @defaultValue 0.5 */
  readonly share?: number;
}

/** Result of {@link combineWeights}. */
export interface CombinedWeightsResult {
  readonly method: 'linear' | 'multiplicative';
  /** Share of the first vector for the linear method, `null` for the multiplicative one. */
  readonly share: number | null;
  /** Combined weights by label, summing to 1. */
  readonly weights: Readonly<Record<string, number>>;
}

/**
 * Combines two weight vectors over the same criteria — typically subjective (AHP, ratings)
 * and objective (entropy, CRITIC) weights, the "组合赋权" of Chinese evaluation practice.
 *
 * @remarks
 * Both vectors are first normalised to sum 1. Linear with share s of the first vector:
 * w_j = s a_j + (1 − s) b_j. Multiplicative: w_j = a_j b_j / Σ_k a_k b_k
 * (docs/methodology.md#combined-weights).
 *
 * @param a - The first weights by criterion (e.g. subjective).
 * @param b - The second weights by the same criteria (e.g. objective).
 * @param options - {@link CombineWeightsOptions}.
 * @throws CsiError `INVALID_WEIGHTS` (different criteria, negative or non-finite weights,
 *   zero totals, all products zero); `INVALID_OPTIONS` (share outside [0, 1], a share with the
 *   multiplicative method, an unknown method).
 *
 * @example
 * ```ts
 * combineWeights({ a: 0.5, b: 0.3, c: 0.2 }, { a: 0.2, b: 0.2, c: 0.6 }).weights; // linear, share 0.5
 * // { a: 0.35, b: 0.25, c: 0.4 }
 * combineWeights({ a: 0.5, b: 0.3, c: 0.2 }, { a: 0.2, b: 0.2, c: 0.6 }, { method: 'multiplicative' }).weights;
 * // { a: 0.3571, b: 0.2143, c: 0.4286 }
 * ```
 */
export function combineWeights(
  a: Readonly<Record<string, number>>,
  b: Readonly<Record<string, number>>,
  options?: CombineWeightsOptions,
): CombinedWeightsResult {
  const method = options?.method ?? 'linear';
  const methodIssues: CsiIssue[] = [];
  if (options?.share !== undefined && method === 'multiplicative') {
    methodIssues.push({ kind: 'invalid_option', message: 'Option "share" of combineWeights applies to the linear method only; the multiplicative method has no share.' });
  }
  const opts = checkOptions(options, COMBINE_WEIGHTS_SPEC, 'combineWeights', methodIssues);
  const issues = new IssueCollector();
  const ra = checkWeightRecord(a, 'The first weights', issues);
  const rb = checkWeightRecord(b, 'The second weights', issues);
  const share = method === 'linear' ? (opts.share ?? 0.5) : null;
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
  if (share !== null) {
    w = A.labels.map((l) => share * na(l) + (1 - share) * nb(l));
  } else {
    w = A.labels.map((l) => na(l) * nb(l));
    const s = w.reduce((x, y) => x + y, 0);
    if (!(s > 0)) throw new CsiError('INVALID_WEIGHTS', 'Every product a_j · b_j is 0, so multiplicative weights are undefined.');
    w = w.map((v) => v / s);
  }
  return deepFreeze({
    method,
    share,
    weights: recordFrom(A.labels.map((l, j) => [l, w[j] as number] as const)),
  });
}
