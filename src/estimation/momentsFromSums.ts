/**
 * `momentsFromSums(items, sums, mean)`: means and co-moments from shifted sums. @packageDocumentation
 */
import { CsiError, type CsiIssue } from '../errors.js';
import type { Moments } from './types.js';
import {
  anyNumberRule, checkArguments, checkOptions, fieldsRule, numbersRule, oneOfRule, type OptionSpec, stringArrayRule,
} from '../validate/index.js';

/** The fields of accumulated sums (lengths are checked by {@link momentSumsRule}). */
const SUMS_FIELDS = fieldsRule(
  {
    n: anyNumberRule, rowsIn: anyNumberRule, rowsSkipped: anyNumberRule, shift: numbersRule('numbers'), sum: numbersRule('numbers'),
    cross: numbersRule('numbers'), pairCount: numbersRule('numbers'), pairSum: numbersRule('numbers'), pairCross: numbersRule('numbers'),
  },
  'sums from a moments accumulator ({ n, rowsIn, rowsSkipped, shift, sum, cross, pairCount, pairSum, pairCross })',
);

/**
 * The argument rule of accumulated sums over `p` items: every field present and numeric,
 * `shift`/`sum` of length p and the pair arrays of length p² (a truncated or edited state is
 * refused, never merged into wrong moments). @internal
 */
export function momentSumsRule(p: number): (v: unknown) => string | undefined {
  return (v) => {
    const shape = SUMS_FIELDS(v);
    if (shape !== undefined) return shape;
    const s = v as MomentSums;
    for (const [key, len] of [['shift', p], ['sum', p], ['cross', p * p], ['pairCount', p * p], ['pairSum', p * p], ['pairCross', p * p]] as const) {
      if (s[key].length !== len) return `sums over ${p} items ("${key}" has ${s[key].length} values; expected ${len})`;
    }
    return undefined;
  };
}


/**
 * Shifted sums of a set of rows (plain JSON): over complete rows `n`, `sum[k] = Σ(x_k − c_k)`,
 * `cross[k·p + l] = Σ(x_k − c_k)(x_l − c_l)`; over rows with a missing value (mean policy) the
 * pairwise `pairCount[k·p + l]` (rows with both observed), `pairSum[k·p + l] = Σ(x_k − c_k)`
 * and `pairCross[k·p + l]` over those rows.
 */
/** Options of {@link momentsFromSums}. */
export interface MomentsFromSumsOptions {
  /**
   * How the sums were accumulated: `'listwise'` (complete rows only) or `'mean'` (mean
   * replacement, pairwise totals). @defaultValue `'listwise'`
   */
  readonly missing?: 'listwise' | 'mean';
}

const OPTION_SPEC: OptionSpec = { missing: oneOfRule(['listwise', 'mean']) };

export interface MomentSums {
  /** The shift `c_k` of each item. */
  readonly shift: readonly number[];
  /** Rows seen. */
  readonly rowsIn: number;
  /** Rows left out by the listwise policy. */
  readonly rowsSkipped: number;
  /** Complete rows. */
  readonly n: number;
  readonly sum: readonly number[];
  readonly cross: readonly number[];
  readonly pairCount: readonly number[];
  readonly pairSum: readonly number[];
  readonly pairCross: readonly number[];
}

/**
 * Turns shifted sums into {@link Moments} (n, means, co-moments).
 *
 * @remarks
 * Listwise (complete rows): `x̄_k = c_k + S_k/n`, `C_kl = Q_kl − S_k S_l/n`. Mean replacement
 * (every row kept, a missing cell replaced by the observed mean of its item): with pairwise
 * totals `N_kl`, `S_k^(l)`, `Q_kl` over rows where both items are observed and
 * `d_k = S_k^(k)/N_kk` (so `x̄_k = c_k + d_k`, the observed mean), replaced cells contribute
 * nothing to a deviation product, hence
 * `C_kl = Q_kl − d_l S_k^(l) − d_k S_l^(k) + N_kl d_k d_l` and `n` = all rows
 * (docs/methodology.md#streaming-moments).
 *
 * @throws CsiError `INSUFFICIENT_DATA` when no row is usable.
 * @example
 * ```ts
 * import { momentsFromSums } from 'csi-analytics';
 * const z = [0, 0, 0, 0];
 * const m = momentsFromSums(['a', 'b'], { shift: [0, 0], rowsIn: 2, rowsSkipped: 0, n: 2, sum: [3, 8], cross: [5, 13, 13, 34], pairCount: z, pairSum: z, pairCross: z });
 * m.means; // Float64Array [1.5, 4]
 * m.comoments; // Float64Array [0.5, 1, 1, 2]
 * ```
 */
export function momentsFromSums(items: readonly string[], sums: MomentSums, options?: MomentsFromSumsOptions): Moments {
  checkArguments('momentsFromSums', [['items', items, stringArrayRule('an array of item names such as ["CUSA1", "CUSA2"]')], ['sums', sums, momentSumsRule(Array.isArray(items) ? items.length : 0)]]);
  const mean = checkOptions(options, OPTION_SPEC, 'momentsFromSums').missing === 'mean';
  const p = items.length;
  const c = sums.shift;
  const means = new Float64Array(p);
  const comoments = new Float64Array(p * p);
  if (!mean) {
    const n = sums.n;
    if (n === 0) {
      throw new CsiError('INSUFFICIENT_DATA', `No row is complete on the ${p} items${sums.rowsIn > 0 ? ` (${sums.rowsIn} rows read, all with a missing value)` : ''}, so there are no moments; use the "mean" policy or check the missing codes.`);
    }
    for (let k = 0; k < p; k++) means[k] = (c[k] as number) + (sums.sum[k] as number) / n;
    for (let k = 0; k < p; k++) {
      const sk = sums.sum[k] as number;
      for (let l = 0; l < p; l++) comoments[k * p + l] = (sums.cross[k * p + l] as number) - (sk * (sums.sum[l] as number)) / n;
    }
    return Object.freeze({ items: Object.freeze([...items]), n, means, comoments });
  }
  const N = (k: number, l: number): number => sums.n + (sums.pairCount[k * p + l] as number);
  const S = (k: number, l: number): number => (sums.sum[k] as number) + (sums.pairSum[k * p + l] as number);
  const d = new Float64Array(p);
  const empty: string[] = [];
  for (let k = 0; k < p; k++) {
    const nk = N(k, k);
    if (nk === 0) empty.push(items[k] as string);
    d[k] = nk > 0 ? S(k, k) / nk : NaN;
    means[k] = (c[k] as number) + (d[k] as number);
  }
  if (empty.length > 0 || sums.rowsIn === 0) {
    throw new CsiError(
      'INSUFFICIENT_DATA',
      empty.map((item): CsiIssue => ({ kind: 'all_missing', item, message: `Item "${item}" has no observed value, so it cannot be mean-replaced; remove it from the model.` })).concat(
        sums.rowsIn === 0 ? [{ kind: 'empty', item: '', message: 'No rows were read.' }] : [],
      ),
    );
  }
  for (let k = 0; k < p; k++) {
    const dk = d[k] as number;
    for (let l = 0; l < p; l++) {
      const dl = d[l] as number;
      const q = (sums.cross[k * p + l] as number) + (sums.pairCross[k * p + l] as number);
      comoments[k * p + l] = q - dl * S(k, l) - dk * S(l, k) + N(k, l) * dk * dl;
    }
  }
  return Object.freeze({ items: Object.freeze([...items]), n: sums.rowsIn, means, comoments });
}
