/** Helpers to print report sections in the CLI's chosen format. @internal */
import { writeFileSync } from 'node:fs';
import type { Report, ReportSection } from '../report/types.js';
import { renderText } from '../report/renderText.js';
import { renderMarkdown } from '../report/renderMarkdown.js';
import { renderCsv } from '../report/renderCsv.js';
import { renderHtml } from '../report/renderHtml.js';
import { reportTable } from '../report/reportTable.js';
import type { DatasetSummary } from '../data/describeDataset.js';
import { summaryRows } from '../data/summaryRows.js';
import { VERSION } from '../version.js';
import type { Out } from './output.js';
import { UsageError } from './args.js';

export function makeReport(title: string, sections: readonly ReportSection[], meta: Record<string, string | number | boolean | null> = {}): Report {
  return { kind: 'csi.report', version: 1, title, sections, meta: { generator: `csi-analytics ${VERSION}`, ...meta } };
}

/** A report section with the data summary (items, scales, missing, 0–100 means). */
export function dataSection(summary: DatasetSummary, title = 'Data'): ReportSection {
  const rows = summaryRows(summary);
  return {
    name: 'data',
    title,
    text: `${summary.n} respondents, ${rows.length} scored items.`,
    tables: [
      reportTable({
        name: 'items',
        title: 'Items: scale, missing values and means',
        keys: ['item'],
        columns: [
          { key: 'item', label: 'Item', kind: 'text' },
          { key: 'scale', label: 'Scale', kind: 'text' },
          { key: 'nValid', label: 'n', kind: 'number', digits: 0 },
          { key: 'missing', label: 'Missing', kind: 'number', digits: 0 },
          { key: 'mean', label: 'Mean', kind: 'number', digits: 2 },
          { key: 'sd', label: 'SD', kind: 'number', digits: 2 },
          { key: 'pompMean', label: 'Mean 0–100', kind: 'index', digits: 1 },
          { key: 'topBoxPercent', label: 'Top-2-box %', kind: 'number', digits: 1 },
        ],
        rows: rows.map((r) => ({ ...r })),
      }),
    ],
    charts: [],
  };
}

/** Prints a report to stdout as text, or writes it to `--out` (.html, .md, .csv, .json, .txt). */
export async function emit(report: Report, out: Out, options: { json?: boolean; outPath?: string; jsonValue?: unknown } = {}): Promise<void> {
  if (options.json === true) {
    out.json(options.jsonValue ?? report);
    return;
  }
  const path = options.outPath;
  if (path === undefined) {
    out.line(renderText(report));
    return;
  }
  const ext = path.toLowerCase().replace(/^.*\./, '');
  let content: string;
  switch (ext) {
    case 'html':
    case 'htm':
      content = await renderHtml(report);
      break;
    case 'md':
      content = renderMarkdown(report);
      break;
    case 'csv':
      content = renderCsv(report);
      break;
    case 'json':
      content = JSON.stringify(options.jsonValue ?? report, null, 2);
      break;
    case 'txt':
      content = renderText(report);
      break;
    default:
      throw new UsageError(`--out must end in .html, .md, .csv, .json or .txt; got "${path}".`);
  }
  writeFileSync(path, content);
  out.err(`Report written to ${path}`);
}
