/**
 * `createMomentsAccumulator(items, options)`: mergeable, exactly additive sufficient statistics
 * of batches of rows (overall and per group). @packageDocumentation
 */
import { CsiError, type CsiIssue, type CsiWarning } from '../errors.js';
import type { ItemScale } from '../data/types.js';
import { argumentIssue, arrayRule, checkArguments, checkOptions, describeResult, describeValue, oneOfRule, type OptionSpec, stringArrayRule } from '../validate/index.js';
import { record } from '../util/record.js';
import { crossProducts, paddedColumns } from '../numeric/crossProducts.js';
import { momentsFromSums, momentSumsRule, type MomentSums } from './momentsFromSums.js';
import type { Moments } from './types.js';

/** Options of {@link createMomentsAccumulator}. */
export interface MomentsAccumulatorOptions {
  /**
   * Missing-data policy: `'listwise'` keeps complete rows only; `'mean'` (mean replacement)
   * keeps every row and accumulates pairwise sums, from which the moments of mean-replaced
   * data follow exactly (docs/methodology.md#streaming-moments). @defaultValue 'listwise'
   */
  readonly missing?: 'listwise' | 'mean';
  /**
   * Per item, the value subtracted before summing (the scale midpoint is a good choice: with
   * integer-coded items every sum is then an exact integer or half-integer, so results do not
   * depend on batch sizes or order). @defaultValue 0 for every item
   */
  readonly shift?: readonly number[];
  /** Names of grouping variables (e.g. `['segment', 'wave']`); batches give one level per row for each. @defaultValue [] */
  readonly groupBy?: readonly string[];
}

/** One batch of rows: item columns in accumulator order, and group levels per grouping variable. */
export interface MomentsBatch {
  /** Rows in the batch (the first `rows` entries of each column are read). */
  readonly rows: number;
  /**
   * One column per item (accumulator order): finite numbers; `NaN` = missing (in plain arrays
   * also `null`/`undefined`, as JSON batches carry it). Other values are refused with an issue
   * naming the item and row.
   */
  readonly columns: readonly ArrayLike<number>[];
  /** One array of levels per `groupBy` variable; `null`/`undefined` rows belong to no level. */
  readonly groups?: readonly ArrayLike<string | null | undefined>[];
}

/** The JSON-serialisable state of a {@link MomentsAccumulator}. */
export interface MomentsAccumulatorState {
  readonly kind: 'csi.moments-accumulator';
  readonly version: 1;
  readonly items: readonly string[];
  readonly missing: 'listwise' | 'mean';
  readonly groupBy: readonly string[];
  readonly overall: MomentSums;
  /** `{ [variable]: { [level]: sums } }` */
  readonly groups: Readonly<Record<string, Readonly<Record<string, MomentSums>>>>;
}

/**
 * What a read of rows into a moments accumulator returns (`streamMoments` from a file or stream,
 * `momentsFromSqlRows` from a SQL query): the moments overall and per group, the mergeable state
 * and the row counts.
 */
export interface MomentsReadResult {
  readonly items: readonly string[];
  /** Rows read (data rows of the file, rows of the table or query). */
  readonly rowsIn: number;
  /** Rows in the moments (all rows under `'mean'`; complete rows under `'listwise'`, the only policy in SQL). */
  readonly rowsUsed: number;
  /** Rows left out by the listwise policy (an item missing, NULL or a missing code). */
  readonly rowsSkipped: number;
  readonly moments: Moments;
  /** `{ [groupBy column]: { [level]: Moments } }` (levels with at least one row in the moments). */
  readonly groups: Readonly<Record<string, Readonly<Record<string, Moments>>>>;
  /** The mergeable accumulator state (plain JSON; `restoreMomentsAccumulator`, `mergeMoments`-compatible). */
  readonly state: MomentsAccumulatorState;
  /** Scales applied per item. */
  readonly scales: Readonly<Record<string, ItemScale>>;
  readonly warnings: readonly CsiWarning[];
}

