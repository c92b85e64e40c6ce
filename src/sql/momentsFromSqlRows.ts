/**
 * `momentsFromSqlRows(rows, query)`: moments from the result rows of {@link momentsSql}. @packageDocumentation
 */
import { CsiError, type CsiIssue, type CsiWarning } from '../errors.js';
import { scaleText } from '../data/scaleText.js';
import type { MomentsAccumulatorState, MomentsReadResult } from '../estimation/createMomentsAccumulator.js';
import { momentsFromSums, type MomentSums } from '../estimation/momentsFromSums.js';
import type { Moments } from '../estimation/types.js';
import { record } from '../util/record.js';
import { describeValue } from '../validate/index.js';
import type { MomentsSql } from './momentsSql.js';

/** Moments read back from SQL, shaped like the result of `streamMoments`. */
export interface SqlMomentsResult extends MomentsReadResult {
  readonly kind: 'csi.sql-moments';
}

/** One result row seen through lower-cased column names (Snowflake upper-cases unquoted aliases). */
type Row = ReadonlyMap<string, unknown>;

interface Reader {
  readonly issues: CsiIssue[];
  num(row: Row, at: number, column: string, what: string, nullable?: boolean): number;
}

/** Reads numbers (number, bigint or numeric text, as drivers return them) and collects issues, one per column. */
function reader(): Reader {
  const issues: CsiIssue[] = [];
  const seen = new Set<string>();
  const once = (column: string, issue: CsiIssue): void => {
    if (seen.has(column)) return;
    seen.add(column);
    issues.push(issue);
  };
  return {
    issues,
    num(row, at, column, what, nullable = true) {
      if (!row.has(column)) {
        once(column, { kind: 'missing_column', value: column, message: `Column "${column}" (${what}) is missing from result row ${at}; pass the rows of every query of momentsSql, unchanged.` });
        return NaN;
      }
      const v = row.get(column);
      if (v === null || v === undefined) {
        if (!nullable) once(column, { kind: 'non_numeric', row: at, value: null, message: `Column "${column}" (${what}) is NULL in result row ${at}; expected a number.` });
        return nullable ? 0 : NaN;
      }
      if (typeof v === 'number' && Number.isFinite(v)) return v;
      if (typeof v === 'bigint') return Number(v);
      if (typeof v === 'string' && /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(v)) return Number(v);
      once(column, { kind: 'non_numeric', row: at, value: describeValue(v), message: `Column "${column}" (${what}) in result row ${at} is ${describeValue(v)}; expected a number (a numeric item column).` });
      return NaN;
    },
  };
}

type Sums = { -readonly [K in keyof MomentSums]: MomentSums[K] extends readonly number[] ? number[] : MomentSums[K] };

function emptySums(q: MomentsSql): Sums {
  const p = q.items.length;
  const z = (): number[] => new Array<number>(p * p).fill(0);
  return { shift: [...q.shift], rowsIn: 0, rowsSkipped: 0, n: 0, sum: new Array<number>(p).fill(0), cross: z(), pairCount: z(), pairSum: z(), pairCross: z() };
}

/** How many cross-product columns each set of sums has received (all of them must arrive). */
const seenPairs = new WeakMap<object, number>();

/** Adds one result row into its sums: counts and sums (part 0) and its share of cross-products. */
function addRow(s: Sums, row: Row, at: number, q: MomentsSql, rd: Reader, part: number): void {
  const p = q.items.length;
  const f = q.factor;
  if (part === 0) {
    const rowsIn = rd.num(row, at, 'csi_rows', 'row count', false);
    const n = rd.num(row, at, 'csi_n', 'complete-row count');
    s.rowsIn = rowsIn;
    s.n = n;
    s.rowsSkipped = rowsIn - n;
    q.items.forEach((item, k) => {
      s.sum[k] = rd.num(row, at, `s_${k}`, `sum of item "${item}"`) / (f[k] as number);
    });
  }
  for (let k = 0; k < p; k++) {
    for (let l = k; l < p; l++) {
      const col = `q_${k}_${l}`;
      if (!row.has(col)) continue;
      seenPairs.set(s, (seenPairs.get(s) ?? 0) + 1);
      const v = rd.num(row, at, col, `cross-product of "${q.items[k]}" and "${q.items[l]}"`) / ((f[k] as number) * (f[l] as number));
      s.cross[k * p + l] = v;
      s.cross[l * p + k] = v;
    }
  }
}

