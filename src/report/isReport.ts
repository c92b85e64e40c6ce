import type { Report, ReportTable } from './types.js';

/** Whether a value is a {@link Report} (rather than a single table). @internal */
export function isReport(x: Report | ReportTable): x is Report {
  return (x as Report).kind === 'csi.report';
}