/** Mergeable sufficient statistics fed batch by batch. */
export interface MomentsAccumulator {
  /** Adds a batch of rows. */
  add(batch: MomentsBatch): void;
  /** Adds the state of another accumulator over the same items, policy and shifts. */
  merge(other: MomentsAccumulatorState): void;
  /** The current state (plain JSON). */
  toJSON(): MomentsAccumulatorState;
  /** Moments of all rows so far (after the missing policy). */
  moments(): Moments;
  /** Moments of one group level, or `undefined` when that level has no rows. */
  groupMoments(variable: string, level: string): Moments | undefined;
  /** Rows seen so far. */
  readonly rowsIn: number;
}

const OPTION_SPEC: OptionSpec = {
  missing: oneOfRule(['listwise', 'mean']),
  shift: arrayRule(),
  groupBy: stringArrayRule(),
};

/** Empty sums over `p` items. */
function emptySums(p: number, shift: readonly number[]): MomentSums {
  return {
    shift: [...shift],
    rowsIn: 0,
    rowsSkipped: 0,
    n: 0,
    sum: new Array<number>(p).fill(0),
    cross: new Array<number>(p * p).fill(0),
    pairCount: new Array<number>(p * p).fill(0),
    pairSum: new Array<number>(p * p).fill(0),
    pairCross: new Array<number>(p * p).fill(0),
  };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K] };

/** Adds `b` into `a` (same shifts). */
function addSums(a: Mutable<MomentSums>, b: MomentSums): void {
  a.rowsIn += b.rowsIn;
  a.rowsSkipped += b.rowsSkipped;
  a.n += b.n;
  for (let k = 0; k < a.sum.length; k++) a.sum[k] = (a.sum[k] as number) + (b.sum[k] as number);
  for (let i = 0; i < a.cross.length; i++) {
    a.cross[i] = (a.cross[i] as number) + (b.cross[i] as number);
    a.pairCount[i] = (a.pairCount[i] as number) + (b.pairCount[i] as number);
    a.pairSum[i] = (a.pairSum[i] as number) + (b.pairSum[i] as number);
    a.pairCross[i] = (a.pairCross[i] as number) + (b.pairCross[i] as number);
  }
}

/** Adds `x` to `cross[k][l]` and mirrors it to `cross[l][k]`. */
function addCross(cross: number[], p: number, k: number, l: number, x: number): void {
  const v = (cross[k * p + l] as number) + x;
  cross[k * p + l] = v;
  cross[l * p + k] = v;
}

/**
 * Accumulates shifted sums of the rows `idx[0..m)` of `cols` into `s`: complete rows into
 * `n`/`sum`/`cross`, rows with a missing value into the pairwise sums (policy `mean`) or the
 * skipped count (`listwise`). `buf` holds at least `paddedColumns(p)·m` doubles, `cc` `paddedColumns(p)²`.
 */
function accumulate(
  s: Mutable<MomentSums>,
  cols: readonly ArrayLike<number>[],
  idx: Int32Array,
  m: number,
  mean: boolean,
  buf: Float64Array,
  cc: Float64Array,
): void {
  const p = cols.length;
  const shift = s.shift;
  let c = 0; // complete rows gathered into buf (column-major, stride m)
  for (let t = 0; t < m; t++) {
    const r = idx[t] as number;
    let complete = true;
    for (let k = 0; k < p; k++) {
      const v = (cols[k] as ArrayLike<number>)[r] as number;
      if (v !== v) {
        complete = false;
        break;
      }
      buf[k * m + c] = v - (shift[k] as number);
    }
    if (complete) {
      c++;
      continue;
    }
    if (!mean) {
      s.rowsSkipped++;
      continue;
    }
    for (let k = 0; k < p; k++) {
      const xk = (cols[k] as ArrayLike<number>)[r] as number;
      if (xk !== xk) continue;
      const dk = xk - (shift[k] as number);
      for (let l = 0; l < p; l++) {
        const xl = (cols[l] as ArrayLike<number>)[r] as number;
        if (xl !== xl) continue;
        const i = k * p + l;
        s.pairCount[i] = (s.pairCount[i] as number) + 1;
        s.pairSum[i] = (s.pairSum[i] as number) + dk;
        s.pairCross[i] = (s.pairCross[i] as number) + dk * (xl - (shift[l] as number));
      }
    }
  }
  s.rowsIn += m;
  if (c === 0) return;
  s.n += c;
  addCompleteRows(s, buf, m, c, cc);
}

