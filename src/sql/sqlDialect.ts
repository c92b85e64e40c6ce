/**
 * SQL dialects of the moments queries: identifier quoting, grouping style, column limits. @packageDocumentation
 */

/** SQL engines `momentsSql` writes for. */
export type SqlDialect = 'duckdb' | 'postgres' | 'spark' | 'bigquery' | 'clickhouse' | 'snowflake';

/**
 * Every dialect `momentsSql` writes for, in documentation order.
 *
 * @remarks
 * Not a statistic. DuckDB and PostgreSQL are tested against real engines; Spark SQL, BigQuery,
 * ClickHouse and Snowflake queries use only functions those engines document
 * (docs/methodology.md#sql-moments).
 * @example
 * ```ts
 * import { SQL_DIALECTS } from 'csi-analytics';
 * SQL_DIALECTS.includes('postgres'); // true
 * ```
 */
export const SQL_DIALECTS: readonly SqlDialect[] = Object.freeze(['duckdb', 'postgres', 'spark', 'bigquery', 'clickhouse', 'snowflake']);

/** What the query generator needs to know about a dialect. @internal */
export interface DialectRules {
  /** Quote character of identifiers and how a quote inside a name is escaped. */
  readonly open: string;
  readonly close: string;
  readonly escape: (name: string) => string;
  /** `'sets'`: one scan with GROUPING SETS and GROUPING(); `'union'`: one SELECT per grouping set. */
  readonly grouping: 'sets' | 'union';
  /** Most result columns one SELECT may have (PostgreSQL: 1,664 target-list entries). */
  readonly maxColumns: number;
}

const doubled = (q: string) => (name: string): string => name.split(q).join(q + q);

/**
 * Per-dialect rules. ClickHouse gets UNION ALL because its `grouping()` marks the *used* keys
 * with 1, the opposite of the SQL standard, unless `force_grouping_standard_compatibility` is set.
 * @internal
 */
export const DIALECT_RULES: Readonly<Record<SqlDialect, DialectRules>> = Object.freeze({
  duckdb: { open: '"', close: '"', escape: doubled('"'), grouping: 'sets', maxColumns: 10000 },
  postgres: { open: '"', close: '"', escape: doubled('"'), grouping: 'sets', maxColumns: 1664 },
  spark: { open: '`', close: '`', escape: doubled('`'), grouping: 'sets', maxColumns: 10000 },
  bigquery: { open: '`', close: '`', escape: (n: string) => n.replace(/\\/g, '\\\\').replace(/`/g, '\\`'), grouping: 'sets', maxColumns: 10000 },
  clickhouse: { open: '"', close: '"', escape: doubled('"'), grouping: 'union', maxColumns: 10000 },
  snowflake: { open: '"', close: '"', escape: doubled('"'), grouping: 'sets', maxColumns: 10000 },
});

/** `name` quoted as an identifier of `dialect` (case kept, quotes inside escaped). @internal */
export function quoteIdentifier(name: string, dialect: SqlDialect): string {
  const r = DIALECT_RULES[dialect];
  return `${r.open}${r.escape(name)}${r.close}`;
}
