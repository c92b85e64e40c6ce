import { tidyRows } from './tidyRows.js';
import type { Report, ReportTable } from './types.js';
import { checkOptions, keysSpec } from '../validate/index.js';
import { checkReportArg } from './checkReportArg.js';

/** Options of {@link renderJson}. */
export interface RenderJsonOptions {
  /** `report`: the whole object; `tidy`: the tidy rows. @defaultValue 'report' */
  readonly layout?: 'report' | 'tidy';
  /** Indentation passed to `JSON.stringify`. @defaultValue 2 */
  readonly indent?: number;
}

/**
 * Renders a report or table as JSON, with full-precision numbers.
 *
 * @remarks
 * Non-finite numbers become `null` (JSON has no NaN/Infinity; RFC 8259 §6).
 *
 * @example
 * ```ts
 * import { renderJson } from 'csi-analytics/report';
 * JSON.parse(renderJson(report, { layout: 'tidy' }))[0]; // { section, table, …, statistic, value }
 * ```
 */
export function renderJson(input: Report | ReportTable, options: RenderJsonOptions = {}): string {
  checkOptions(options, keysSpec(['layout', 'indent']), 'renderJson');
  checkReportArg(input, 'renderJson');
  const value = (options.layout ?? 'report') === 'tidy' ? tidyRows(input) : input;
  return `${JSON.stringify(value, null, options.indent ?? 2)}\n`;
}
