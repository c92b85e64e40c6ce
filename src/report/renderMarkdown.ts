import { formatCell } from './formatCell.js';
import { isReport } from './isReport.js';
import type { Report, ReportTable } from './types.js';
import { checkReportArg } from './checkReportArg.js';
import { renderWords, type RenderWords } from './renderWords.js';

/**
 * Escapes a user string for Markdown: backslash-escapes the characters that make emphasis,
 * code, links, HTML or table cells, and turns line breaks into spaces. @internal
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f]+/g, ' ')
      .replace(/[\\`*_{}[\]<>()#|~!&$]/g, (ch) => `\\${ch}`)
  );
}

function tableMarkdown(table: ReportTable, level: number, words: RenderWords = renderWords(undefined)): string {
  const cols = table.columns;
  const out: string[] = [`${'#'.repeat(level)} ${escapeMarkdown(table.title)}`, ''];
  out.push(`| ${cols.map((c) => escapeMarkdown(c.label)).join(' | ')} |`);
  out.push(`|${cols.map((c) => (c.kind === 'text' ? ' --- ' : ' ---: ')).join('|')}|`);
  for (const row of table.rows) {
    out.push(`| ${cols.map((c) => escapeMarkdown(formatCell(row[c.key] ?? null, c, { booleans: words.booleans }))).join(' | ')} |`);
  }
  for (const note of table.notes ?? []) out.push('', `*${words.note}* ${escapeMarkdown(note)}`);
  return out.join('\n');
}

/**
 * Renders a report or a single table as GitHub-flavoured Markdown.
 *
 * @remarks
 * Numeric columns are right-aligned (`---:`). Every user string (titles, item and construct
 * names, notes) is backslash-escaped (CommonMark §2.4), so names such as `<script>` or
 * `a|b` show literally and cannot inject HTML or break the table. Charts are not included
 * (use `renderHtml` or the Vega-Lite specs).
 *
 * @example
 * ```ts
 * import { renderMarkdown } from 'csi-analytics/report';
 * const md = renderMarkdown(report); // '# ECSI …\n\n## PLS path model …'
 * ```
 */
export function renderMarkdown(input: Report | ReportTable): string {
  checkReportArg(input, 'renderMarkdown');
  if (!isReport(input)) return `${tableMarkdown(input, 3)}\n`;
  const words = renderWords(input.locale);
  const parts: string[] = [`# ${escapeMarkdown(input.title)}`];
  if (input.subtitle !== undefined) parts.push(`*${escapeMarkdown(input.subtitle)}*`);
  for (const section of input.sections) {
    parts.push(`## ${escapeMarkdown(section.title)}`);
    if (section.text !== undefined && section.text.length > 0) {
      parts.push(
        section.text
          .split(/\n\s*\n/)
          .map((p) => escapeMarkdown(p.trim()))
          .join('\n\n'),
      );
    }
    for (const table of section.tables) parts.push(tableMarkdown(table, 3, words));
  }
  return `${parts.join('\n\n')}\n`;
}
