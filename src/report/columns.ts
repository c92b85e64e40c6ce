import type { ColumnKind, ReportColumn } from './types.js';

/** Shorthand for a column definition. @internal */
export function col(key: string, label: string, kind: ColumnKind, digits?: number): ReportColumn {
  return digits !== undefined ? { key, label, kind, digits } : { key, label, kind };
}

/** The two columns `lower`/`upper` of a confidence interval labelled "95% CI lower"/"… upper". @internal */
export function ciColumns(pct: string | number, kind: ColumnKind, digits?: number): ReportColumn[] {
  return [col('lower', `${pct}% CI lower`, kind, digits), col('upper', `${pct}% CI upper`, kind, digits)];
}
