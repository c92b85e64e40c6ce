/**
 * `describeDataset(dataset, options)`: labelled per-item and per-factor summary.
 */
import { numberRule, optionIssues, stringArrayRule, type OptionSpec } from '../validate/index.js';
import { assertDataset } from './assertDataset.js';
import { median as ssMedian, mean as ssMean, sampleStandardDeviation } from 'simple-statistics';
import { CsiError, type CsiIssue } from '../errors.js';
import { deepFreeze, recordFrom } from '../util/record.js';
import { assertBoxes } from './assertScale.js';
import { boxShare } from './topBox.js';
import type { Dataset, ItemScale } from './types.js';
import { unknownItemIssue } from './unknownItemIssue.js';
import { pompValue } from '../numeric/pompValue.js';

/** Options of {@link describeDataset}. */
export interface DescribeOptions {
  /** Items to describe, in this order. @defaultValue all items */
  readonly items?: readonly string[];
  /** Scale points in the top and bottom boxes (2 = top-2-box). @defaultValue 2 */
  readonly boxes?: number;
}

const DESCRIBE_OPTION_SPEC: OptionSpec = {
  items: stringArrayRule('an array of item names'),
  boxes: numberRule({ min: 1, integer: true, example: 2 }),
};

/** Count of one scale point. */
export interface ScalePointCount {
  readonly value: number;
  readonly count: number;
}

/** Summary of one item. Statistics that cannot be computed are `null`. */
export interface ItemSummary {
  readonly item: string;
  /** Valid (non-missing) answers. */
  readonly nValid: number;
  /** Missing cells (tokens, `NaN`, declared missing codes). */
  readonly missing: number;
  /** Missing cells per declared missing code, e.g. `{ "-99": 3 }`. */
  readonly missingCodes: Readonly<Record<string, number>>;
  readonly mean: number | null;
  /** Sample standard deviation (n − 1 denominator). */
  readonly sd: number | null;
  readonly median: number | null;
  /** Smallest observed valid value. */
  readonly min: number | null;
  /** Largest observed valid value. */
  readonly max: number | null;
  /** The declared scale, `null` when none. */
  readonly scale: ItemScale | null;
  /** POMP of the mean, `100(mean − min)/(max − min)` with the theoretical bounds (0–100). */
  readonly pompMean: number | null;
  /** Share (0–1) of valid answers in the top `boxes` scale points. */
  readonly topBox: number | null;
  /** Share (0–1) of valid answers in the bottom `boxes` scale points. */
  readonly bottomBox: number | null;
  /** Answers per scale point `min…max` (whole-number scales only), for stacked bars. */
  readonly distribution: readonly ScalePointCount[] | null;
}

/** Summary of one factor (segment) column. */
export interface FactorSummary {
  readonly factor: string;
  readonly nValid: number;
  readonly missing: number;
  /** Rows per level, in order of first occurrence. */
  readonly levels: Readonly<Record<string, number>>;
}

/** Result of {@link describeDataset}. */
export interface DatasetSummary {
  /** Rows. */
  readonly n: number;
  /** Number of scale points counted in the top/bottom boxes. */
  readonly boxes: number;
  /** Per item, in item order. */
  readonly items: Readonly<Record<string, ItemSummary>>;
  /** Per factor, in column order. */
  readonly factors: Readonly<Record<string, FactorSummary>>;
}

/**
 * Describes every item (valid n, missing, mean, SD, median, observed min/max, scale, POMP of
 * the mean, top-/bottom-box shares, counts per scale point) and every factor (level counts).
 *
 * @remarks
 * See docs/methodology.md#item-summaries: mean and POMP of the mean (`100(x̄ − min)/(max − min)`, theoretical
 * bounds; Cohen et al. 1999), top-2-box `#(x ≥ max − 1)/n_valid` (with `boxes = 2`),
 * bottom-box, distribution for stacked bars, median for ordinal reporting; the SD uses the
 * n − 1 denominator. Missing values are excluded from every statistic and denominator (docs/methodology.md#missing-codes).
 * Unweighted (respondent weights are not applied). Mean, SD and median via simple-statistics.
 *
 * @throws CsiError `INVALID_OPTIONS` for unknown items or an invalid `boxes`.
 *
 * @example
 * ```ts
 * import { describeDataset } from 'csi-analytics';
 * const summary = describeDataset(data);
 * summary.items.CUSA1?.pompMean; // 0–100 mean of CUSA1
 * summary.items.CUSA1?.topBox; // share answering 9 or 10 on 1–10
 * summary.factors.tier?.levels; // { gold: 120, silver: 130 }
 * ```
 */
