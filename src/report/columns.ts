import type { ColumnKind, ReportColumn } from './types.js';

/** Shorthand for a column definition. @internal */
export function col(key: string, label: string, kind: ColumnKind, digits?: number): ReportColumn {
  return digits !== undefined ? { key, label, kind, digits } : { key, label, kind };
}

/** The two columns `lower`/`upper` of a confidence interval labelled "95% CI lower"/"… upper". @internal */
export function ciColumns(pct: string | number, kind: ColumnKind, digits?: number): ReportColumn[] {
  return [col('lower', `${pct}% CI lower`, kind, digits), col('upper', `${pct}% CI upper`, kind, digits)];
}

/**
 * A 0–100 mean with its interval, SD and n: `key`, `lower`, `upper`, `sd`, `n` (complaint
 * outcomes, tracking waves). @internal
 */
export function meanColumns(key: string, label: string, pct: string | number): ReportColumn[] {
  return [col(key, label, 'index'), ...ciColumns(pct, 'index'), col('sd', 'SD', 'number', 2), col('n', 'n', 'number', 0)];
}
