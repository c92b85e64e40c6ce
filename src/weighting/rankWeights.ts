import { IssueCollector } from '../errors.js';
import { deepFreeze, recordFrom } from '../util/record.js';
import { checkOptions, describeValue, keysSpec, oneOfRule, optionIssues } from '../validate/index.js';

/** Rank-based weighting formulas. */
export type RankWeightMethod = 'rank-order-centroid' | 'rank-sum' | 'reciprocal';

/** Options of {@link rankWeights}. */
export interface RankWeightOptions {
  /** Formula. @defaultValue `'rank-order-centroid'` */
  readonly method?: RankWeightMethod;
}

/** Result of {@link rankWeights}. */
export interface RankWeightResult {
  readonly method: RankWeightMethod;
  /** Weights by label, summing to 1. */
  readonly weights: Readonly<Record<string, number>>;
  /** 1-based position used (the mean position for ties, e.g. 2.5). */
  readonly positions: Readonly<Record<string, number>>;
}

/** Weight of 1-based position j of n under a formula (before any tie averaging). */
function positionWeight(method: RankWeightMethod, j: number, n: number): number {
  switch (method) {
    case 'rank-order-centroid': {
      let s = 0;
      for (let k = j; k <= n; k++) s += 1 / k;
      return s / n;
    }
    case 'rank-sum':
      return (2 * (n + 1 - j)) / (n * (n + 1));
    case 'reciprocal': {
      let h = 0;
      for (let k = 1; k <= n; k++) h += 1 / k;
      return 1 / j / h;
    }
  }
}

/**
 * Weights from an importance ranking (1 = most important) when experts can rank but not rate.
 *
 * @remarks
 * For n criteria and position j (docs/methodology.md#direct-weights; Barron & Barrett 1996, *Management
 * Science* 42(11):1515–1523; Stillwell, Seaver & Edwards 1981):
 * - rank-order centroid: ROC_j = (1/n) Σ_{k=j}^{n} 1/k;
 * - rank sum: RS_j = 2(n + 1 − j) / (n(n + 1));
 * - reciprocal rank: RR_j = (1/j) / Σ_{k=1}^{n} 1/k.
 * Input is either the order (labels, most important first) or a record of ranks; only the
 * order of the ranks matters. Tied criteria share the mean of the weights of the positions
 * they occupy, so the weights still sum to 1.
 *
 * @throws CsiError `INVALID_WEIGHTS` (empty input, duplicate labels, non-finite ranks, unknown
 *   method).
 *
 * @example
 * ```ts
 * rankWeights(['price', 'quality', 'service', 'speed']).weights;
 * // { price: 25/48, quality: 13/48, service: 7/48, speed: 1/16 }
 * rankWeights({ price: 1, quality: 2, service: 2 }, { method: 'rank-sum' }).weights;
 * // { price: 0.5, quality: 0.25, service: 0.25 }
 * ```
 */
export function rankWeights(
  ranks: readonly string[] | Readonly<Record<string, number>>,
  options: RankWeightOptions = {},
): RankWeightResult {
  checkOptions(options, keysSpec(['method']), 'rankWeights');
  const method = options.method ?? 'rank-order-centroid';
  const issues = new IssueCollector();
  // thrown with the ranks' problems (code INVALID_WEIGHTS)
  for (const issue of optionIssues({ method: options.method }, { method: oneOfRule(['rank-order-centroid', 'rank-sum', 'reciprocal']) }, 'rankWeights')) issues.add(issue);
  let entries: [string, number][];
  if (ranks === null || typeof ranks !== 'object') {
    issues.add({ kind: 'invalid_ranks', value: describeValue(ranks), message: `rankWeights needs an order of criteria such as ['price', 'quality'] or ranks such as { price: 1, quality: 2 }; got ${describeValue(ranks)}.` });
    entries = [];
  } else if (Array.isArray(ranks)) {
    const order = ranks as readonly string[];
    const seen = new Set<unknown>();
    order.forEach((l: unknown, i) => {
      if (typeof l !== 'string' || l === '') {
        issues.add({ kind: 'invalid_label', message: `Position ${i + 1} of the order is ${describeValue(l)}; expected the name of a criterion.`, row: i + 1 });
      } else if (seen.has(l)) {
        issues.add({ kind: 'duplicate_label', message: `"${l}" appears twice in the order (position ${i + 1}).`, item: l, row: i + 1 });
      }
      seen.add(l);
    });
    entries = order.map((l, i) => [l, i + 1]);
  } else {
    const rec = ranks as Readonly<Record<string, number>>;
    entries = Object.keys(rec).map((l) => [l, rec[l] as number]);
    for (const [l, r] of entries) {
      if (typeof r !== 'number' || !Number.isFinite(r)) {
        issues.add({ kind: 'invalid_rank', value: describeValue(r), message: `Rank of "${l}" is ${describeValue(r)}; expected a finite number (1 = most important).`, item: l });
      }
    }
  }
  if (entries.length === 0 && issues.issues.length === 0) issues.add({ kind: 'empty', message: 'No criteria were ranked; expected at least one.' });
  issues.throwIfAny('INVALID_WEIGHTS');

  const n = entries.length;
  const sorted = [...entries].sort((x, y) => x[1] - y[1]);
  const weights: [string, number][] = [];
  const positions: [string, number][] = [];
  for (let start = 0; start < n; ) {
    let end = start;
    while (end + 1 < n && sorted[end + 1]?.[1] === sorted[start]?.[1]) end++;
    let w = 0;
    for (let j = start + 1; j <= end + 1; j++) w += positionWeight(method, j, n);
    const g = end - start + 1;
    for (let i = start; i <= end; i++) {
      const label = (sorted[i] as [string, number])[0];
      weights.push([label, w / g]);
      positions.push([label, (start + 1 + end + 1) / 2]);
    }
    start = end + 1;
  }
  // report in input order
  const byLabel = new Map(weights);
  const posByLabel = new Map(positions);
  return deepFreeze({
    method,
    weights: recordFrom(entries.map(([l]) => [l, byLabel.get(l) as number] as const)),
    positions: recordFrom(entries.map(([l]) => [l, posByLabel.get(l) as number] as const)),
  });
}
