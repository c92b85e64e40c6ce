import { describe, expect, it } from 'vitest';
import { CsiError, estimatePlsFromMoments, likert, momentsFromSqlRows, momentsOf, momentsSql, SQL_DIALECTS, type SqlDialect } from 'csi-analytics';
import { ecsiMobiModel, loadMobi, loadPeer } from '../helpers/fixtures.js';

// Functions each dialect documents (the generated SQL may call nothing else):
const ALLOWED: Record<SqlDialect, { functions: string[]; docs: string[] }> = {
  duckdb: {
    functions: ['COUNT', 'SUM', 'MIN', 'MAX', 'FLOOR', 'GROUPING'],
    docs: ['https://duckdb.org/docs/stable/sql/functions/aggregates', 'https://duckdb.org/docs/stable/sql/functions/numeric#floorx', 'https://duckdb.org/docs/stable/sql/query_syntax/grouping_sets'],
  },
  postgres: {
    functions: ['COUNT', 'SUM', 'MIN', 'MAX', 'FLOOR', 'GROUPING'],
    docs: ['https://www.postgresql.org/docs/15/functions-aggregate.html (Tables 9.59, 9.62 GROUPING)', 'https://www.postgresql.org/docs/15/functions-math.html', 'https://www.postgresql.org/docs/15/queries-table-expressions.html#QUERIES-GROUPING-SETS'],
  },
  spark: {
    functions: ['COUNT', 'SUM', 'MIN', 'MAX', 'FLOOR', 'GROUPING'],
    docs: ['https://spark.apache.org/docs/latest/sql-ref-functions-builtin.html', 'https://spark.apache.org/docs/latest/sql-ref-syntax-qry-select-groupby.html'],
  },
  bigquery: {
    functions: ['COUNT', 'SUM', 'MIN', 'MAX', 'FLOOR', 'GROUPING'],
    docs: ['https://cloud.google.com/bigquery/docs/reference/standard-sql/aggregate_functions', 'https://cloud.google.com/bigquery/docs/reference/standard-sql/mathematical_functions#floor', 'https://cloud.google.com/bigquery/docs/reference/standard-sql/query-syntax#group_by_grouping_sets'],
  },
  clickhouse: {
    // UNION ALL, no GROUPING (its grouping() is not the SQL-standard one)
    functions: ['COUNT', 'SUM', 'MIN', 'MAX', 'FLOOR'],
    docs: ['https://clickhouse.com/docs/sql-reference/aggregate-functions/reference', 'https://clickhouse.com/docs/sql-reference/functions/rounding-functions#floor', 'https://clickhouse.com/docs/sql-reference/statements/select/union'],
  },
  snowflake: {
    functions: ['COUNT', 'SUM', 'MIN', 'MAX', 'FLOOR', 'GROUPING'],
    docs: ['https://docs.snowflake.com/en/sql-reference/functions-aggregation', 'https://docs.snowflake.com/en/sql-reference/functions/floor', 'https://docs.snowflake.com/en/sql-reference/functions/grouping', 'https://docs.snowflake.com/en/sql-reference/constructs/group-by-grouping-sets'],
  },
};
// Keywords that may stand before "(" without being a function call.
const KEYWORDS = new Set(['IN', 'SETS', 'FROM', 'BY']);

/** Words called like functions in SQL text, after removing quoted identifiers and string literals. */
function calledWords(sql: string): string[] {
  const bare = sql.replace(/"(?:[^"]|"")*"|`(?:[^`\\]|\\.|``)*`|'(?:[^']|'')*'/g, ' ');
  return [...bare.matchAll(/([A-Za-z_][A-Za-z0-9_]*)\s*\(/g)].map((m) => (m[1] as string).toUpperCase()).filter((w) => !KEYWORDS.has(w));
}

const items = ecsiMobiModel.constructs.flatMap((c) => c.items);
const scale10 = likert(1, 10, { missingCodes: [99], integer: true });
const spec = { items, defaultScale: scale10, scales: { CUSCO: { ...scale10, reverse: true } } };

