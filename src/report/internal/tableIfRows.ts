import { reportTable } from '../reportTable.js';
import type { ReportTableInit } from '../reportTable.js';
import type { ReportTable } from '../types.js';

/** The table as a one-element list when it has rows, else the empty list (optional sections of a report). @internal */
export function tableIfRows(init: ReportTableInit): ReportTable[] {
  return init.rows.length > 0 ? [reportTable(init)] : [];
}
