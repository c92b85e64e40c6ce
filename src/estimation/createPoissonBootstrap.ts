/**
 * `createPoissonBootstrap(items, options)`: B Poisson-weighted moment sets accumulated in the
 * same pass as the data. @packageDocumentation
 */
import { CsiError } from '../errors.js';
import { arrayRule, checkArguments, checkOptions, countRule, type OptionSpec, seedRule, stringArrayRule } from '../validate/index.js';
import { poissonWeight } from './poissonWeight.js';
import { crossProducts, paddedColumns } from '../numeric/crossProducts.js';
import type { Moments } from './types.js';

/** Options of {@link createPoissonBootstrap}. */
export interface PoissonBootstrapOptions {
  /** Number of resamples B. @defaultValue 200 */
  readonly resamples?: number;
  /** Seed of the weights. @defaultValue 1 */
  readonly seed?: number;
  /** Per item, the value subtracted before summing (e.g. the scale midpoint). @defaultValue 0 */
  readonly shift?: readonly number[];
}

/** The JSON state of a {@link PoissonBootstrap}: per resample the weighted shifted sums. */
export interface PoissonBootstrapState {
  readonly kind: 'csi.poisson-bootstrap-state';
  readonly version: 1;
  readonly items: readonly string[];
  readonly resamples: number;
  readonly seed: number;
  readonly shift: readonly number[];
  /** Σw per resample. */
  readonly weight: readonly number[];
  /** Σw(x − c), resample-major (B × p). */
  readonly sum: readonly number[];
  /** Σw(x − c)(x − c)ᵀ, resample-major (B × p × p, full matrices). */
  readonly cross: readonly number[];
}

/** Accumulates Poisson-weighted moments of complete rows. */
export interface PoissonBootstrap {
  /** Adds complete and incomplete rows; `firstRow` is the 1-based data row number of the batch's first row. Rows with a missing value are skipped (listwise). */
  add(batch: { readonly rows: number; readonly firstRow: number; readonly columns: readonly ArrayLike<number>[] }): void;
  /** Adds another state with the same items, seed, B and shifts (rows must be disjoint and numbered globally). */
  merge(other: PoissonBootstrapState): void;
  toJSON(): PoissonBootstrapState;
  /** Moments of resample b (`n` = Σw, an integer). */
  replicate(b: number): Moments;
}

const OPTION_SPEC: OptionSpec = { resamples: countRule(200), seed: seedRule, shift: arrayRule() };

/**
 * Creates a Poisson-bootstrap accumulator: every row gets B independent Poisson(1) weights
 * ({@link poissonWeight}) and the B weighted sufficient statistics are summed in the same
 * pass, so a bootstrap needs no second look at the data.
 *
 * @remarks
 * With weights `w_rb`, resample b holds `W_b = Σ w_rb`, `S_b = Σ w_rb (x_r − c)` and
 * `Q_b = Σ w_rb (x_r − c)(x_r − c)ᵀ`; its moments are those of the data in which row r appears
 * `w_rb` times: `n = W_b`, `x̄ = c + S_b/W_b`, `C = Q_b − S_b S_bᵀ/W_b` (Hanley & MacGibbon
 * 2006; Chamandy et al. 2012). Weights depend only on `(seed, row number, b)`, and with
 * integer-coded items and half-integer shifts the sums are exact, so states are identical for
 * any chunking and merge exactly (docs/methodology.md#poisson-bootstrap). Cost: B times the
 * co-moment pass.
 *
 * @example
 * ```ts
 * import { createPoissonBootstrap } from 'csi-analytics';
 * const boot = createPoissonBootstrap(['Q1', 'Q2'], { resamples: 100, seed: 7 });
 * boot.add({ rows: 3, firstRow: 1, columns: [[7, 8, 9], [6, 9, 10]] });
 * boot.replicate(0).n; // Σ of the Poisson weights of resample 0
 * ```
 */