/** Range and whole-point checks from the overall row (counted in SQL, so no row numbers). */
function scaleIssues(row: Row, at: number, q: MomentsSql, rd: Reader): CsiIssue[] {
  const out: CsiIssue[] = [];
  q.items.forEach((item, k) => {
    const scale = q.scales[item];
    if (scale === undefined) return;
    const bad = rd.num(row, at, `out_${k}`, `values of "${item}" outside its scale`);
    if (bad > 0) {
      const lo = rd.num(row, at, `lo_${k}`, `lowest value of "${item}"`);
      const hi = rd.num(row, at, `hi_${k}`, `highest value of "${item}"`);
      out.push({ kind: 'out_of_scale', item, value: bad, message: `Item "${item}" has ${bad} value${bad === 1 ? '' : 's'} outside its scale ${scaleText(scale)} (lowest ${lo}, highest ${hi}).` });
    }
    if (scale.integer === true) {
      const frac = rd.num(row, at, `frac_${k}`, `non-integer values of "${item}"`);
      if (frac > 0) out.push({ kind: 'not_integer', item, value: frac, message: `Item "${item}" has ${frac} value${frac === 1 ? '' : 's'} that are not whole numbers; its scale ${scaleText(scale)} has whole points only.` });
    }
  });
  return out;
}

/**
 * Turns the result rows of the queries of {@link momentsSql} into moments — the same `Moments`
 * object `momentsOf` gives on the complete rows — overall and per group level.
 *
 * @remarks
 * Rows of all queries (parts) are concatenated in any order; each carries `csi_part`,
 * `csi_set` (0 overall, `j` for the j-th grouping column) and the group keys. With factor
 * `a_k` (2 with a scale) the sums are `S_k = Σx_k/a_k`, `Q_kl = Σx_k x_l/(a_k a_l)`, then
 * `x̄_k = c_k + S_k/n`, `C_kl = Q_kl − S_k S_l/n` via `momentsFromSums`
 * (docs/methodology.md#sql-moments). Values may be numbers, bigints or numeric text (what
 * PostgreSQL and DuckDB drivers return for BIGINT, HUGEINT and NUMERIC). Column names are
 * matched case-insensitively. Values outside an item's scale or not whole where the scale
 * says so are counted by the query and reported here (without row numbers). A NULL group key
 * is no level (as in `createMomentsAccumulator`).
 *
 * @throws CsiError `INVALID_DATA` for a missing column, a non-numeric value, no overall row,
 *   values outside a scale; `INSUFFICIENT_DATA` when no row is complete.
 * @example
 * ```ts
 * import { momentsSql, momentsFromSqlRows, likert } from 'csi-analytics';
 * const q = momentsSql({ items: ['a', 'b'], defaultScale: likert(1, 5) }, { table: 't' });
 * const r = momentsFromSqlRows([{ csi_part: 0, csi_set: 0, csi_rows: 2, csi_n: 2, s_0: 0, s_1: 2, lo_0: 2, hi_0: 4, lo_1: 3, hi_1: 5, out_0: 0, out_1: 0, q_0_0: 8, q_0_1: 4, q_1_1: 8 }], q);
 * r.moments.means; // Float64Array [3, 3.5]
 * ```
 */
