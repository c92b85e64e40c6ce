/**
 * `momentsSql(spec, options)`: SQL that computes the sufficient statistics of a set of items
 * inside a database or warehouse. @packageDocumentation
 */
import { CsiError, type CsiIssue } from '../errors.js';
import { checkScale } from '../data/checkScale.js';
import type { ItemScale } from '../data/types.js';
import type { ModelSpec } from '../spec/types.js';
import { record } from '../util/record.js';
import { checkOptions, countRule, describeValue, objectRule, oneOfRule, stringArrayRule, stringRule, type OptionSpec } from '../validate/index.js';
import { DIALECT_RULES, SQL_DIALECTS, quoteIdentifier, type SqlDialect } from './sqlDialect.js';

/** What to summarise: the items (or a model whose items are taken) and their scales. */
export interface MomentsSqlSpec {
  /** Item columns, in this order. @defaultValue the items of `model` */
  readonly items?: readonly string[];
  /** A model whose constructs' items are used when `items` is absent. */
  readonly model?: ModelSpec;
  /** Scale per item (missing codes, range check, reverse coding, whole points, shift). */
  readonly scales?: Readonly<Record<string, ItemScale>>;
  /** Scale of every item without an entry in `scales`. */
  readonly defaultScale?: ItemScale;
}

/** Options of {@link momentsSql}: exactly one of `table` or `query`. */
export interface MomentsSqlOptions {
  /** A table or view, optionally qualified (`schema.table`; each part is quoted). */
  readonly table?: string;
  /** A SELECT whose result is summarised (used as a subquery, not quoted). */
  readonly query?: string;
  /** Grouping columns (segments, periods), each summarised per level in the same query. @defaultValue [] */
  readonly groupBy?: readonly string[];
  /** The SQL dialect. @defaultValue 'duckdb' */
  readonly dialect?: SqlDialect;
  /** `'sets'` (one scan, GROUPING SETS) or `'union'` (one SELECT per grouping set). @defaultValue 'sets', 'union' for ClickHouse */
  readonly grouping?: 'sets' | 'union';
  /** Most result columns per query; cross-products beyond it go to further queries. @defaultValue 1664 for PostgreSQL, 10000 otherwise */
  readonly maxColumns?: number;
}

/** Generated SQL and what {@link momentsFromSqlRows} needs to read its result back. */
export interface MomentsSql {
  readonly kind: 'csi.moments-sql';
  readonly dialect: SqlDialect;
  readonly items: readonly string[];
  readonly groupBy: readonly string[];
  /** Per item, the shift `c_k` (scale midpoint, after reverse coding; 0 without a scale). */
  readonly shift: readonly number[];
  /** Per item, the factor `a_k`: the SQL sums hold `a_k (x_k − c_k)` (2 with a scale so integer data stay integers, 1 without). */
  readonly factor: readonly number[];
  /** Scales applied per item. */
  readonly scales: Readonly<Record<string, ItemScale>>;
  /** The queries to run; concatenate their rows and pass them to `momentsFromSqlRows`. */
  readonly queries: readonly string[];
  /** All queries as one script (`;`-separated), for reading or copying. */
  readonly sql: string;
}

const OPTION_SPEC: OptionSpec = {
  table: stringRule(),
  query: stringRule(),
  groupBy: stringArrayRule(),
  dialect: oneOfRule(SQL_DIALECTS),
  grouping: oneOfRule(['sets', 'union']),
  maxColumns: countRule(1664, 8),
};

/** A finite number as an SQL literal. */
function lit(x: number): string {
  return String(x);
}

interface ItemPlan {
  readonly name: string;
  readonly scale: ItemScale | undefined;
  readonly shift: number;
  readonly factor: number;
}

