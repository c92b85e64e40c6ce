/**
 * Sufficient statistics (count, means, co-moments) of a set of items. @packageDocumentation
 */
import { CsiError, IssueCollector } from '../errors.js';
import type { Dataset } from '../data/types.js';
import { nearest } from '../util/record.js';
import { checkOptions, describeValue, stringArrayRule, type OptionSpec } from '../validate/index.js';
import { checkDatasetArg } from './checkArguments.js';
import { crossProducts, paddedColumns } from '../numeric/crossProducts.js';
import { simdKernels, type SimdKernels } from '../numeric/simdKernels.js';
import type { Moments } from './types.js';

const MOMENTS_OPTION_SPEC: OptionSpec = {
  rows: (v) => (Array.isArray(v) || (ArrayBuffer.isView(v) && !(v instanceof DataView)) ? undefined : 'an array (or typed array) of 0-based row numbers'),
};

/** Options of {@link momentsOf}. */
export interface MomentsOptions {
  /**
   * 0-based row indices to use (repeats allowed, e.g. a bootstrap resample).
   * @defaultValue all rows
   */
  readonly rows?: ArrayLike<number>;
}

const CHUNK = 1024;

let scratch = new Float64Array(0);
let crossScratch = new Float64Array(0);
let meanScratch = new Float64Array(0);

/** A work buffer of at least `size` doubles, reused across calls (contents undefined). */
function scratchBuffer(size: number): Float64Array {
  if (scratch.length < size) scratch = new Float64Array(size);
  return scratch.length === size ? scratch : scratch.subarray(0, size);
}

/** The chunk's cross-product (`size` = P²) and mean (`p`) buffers, reused across calls (contents undefined). */
function chunkBuffers(size: number, p: number): { cc: Float64Array; cm: Float64Array } {
  if (crossScratch.length < size) crossScratch = new Float64Array(size);
  if (meanScratch.length < p) meanScratch = new Float64Array(p);
  return { cc: crossScratch, cm: meanScratch };
}

/**
 * Co-moments of columns in one pass over the rows, chunk by chunk (internal kernel).
 *
 * @remarks
 * Rows are processed in chunks of up to 1024: each chunk is gathered into a cache-resident
 * buffer, centred at its own mean (two passes in cache, with one correction step), its
 * cross-products are accumulated with a 4 × 4 register-blocked loop, and the chunk is merged
 * into the running totals with the pairwise update of Chan, Golub & LeVeque (1979):
 * `C = C_a + C_b + δδᵀ·n_a·n_b/(n_a + n_b)`, `δ = x̄_b − x̄_a`. Memory is read once. The
 * chunk buffer is a module-level scratch array reused across calls (the function is synchronous
 * and does not re-enter), so small fits allocate only their outputs.
 * @internal
 */
export function comomentsOfColumns(
  cols: readonly Float64Array[],
  nRows: number,
  rows?: ArrayLike<number>,
): { n: number; means: Float64Array; comoments: Float64Array } {
  return comoments(cols, nRows, rows, false, undefined) as Comoments;
}

/** Co-moments of complete data: n, means and the full p × p co-moment matrix. @internal */
export interface Comoments {
  readonly n: number;
  readonly means: Float64Array;
  readonly comoments: Float64Array;
}

/**
 * Running co-moments of the first `done` rows (a whole number of chunks), with only the upper
 * triangle of `com` filled: where {@link comomentsIfComplete} stopped. @internal
 */
export interface PartialComoments {
  readonly done: number;
  readonly means: Float64Array;
  readonly com: Float64Array;
}

/**
 * {@link comomentsOfColumns} over all `nRows` rows that stops at the first chunk holding a NaN
 * or ±Infinity (its mean is then not finite) and returns the running state before that chunk
 * instead, so complete data is read once without a separate missing-value scan. Identical
 * results when it completes.
 * @internal
 */
export function comomentsIfComplete(cols: readonly Float64Array[], nRows: number): Comoments | PartialComoments {
  return comoments(cols, nRows, undefined, true, undefined);
}

/**
 * Finishes co-moments from a {@link PartialComoments} on columns whose first `partial.done` rows
 * are the rows it was computed from (e.g. the data after a missing-data policy, when those rows
 * had no missing value): bit-identical to `comomentsOfColumns(cols, nRows)`, because chunks of
 * the remaining rows start at the same offsets.
 * @internal
 */