/**
 * Adds the `c` complete rows gathered in `buf` (column-major, stride `m`) to `S_k` and `Q_kl`.
 * The cross-products come from the one co-moment kernel {@link crossProducts} (each entry summed
 * in row order from 0, as the plain loop would), on `P = paddedColumns(p)` columns: the pad
 * columns of `buf` are zeroed here, `cc` holds `P × P` doubles.
 */
function addCompleteRows(s: Mutable<MomentSums>, buf: Float64Array, m: number, c: number, cc: Float64Array): void {
  const p = s.sum.length;
  const P = paddedColumns(p);
  for (let k = 0; k < p; k++) {
    const o = k * m;
    let t = 0;
    for (let r = 0; r < c; r++) t += buf[o + r] as number;
    s.sum[k] = (s.sum[k] as number) + t;
  }
  buf.fill(0, p * m, P * m);
  crossProducts(buf, buf, c, m, P, cc, P);
  for (let k = 0; k < p; k++) {
    for (let l = k; l < p; l++) addCross(s.cross, p, k, l, cc[k * P + l] as number);
  }
}

const isColumn = (v: unknown): v is ArrayLike<unknown> => Array.isArray(v) || (ArrayBuffer.isView(v) && !(v instanceof DataView));

/** Cell problems reported per batch before "… and N more" (all are counted). */
const MAX_CELL_ISSUES = 20;

/**
 * The batch's columns with every cell checked: a finite number, or a missing answer (`NaN`, and
 * in plain arrays also `null`/`undefined`, which JSON batches use). A plain array holding `null`
 * or `undefined` is copied to a `Float64Array` with `NaN` there; ±Infinity and non-numbers are
 * issues naming the item, the 1-based row of the batch and the value.
 */
function batchCells(columns: readonly ArrayLike<number>[], n: number, items: readonly string[], issues: CsiIssue[]): ArrayLike<number>[] {
  let found = 0;
  const report = (k: number, r: number, v: unknown): void => {
    if (found++ >= MAX_CELL_ISSUES) return;
    const item = items[k] as string;
    const kind = typeof v === 'number' ? 'non_finite' : 'non_numeric';
    issues.push({ kind, item, row: r + 1, value: typeof v === 'number' || typeof v === 'string' ? v : describeValue(v), message: `Item "${item}", row ${r + 1} of the batch: ${describeValue(v)} is not a finite number; expected a number, or NaN${ArrayBuffer.isView(columns[k]) ? '' : ' or null'} for a missing answer.` });
  };
  const out = columns.map((c, k) => {
    if (ArrayBuffer.isView(c)) {
      for (let r = 0; r < n; r++) {
        const v = c[r] as number;
        if (v - v !== 0 && v === v) report(k, r, v);
      }
      return c;
    }
    let copy: Float64Array | undefined;
    for (let r = 0; r < n; r++) {
      const v = c[r] as unknown;
      if (typeof v === 'number') {
        if (v - v !== 0 && v === v) report(k, r, v);
      } else if (v === null || v === undefined) {
        copy ??= Float64Array.from({ length: n }, (_, i) => (typeof c[i] === 'number' ? (c[i] as number) : NaN));
      } else report(k, r, v);
    }
    return copy ?? c;
  });
  if (found > MAX_CELL_ISSUES) issues.push({ kind: 'non_numeric', message: `… and ${found - MAX_CELL_ISSUES} more cells of the batch that are not finite numbers (${found} in all).` });
  return out;
}

