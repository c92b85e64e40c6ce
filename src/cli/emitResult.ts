/** Printing one result with its report section: `--json` prints the result, `--out FILE` writes the report. @internal */
import type { ReportSection } from '../report/types.js';
import { flag, str, type Parsed } from './args.js';
import type { Out } from './output.js';
import { emit, langOf, makeReport } from './report.js';

export async function emitResult(p: Parsed, out: Out, title: string, sections: readonly ReportSection[], result: unknown): Promise<void> {
  const outPath = str(p, 'out');
  await emit(makeReport(title, sections), out, { json: flag(p, 'json'), jsonValue: result, ...(outPath !== undefined ? { outPath } : {}), ...langOf(p) });
}
