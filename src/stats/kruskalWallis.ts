import { CsiError } from '../errors.js';
import { deepFreeze } from '../util/record.js';
import { chiSquareCdf } from './chiSquareCdf.js';
import { groupEntries, type Groups } from './groupEntries.js';
import { rankAverage } from './rankAverage.js';
import type { TestResult } from './types.js';
import { checkArguments, groupsRule } from '../validate/index.js';

/** Result of {@link kruskalWallis}. */
export interface KruskalWallisResult extends TestResult {
  readonly statisticName: 'H';
  readonly df: number;
  /** Group names (`"1"`, `"2"`, … for array input), sizes and mean ranks, in input order. */
  readonly groups: readonly { readonly name: string; readonly n: number; readonly meanRank: number }[];
}

/**
 * Kruskal–Wallis rank test that k independent samples come from the same distribution
 * (e.g. loyalty by complaint outcome, docs/methodology.md#complaint-recovery).
 *
 * @remarks
 * Pooled mid-ranks; `H = [12/(N(N+1)) Σᵢ Rᵢ²/nᵢ − 3(N+1)] / [1 − Σ(t³ − t)/(N³ − N)]`
 * (Kruskal & Wallis 1952, tie-corrected); p from χ² with k − 1 df. Effect size
 * `ε² = H/(N − 1)` (Tomczak & Tomczak 2014). `NaN` values are dropped. Checked against
 * SciPy 1.17.1 `scipy.stats.kruskal`.
 *
 * @example
 * ```ts
 * kruskalWallis({ none: [8, 9, 7, 9], resolved: [9, 10, 9], unresolved: [4, 5, 6, 3] }).pValue;
 * ```
 */
export function kruskalWallis(groups: Groups): KruskalWallisResult {
  checkArguments('kruskalWallis', [['groups', groups, groupsRule(2)]]);
  const gs = groupEntries(groups, 2, 'The Kruskal–Wallis test');
  const empty = gs.filter((g) => g.values.length === 0);
  if (empty.length > 0) {
    throw new CsiError(
      'INSUFFICIENT_DATA',
      empty.map((g) => ({ kind: 'empty_group', message: `Group "${g.name}" has no values.`, item: g.name })),
    );
  }
  const nTot = gs.reduce((s, g) => s + g.values.length, 0);
  const all = new Float64Array(nTot);
  let off = 0;
  for (const g of gs) {
    all.set(g.values, off);
    off += g.values.length;
  }
  const { ranks, tieSum } = rankAverage(all);
  off = 0;
  let sum = 0;
  const info = gs.map((g) => {
    let r = 0;
    for (let i = 0; i < g.values.length; i++) r += ranks[off + i]!;
    off += g.values.length;
    sum += (r * r) / g.values.length;
    return { name: g.name, n: g.values.length, meanRank: r / g.values.length };
  });
  const h0 = (12 / (nTot * (nTot + 1))) * sum - 3 * (nTot + 1);
  const h = h0 / (1 - tieSum / (nTot * nTot * nTot - nTot));
  const df = gs.length - 1;
  return deepFreeze({
    method: 'Kruskal–Wallis rank-sum test',
    alternative: 'two-sided' as const,
    statisticName: 'H' as const,
    statistic: h,
    df,
    pValue: chiSquareCdf(h, df, { lowerTail: false }),
    n: nTot,
    effectSize: { name: 'epsilon_squared', value: h / (nTot - 1) },
    groups: info,
    warnings: [],
  });
}