export function describeDataset(dataset: Dataset, options?: DescribeOptions): DatasetSummary {
  assertDataset(dataset, 'describeDataset');
  const optIssues = optionIssues(options, DESCRIBE_OPTION_SPEC, 'describeDataset');
  const given = options?.items;
  const chosen = Array.isArray(given) ? given.filter((i): i is string => typeof i === 'string') : dataset.items;
  const boxes = optIssues.length === 0 ? (options?.boxes ?? 2) : 2;
  const issues: CsiIssue[] = [];
  for (const item of chosen) {
    if (!dataset.items.includes(item)) {
      issues.push(unknownItemIssue('describeDataset', item, dataset.items));
    }
  }
  issues.push(...optIssues);
  if (issues.length > 0) throw new CsiError('INVALID_OPTIONS', issues);

  const items = chosen.map((item) => [item, describeItem(dataset, item, boxes)] as const);
  const factors = dataset.factorNames.map((f) => {
    const values = dataset.factors[f] ?? [];
    const counts = new Map<string, number>();
    let missing = 0;
    for (const v of values) {
      if (v === null) missing++;
      else counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    const summary: FactorSummary = { factor: f, nValid: values.length - missing, missing, levels: recordFrom(counts) };
    return [f, summary] as const;
  });
  return deepFreeze({ n: dataset.n, boxes, items: recordFrom(items), factors: recordFrom(factors) });
}

function describeItem(dataset: Dataset, item: string, boxes: number): ItemSummary {
  const col = dataset.columns[item] ?? new Float64Array(dataset.n).fill(NaN);
  const valid: number[] = [];
  for (const v of col) if (!Number.isNaN(v)) valid.push(v);
  const nValid = valid.length;
  const scale = dataset.scales[item];
  let lo = Infinity;
  let hi = -Infinity;
  let allWhole = true;
  for (const v of valid) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
    if (!Number.isInteger(v)) allWhole = false;
  }
  const mean = nValid > 0 ? ssMean(valid) : null;
  let top: number | null = null;
  let bottom: number | null = null;
  let distribution: ScalePointCount[] | null = null;
  if (scale !== undefined && nValid > 0) {
    assertBoxes(boxes, scale, `describeDataset (item "${item}")`);
    top = boxShare(valid, scale.max - boxes + 1, Infinity);
    bottom = boxShare(valid, -Infinity, scale.min + boxes - 1);
    if (Number.isInteger(scale.min) && Number.isInteger(scale.max) && scale.max - scale.min <= 100 && allWhole) {
      const counts = new Array<number>(scale.max - scale.min + 1).fill(0);
      for (const v of valid) {
        const k = v - scale.min;
        counts[k] = (counts[k] ?? 0) + 1;
      }
      distribution = counts.map((count, k) => ({ value: scale.min + k, count }));
    }
  }
  return {
    item,
    nValid,
    missing: dataset.n - nValid,
    missingCodes: recordFrom(Object.entries(dataset.missingCounts?.[item]?.codes ?? {})),
    mean,
    sd: nValid > 1 ? sampleStandardDeviation(valid) : null,
    median: nValid > 0 ? ssMedian(valid) : null,
    min: nValid > 0 ? lo : null,
    max: nValid > 0 ? hi : null,
    scale: scale ?? null,
    pompMean: scale !== undefined && mean !== null ? pompValue(mean, scale.min, scale.max) : null,
    topBox: top,
    bottomBox: bottom,
    distribution,
  };
}
