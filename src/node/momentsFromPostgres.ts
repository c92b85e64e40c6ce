/**
 * `momentsFromPostgres(spec, options)`: sufficient statistics computed by a PostgreSQL server (Node only). @packageDocumentation
 */
import { CsiError } from '../errors.js';
import { momentsSql, type MomentsSqlSpec } from '../sql/momentsSql.js';
import { momentsFromSqlRows, type SqlMomentsResult } from '../sql/momentsFromSqlRows.js';
import { sqlColumnIssues, type SqlColumn } from '../sql/sqlColumnIssues.js';
import { quoteIdentifier } from '../sql/sqlDialect.js';
import { booleanRule, checkOptions, signalRule, stringArrayRule, stringRule, throwIfAborted, type OptionSpec } from '../validate/index.js';
import { loadOptionalPackage } from './loadOptionalPackage.js';

/** Options of {@link momentsFromPostgres}: a connection and exactly one of `table` or `sql`. */
export interface MomentsFromPostgresOptions {
  /** `postgres://user:password@host:port/database` (or `host=/socket/dir` forms `pg` accepts). */
  readonly connectionString?: string;
  /** A table or view (`schema.table`; each part quoted). */
  readonly table?: string;
  /** A SELECT whose result is summarised. */
  readonly sql?: string;
  /** Grouping columns (segments, periods). @defaultValue [] */
  readonly groupBy?: readonly string[];
  /** Run `SET jit = off` first (JIT compilation makes these wide aggregates several times slower). @defaultValue true */
  readonly jitOff?: boolean;
  /** Checked between queries (`CsiError('ABORTED')`). */
  readonly signal?: AbortSignal;
}

const OPTION_SPEC: OptionSpec = {
  connectionString: stringRule(),
  table: stringRule(),
  sql: stringRule(),
  groupBy: stringArrayRule(),
  jitOff: booleanRule,
  signal: signalRule,
};

/** Type OIDs of int2, int4, int8, float4, float8, numeric. */
const NUMERIC_OIDS = new Map([[21, 'smallint'], [23, 'integer'], [20, 'bigint'], [700, 'real'], [701, 'double precision'], [1700, 'numeric']]);

/** Names of common non-numeric types, for messages. */
const OTHER_OIDS = new Map([[25, 'text'], [1043, 'varchar'], [1042, 'char'], [16, 'boolean'], [1082, 'date'], [1114, 'timestamp']]);

/** The connection string without its password, for messages. */
function safeTarget(cs: string): string {
  return cs.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

function dbError(e: unknown, doing: string): CsiError {
  const msg = e instanceof Error ? e.message.trim() || String((e as { code?: unknown }).code ?? e.name) : String(e);
  return new CsiError('DATABASE_ERROR', [{ kind: 'database_error', value: msg, message: `PostgreSQL failed while ${doing}: ${msg}` }]);
}

/**
 * Computes the moments of the items inside a PostgreSQL server (via the optional peer
 * dependency `pg`, loaded on first use), from a table or a query — overall and per group level
 * in one scan; only a few result rows travel over the network.
 *
 * @remarks
 * Runs the queries of `momentsSql(spec, { dialect: 'postgres' })` (split over several queries
 * beyond PostgreSQL's 1,664 select-list entries, i.e. above 55 items) in one read-only
 * transaction, and reads them back with `momentsFromSqlRows` (docs/methodology.md#sql-moments):
 * exact integer sums for integer-coded items (`int4`/`int8`/`numeric` arithmetic), listwise
 * missing handling. The source's columns are checked first (unknown or non-numeric items, unknown
 * grouping columns: one `CsiError('INVALID_DATA')`).
 *
 * @throws CsiError `INVALID_OPTIONS` (kind `missing_dependency`) when `pg` is not installed;
 *   `DATABASE_ERROR` when the connection or a query fails; `INVALID_DATA` for bad columns or values.
 * @example
 * ```ts
 * import { momentsFromPostgres } from 'csi-analytics/node';
 * import { ecsiModel, estimatePlsFromMoments, likert } from 'csi-analytics';
 * const model = ecsiModel();
 * const r = await momentsFromPostgres({ model, defaultScale: likert(1, 10) }, { connectionString: 'postgres://localhost/survey', table: 'mobi' });
 * const fit = estimatePlsFromMoments(model, r.moments, { scales: r.scales });
 * ```
 */
export async function momentsFromPostgres(spec: MomentsSqlSpec, options: MomentsFromPostgresOptions = {}): Promise<SqlMomentsResult> {
  const given = (['table', 'sql'] as const).filter((k) => options !== null && typeof options === 'object' && options[k] !== undefined);
  const o = checkOptions<MomentsFromPostgresOptions>(options, OPTION_SPEC, 'momentsFromPostgres', given.length === 1 ? [] : [
    { kind: 'invalid_option', message: `momentsFromPostgres needs exactly one of the options "table" or "sql"; got ${given.length === 0 ? 'neither' : 'both'}.` },
  ]);
  const pg = await loadOptionalPackage('pg', () => import('pg'), 'momentsFromPostgres (--db postgres://…)');
  const groupBy = o.groupBy ?? [];
  const q = o.table !== undefined ? momentsSql(spec, { table: o.table, groupBy, dialect: 'postgres' }) : momentsSql(spec, { query: o.sql as string, groupBy, dialect: 'postgres' });
  const Client = (pg.default ?? pg).Client;
  const client = new Client(o.connectionString !== undefined ? { connectionString: o.connectionString } : {});
  const target = o.connectionString !== undefined ? safeTarget(o.connectionString) : 'the default server (PG* environment variables)';
  try {
    await client.connect();
  } catch (e) {
    await client.end().catch(() => undefined);
    throw dbError(e, `connecting to ${target}`);
  }
  const what = o.table !== undefined ? `the table "${o.table}"` : 'the query';
  try {
    const run = async (sql: string, doing: string) => {
      try {
        return await client.query(sql);
      } catch (e) {
        throw dbError(e, doing);
      }
    };
    await run('BEGIN READ ONLY', 'starting a read-only transaction');
    if (o.jitOff !== false) await run('SET LOCAL jit = off', 'turning JIT off');
    const source = o.table !== undefined ? o.table.split('.').map((s) => quoteIdentifier(s, 'postgres')).join('.') : `(${o.sql as string}) AS csi_src`;
    const head = await run(`SELECT * FROM ${source} LIMIT 0`, `reading the columns of ${what}`);
    const columns: SqlColumn[] = head.fields.map((f) => ({ name: f.name, type: NUMERIC_OIDS.get(f.dataTypeID) ?? OTHER_OIDS.get(f.dataTypeID) ?? `type-${f.dataTypeID}`, numeric: NUMERIC_OIDS.has(f.dataTypeID) }));
    const issues = sqlColumnIssues(columns, q.items, groupBy, what);
    if (issues.length > 0) throw new CsiError('INVALID_DATA', issues);
    const rows: Record<string, unknown>[] = [];
    for (const sql of q.queries) {
      throwIfAborted(o.signal, 'momentsFromPostgres');
      rows.push(...((await run(sql, `computing the moments of ${what}`)).rows as Record<string, unknown>[]));
    }
    await run('COMMIT', 'ending the transaction');
    return momentsFromSqlRows(rows, q);
  } finally {
    await client.end().catch(() => undefined);
  }
}
