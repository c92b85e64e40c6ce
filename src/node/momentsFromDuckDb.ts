/**
 * `momentsFromDuckDb(spec, options)`: sufficient statistics computed by an embedded DuckDB, from a
 * CSV, Parquet or JSON file or any DuckDB query (Node only). @packageDocumentation
 */
import { CsiError } from '../errors.js';
import { momentsSql, type MomentsSqlSpec } from '../sql/momentsSql.js';
import { momentsFromSqlRows, type SqlMomentsResult } from '../sql/momentsFromSqlRows.js';
import { sqlColumnIssues, type SqlColumn } from '../sql/sqlColumnIssues.js';
import { checkOptions, countRule, signalRule, stringArrayRule, stringRule, throwIfAborted, type OptionSpec } from '../validate/index.js';
import { loadOptionalPackage } from './loadOptionalPackage.js';

/** Options of {@link momentsFromDuckDb}: exactly one of `file`, `sql` or `table`. */
export interface MomentsFromDuckDbOptions {
  /** A CSV (`read_csv_auto`), Parquet (`.parquet`) or JSON (`.json`, `.ndjson`, `.jsonl`) file; globs allowed. */
  readonly file?: string;
  /** A DuckDB SELECT whose result is summarised (may read files itself). */
  readonly sql?: string;
  /** A table of `database`. */
  readonly table?: string;
  /** A DuckDB database file. @defaultValue ':memory:' */
  readonly database?: string;
  /** Grouping columns (segments, periods). @defaultValue [] */
  readonly groupBy?: readonly string[];
  /** CSV cells read as NULL (missing). @defaultValue ['', 'NA', 'N/A', '.'] */
  readonly missingTokens?: readonly string[];
  /** DuckDB worker threads. @defaultValue DuckDB's default (all cores) */
  readonly threads?: number;
  /** Checked between queries (`CsiError('ABORTED')`). */
  readonly signal?: AbortSignal;
}

const OPTION_SPEC: OptionSpec = {
  file: stringRule(),
  sql: stringRule(),
  table: stringRule(),
  database: stringRule(),
  groupBy: stringArrayRule(),
  missingTokens: stringArrayRule(),
  threads: countRule(2, 1, 1024),
  signal: signalRule,
};

const NUMERIC = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|DOUBLE|REAL|DECIMAL.*)$/i;

const text = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/** The DuckDB table function reading `file`, by extension. */
function fileSource(file: string, tokens: readonly string[]): string {
  if (/\.parquet$/i.test(file)) return `SELECT * FROM read_parquet(${text(file)})`;
  if (/\.(json|ndjson|jsonl)$/i.test(file)) return `SELECT * FROM read_json_auto(${text(file)})`;
  return `SELECT * FROM read_csv_auto(${text(file)}, nullstr = [${tokens.map(text).join(', ')}])`;
}

/** A DuckDB failure as a CsiError naming what was being done. */
function dbError(e: unknown, doing: string): CsiError {
  const msg = e instanceof Error ? e.message.trim() : String(e);
  return new CsiError('DATABASE_ERROR', [{ kind: 'database_error', value: msg.split('\n')[0] ?? msg, message: `DuckDB failed while ${doing}: ${msg}` }]);
}