/** Items and scales from the spec, with every problem collected. */
function resolveSpec(spec: MomentsSqlSpec): { items: ItemPlan[]; scales: Record<string, ItemScale> } {
  const issues: CsiIssue[] = [];
  if (spec === null || typeof spec !== 'object') {
    throw new CsiError('INVALID_OPTIONS', [{ kind: 'invalid_argument', value: describeValue(spec), message: `The spec passed to momentsSql is ${describeValue(spec)}; expected { items: [...], defaultScale: likert(1, 10) } or { model }.` }]);
  }
  let names: readonly string[] = [];
  if (spec.items !== undefined) {
    if (stringArrayRule()(spec.items) !== undefined || spec.items.length === 0) issues.push({ kind: 'invalid_argument', value: describeValue(spec.items), message: `The items of momentsSql are ${describeValue(spec.items)}; expected a non-empty array of column names.` });
    else names = spec.items;
  } else if (spec.model !== undefined && Array.isArray(spec.model.constructs)) names = spec.model.constructs.flatMap((c) => c.items);
  else issues.push({ kind: 'invalid_argument', message: 'momentsSql needs `items` or a `model` in its spec.' });
  const dup = names.filter((n, i) => names.indexOf(n) !== i);
  for (const d of new Set(dup)) issues.push({ kind: 'duplicate_item', item: d, message: `Item "${d}" is listed more than once.` });
  const scales = record<ItemScale>();
  for (const name of Object.keys(spec.scales ?? {})) {
    const r = checkScale((spec.scales as Record<string, unknown>)[name], `Scale of item "${name}"`);
    issues.push(...r.issues);
    if (r.scale !== undefined) scales[name] = r.scale;
  }
  let def: ItemScale | undefined;
  if (spec.defaultScale !== undefined) {
    const r = checkScale(spec.defaultScale, 'The default scale');
    issues.push(...r.issues);
    def = r.scale;
  }
  if (issues.length > 0) throw new CsiError(issues.some((i) => i.kind.includes('scale') || /scale/i.test(i.message)) ? 'INVALID_SCALE' : 'INVALID_OPTIONS', issues);
  const used = record<ItemScale>();
  const items = names.map((name) => {
    const scale = scales[name] ?? def;
    if (scale !== undefined) used[name] = scale;
    return { name, scale, shift: scale !== undefined ? (scale.min + scale.max) / 2 : 0, factor: scale !== undefined ? 2 : 1 };
  });
  return { items, scales: used };
}

/** Innermost SELECT: group keys `g_j` and items `v_k` with missing codes → NULL and reverse coding. */
function valueLayer(items: readonly ItemPlan[], groupBy: readonly string[], source: string, d: SqlDialect): string {
  const cols = groupBy.map((g, j) => `${quoteIdentifier(g, d)} AS g_${j}`);
  items.forEach((it, k) => {
    const q = quoteIdentifier(it.name, d);
    const codes = it.scale?.missingCodes ?? [];
    let v = codes.length > 0 ? `CASE WHEN ${q} IN (${codes.map(lit).join(', ')}) THEN NULL ELSE ${q} END` : q;
    if (it.scale?.reverse === true) v = `${lit(it.scale.min + it.scale.max)} - ${codes.length > 0 ? `(${v})` : v}`;
    cols.push(`${v} AS v_${k}`);
  });
  return `SELECT ${cols.join(', ')} FROM ${source} AS csi_src`;
}

/** Middle SELECT: the completeness flag and shifted, scaled items `x_k = a_k(v_k − c_k)` on complete rows only (listwise). */
function shiftLayer(items: readonly ItemPlan[], groupBy: readonly string[], inner: string): string {
  const complete = items.map((_, k) => `v_${k} IS NOT NULL`).join(' AND ');
  const cols = groupBy.map((_, j) => `g_${j}`);
  cols.push(`CASE WHEN ${complete} THEN 1 ELSE 0 END AS csi_ok`);
  items.forEach((it, k) => {
    cols.push(`v_${k}`);
    const x = it.scale !== undefined ? `2 * v_${k} - ${lit(it.scale.min + it.scale.max)}` : `v_${k}`;
    cols.push(`CASE WHEN ${complete} THEN ${x} END AS x_${k}`);
  });
  return `SELECT ${cols.join(', ')} FROM (${inner}) AS csi_v`;
}

