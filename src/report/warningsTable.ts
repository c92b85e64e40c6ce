import type { ReportTable } from './types.js';
import { col } from './columns.js';
import { reportTable } from './reportTable.js';

/** A warning as the tables show it; `measure` adds a "Measure" column (several results in one table). */
export interface WarningRow {
  readonly kind: string;
  readonly message: string;
  readonly measure?: string;
}

/**
 * The "warnings" table of a report section: one row per warning (`#`, kind, message), or no
 * table when there are none, so a section writes `tables.push(...warningsTable(result.warnings))`.
 *
 * @remarks
 * When any warning carries a `measure`, a "Measure" column follows `#` (target gaps put the
 * warnings of several measures in one table). The row number `#` is the key column.
 *
 * @example
 * ```ts
 * const [t] = warningsTable([{ kind: 'not_converged', message: 'The PLS iteration did not converge.' }]);
 * t?.rows.length; // 1
 * ```
 * @internal
 */
export function warningsTable(warnings: readonly WarningRow[], title = 'Warnings'): ReportTable[] {
  if (warnings.length === 0) return [];
  const withMeasure = warnings.some((w) => w.measure !== undefined);
  return [
    reportTable({
      name: 'warnings',
      title,
      columns: [
        col('no', '#', 'text'),
        ...(withMeasure ? [col('measure', 'Measure', 'text')] : []),
        col('kind', 'Kind', 'text'),
        col('message', 'Message', 'text'),
      ],
      keys: ['no'],
      rows: warnings.map((w, i) => ({ no: String(i + 1), ...(withMeasure ? { measure: w.measure } : {}), kind: w.kind, message: w.message })),
    }),
  ];
}
