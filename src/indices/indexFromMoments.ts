/**
 * `indexFromMoments(fit, construct, moments, options)`: a 0–100 index with its t interval from
 * item moments alone. @packageDocumentation
 */
import type { CsiWarning } from '../errors.js';
import type { Moments, PlsFit } from '../estimation/types.js';
import { studentTQuantile } from '../stats/studentTQuantile.js';
import { deepFreeze, recordFrom } from '../util/record.js';
import { checkArguments, checkOptions, fitRule, levelRule, momentsRule, stringRule, type OptionSpec } from '../validate/index.js';
import { CsiError } from '../errors.js';
import { satisfactionIndex } from './satisfactionIndex.js';
import type { IndexInterval } from './types.js';

/** Options of {@link indexFromMoments}. */
export interface IndexFromMomentsOptions {
  /** Confidence level of the interval. @defaultValue 0.95 */
  readonly level?: number;
}

/** A 0–100 index computed from moments. */
export interface IndexFromMomentsResult {
  readonly kind: 'csi.moments-index';
  readonly construct: string;
  /** Relative weights `r_i` (sum 1) from the fit. */
  readonly weights: Readonly<Record<string, number>>;
  readonly itemMeans: Readonly<Record<string, number>>;
  readonly itemPerformance: Readonly<Record<string, number>>;
  /** The 0–100 index `Σ r_i·POMP(x̄_i)`. */
  readonly index: number;
  /** Rows behind the moments. */
  readonly n: number;
  /** `index ± t_{n−1}·√(aᵀ C a/(n − 1))/√n`, weights fixed; null when n < 2. */
  readonly ci: IndexInterval | null;
  readonly warnings: readonly CsiWarning[];
}

const OPTION_SPEC: OptionSpec = { level: levelRule };

/**
 * The ACSI-type 0–100 index of a construct and its t interval from the moments of a set of
 * rows (a segment, a period, a stream), with the weights of a fit.
 *
 * @remarks
 * The respondent score is linear in the items, `y = Σ a_i x_i + const` with
 * `a_i = 100·r_i/(max_i − min_i)` (relative weights `r_i` of `satisfactionIndex`), so its mean
 * is `Σ r_i·POMP(x̄_i)` and its variance `aᵀ C a/(n − 1)` from the co-moment matrix `C`; the
 * interval is `ȳ ± t_{n−1,1−α/2}·s/√n` with the weights held fixed (docs/methodology.md#index-confidence-interval). On
 * complete rows this equals `satisfactionIndex(fit, construct, { data })` exactly; rows with
 * missing items enter as the moments' missing policy treats them (mean replacement or listwise)
 * rather than by block re-normalization (docs/methodology.md#streaming-moments).
 *
 * @throws CsiError `INVALID_DATA` when an item of the construct is not in the moments.
 * @example
 * ```ts
 * const m = momentsOf(mobi, mobi.items);
 * const fit = estimatePlsFromMoments(ecsi, m, { scales });
 * indexFromMoments(fit, 'CUSA', m).ci?.lower;
 * ```
 */
export function indexFromMoments(fit: PlsFit, construct: string, moments: Moments, options: IndexFromMomentsOptions = {}): IndexFromMomentsResult {
  checkArguments('indexFromMoments', [['fit', fit, fitRule, 'invalid_fit'], ['construct', construct, stringRule('a construct name such as "CUSA"')], ['moments', moments, momentsRule]]);
  const o = checkOptions<IndexFromMomentsOptions>(options, OPTION_SPEC, 'indexFromMoments');
  const base = satisfactionIndex(fit, construct);
  const p = moments.items.length;
  const pos = base.items.map((it) => moments.items.indexOf(it));
  const absent = base.items.filter((_, i) => (pos[i] as number) < 0);
  if (absent.length > 0) {
    throw new CsiError(
      'INVALID_DATA',
      absent.map((item) => ({ kind: 'unknown_item', item, message: `Item "${item}" of construct "${construct}" is not among the moments' items (${moments.items.join(', ')}).` })),
    );
  }
  const a = base.items.map((it) => (100 * (base.weights[it] as number)) / ((base.scales[it]?.max as number) - (base.scales[it]?.min as number)));
  const means = pos.map((k) => moments.means[k] as number);
  const perf = base.items.map((it, i) => (100 * ((means[i] as number) - (base.scales[it]?.min as number))) / ((base.scales[it]?.max as number) - (base.scales[it]?.min as number)));
  let index = 0;
  base.items.forEach((it, i) => (index += (base.weights[it] as number) * (perf[i] as number)));
  let q = 0;
  pos.forEach((k, i) => pos.forEach((l, j) => (q += (a[i] as number) * (a[j] as number) * (moments.comoments[k * p + l] as number))));
  const n = moments.n;
  const level = o.level ?? 0.95;
  let ci: IndexInterval | null = null;
  if (n >= 2) {
    const sd = Math.sqrt(Math.max(0, q) / (n - 1));
    const se = sd / Math.sqrt(n);
    const t = studentTQuantile(0.5 + level / 2, n - 1);
    ci = { method: 't-fixed-weights', level, lower: index - t * se, upper: index + t * se, sd, se, df: n - 1, t, nEffective: n };
  }
  return deepFreeze({
    kind: 'csi.moments-index',
    construct,
    weights: base.weights,
    itemMeans: recordFrom(base.items.map((it, i) => [it, means[i] as number] as const)),
    itemPerformance: recordFrom(base.items.map((it, i) => [it, perf[i] as number] as const)),
    index,
    n,
    ci,
    warnings: base.warnings,
  });
}
