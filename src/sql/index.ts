/**
 * Sufficient statistics computed by SQL engines (DuckDB, PostgreSQL, warehouses). @packageDocumentation
 */
export { momentsSql, type MomentsSql, type MomentsSqlOptions, type MomentsSqlSpec } from './momentsSql.js';
export { momentsFromSqlRows, type SqlMomentsResult } from './momentsFromSqlRows.js';
export { SQL_DIALECTS, type SqlDialect } from './sqlDialect.js';