/** Every problem of a batch's shape (rows, one column per item, one level column per `groupBy`), as issues. */
function batchIssues(batch: MomentsBatch, items: readonly string[], groupBy: readonly string[]): CsiIssue[] {
  const fn = 'add (of createMomentsAccumulator)';
  if (batch === null || typeof batch !== 'object') return [argumentIssue(fn, 'batch', batch, '{ rows, columns: [one array per item], groups? }')];
  const issues: CsiIssue[] = [];
  const rows = (batch as { rows?: unknown }).rows;
  const n = typeof rows === 'number' && Number.isInteger(rows) && rows >= 0 ? rows : undefined;
  if (n === undefined) issues.push(argumentIssue(fn, 'batch.rows', rows, 'the number of rows in the batch (a non-negative integer)'));
  const columns = (batch as { columns?: unknown }).columns;
  if (!Array.isArray(columns)) issues.push(argumentIssue(fn, 'batch.columns', columns, `an array of ${items.length} columns, one per item (${items.join(', ')})`));
  else if (columns.length !== items.length) {
    issues.push({ kind: 'invalid_argument', value: columns.length, message: `A batch has ${columns.length} columns, but the accumulator has ${items.length} items (${items.join(', ')}).` });
  } else {
    columns.forEach((c: unknown, k) => {
      if (!isColumn(c)) issues.push({ ...argumentIssue(fn, `column of item "${items[k]}"`, c, 'an array or typed array of numbers (NaN = missing)'), item: items[k] as string });
      else if (n !== undefined && c.length < n) issues.push({ kind: 'invalid_argument', item: items[k] as string, value: c.length, message: `The column of item "${items[k]}" has ${c.length} values, but the batch has ${n} rows.` });
    });
  }
  const groups = (batch as { groups?: unknown }).groups;
  if (groupBy.length > 0) {
    if (!Array.isArray(groups) || groups.length !== groupBy.length) {
      const got = Array.isArray(groups) ? groups.length : 0;
      issues.push({ kind: 'invalid_argument', value: got, message: `A batch has ${got} group columns, but the accumulator groups by ${groupBy.length} (${groupBy.join(', ')}).` });
    } else {
      groups.forEach((g: unknown, k) => {
        if (!isColumn(g)) issues.push(argumentIssue(fn, `level column of "${groupBy[k]}"`, g, 'an array of levels (strings; null = no level)'));
        else if (n !== undefined && g.length < n) issues.push({ kind: 'invalid_argument', value: g.length, message: `The level column of "${groupBy[k]}" has ${g.length} values, but the batch has ${n} rows.` });
      });
    }
  }
  return issues;
}

/**
 * Creates an accumulator of sufficient statistics for batches of rows: overall and per level
 * of grouping variables (segments, periods), in one pass, with a listwise or mean-replacement
 * missing policy. States are plain JSON, restorable and mergeable.
 *
 * @remarks
 * Each item `k` is shifted by a constant `c_k` and the accumulator keeps, over complete rows,
 * `n`, `S_k = Σ(x_k − c_k)` and `Q_kl = Σ(x_k − c_k)(x_l − c_l)`; under `'mean'` it keeps, over
 * rows with a missing value, the pairwise `n_kl`, `S_k^(l)` and `Q_kl` over rows where both
 * are observed. All of them are plain sums, so merging is addition and, with integer-coded
 * items and integer or half-integer shifts, every sum is exact: results are identical for any
 * batching and order. {@link momentsFromSums} turns them into means and co-moments
 * (`C = Q − S Sᵀ/n`; docs/methodology.md#streaming-moments).
 *
 * @example
 * ```ts
 * import { createMomentsAccumulator } from 'csi-analytics';
 * const acc = createMomentsAccumulator(['Q1', 'Q2'], { shift: [5.5, 5.5], groupBy: ['tier'] });
 * acc.add({ rows: 3, columns: [[7, 8, 9], [6, 9, 10]], groups: [['a', 'b', 'a']] });
 * acc.moments().means; // Float64Array [8, 8.333…]
 * acc.groupMoments('tier', 'a')?.n; // 2
 * ```
 */
