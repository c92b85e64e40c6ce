import type { ColumnKind, ReportColumn } from './types.js';

/** Shorthand for a column definition. @internal */
export function col(key: string, label: string, kind: ColumnKind, digits?: number): ReportColumn {
  return digits !== undefined ? { key, label, kind, digits } : { key, label, kind };
}