export function momentsFromSqlRows(rows: readonly Readonly<Record<string, unknown>>[], query: MomentsSql): SqlMomentsResult {
  if (query === null || typeof query !== 'object' || query.kind !== 'csi.moments-sql') {
    throw new CsiError('INVALID_OPTIONS', [{ kind: 'invalid_argument', value: describeValue(query), message: 'The second argument of momentsFromSqlRows must be the result of momentsSql (kind "csi.moments-sql").' }]);
  }
  if (!Array.isArray(rows)) {
    throw new CsiError('INVALID_DATA', [{ kind: 'invalid_argument', value: describeValue(rows), message: `The rows passed to momentsFromSqlRows are ${describeValue(rows)}; expected an array of result-row objects.` }]);
  }
  const rd = reader();
  const overall = emptySums(query);
  const levels = query.groupBy.map(() => new Map<string, Sums>());
  let overallRow: { row: Row; at: number } | undefined;
  rows.forEach((raw, i) => {
    const at = i + 1;
    const row: Row = new Map(Object.entries(raw ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
    const part = rd.num(row, at, 'csi_part', 'query part', false);
    const set = rd.num(row, at, 'csi_set', 'grouping set', false);
    if (set === 0) {
      if (part === 0) overallRow = { row, at };
      addRow(overall, row, at, query, rd, part);
      return;
    }
    const key = row.get(`g_${set - 1}`);
    const map = levels[set - 1];
    if (map === undefined || key === null || key === undefined) return;
    const level = String(key);
    let s = map.get(level);
    if (s === undefined) map.set(level, (s = emptySums(query)));
    addRow(s, row, at, query, rd, part);
  });
  const all = (query.items.length * (query.items.length + 1)) / 2;
  if (overallRow !== undefined && (seenPairs.get(overall) ?? 0) < all) {
    const p = query.items.length;
    const cols = new Set<string>();
    for (const r of rows) for (const k of Object.keys(r ?? {})) cols.add(k.toLowerCase());
    const missing: string[] = [];
    for (let k = 0; k < p; k++) for (let l = k; l < p; l++) if (!cols.has(`q_${k}_${l}`)) missing.push(`q_${k}_${l}`);
    for (const col of missing.slice(0, 5)) {
      const [k, l] = col.slice(2).split('_').map(Number) as [number, number];
      rd.issues.push({ kind: 'missing_column', value: col, message: `Column "${col}" (cross-product of "${query.items[k]}" and "${query.items[l]}") is missing from the result rows; pass the rows of every query of momentsSql, unchanged.` });
    }
    if (missing.length > 5) rd.issues.push({ kind: 'missing_column', message: `${missing.length - 5} more cross-product columns are missing.` });
    if (missing.length === 0) rd.issues.push({ kind: 'missing_row', message: `The overall row has ${seenPairs.get(overall) ?? 0} of ${all} cross-products; pass the rows of every query of momentsSql (${query.queries.length}).` });
  }
  if (overallRow === undefined) rd.issues.push({ kind: 'missing_row', message: 'The result rows hold no overall row (csi_part 0, csi_set 0); pass the rows of every query of momentsSql.' });
  else rd.issues.push(...scaleIssues(overallRow.row, overallRow.at, query, rd));
  if (rd.issues.length > 0) throw new CsiError('INVALID_DATA', rd.issues);
  return finish(query, overall, levels);
}

function finish(query: MomentsSql, overall: MomentSums, levels: readonly Map<string, MomentSums>[]): SqlMomentsResult {
  const warnings: CsiWarning[] = [];
  const groups = record<Readonly<Record<string, Moments>>>();
  const stateGroups = record<Readonly<Record<string, MomentSums>>>();
  query.groupBy.forEach((g, j) => {
    const out = record<Moments>();
    const sums = record<MomentSums>();
    const map = levels[j] as Map<string, MomentSums>;
    for (const level of [...map.keys()].sort()) {
      const s = map.get(level) as MomentSums;
      sums[level] = s;
      if (s.n > 0) out[level] = momentsFromSums(query.items, s, { missing: 'listwise' });
      else warnings.push({ kind: 'empty_group', message: `Level "${level}" of "${g}" has ${s.rowsIn} rows but none is complete on the items, so it has no moments.` });
    }
    groups[g] = out;
    stateGroups[g] = sums;
  });
  const moments = momentsFromSums(query.items, overall, { missing: 'listwise' });
  const state: MomentsAccumulatorState = { kind: 'csi.moments-accumulator', version: 1, items: [...query.items], missing: 'listwise', groupBy: [...query.groupBy], overall, groups: stateGroups };
  return Object.freeze({
    kind: 'csi.sql-moments',
    items: query.items,
    rowsIn: overall.rowsIn,
    rowsUsed: overall.n,
    rowsSkipped: overall.rowsSkipped,
    moments,
    groups,
    state,
    scales: query.scales,
    warnings: Object.freeze(warnings),
  });
}
