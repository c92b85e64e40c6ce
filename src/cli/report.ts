/** Helpers to print report sections in the CLI's chosen format. @internal */
import { writeFileSync } from 'node:fs';
import type { Report, ReportSection } from '../report/types.js';
import { renderText } from '../report/renderText.js';
import { renderMarkdown } from '../report/renderMarkdown.js';
import { renderCsv } from '../report/renderCsv.js';
import { renderHtml } from '../report/renderHtml.js';
import { reportTable } from '../report/reportTable.js';
import { localizeReport, translatorFor } from '../report/localizeReport.js';
import { langProblem } from './checkLang.js';
import { orderForReader } from '../report/orderForReader.js';
import { writePdf } from './writePdf.js';
import type { DatasetSummary } from '../data/describeDataset.js';
import { summaryRows } from '../data/summaryRows.js';
import { VERSION } from '../version.js';
import type { Out } from './output.js';
import { str, UsageError, type Parsed } from './args.js';

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

/** The `--lang` option of the commands that write reports. */
export const langOption = { lang: { type: 'string' as const } };

/** The `lang` option of `emit` from a command's parsed `--lang` (nothing when not given). */
export function langOf(p: Parsed): { lang?: string } {
  const lang = str(p, 'lang');
  return lang !== undefined ? { lang } : {};
}


/** A report translated into `locale`, its title too when the title is a text of the catalogue. */
function localizedWithTitle(report: Report, locale: string): Report {
  const localized = localizeReport(report, { locale });
  return { ...localized, title: translatorFor({ locale }).text(localized.title) };
}

/** Prints a report to stdout as text, or writes it to `--out` (.html, .pdf, .md, .csv, .json, .txt), in `--lang`. */
export async function emit(
  built: Report,
  out: Out,
  options: { json?: boolean; outPath?: string; jsonValue?: unknown; lang?: string } = {},
): Promise<void> {
  if (options.json === true) {
    out.json(options.jsonValue ?? built);
    return;
  }
  const problem = options.lang !== undefined ? langProblem(options.lang) : undefined;
  if (problem !== undefined) throw new UsageError(problem);
  // sections in reading order (the data summary goes to the appendix), then translated
  const ordered: Report = { ...built, sections: orderForReader(built.sections) };
  const report = options.lang !== undefined && options.lang !== 'en' ? localizedWithTitle(ordered, options.lang) : ordered;
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
    case 'pdf':
      await writePdf(await renderHtml(report), path);
      out.err(`Report written to ${path}`);
      return;
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
      throw new UsageError(`--out must end in .html, .pdf, .md, .csv, .json or .txt; got "${path}".`);
  }
  writeFileSync(path, content);
  out.err(`Report written to ${path}`);
}