/** Aggregates of part 0: counts, sums and the per-item checks (range, whole points). */
function firstPartAggregates(items: readonly ItemPlan[]): string[] {
  const out = ['COUNT(*) AS csi_rows', 'SUM(csi_ok) AS csi_n'];
  items.forEach((it, k) => {
    out.push(`SUM(x_${k}) AS s_${k}`, `MIN(v_${k}) AS lo_${k}`, `MAX(v_${k}) AS hi_${k}`);
    const s = it.scale;
    if (s !== undefined) out.push(`SUM(CASE WHEN v_${k} < ${lit(s.min)} OR v_${k} > ${lit(s.max)} THEN 1 ELSE 0 END) AS out_${k}`);
    if (s?.integer === true) out.push(`SUM(CASE WHEN v_${k} <> FLOOR(v_${k}) THEN 1 ELSE 0 END) AS frac_${k}`);
  });
  return out;
}

/** The cross-product columns `q_k_l` (k ≤ l) split into parts of at most `room` columns after part 0's `first`. */
function splitPairs(p: number, first: number, room: number): string[][] {
  const parts: string[][] = [[]];
  let left = room - first;
  for (let k = 0; k < p; k++) {
    for (let l = k; l < p; l++) {
      if (left <= 0) {
        parts.push([]);
        left = room;
      }
      (parts[parts.length - 1] as string[]).push(`SUM(x_${k} * x_${l}) AS q_${k}_${l}`);
      left--;
    }
  }
  return parts;
}

/** One query of a part: every grouping set in one scan (GROUPING SETS) or one SELECT per set (UNION ALL). */
function partQuery(part: number, aggs: readonly string[], groupBy: readonly string[], from: string, style: 'sets' | 'union'): string {
  const g = groupBy.map((_, j) => `g_${j}`);
  if (groupBy.length === 0) return `SELECT ${part} AS csi_part, 0 AS csi_set, ${aggs.join(', ')} FROM (${from}) AS csi_x`;
  if (style === 'sets') {
    const set = `CASE ${g.map((c, j) => `WHEN GROUPING(${c}) = 0 THEN ${j + 1}`).join(' ')} ELSE 0 END AS csi_set`;
    return `SELECT ${part} AS csi_part, ${set}, ${g.join(', ')}, ${aggs.join(', ')} FROM (${from}) AS csi_x GROUP BY GROUPING SETS ((), ${g.map((c) => `(${c})`).join(', ')})`;
  }
  const selects = [-1, ...groupBy.map((_, j) => j)].map((j) => {
    const keys = g.map((c, i) => (i === j ? c : `NULL AS ${c}`)).join(', ');
    return `SELECT ${part} AS csi_part, ${j + 1} AS csi_set, ${keys}, ${aggs.join(', ')} FROM (${from}) AS csi_x${j >= 0 ? ` GROUP BY g_${j}` : ''}`;
  });
  return selects.join(' UNION ALL ');
}