export function resumeComoments(cols: readonly Float64Array[], nRows: number, partial: PartialComoments): Comoments {
  return comoments(cols, nRows, undefined, false, partial) as Comoments;
}

/**
 * Running co-moments of a stream of rows: count, means and the upper triangle of the co-moment
 * matrix (row-major `p × p`). Build with {@link createComomentState}, feed with
 * {@link accumulateComoments}, read with {@link finishComoments}. @internal
 */
export interface ComomentState {
  /** Rows accumulated so far. */
  n: number;
  readonly means: Float64Array;
  /** Upper triangle filled (`k ≤ l`). */
  readonly com: Float64Array;
}

/** An empty {@link ComomentState} over `p` columns. @internal */
export function createComomentState(p: number): ComomentState {
  return { n: 0, means: new Float64Array(p), com: new Float64Array(p * p) };
}

/**
 * The one co-moment kernel: adds rows `start … start + len − 1` of `cols` (or the rows listed in
 * `rows[start …]`) to `state`, in chunks of 1,024 rows at offsets `start, start + 1024, …`.
 *
 * @remarks
 * Each chunk is gathered into a cache-resident buffer, centred at its own mean (with one
 * correction step), its cross-products come from the shared `crossProducts` kernel (4 × 4
 * register tiles), and it is merged into the running totals with the pairwise update of Chan,
 * Golub & LeVeque (1979): `C = C_a + C_b + δδᵀ·n_a·n_b/(n_a + n_b)`, `δ = x̄_b − x̄_a`
 * (docs/methodology.md#moments). A stream fed in chunks of 1,024 rows gives exactly the result of
 * one call over all rows. With `stopIfNotFinite`, it stops before the first chunk whose mean is
 * not finite (a NaN or ±Infinity in it) and returns false. The gather, cross-product and mean
 * buffers are module-level scratch (synchronous, no re-entry).
 * @internal
 */
export function accumulateComoments(
  state: ComomentState,
  cols: readonly Float64Array[],
  start: number,
  len: number,
  rows?: ArrayLike<number>,
  stopIfNotFinite = false,
): boolean {
  const simd = simdKernels();
  const done = simd !== undefined ? accumulateSimd(simd, state, cols, start, len, rows, stopIfNotFinite) : undefined;
  if (done !== undefined) return done;
  const p = cols.length;
  const P = paddedColumns(p);
  const CH = Math.max(1, Math.min(CHUNK, len));
  const buf = scratchBuffer(P * CH);
  buf.fill(0, p * CH, P * CH); // padding columns
  const { cc, cm } = chunkBuffers(P * P, p);
  for (let at = start; at < start + len; at += CH) {
    const m = Math.min(CH, start + len - at);
    centreChunk(cols, rows, at, m, CH, buf, cm);
    if (stopIfNotFinite) {
      for (let q = 0; q < p; q++) {
        const v = cm[q] as number;
        if (v - v !== 0) return false;
      }
    }
    crossProducts(buf, buf, m, CH, P, cc, P);
    mergeChunk(state, cm, cc, P, m);
  }
  return true;
}

/**
 * {@link accumulateComoments} in the SIMD kernels: each chunk is gathered column-major into the
 * module memory, transposed to row-major, centred and cross-multiplied there (the same operations
 * in the same order per column as {@link centreChunk} and `crossProducts`, so the same bits).
 * Returns undefined, having done nothing, when the module memory cannot hold a chunk.
 */