describe('momentsSql', () => {
  it.each(SQL_DIALECTS)('%s: uses only documented functions and quotes identifiers', (dialect) => {
    const q = momentsSql(spec, { table: 'my schema.survey"s', groupBy: ['seg ment', 'wave'], dialect });
    const used = new Set(calledWords(q.sql));
    for (const w of used) expect(ALLOWED[dialect].functions, `${dialect} calls ${w}`).toContain(w);
    expect(ALLOWED[dialect].docs.length).toBeGreaterThan(0);
    const quoted = dialect === 'spark' ? '`my schema`.`survey"s`' : dialect === 'bigquery' ? '`my schema`.`survey"s`' : '"my schema"."survey""s"';
    expect(q.sql).toContain(quoted);
    expect(q.sql).toContain(dialect === 'spark' || dialect === 'bigquery' ? '`seg ment`' : '"seg ment"');
    expect(q.sql.includes('GROUPING SETS')).toBe(dialect !== 'clickhouse');
    expect(q.sql.includes('UNION ALL')).toBe(dialect === 'clickhouse');
  });

  it('splits cross-products over several queries under a column limit (PostgreSQL: 1,664)', () => {
    const many = Array.from({ length: 60 }, (_, i) => `Q${i + 1}`);
    const q = momentsSql({ items: many, defaultScale: likert(1, 5) }, { table: 't', dialect: 'postgres' });
    expect(q.queries.length).toBeGreaterThan(1);
    const pairs = q.queries.map((s) => (s.match(/ AS q_\d+_\d+/g) ?? []).length);
    expect(pairs.reduce((a, b) => a + b, 0)).toBe((60 * 61) / 2);
    for (const s of q.queries) expect((s.match(/ AS [a-z_0-9]+(?=[,\s]|$)/g) ?? []).filter((a) => !/ AS (g_|v_|x_|csi_ok|csi_src|csi_v|csi_x)/.test(a)).length).toBeLessThanOrEqual(1664);
    expect(momentsSql({ items: many }, { table: 't', dialect: 'duckdb' }).queries.length).toBe(1);
  });

  it('rejects bad options and specs with every issue named', () => {
    const e = (() => {
      try {
        momentsSql({ items }, { dialect: 'oracle' as SqlDialect, tabel: 't' } as never);
      } catch (x) {
        return x as CsiError;
      }
    })();
    expect(e).toBeInstanceOf(CsiError);
    expect(e?.code).toBe('INVALID_OPTIONS');
    const text = e?.issues.map((i) => i.message).join('\n') ?? '';
    expect(text).toContain('"dialect"');
    expect(text).toContain('did you mean "table"');
    expect(text).toContain('exactly one of the options "table"');
    expect(() => momentsSql({ items: ['a', 'a'] }, { table: 't' })).toThrow(/listed more than once/);
  });
});

/**
 * Independent witness of what an engine returns for the generated query: the rows computed by a
 * plain loop over the raw CSV values (no library code), with the shift 2x − (min + max).
 */
function engineRowsByHand(cols: Float64Array[], n: number, lo: number, hi: number, reverse: boolean[]): Record<string, number>[] {
  const p = cols.length;
  const row: Record<string, number> = { csi_part: 0, csi_set: 0, csi_rows: n, csi_n: n };
  const x = (k: number, r: number): number => {
    const v = (cols[k] as Float64Array)[r] as number;
    const w = reverse[k] === true ? lo + hi - v : v;
    return 2 * w - (lo + hi);
  };
  for (let k = 0; k < p; k++) {
    let s = 0;
    for (let r = 0; r < n; r++) s += x(k, r);
    row[`s_${k}`] = s;
    row[`out_${k}`] = 0;
    row[`frac_${k}`] = 0;
    for (let l = k; l < p; l++) {
      let q = 0;
      for (let r = 0; r < n; r++) q += x(k, r) * x(l, r);
      row[`q_${k}_${l}`] = q;
    }
  }
  return [row];
}

describe('momentsFromSqlRows', () => {
  const mobi = loadMobi();
  const cols = items.map((i) => mobi.columns[i] as Float64Array);
  const q = momentsSql({ items, defaultScale: likert(1, 10) }, { table: 'mobi' });
  const rows = engineRowsByHand(cols, mobi.n, 1, 10, []);

  it('gives the moments of momentsOf and the seminr path coefficients', () => {
    const r = momentsFromSqlRows(rows, q);
    const m = momentsOf(mobi, items);
    expect(r.rowsIn).toBe(250);
    expect(r.rowsSkipped).toBe(0);
    for (let i = 0; i < m.comoments.length; i++) expect(Math.abs((r.moments.comoments[i] as number) - (m.comoments[i] as number))).toBeLessThan(1e-9);
    const fit = estimatePlsFromMoments(ecsiMobiModel, r.moments, { tolerance: 1e-12, maxIterations: 1000 });
    const ref = loadPeer('seminr').model.fits_tight.path;
    for (const [key, v] of Object.entries(ref.path_coefficients)) expect(Math.abs((fit.pathCoefficients[key] ?? NaN) - v), key).toBeLessThan(1e-9);
  });

  it('accepts bigint and numeric text (driver types) and upper-case column names (Snowflake)', () => {
    const odd = rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v], i) => [k.toUpperCase(), i % 3 === 0 ? BigInt(v) : i % 3 === 1 ? String(v) : v])));
    const a = momentsFromSqlRows(odd, q).moments;
    const b = momentsFromSqlRows(rows, q).moments;
    expect([...a.comoments]).toEqual([...b.comoments]);
  });

  it('reports missing columns, non-numbers and values outside the scale together', () => {
    const bad = { ...(rows[0] as Record<string, number>) } as Record<string, unknown>;
    delete bad.q_0_1;
    bad.s_2 = 'abc';
    bad.out_3 = 2;
    bad.lo_3 = 0;
    bad.hi_3 = 12;
    let e: CsiError | undefined;
    try {
      momentsFromSqlRows([bad], q);
    } catch (x) {
      e = x as CsiError;
    }
    expect(e?.code).toBe('INVALID_DATA');
    const text = e?.issues.map((i) => i.message) ?? [];
    expect(text).toContain(`Column "q_0_1" (cross-product of "${items[0]}" and "${items[1]}") is missing from the result rows; pass the rows of every query of momentsSql, unchanged.`);
    expect(text).toContain(`Column "s_2" (sum of item "${items[2]}") in result row 1 is "abc"; expected a number (a numeric item column).`);
    expect(text).toContain(`Item "${items[3]}" has 2 values outside its scale 1–10 (lowest 0, highest 12).`);
    expect(() => momentsFromSqlRows([], q)).toThrow(/no overall row/);
  });
});
