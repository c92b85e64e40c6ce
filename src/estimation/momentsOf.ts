/**
 * Sufficient statistics (count, means, co-moments) of a set of items. @packageDocumentation
 */
import { CsiError, IssueCollector } from '../errors.js';
import type { Dataset } from '../data/types.js';
import { nearest } from '../util/record.js';
import type { Moments } from './types.js';

/** Options of {@link momentsOf}. */
export interface MomentsOptions {
  /**
   * 0-based row indices to use (repeats allowed, e.g. a bootstrap resample).
   * @defaultValue all rows
   */
  readonly rows?: ArrayLike<number>;
}

const CHUNK = 256;

/**
 * Co-moments of columns in one pass over the rows, chunk by chunk (internal kernel).
 *
 * @remarks
 * Rows are processed in chunks of 256: the chunk's means and centred cross-products are
 * computed exactly (two passes over data in cache), then merged into the running totals
 * with the pairwise update of Chan, Golub & LeVeque (1979):
 * `C = C_a + C_b + δδᵀ·n_a·n_b/(n_a + n_b)`, `δ = x̄_b − x̄_a`. Memory is read once.
 * @internal
 */
export function comomentsOfColumns(
  cols: readonly Float64Array[],
  nRows: number,
  rows?: ArrayLike<number>,
): { n: number; means: Float64Array; comoments: Float64Array } {
  const p = cols.length;
  const n = rows ? rows.length : nRows;
  const means = new Float64Array(p);
  const com = new Float64Array(p * p);
  const buf = new Float64Array(p * CHUNK);
  const cm = new Float64Array(p);
  const cc = new Float64Array(p * p);
  let done = 0;
  for (let start = 0; start < n; start += CHUNK) {
    const len = Math.min(CHUNK, n - start);
    // gather + chunk means
    for (let k = 0; k < p; k++) {
      const col = cols[k] as Float64Array;
      const off = k * CHUNK;
      let s = 0;
      if (rows) {
        for (let r = 0; r < len; r++) {
          const v = col[rows[start + r] as number] as number;
          buf[off + r] = v;
          s += v;
        }
      } else {
        for (let r = 0; r < len; r++) {
          const v = col[start + r] as number;
          buf[off + r] = v;
          s += v;
        }
      }
      let m = s / len;
      // one correction step for the chunk mean
      let c = 0;
      for (let r = 0; r < len; r++) c += (buf[off + r] as number) - m;
      m += c / len;
      cm[k] = m;
      for (let r = 0; r < len; r++) buf[off + r] = (buf[off + r] as number) - m;
    }
    // chunk co-moments (upper triangle), 4 columns at a time
    for (let k = 0; k < p; k++) {
      const ok = k * CHUNK;
      let l = k;
      for (; l + 3 < p; l += 4) {
        const o0 = l * CHUNK;
        const o1 = o0 + CHUNK;
        const o2 = o1 + CHUNK;
        const o3 = o2 + CHUNK;
        let a0 = 0;
        let a1 = 0;
        let a2 = 0;
        let a3 = 0;
        for (let r = 0; r < len; r++) {
          const x = buf[ok + r] as number;
          a0 += x * (buf[o0 + r] as number);
          a1 += x * (buf[o1 + r] as number);
          a2 += x * (buf[o2 + r] as number);
          a3 += x * (buf[o3 + r] as number);
        }
        cc[k * p + l] = a0;
        cc[k * p + l + 1] = a1;
        cc[k * p + l + 2] = a2;
        cc[k * p + l + 3] = a3;
      }
      for (; l < p; l++) {
        const o0 = l * CHUNK;
        let a0 = 0;
        for (let r = 0; r < len; r++) a0 += (buf[ok + r] as number) * (buf[o0 + r] as number);
        cc[k * p + l] = a0;
      }
    }
    // merge (Chan et al.)
    if (done === 0) {
      for (let k = 0; k < p; k++) {
        means[k] = cm[k] as number;
        for (let l = k; l < p; l++) com[k * p + l] = cc[k * p + l] as number;
      }
    } else {
      const na = done;
      const nb = len;
      const nt = na + nb;
      const f = (na * nb) / nt;
      for (let k = 0; k < p; k++) cm[k] = (cm[k] as number) - (means[k] as number); // δ
      for (let k = 0; k < p; k++) {
        const dk = cm[k] as number;
        for (let l = k; l < p; l++) com[k * p + l] = (com[k * p + l] as number) + (cc[k * p + l] as number) + dk * (cm[l] as number) * f;
      }
      for (let k = 0; k < p; k++) means[k] = (means[k] as number) + ((cm[k] as number) * nb) / nt;
    }
    done += len;
  }
  for (let k = 0; k < p; k++) for (let l = 0; l < k; l++) com[k * p + l] = com[l * p + k] as number;
  return { n, means, comoments: com };
}