export function createMomentsAccumulator(items: readonly string[], options: MomentsAccumulatorOptions = {}): MomentsAccumulator {
  checkArguments('createMomentsAccumulator', [['items', items, stringArrayRule('an array of item names such as ["CUSA1", "CUSA2"]')]]);
  const o = checkOptions<MomentsAccumulatorOptions>(options, OPTION_SPEC, 'createMomentsAccumulator');
  const p = items.length;
  const shift = o.shift ?? new Array<number>(p).fill(0);
  if (shift.length !== p || shift.some((x) => typeof x !== 'number' || !Number.isFinite(x))) {
    throw new CsiError('INVALID_OPTIONS', [
      { kind: 'invalid_option', message: `Option "shift" of createMomentsAccumulator must hold ${p} finite numbers (one per item); got ${JSON.stringify(shift)}.` },
    ]);
  }
  const mean = o.missing === 'mean';
  const missing = mean ? 'mean' : 'listwise';
  const groupBy = [...(o.groupBy ?? [])];
  const overall = emptySums(p, shift) as Mutable<MomentSums>;
  const groups = groupBy.map(() => new Map<string, Mutable<MomentSums>>());
  let buf = new Float64Array(0);
  let idx = new Int32Array(0);
  const cc = new Float64Array(paddedColumns(p) * paddedColumns(p));

  const levelSums = (g: number, level: string): Mutable<MomentSums> => {
    const map = groups[g] as Map<string, Mutable<MomentSums>>;
    let s = map.get(level);
    if (s === undefined) {
      s = emptySums(p, shift) as Mutable<MomentSums>;
      map.set(level, s);
    }
    return s;
  };
  const state = (): MomentsAccumulatorState => {
    const g = record<Readonly<Record<string, MomentSums>>>();
    groupBy.forEach((name, j) => {
      const levels = record<MomentSums>();
      for (const key of [...(groups[j] as Map<string, MomentSums>).keys()].sort()) levels[key] = copySums((groups[j] as Map<string, MomentSums>).get(key) as MomentSums);
      g[name] = levels;
    });
    return { kind: 'csi.moments-accumulator', version: 1, items: [...items], missing: mean ? 'mean' : 'listwise', groupBy: [...groupBy], overall: copySums(overall), groups: g };
  };

  return {
    add(batch: MomentsBatch): void {
      const bad = batchIssues(batch, items, groupBy);
      const columns = bad.length === 0 ? batchCells(batch.columns, batch.rows, items, bad) : [];
      if (bad.length > 0) throw new CsiError('INVALID_DATA', bad);
      const m = batch.rows;
      if (buf.length < paddedColumns(p) * m) buf = new Float64Array(paddedColumns(p) * m);
      if (idx.length < m) idx = new Int32Array(m);
      for (let r = 0; r < m; r++) idx[r] = r;
      accumulate(overall, columns, idx, m, mean, buf, cc);
      groupBy.forEach((_, g) => {
        const levels = (batch.groups as readonly ArrayLike<string | null | undefined>[])[g] as ArrayLike<string | null | undefined>;
        const rowsOf = new Map<string, number[]>();
        for (let r = 0; r < m; r++) {
          const lv = levels[r];
          if (lv === null || lv === undefined) continue;
          const list = rowsOf.get(lv);
          if (list === undefined) rowsOf.set(lv, [r]);
          else list.push(r);
        }
        for (const [lv, list] of rowsOf) {
          const sel = Int32Array.from(list);
          accumulate(levelSums(g, lv), columns, sel, sel.length, mean, buf, cc);
        }
      });
    },
    merge(other: MomentsAccumulatorState): void {
      checkState(other, p);
      const same =
        other.items.length === p &&
        other.items.every((x, i) => x === items[i]) &&
        other.missing === (mean ? 'mean' : 'listwise') &&
        other.groupBy.length === groupBy.length &&
        other.groupBy.every((x, i) => x === groupBy[i]) &&
        other.overall.shift.every((x, i) => x === shift[i]);
      if (!same) {
        throw new CsiError('INVALID_DATA', [
          { kind: 'moments_mismatch', message: 'Cannot merge accumulator states with different items, missing policy, grouping variables or shifts; create both with the same settings.' },
        ]);
      }
      addSums(overall, other.overall);
      groupBy.forEach((name, g) => {
        const levels = other.groups[name] ?? record<MomentSums>();
        for (const lv of Object.keys(levels)) addSums(levelSums(g, lv), levels[lv] as MomentSums);
      });
    },
    toJSON: state,
    moments: () => momentsFromSums(items, overall, { missing }),
    groupMoments(variable: string, level: string): Moments | undefined {
      const g = groupBy.indexOf(variable);
      if (g < 0) throw new CsiError('INVALID_OPTIONS', `"${variable}" is not a grouping variable of this accumulator (${groupBy.join(', ') || 'none'}).`);
      const s = (groups[g] as Map<string, MomentSums>).get(level);
      return s === undefined || s.rowsIn === 0 ? undefined : momentsFromSums(items, s, { missing });
    },
    get rowsIn() {
      return overall.rowsIn;
    },
  };
}

