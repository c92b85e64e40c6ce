import { checkArguments, numbersRule } from '../validate/index.js';
/** Mid-ranks of a sample and the sizes of its tie groups. */
export interface AverageRanks {
  /** Rank of each value (1-based), ties receiving the average of the ranks they span. */
  readonly ranks: Float64Array;
  /** Size t of every group of tied values with t ≥ 2. */
  readonly ties: readonly number[];
  /** Σ(t³ − t) over tie groups (the usual tie-correction term). */
  readonly tieSum: number;
}

/**
 * Ranks values in ascending order, giving tied values the mean of their ranks ("average" or
 * mid-rank method), and reports the tie groups.
 *
 * @remarks
 * Used by the Wilcoxon, Mann–Whitney and Kruskal–Wallis tests, whose normal approximations
 * subtract `Σ(t³ − t)` over tie groups (Kendall 1948; Hollander, Wolfe & Chicken 2014).
 * Values must be finite (no `NaN`). Same as R `rank(ties.method = "average")` and SciPy
 * `rankdata(method='average')`.
 *
 * @example
 * ```ts
 * rankAverage([10, 20, 20, 5]).ranks; // Float64Array [2, 3.5, 3.5, 1]
 * ```
 */
export function rankAverage(values: ArrayLike<number>): AverageRanks {
  checkArguments('rankAverage', [['values', values, numbersRule()]]);
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => values[i]! - values[j]!);
  const ranks = new Float64Array(n);
  const ties: number[] = [];
  let tieSum = 0;
  let i = 0;
  while (i < n) {
    let j = i;
    const v = values[order[i]!]!;
    while (j + 1 < n && values[order[j + 1]!]! === v) j++;
    const r = (i + j + 2) / 2; // mean of ranks i+1 … j+1
    for (let k = i; k <= j; k++) ranks[order[k]!] = r;
    const t = j - i + 1;
    if (t > 1) {
      ties.push(t);
      tieSum += t * t * t - t;
    }
    i = j + 1;
  }
  return { ranks, ties, tieSum };
}