function accumulateSimd(
  simd: SimdKernels,
  state: ComomentState,
  cols: readonly Float64Array[],
  start: number,
  len: number,
  rows: ArrayLike<number> | undefined,
  stopIfNotFinite: boolean,
): boolean | undefined {
  const p = cols.length;
  const P = paddedColumns(p);
  const CH = Math.max(1, Math.min(CHUNK, len));
  const stage = 0;
  const rm = P * CH;
  const mo = 2 * P * CH;
  const co = mo + P;
  const f64 = simd.reserve(co + P * P);
  if (f64 === undefined) return undefined; // the memory cannot hold the chunk: the JavaScript path runs
  f64.fill(0, stage + p * CH, stage + P * CH); // padding columns
  const cm = f64.subarray(mo, mo + p);
  const cc = f64.subarray(co, co + P * P);
  for (let at = start; at < start + len; at += CH) {
    const m = Math.min(CH, start + len - at);
    for (let k = 0; k < p; k++) {
      const col = cols[k] as Float64Array;
      const off = stage + k * CH;
      if (rows === undefined) f64.set(col.subarray(at, at + m), off);
      else for (let r = 0; r < m; r++) f64[off + r] = col[rows[at + r] as number] as number;
    }
    simd.transpose(stage, CH, m, P, rm);
    simd.centre(rm, m, P, mo);
    if (stopIfNotFinite) {
      for (let q = 0; q < p; q++) {
        const v = cm[q] as number;
        if (v - v !== 0) return false;
      }
    }
    simd.cross(rm, rm, m, P, co, P, false);
    mergeChunk(state, cm, cc, P, m);
  }
  return true;
}

/** The co-moments of a state with the lower triangle mirrored (the state is left as it is). @internal */
export function finishComoments(state: ComomentState): Comoments {
  const p = state.means.length;
  const com = Float64Array.from(state.com);
  for (let k = 0; k < p; k++) for (let l = 0; l < k; l++) com[k * p + l] = com[l * p + k] as number;
  return { n: state.n, means: Float64Array.from(state.means), comoments: com };
}

/**
 * Gathers `len` rows from `at` into column-major `buf` (stride `CH`), centres each column at its
 * mean (one correction step) and writes the means to `cm`; four columns at a time so that the
 * four running sums (each still summed in row order) overlap in the pipeline.
 */
function centreChunk(cols: readonly Float64Array[], rows: ArrayLike<number> | undefined, at: number, len: number, CH: number, buf: Float64Array, cm: Float64Array): void {
  const p = cols.length;
  gatherChunk(cols, rows, at, len, CH, buf);
  let k = 0;
  for (; k + 3 < p; k += 4) {
    const o0 = k * CH;
    const o1 = o0 + CH;
    const o2 = o1 + CH;
    const o3 = o2 + CH;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    for (let r = 0; r < len; r++) {
      s0 += buf[o0 + r] as number;
      s1 += buf[o1 + r] as number;
      s2 += buf[o2 + r] as number;
      s3 += buf[o3 + r] as number;
    }
    let m0 = s0 / len, m1 = s1 / len, m2 = s2 / len, m3 = s3 / len;
    let d0 = 0, d1 = 0, d2 = 0, d3 = 0;
    for (let r = 0; r < len; r++) {
      d0 += (buf[o0 + r] as number) - m0;
      d1 += (buf[o1 + r] as number) - m1;
      d2 += (buf[o2 + r] as number) - m2;
      d3 += (buf[o3 + r] as number) - m3;
    }
    m0 += d0 / len;
    m1 += d1 / len;
    m2 += d2 / len;
    m3 += d3 / len;
    cm[k] = m0;
    cm[k + 1] = m1;
    cm[k + 2] = m2;
    cm[k + 3] = m3;
    for (let r = 0; r < len; r++) {
      buf[o0 + r] = (buf[o0 + r] as number) - m0;
      buf[o1 + r] = (buf[o1 + r] as number) - m1;
      buf[o2 + r] = (buf[o2 + r] as number) - m2;
      buf[o3 + r] = (buf[o3 + r] as number) - m3;
    }
  }
  for (; k < p; k++) {
    const off = k * CH;
    let s = 0;
    for (let r = 0; r < len; r++) s += buf[off + r] as number;
    let m = s / len;
    let c = 0;
    for (let r = 0; r < len; r++) c += (buf[off + r] as number) - m;
    m += c / len;
    cm[k] = m;
    for (let r = 0; r < len; r++) buf[off + r] = (buf[off + r] as number) - m;
  }
}

/**
 * Copies rows `at … at + len − 1` (or the rows listed in `rows[at …]`) of every column into `buf`
 * (column k at `k·CH`), zero past `len` when the chunk is short.
 */
function gatherChunk(cols: readonly Float64Array[], rows: ArrayLike<number> | undefined, at: number, len: number, CH: number, buf: Float64Array): void {
  for (let k = 0; k < cols.length; k++) {
    const col = cols[k] as Float64Array;
    const off = k * CH;
    if (rows === undefined) buf.set(col.subarray(at, at + len), off);
    else for (let r = 0; r < len; r++) buf[off + r] = col[rows[at + r] as number] as number;
    if (len < CH) buf.fill(0, off + len, off + CH);
  }
}

