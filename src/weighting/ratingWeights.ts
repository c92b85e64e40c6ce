import { IssueCollector } from '../errors.js';
import { deepFreeze, recordFrom } from '../util/record.js';
import { checkWeightRecord } from './internal/checkWeightRecord.js';

/** Result of {@link ratingWeights}. */
export interface RatingWeightsResult {
  /** Ī_j / Σ_k Ī_k, by criterion. */
  readonly weights: Readonly<Record<string, number>>;
}

/**
 * Weights from direct importance ratings: each criterion's mean importance (e.g. on a 1–5 or
 * 1–10 Likert scale) divided by the sum of the means.
 *
 * @remarks
 * w_j = Ī_j / Σ_k Ī_k (docs/methodology.md#direct-weights). Ratings on a scale that starts at 1 compress the
 * weights towards equality (nobody can rate below 1); this is the standard direct-rating rule
 * and is kept as such.
 *
 * @throws CsiError `INVALID_WEIGHTS` for negative or non-finite means or a zero total.
 *
 * @example
 * ```ts
 * ratingWeights({ price: 4.5, quality: 4.0, service: 3.5 }).weights;
 * // { price: 0.375, quality: 0.3333, service: 0.2917 }
 * ```
 */
export function ratingWeights(meanImportances: Readonly<Record<string, number>>): RatingWeightsResult {
  const issues = new IssueCollector();
  const rec = checkWeightRecord(meanImportances, 'The mean importances', issues);
  issues.throwIfAny('INVALID_WEIGHTS');
  const { labels, values, total } = rec as NonNullable<typeof rec>;
  return deepFreeze({ weights: recordFrom(labels.map((l, j) => [l, (values[j] as number) / total] as const)) });
}
