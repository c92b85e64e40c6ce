import { displayWidth } from './displayWidth.js';
import { formatCell } from './formatCell.js';
import { isReport } from './isReport.js';
import type { Report, ReportTable } from './types.js';
import { checkOptions, keysSpec } from '../validate/index.js';
import { checkReportArg } from './checkReportArg.js';
import { renderWords, type RenderWords } from './renderWords.js';

/** Options of {@link renderText}. */
export interface RenderTextOptions {
  /** Spaces between columns. @defaultValue 2 */
  readonly gap?: number;
  /** Text shown for missing values. @defaultValue `'–'` */
  readonly missing?: string;
}

function pad(text: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}

/** Makes a cell single-line: control characters become spaces. */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f]+/g, ' ');
}

function tableText(table: ReportTable, options: RenderTextOptions, words: RenderWords = renderWords(undefined)): string {
  const gap = ' '.repeat(options.gap ?? 2);
  const cols = table.columns;
  const header = cols.map((c) => oneLine(c.label));
  const body = table.rows.map((row) =>
    cols.map((c) =>
      oneLine(formatCell(row[c.key] ?? null, c, { booleans: words.booleans, ...(options.missing !== undefined ? { missing: options.missing } : {}) })),
    ),
  );
  const widths = cols.map((_, j) =>
    Math.max(displayWidth(header[j] ?? ''), ...body.map((r) => displayWidth(r[j] ?? ''))),
  );
  const right = cols.map((c) => c.kind !== 'text');
  const line = (cells: readonly string[]): string =>
    cells
      .map((s, j) => pad(s, widths[j] ?? 0, right[j] ?? false))
      .join(gap)
      .replace(/\s+$/, '');
  const out = [
    oneLine(table.title),
    line(header),
    widths.map((w) => '-'.repeat(w)).join(gap),
    ...body.map(line),
  ];
  for (const note of table.notes ?? []) out.push(`${words.note} ${oneLine(note)}`);
  return out.join('\n');
}

/**
 * Renders a report or a single table as plain text with aligned columns, for terminals and
 * notebooks.
 *
 * @remarks
 * Text columns are left-aligned, numeric columns right-aligned (so decimals line up, every
 * column having fixed decimals). Widths count East Asian wide characters as two cells.
 * Numbers are rounded here per column (`formatCell`), never in the report itself. Charts
 * are not drawn in text output.
 *
 * @example
 * ```ts
 * import { renderText } from 'csi-analytics/report';
 * const text = renderText(report); // aligned columns, ready to print in a terminal or notebook
 * ```
 */
export function renderText(input: Report | ReportTable, options: RenderTextOptions = {}): string {
  checkOptions(options, keysSpec(['gap', 'missing']), 'renderText');
  checkReportArg(input, 'renderText');
  if (!isReport(input)) return `${tableText(input, options)}\n`;
  const words = renderWords(input.locale);
  const parts: string[] = [];
  const title = oneLine(input.title);
  parts.push(`${title}\n${'='.repeat(displayWidth(title))}`);
  if (input.subtitle !== undefined) parts.push(oneLine(input.subtitle));
  for (const section of input.sections) {
    const t = oneLine(section.title);
    const block = [`${t}\n${'-'.repeat(displayWidth(t))}`];
    if (section.text !== undefined && section.text.length > 0) block.push(section.text);
    for (const table of section.tables) block.push(tableText(table, options, words));
    parts.push(block.join('\n\n'));
  }
  return `${parts.join('\n\n')}\n`;
}