/** Chan–Golub–LeVeque merge of a centred chunk (means `cm`, cross-products `cc`, stride P) into `state`. */
function mergeChunk(state: ComomentState, cm: Float64Array, cc: Float64Array, P: number, len: number): void {
  const { means, com } = state;
  const p = means.length;
  if (state.n === 0) {
    for (let k = 0; k < p; k++) {
      means[k] = cm[k] as number;
      for (let l = k; l < p; l++) com[k * p + l] = cc[k * P + l] as number;
    }
  } else {
    const na = state.n;
    const nt = na + len;
    const f = (na * len) / nt;
    for (let k = 0; k < p; k++) cm[k] = (cm[k] as number) - (means[k] as number); // δ
    for (let k = 0; k < p; k++) {
      const dk = (cm[k] as number) * f;
      for (let l = k; l < p; l++) com[k * p + l] = (com[k * p + l] as number) + (cc[k * P + l] as number) + dk * (cm[l] as number);
    }
    for (let k = 0; k < p; k++) means[k] = (means[k] as number) + ((cm[k] as number) * len) / nt;
  }
  state.n += len;
}

function comoments(
  cols: readonly Float64Array[],
  nRows: number,
  rows: ArrayLike<number> | undefined,
  stopIfNotFinite: boolean,
  from: PartialComoments | undefined,
): Comoments | PartialComoments {
  const p = cols.length;
  const n = rows ? rows.length : nRows;
  const resume = from !== undefined && from.done > 0 && from.done % CHUNK === 0 && from.done <= n;
  const state: ComomentState = resume
    ? { n: from.done, means: Float64Array.from(from.means), com: Float64Array.from(from.com) }
    : createComomentState(p);
  const done = state.n;
  const complete = accumulateComoments(state, cols, done, n - done, rows, stopIfNotFinite);
  if (!complete) return { done: state.n, means: state.means, com: state.com };
  const com = state.com;
  for (let k = 0; k < p; k++) for (let l = 0; l < k; l++) com[k * p + l] = com[l * p + k] as number;
  return { n, means: state.means, comoments: com };
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
 * Every PLS estimate depends on the data only through these statistics (docs/methodology.md#pls-algorithm), so
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
  checkDatasetArg(dataset, 'momentsOf');
  checkOptions(options, MOMENTS_OPTION_SPEC, 'momentsOf', items === undefined || stringArrayRule()(items) === undefined ? [] : [
    { kind: 'invalid_argument', value: describeValue(items), message: `The items passed to momentsOf are ${describeValue(items)}; expected an array of item names such as ["CUSA1", "CUSA2"].` },
  ]);
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
  // complete data (the usual case) is read once: the scan below only runs to name the cells
  // when a chunk mean comes out non-finite
  const quick = rows ? undefined : comomentsIfComplete(cols, dataset.n);
  if (quick !== undefined && 'comoments' in quick) return Object.freeze({ items: Object.freeze([...names]), n: quick.n, means: quick.means, comoments: quick.comoments });
  names.forEach((item, k) => {
    const col = cols[k] as Float64Array;
    const nr = rows ? rows.length : dataset.n;
    let bad = -1;
    if (rows) {
      for (let i = 0; i < nr; i++) {
        const v = col[rows[i] as number] as number;
        if (v - v !== 0) {
          bad = rows[i] as number;
          break;
        }
      }
    } else {
      for (let i = 0; i < nr; i++) {
        const v = col[i] as number;
        if (v - v !== 0) {
          bad = i;
          break;
        }
      }
    }
    if (bad >= 0) {
      const v = col[bad] as number;
      issues.add({
        kind: 'missing_value',
        item,
        row: bad + 1,
        value: Number.isNaN(v) ? null : v,
        message: `Item "${item}" in row ${bad + 1} has ${Number.isNaN(v) ? 'a missing value' : `value ${v}`}; moments need complete finite data (apply a missing-data policy first).`,
      });
    }
  });
  issues.throwIfAny('INVALID_DATA');
  const { n, means, comoments } = comomentsOfColumns(cols, dataset.n, rows);
  return Object.freeze({ items: Object.freeze([...names]), n, means, comoments });
}
