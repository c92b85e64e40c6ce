import { col } from './columns.js';
import { reportTable } from './reportTable.js';
import type { CellValue, ReportTable } from './types.js';

/** One row of a settings table: what was set, and to what. @internal */
export type SettingRow = {
  readonly setting: string;
  readonly value: CellValue;
};

/**
 * A two-column "Setting | Value" table keyed by setting (estimation, bootstrap and
 * group-comparison settings), so every section lists its settings the same way.
 *
 * @example
 * ```ts
 * settingsTable('settings', 'Bootstrap settings', [{ setting: 'seed', value: 1 }]).rows.length; // 1
 * ```
 * @internal
 */
export function settingsTable(name: string, title: string, rows: readonly SettingRow[]): ReportTable {
  return reportTable({ name, title, columns: [col('setting', 'Setting', 'text'), col('value', 'Value', 'text')], keys: ['setting'], rows });
}