/** Door check of a state to merge: its sums (overall and per group level) have the shape of sums over p items. */
function checkState(state: MomentsAccumulatorState, p: number): void {
  const rule = momentSumsRule(p);
  const st = state as { items?: unknown; groupBy?: unknown; overall?: unknown; groups?: unknown } | null;
  if (st === null || typeof st !== 'object' || !Array.isArray(st.items) || !Array.isArray(st.groupBy)) {
    throw new CsiError('INVALID_DATA', [argumentIssue('merge', 'state', state, 'an accumulator state from toJSON() ({ kind, version, items, missing, groupBy, overall, groups })', 'invalid_state')]);
  }
  const parts: [string, unknown][] = [['overall', st?.overall]];
  const groups = st?.groups;
  if (groups !== null && typeof groups === 'object') {
    for (const [name, levels] of Object.entries(groups)) {
      if (levels !== null && typeof levels === 'object') for (const [lv, s] of Object.entries(levels)) parts.push([`groups.${name}.${lv}`, s]);
    }
  }
  const issues = parts.flatMap(([where, s]) => {
    const expected = rule(s);
    return expected === undefined ? [] : [argumentIssue('merge (or restoreMomentsAccumulator)', `state's "${where}"`, s, expected, 'invalid_state')];
  });
  if (issues.length > 0) throw new CsiError('INVALID_DATA', issues);
}

/** A deep copy of sums (plain arrays). */
function copySums(s: MomentSums): MomentSums {
  return {
    shift: [...s.shift],
    rowsIn: s.rowsIn,
    rowsSkipped: s.rowsSkipped,
    n: s.n,
    sum: [...s.sum],
    cross: [...s.cross],
    pairCount: [...s.pairCount],
    pairSum: [...s.pairSum],
    pairCross: [...s.pairCross],
  };
}

/**
 * Restores an accumulator from a state written by `toJSON()` (e.g. after `JSON.parse`).
 *
 * @remarks
 * Same as creating an accumulator with the state's items, policy, shifts and grouping
 * variables and merging the state into it.
 *
 * @throws CsiError `INVALID_DATA` when the value is not an accumulator state.
 * @example
 * ```ts
 * import { createMomentsAccumulator, restoreMomentsAccumulator } from 'csi-analytics';
 * const acc = createMomentsAccumulator(['Q1', 'Q2']);
 * acc.add({ rows: 2, columns: [[1, 2], [3, 5]] });
 * const again = restoreMomentsAccumulator(JSON.parse(JSON.stringify(acc.toJSON())));
 * again.moments().n; // 2
 * ```
 */
export function restoreMomentsAccumulator(state: MomentsAccumulatorState): MomentsAccumulator {
  if (state === null || typeof state !== 'object' || state.kind !== 'csi.moments-accumulator' || state.version !== 1 || !Array.isArray(state.items)) {
    throw new CsiError('INVALID_DATA', [
      { kind: 'invalid_state', value: describeValue(state), message: `The state passed to restoreMomentsAccumulator is ${describeResult(state)}; expected a moments-accumulator state (kind "csi.moments-accumulator", version 1, as written by toJSON()).` },
    ]);
  }
  const acc = createMomentsAccumulator(state.items, { missing: state.missing, shift: state.overall.shift, groupBy: state.groupBy });
  acc.merge(state);
  return acc;
}