export function createPoissonBootstrap(items: readonly string[], options: PoissonBootstrapOptions = {}): PoissonBootstrap {
  checkArguments('createPoissonBootstrap', [['items', items, stringArrayRule('an array of item names such as ["CUSA1", "CUSA2"]')]]);
  const o = checkOptions<PoissonBootstrapOptions>(options, OPTION_SPEC, 'createPoissonBootstrap');
  const p = items.length;
  const B = o.resamples ?? 200;
  const seed = o.seed ?? 1;
  const shift = [...(o.shift ?? new Array<number>(p).fill(0))];
  if (shift.length !== p || shift.some((x) => typeof x !== 'number' || !Number.isFinite(x))) {
    throw new CsiError('INVALID_OPTIONS', [{ kind: 'invalid_option', message: `Option "shift" of createPoissonBootstrap must hold ${p} finite numbers (one per item).` }]);
  }
  const weight = new Float64Array(B);
  const sum = new Float64Array(B * p);
  const cross = new Float64Array(B * p * p);
  let buf = new Float64Array(0);
  let rowNo = new Float64Array(0);
  let w = new Float64Array(0);
  let wbuf = new Float64Array(0);
  const cc = new Float64Array(paddedColumns(p) * paddedColumns(p));

  return {
    add(batch): void {
      const m = batch.rows;
      if (buf.length < paddedColumns(p) * m) {
        buf = new Float64Array(paddedColumns(p) * m);
        wbuf = new Float64Array(paddedColumns(p) * m);
        rowNo = new Float64Array(m);
        w = new Float64Array(m);
      }
      let c = 0;
      for (let r = 0; r < m; r++) {
        let complete = true;
        for (let k = 0; k < p; k++) {
          const v = (batch.columns[k] as ArrayLike<number>)[r] as number;
          if (v !== v) {
            complete = false;
            break;
          }
          buf[k * m + c] = v - (shift[k] as number);
        }
        if (complete) rowNo[c++] = batch.firstRow + r;
      }
      const P = paddedColumns(p);
      buf.fill(0, p * m, P * m);
      wbuf.fill(0, p * m, P * m);
      for (let b = 0; b < B; b++) {
        let wt = 0;
        for (let r = 0; r < c; r++) {
          const x = poissonWeight(seed, rowNo[r] as number, b);
          w[r] = x;
          wt += x;
        }
        weight[b] = (weight[b] as number) + wt;
        addWeightedRows(sum, cross, b, p, w, buf, wbuf, m, c, cc);
      }
    },
    merge(other): void {
      const same = other?.kind === 'csi.poisson-bootstrap-state' && other.resamples === B && other.seed === seed && other.items.length === p && other.items.every((x, i) => x === items[i]) && other.shift.every((x, i) => x === shift[i]);
      if (!same) throw new CsiError('INVALID_DATA', [{ kind: 'moments_mismatch', message: 'Cannot merge Poisson-bootstrap states with different items, seed, resamples or shifts.' }]);
      for (let b = 0; b < B; b++) weight[b] = (weight[b] as number) + (other.weight[b] as number);
      for (let i = 0; i < sum.length; i++) sum[i] = (sum[i] as number) + (other.sum[i] as number);
      for (let i = 0; i < cross.length; i++) cross[i] = (cross[i] as number) + (other.cross[i] as number);
    },
    toJSON: () => ({ kind: 'csi.poisson-bootstrap-state', version: 1, items: [...items], resamples: B, seed, shift: [...shift], weight: [...weight], sum: [...sum], cross: [...cross] }),
    replicate(b: number): Moments {
      if (!Number.isInteger(b) || b < 0 || b >= B) throw new CsiError('INVALID_OPTIONS', `Resample ${b} is outside 0…${B - 1}.`);
      const n = weight[b] as number;
      const means = new Float64Array(p);
      const comoments = new Float64Array(p * p);
      for (let k = 0; k < p; k++) means[k] = (shift[k] as number) + (sum[b * p + k] as number) / n;
      for (let k = 0; k < p; k++) {
        for (let l = 0; l < p; l++) comoments[k * p + l] = (cross[b * p * p + k * p + l] as number) - ((sum[b * p + k] as number) * (sum[b * p + l] as number)) / n;
      }
      return Object.freeze({ items: Object.freeze([...items]), n, means, comoments });
    },
  };
}

/**
 * Adds resample `b`'s weighted sums of the `c` complete rows in `buf` (column-major, stride `m`,
 * pad columns zero): `Σ w(x_k − c_k)` and, from the one co-moment kernel {@link crossProducts}
 * on `x = w·buf` and `y = buf`, `Σ w(x_k − c_k)(x_l − c_l)` (each entry summed in row order, the
 * product taken as `(w·x_k)·x_l`, as the plain loop). `wbuf` is scratch of `buf`'s size, `cc`
 * holds `P × P` doubles.
 */
function addWeightedRows(
  sum: Float64Array,
  cross: Float64Array,
  b: number,
  p: number,
  w: Float64Array,
  buf: Float64Array,
  wbuf: Float64Array,
  m: number,
  c: number,
  cc: Float64Array,
): void {
  const P = paddedColumns(p);
  const so = b * p;
  const co = b * p * p;
  for (let k = 0; k < p; k++) {
    const o1 = k * m;
    let s = 0;
    for (let r = 0; r < c; r++) {
      const x = (w[r] as number) * (buf[o1 + r] as number);
      wbuf[o1 + r] = x;
      s += x;
    }
    sum[so + k] = (sum[so + k] as number) + s;
  }
  crossProducts(wbuf, buf, c, m, P, cc, P);
  for (let k = 0; k < p; k++) {
    for (let l = k; l < p; l++) {
      const v = (cross[co + k * p + l] as number) + (cc[k * P + l] as number);
      cross[co + k * p + l] = v;
      cross[co + l * p + k] = v;
    }
  }
}
