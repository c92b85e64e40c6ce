import { CsiError, IssueCollector } from '../errors.js';
import { deepFreeze, recordFrom } from '../util/record.js';
import type { CellValue, ReportColumn, ReportRow, ReportTable } from './types.js';
import { checkArrayArg, checkResultArg } from '../validate/index.js';

/** What {@link reportTable} takes: a table whose rows may be any plain objects. */
export interface ReportTableInit {
  readonly name: string;
  readonly title: string;
  readonly columns: readonly ReportColumn[];
  /** Identifying columns. @defaultValue every `text` column */
  readonly keys?: readonly string[];
  readonly rows: readonly Readonly<Record<string, CellValue | undefined>>[];
  readonly notes?: readonly string[];
}

/**
 * Builds a validated, frozen {@link ReportTable}.
 *
 * @remarks
 * Rows are copied into prototype-free records holding exactly the declared columns
 * (absent values become `null`), so user names such as `__proto__` are safe. Values are
 * stored unrounded. Throws one `CsiError('INVALID_OPTIONS')` listing every duplicate column,
 * unknown key column or non-cell value.
 *
 * @example
 * ```ts
 * const t = reportTable({
 *   name: 'r2', title: 'R²',
 *   columns: [{ key: 'construct', label: 'Construct', kind: 'text' },
 *             { key: 'r2', label: 'R²', kind: 'number' }],
 *   rows: [{ construct: 'CUSA', r2: 0.6810782913 }],
 * });
 * t.keys; // ['construct']
 * ```
 */
export function reportTable(init: ReportTableInit): ReportTable {
  checkResultArg(init, null, 'reportTable', { arg: 'init', from: 'an object { name, title, columns, rows }', fields: { name: 'string', title: 'string', columns: 'array', keys: 'array?', rows: 'array', notes: 'array?' } });
  checkArrayArg(init.columns, 'reportTable', { arg: 'init.columns', what: '{ key, label, kind } columns', element: { key: 'string', label: 'string', kind: 'string', digits: 'number?' } });
  checkArrayArg(init.rows, 'reportTable', { arg: 'init.rows', what: 'row objects' });
  const issues = new IssueCollector();
  const seen = new Set<string>();
  for (const c of init.columns) {
    if (seen.has(c.key)) {
      issues.add({ kind: 'duplicate_column', message: `Table "${init.name}" has the column "${c.key}" twice.` });
    }
    seen.add(c.key);
  }
  const keys = init.keys ?? init.columns.filter((c) => c.kind === 'text').map((c) => c.key);
  for (const k of keys) {
    if (!seen.has(k)) {
      issues.add({
        kind: 'unknown_key_column',
        message: `Table "${init.name}" names "${k}" as a key column, but it has no such column.`,
      });
    }
  }
  const unique = init.columns.filter((c, j) => init.columns.findIndex((d) => d.key === c.key) === j);
  const rows: ReportRow[] = init.rows.map((row, r) =>
    recordFrom<CellValue>(
      unique.map((c) => {
        const v = Object.prototype.hasOwnProperty.call(row, c.key) ? row[c.key] : undefined;
        if (v === undefined) return [c.key, null] as const;
        if (v !== null && typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') {
          issues.add({
            kind: 'invalid_cell',
            message: `Table "${init.name}", row ${r + 1}, column "${c.key}" holds a ${typeof v}; expected a string, number, boolean or null.`,
            row: r + 1,
          });
          return [c.key, null] as const;
        }
        return [c.key, v] as const;
      }),
    ),
  );
  if (!issues.empty) throw new CsiError('INVALID_OPTIONS', issues.issues);
  return deepFreeze({
    name: init.name,
    title: init.title,
    columns: init.columns.map((c) => ({ ...c })),
    keys: [...keys],
    rows,
    ...(init.notes !== undefined && init.notes.length > 0 ? { notes: [...init.notes] } : {}),
  });
}