/**
 * Computes the sufficient statistics of items: n, means and the co-moment matrix.
 *
 * @remarks
 * `C = Σᵢ (xᵢ − x̄)(xᵢ − x̄)ᵀ` (p × p, row-major), from which the covariance matrix is
 * `C/(n − 1)` and the correlation matrix `C_kl/√(C_kk C_ll)`. One pass over the rows in
 * chunks, each chunk centred at its own mean and merged with the pairwise update of Chan,
 * Golub & LeVeque (1979, "Updating formulae and a pairwise algorithm for computing sample
 * variances"), so the result is accurate even when means are large relative to the spread.
 * Every PLS estimate depends on the data only through these statistics (peers.md §10.1), so
 * moments of shards can be merged with {@link mergeMoments} and fitted with
 * `estimatePlsFromMoments`. Missing values are not allowed here: apply a missing-data policy
 * first (`applyMissingPolicy`).
 *
 * @param dataset - The data; the listed items must be numeric columns without NaN.
 * @param items - Items to include, in this order. @defaultValue all `dataset.items`
 * @param options - {@link MomentsOptions}.
 * @throws CsiError `INVALID_DATA` naming unknown items or the rows holding missing values.
 * @example
 * ```ts
 * const m = momentsOf(dataset, ['CUSA1', 'CUSA2']);
 * m.n; m.means; m.comoments; // Float64Array(4)
 * ```
 */
export function momentsOf(dataset: Dataset, items?: readonly string[], options: MomentsOptions = {}): Moments {
  const names = items ?? dataset.items;
  const issues = new IssueCollector();
  const cols: Float64Array[] = [];
  for (const item of names) {
    const col = Object.prototype.hasOwnProperty.call(dataset.columns, item) ? dataset.columns[item] : undefined;
    if (col === undefined) {
      const near = nearest(item, dataset.items);
      issues.add({
        kind: 'unknown_item',
        item,
        message: `Item "${item}" is not a numeric column of the data${near !== undefined ? ` (did you mean "${near}"?)` : ''}.`,
      });
      continue;
    }
    cols.push(col);
  }
  issues.throwIfAny('INVALID_DATA');
  const rows = options.rows;
  if (rows) {
    for (let r = 0; r < rows.length; r++) {
      const v = rows[r] as number;
      if (!Number.isInteger(v) || v < 0 || v >= dataset.n) {
        throw new CsiError('INVALID_DATA', `Row index ${v} at position ${r + 1} of \`rows\` is outside 0…${dataset.n - 1}.`);
      }
    }
  }
  names.forEach((item, k) => {
    const col = cols[k] as Float64Array;
    const nr = rows ? rows.length : dataset.n;
    for (let i = 0; i < nr; i++) {
      const r = rows ? (rows[i] as number) : i;
      const v = col[r] as number;
      if (!Number.isFinite(v)) {
        issues.add({
          kind: 'missing_value',
          item,
          row: r + 1,
          value: Number.isNaN(v) ? null : v,
          message: `Item "${item}" in row ${r + 1} has ${Number.isNaN(v) ? 'a missing value' : `value ${v}`}; moments need complete finite data (apply a missing-data policy first).`,
        });
        break;
      }
    }
  });
  issues.throwIfAny('INVALID_DATA');
  const { n, means, comoments } = comomentsOfColumns(cols, dataset.n, rows);
  return Object.freeze({ items: Object.freeze([...names]), n, means, comoments });
}
