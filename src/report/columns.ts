import type { ColumnKind, ReportColumn } from './types.js';

/** Shorthand for a column definition. @internal */
export function col(key: string, label: string, kind: ColumnKind, digits?: number): ReportColumn {
  return digits !== undefined ? { key, label, kind, digits } : { key, label, kind };
}

/** The key columns of an item-level table: `construct` and `item` (loadings, weights, reliability). @internal */
export function itemKeyColumns(): ReportColumn[] {
  return [col('construct', 'Construct', 'text'), col('item', 'Item', 'text')];
}

/**
 * A node's weights in an indicator hierarchy: `localWeight` (among its siblings) and
 * `globalWeight` (the product of local weights from the root), as percentages (trees, aggregated
 * indices). @internal
 */
export function nodeWeightColumns(): ReportColumn[] {
  return [col('localWeight', 'Local weight', 'percent'), col('globalWeight', 'Global weight', 'percent')];
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

/**
 * A Welch two-sample difference as the tables show it: `key` (the difference), `se`, `t`, `df`,
 * `pValue` (competitor gaps, changes between waves). @internal
 */
export function welchColumns(key: string, label: string): ReportColumn[] {
  return [col(key, label, 'number', 2), col('se', 'SE', 'number', 2), col('t', 'Welch t', 'number', 2), col('df', 'df', 'number', 1), col('pValue', 'p', 'pvalue')];
}

/**
 * A 0–100 index with its interval: `index`, `lower`, `upper`, labelled "95% CI lower"… or, with
 * no level, "CI lower"/"CI upper". @internal
 */
export function indexCiColumns(pct?: string | number): ReportColumn[] {
  const ci = pct !== undefined ? ciColumns(pct, 'index') : [col('lower', 'CI lower', 'index'), col('upper', 'CI upper', 'index')];
  return [col('index', 'Index', 'index'), ...ci];
}