/**
 * Computes the moments of the items inside an embedded DuckDB (`@duckdb/node-api`, an optional
 * peer dependency loaded on first use), from a CSV, Parquet or JSON file read directly, a query
 * or a table — overall and per group level in one multi-threaded scan.
 *
 * @remarks
 * Runs the queries of `momentsSql(spec, { dialect: 'duckdb' })` and reads them back with
 * `momentsFromSqlRows` (docs/methodology.md#sql-moments): exact integer sums for integer-coded
 * items, listwise missing handling (rows with a NULL or a missing code are skipped and counted in
 * `rowsSkipped`). Before that, the source's columns are described: unknown items or grouping
 * columns and non-numeric item columns are reported together as one `CsiError('INVALID_DATA')`.
 * Fit with `estimatePlsFromMoments(model, r.moments, { scales: r.scales })`.
 *
 * @throws CsiError `INVALID_OPTIONS` (kind `missing_dependency`) when `@duckdb/node-api` is not
 *   installed; `INVALID_DATA` for bad columns or values; `DATABASE_ERROR` when DuckDB fails
 *   (a missing file, a bad query).
 * @example
 * ```ts
 * import { momentsFromDuckDb } from 'csi-analytics/node';
 * import { ecsiModel, estimatePlsFromMoments, likert } from 'csi-analytics';
 * const model = ecsiModel();
 * const r = await momentsFromDuckDb({ model, defaultScale: likert(1, 10) }, { file: 'examples/data/ecsi-mobi.csv' });
 * const fit = estimatePlsFromMoments(model, r.moments, { scales: r.scales });
 * ```
 */
export async function momentsFromDuckDb(spec: MomentsSqlSpec, options: MomentsFromDuckDbOptions = {}): Promise<SqlMomentsResult> {
  const given = (['file', 'sql', 'table'] as const).filter((k) => options !== null && typeof options === 'object' && options[k] !== undefined);
  const o = checkOptions<MomentsFromDuckDbOptions>(options, OPTION_SPEC, 'momentsFromDuckDb', given.length === 1 ? [] : [
    { kind: 'invalid_option', message: `momentsFromDuckDb needs exactly one of the options "file", "sql" or "table"; got ${given.length === 0 ? 'none' : given.map((g) => `"${g}"`).join(' and ')}.` },
  ]);
  const duckdb = await loadOptionalPackage('@duckdb/node-api', () => import('@duckdb/node-api'), 'momentsFromDuckDb (--engine duckdb)');
  const groupBy = o.groupBy ?? [];
  const source = o.file !== undefined ? fileSource(o.file, o.missingTokens ?? ['', 'NA', 'N/A', '.']) : o.sql;
  const q = o.table !== undefined ? momentsSql(spec, { table: o.table, groupBy, dialect: 'duckdb' }) : momentsSql(spec, { query: source as string, groupBy, dialect: 'duckdb' });
  let instance: Awaited<ReturnType<typeof duckdb.DuckDBInstance.create>>;
  try {
    instance = await duckdb.DuckDBInstance.create(o.database ?? ':memory:', o.threads !== undefined ? { threads: String(o.threads) } : {});
  } catch (e) {
    throw dbError(e, `opening the database ${o.database ?? ':memory:'}`);
  }
  const con = await instance.connect();
  try {
    const what = o.file !== undefined ? `the file "${o.file}"` : o.table !== undefined ? `the table "${o.table}"` : 'the query';
    const described = await run(con, `DESCRIBE ${o.table !== undefined ? `SELECT * FROM ${o.table.split('.').map((s) => `"${s.replace(/"/g, '""')}"`).join('.')}` : (source as string)}`, `reading the columns of ${what}`);
    const columns: SqlColumn[] = described.map((r) => ({ name: String(r.column_name), type: String(r.column_type), numeric: NUMERIC.test(String(r.column_type)) }));
    const issues = sqlColumnIssues(columns, q.items, groupBy, what);
    if (issues.length > 0) throw new CsiError('INVALID_DATA', issues);
    const rows: Record<string, unknown>[] = [];
    for (const sql of q.queries) {
      throwIfAborted(o.signal, 'momentsFromDuckDb');
      rows.push(...(await run(con, sql, `computing the moments of ${what}`)));
    }
    return momentsFromSqlRows(rows, q);
  } finally {
    con.closeSync();
    instance.closeSync();
  }
}

async function run(con: { runAndReadAll(sql: string): Promise<{ getRowObjectsJson(): unknown[] }> }, sql: string, doing: string): Promise<Record<string, unknown>[]> {
  try {
    return (await con.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
  } catch (e) {
    throw dbError(e, doing);
  }
}