/**
 * Writes the SQL that computes, inside a database or warehouse, the shifted sums from which
 * {@link momentsFromSqlRows} rebuilds the moments `momentsOf` gives — overall and per level of
 * grouping columns, in one scan.
 *
 * @remarks
 * Per item `k` with scale `[min, max]` the query sums `x_k = 2v_k − (min + max) = 2(v_k − c_k)`
 * (`c_k` the scale midpoint, `v_k` after missing codes → NULL and reverse coding
 * `(min + max) − v`), and per pair `k ≤ l` the cross-products `x_k x_l`, over complete rows;
 * with integer-coded items every sum is an exact integer in the engine's own integer type, so
 * DuckDB, PostgreSQL and the JS streamer agree bit for bit. Then `S_k = Σx_k/2`, `Q_kl = Σx_k x_l/4`,
 * `x̄_k = c_k + S_k/n` and `C_kl = Q_kl − S_k S_l/n` (docs/methodology.md#sql-moments,
 * docs/methodology.md#streaming-moments). Missing data are handled **listwise** (a row with
 * any NULL or missing code is left out and counted as skipped). Groups come from one scan with
 * `GROUP BY GROUPING SETS ((), (g1), …)` and `GROUPING()`; ClickHouse (and `grouping: 'union'`)
 * uses one SELECT per set joined by UNION ALL. Identifiers are quoted per dialect
 * (`"…"`, or `` `…` `` for Spark and BigQuery). When the result would exceed `maxColumns`
 * (PostgreSQL allows 1,664 select-list entries: 56 items of cross-products), the cross-products
 * are split over several queries (`csi_part` 1, 2, …), each grouped the same way. Functions used:
 * COUNT, SUM, MIN, MAX, FLOOR, GROUPING (and CASE), all documented in each dialect.
 *
 * @throws CsiError `INVALID_OPTIONS` for bad options (neither or both of `table`/`query`),
 *   `INVALID_SCALE` for a bad scale.
 * @example
 * ```ts
 * import { momentsSql, likert } from 'csi-analytics';
 * const q = momentsSql({ items: ['CUSA1', 'CUSA2'], defaultScale: likert(1, 10) }, { table: 'survey', groupBy: ['tier'], dialect: 'postgres' });
 * q.queries.length; // 1
 * ```
 */
export function momentsSql(spec: MomentsSqlSpec, options: MomentsSqlOptions = {}): MomentsSql {
  const o = checkOptions<MomentsSqlOptions>(options, OPTION_SPEC, 'momentsSql', sourceIssues(options));
  const d = o.dialect ?? 'duckdb';
  const rules = DIALECT_RULES[d];
  const { items, scales } = resolveSpec(spec);
  const groupBy = [...(o.groupBy ?? [])];
  const source = o.table !== undefined ? o.table.split('.').map((s) => quoteIdentifier(s, d)).join('.') : `(${o.query as string})`;
  const from = shiftLayer(items, groupBy, valueLayer(items, groupBy, source, d));
  const keys = 2 + groupBy.length;
  const first = firstPartAggregates(items);
  const room = (o.maxColumns ?? rules.maxColumns) - keys;
  if (room - first.length < 1) {
    throw new CsiError('INVALID_OPTIONS', `momentsSql needs at least ${keys + first.length + 1} columns in one query for ${items.length} items; "maxColumns" is ${o.maxColumns ?? rules.maxColumns}.`);
  }
  const parts = splitPairs(items.length, first.length, room);
  parts[0] = [...first, ...(parts[0] as string[])];
  const style = o.grouping ?? rules.grouping;
  const queries = parts.map((aggs, part) => partQuery(part, aggs, groupBy, from, style));
  return Object.freeze({
    kind: 'csi.moments-sql',
    dialect: d,
    items: Object.freeze(items.map((i) => i.name)),
    groupBy: Object.freeze(groupBy),
    shift: Object.freeze(items.map((i) => i.shift)),
    factor: Object.freeze(items.map((i) => i.factor)),
    scales,
    queries: Object.freeze(queries),
    sql: queries.map((q) => `${q};`).join('\n\n'),
  });
}

function sourceIssues(options: MomentsSqlOptions): CsiIssue[] {
  if (options === null || typeof options !== 'object') return [];
  const n = (options.table !== undefined ? 1 : 0) + (options.query !== undefined ? 1 : 0);
  return n === 1 ? [] : [{ kind: 'invalid_option', message: `momentsSql needs exactly one of the options "table" (a table name) or "query" (a SELECT); got ${n === 0 ? 'neither' : 'both'}.` }];
}
