import { escapeHtml } from './escapeHtml.js';
import { columnDigits, formatCell } from './formatCell.js';
import { translatorFor } from './localizeReport.js';
import type { Translator } from './localizeReport.js';
import { EN_MESSAGES, formatMessage } from './messages.js';
import { levelPercent } from './levelPercent.js';
import { displayConstruct } from './constructNames.js';
import type { MessageCatalogue, MessageId } from './messages.js';
import { renderSvg } from './renderSvg.js';
import type { ChartSpec, Report, ReportSection, ReportTable } from './types.js';
import { checkOptions, keysSpec } from '../validate/index.js';
import { checkReportArg } from './checkReportArg.js';

/** Options of {@link renderHtml}. */
export interface RenderHtmlOptions {
  /** Document language (`<html lang>`, frame texts, number separators). @defaultValue the report's `locale`, else 'en' */
  readonly lang?: string;
  /** Messages overriding the catalogue of `lang` for the frame texts (contents, footer). */
  readonly messages?: Partial<Record<MessageId, string>>;
  /** Draw the charts (inline SVG). @defaultValue true */
  readonly charts?: boolean;
  /** Show a table of contents. @defaultValue true */
  readonly toc?: boolean;
}

const CSS = `
:root{--ink:#1b2631;--muted:#5d6d7e;--rule:#d5dbdf;--band:#f4f6f8;--accent:#0b5a8a;--pass:#007a56;--warn:#a86a00;--fail:#c04600}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0 auto;max-width:1040px;padding:24px 28px 48px;font:14px/1.45 -apple-system,"Segoe UI",Helvetica,Arial,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;color:var(--ink);background:#fff}
p.text,p.note,p.desc,h1,h2,figcaption,caption,dd{overflow-wrap:anywhere}
td.verdict-pass,th.verdict-pass{color:var(--pass);font-weight:600}td.verdict-pass::before{content:"● "}
td.verdict-warning,th.verdict-warning{color:var(--warn);font-weight:600}td.verdict-warning::before{content:"▲ "}
td.verdict-fail,th.verdict-fail{color:var(--fail);font-weight:600}td.verdict-fail::before{content:"✖ "}
section.summary{border:1px solid var(--rule);border-left:6px solid var(--accent);border-radius:6px;padding:14px 18px 4px;background:#fbfcfd}
.kpi{display:flex;flex-wrap:wrap;align-items:baseline;gap:6px 18px;margin:4px 0 10px}
.kpi .kpi-value{font-size:44px;font-weight:700;line-height:1;color:var(--accent);font-variant-numeric:tabular-nums}
.kpi .kpi-name{font-size:16px;font-weight:600}.kpi .kpi-ci{color:var(--muted)}
.kpi .kpi-status{padding:2px 10px;border-radius:12px;color:#fff;font-weight:600;background:var(--muted)}
.kpi .kpi-status.verdict-pass{background:var(--pass)}.kpi .kpi-status.verdict-warning{background:var(--warn)}.kpi .kpi-status.verdict-fail{background:var(--fail)}
header h1{font-size:26px;margin:0 0 4px;color:var(--accent)}
.subtitle{margin:0 0 12px;color:var(--muted);font-size:16px}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:2px 14px;margin:8px 0 16px;font-size:12.5px;color:var(--muted)}
dl.meta dt{font-weight:600}dl.meta dd{margin:0}
nav.toc{border:1px solid var(--rule);border-radius:6px;padding:8px 16px;margin:12px 0 24px;background:var(--band)}
nav.toc h2{font-size:14px;margin:4px 0}nav.toc ol{margin:4px 0 6px;padding-left:22px}
nav.toc a{color:var(--accent);text-decoration:none}
section.report-section{margin:28px 0}
section.report-section>h2{font-size:20px;border-bottom:2px solid var(--accent);padding-bottom:4px;margin:0 0 12px}
p.text{margin:6px 0 12px;max-width:78ch}
.table-wrap{margin:14px 0 22px;overflow-x:auto;break-inside:avoid;page-break-inside:avoid}
table.report-table{border-collapse:collapse;font-size:13px}
table.report-table caption{text-align:left;font-weight:600;font-size:14px;padding:0 0 6px}
table.report-table th,table.report-table td{padding:4px 10px;border-bottom:1px solid var(--rule);vertical-align:top}
table.report-table thead th{border-bottom:2px solid var(--ink);text-align:left;font-weight:600;white-space:nowrap}
table.report-table th.num,table.report-table td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
table.report-table tbody tr:nth-child(even){background:var(--band)}
table.report-table tbody th{font-weight:normal;text-align:left}
td.missing{color:var(--muted)}
p.note{font-size:12px;color:var(--muted);margin:4px 0 0}
figure.chart{margin:18px 0 26px;break-inside:avoid;page-break-inside:avoid}
figure.chart figcaption{font-weight:600;font-size:14px;margin-bottom:6px}
figure.chart svg{max-width:100%;height:auto;display:block}
figure.chart p.desc{font-size:12px;color:var(--muted);margin:4px 0 0}
footer{margin-top:36px;border-top:1px solid var(--rule);padding-top:8px;font-size:12px;color:var(--muted)}
@media (max-width:600px){
  body{padding:14px 12px 32px;font-size:13px}
  header h1{font-size:21px}
  .kpi .kpi-value{font-size:34px}
  section.summary{padding:10px 10px 2px}
}
@media print{
  @page{size:A4;margin:16mm 14mm}
  body{max-width:none;padding:0;font-size:10.5pt}
  nav.toc{display:none}
  a{color:inherit;text-decoration:none}
  section.report-section>h2{break-after:avoid;page-break-after:avoid}
  section.summary{break-after:page;page-break-after:always;background:none}
  .table-wrap{overflow:visible}
  table.report-table tbody tr:nth-child(even){background:none}
  table.report-table thead{display:table-header-group}
  table.report-table tr{break-inside:avoid;page-break-inside:avoid}
  table.report-table caption{break-after:avoid}
  figure.chart{break-inside:avoid;page-break-inside:avoid}
  figure.chart svg{max-height:235mm;width:auto;max-width:100%}
  td.verdict-pass,td.verdict-warning,td.verdict-fail{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  .kpi .kpi-status{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`;

function slug(text: string, used: Set<string>): string {
  const base = text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'x';
  let s = base;
  for (let i = 2; used.has(s); i++) s = `${base}-${i}`;
  used.add(s);
  return s;
}

function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => `<p class="text">${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

/** The row id used in `data-key`: key-column values joined by `|`. @internal */
export function rowId(table: ReportTable, row: ReportTable['rows'][number]): string {
  return table.keys.map((k) => String(row[k] ?? '')).join('|');
}

const VERDICT_IDS: readonly (readonly [MessageId, 'pass' | 'warning' | 'fail'])[] = [
  ['verdict.pass', 'pass'],
  ['summary.status.above', 'pass'],
  ['verdict.warning', 'warning'],
  ['summary.status.meets', 'warning'],
  ['verdict.fail', 'fail'],
  ['summary.status.below', 'fail'],
];

/** The verdict class of a verdict/status cell (English or the report's language). */
function verdictClass(value: string, tr: Translator): string {
  for (const [id, cls] of VERDICT_IDS) {
    for (const word of [EN_MESSAGES[id], tr.catalogue[id]]) {
      if (value === word || value.startsWith(`${word}:`) || value.startsWith(`${word} `)) return `verdict-${cls}`;
    }
  }
  return '';
}

function tableHtml(section: ReportSection, table: ReportTable, id: string, tr: Translator): string {
  const keySet = new Set(table.keys);
  const head = table.columns
    .map((c) => `<th scope="col"${c.kind === 'text' ? '' : ' class="num"'}>${escapeHtml(c.label)}</th>`)
    .join('');
  const body = table.rows
    .map((row) => {
      const rid = rowId(table, row);
      let first = true;
      const cells = table.columns
        .map((c) => {
          const v = row[c.key] ?? null;
          const key = `${section.name}/${table.name}/${rid}/${c.key}`;
          const verdict = typeof v === 'string' && (c.key === 'verdict' || c.key === 'status') ? verdictClass(v, tr) : '';
          const cls = [c.kind === 'text' ? '' : 'num', v === null ? 'missing' : '', verdict].filter((x) => x !== '').join(' ');
          const attrs =
            ` data-key="${escapeHtml(key)}" data-kind="${c.kind}"` +
            (typeof v === 'number' ? ` data-value="${String(v)}" data-digits="${columnDigits(c)}"` : '') +
            (cls !== '' ? ` class="${cls}"` : '');
          const text = escapeHtml(formatCell(v, c, tr.locale === 'en' ? {} : { locale: tr.locale, booleans: [tr.catalogue['word.yes'], tr.catalogue['word.no']] }));
          const isRowHeader = first && keySet.has(c.key);
          first = false;
          return isRowHeader ? `<th scope="row"${attrs}>${text}</th>` : `<td${attrs}>${text}</td>`;
        })
        .join('');
      return `<tr data-row="${escapeHtml(rid)}">${cells}</tr>`;
    })
    .join('\n');
  const notes = (table.notes ?? []).map((n) => `<p class="note">${escapeHtml(n)}</p>`).join('');
  return (
    `<div class="table-wrap"><table class="report-table" id="${id}" data-section="${escapeHtml(section.name)}" data-table="${escapeHtml(table.name)}">` +
    `<caption>${escapeHtml(table.title)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>${notes}</div>`
  );
}

function figureHtml(chart: ChartSpec, svg: string, id: string): string {
  const desc = chart.description !== undefined ? `<p class="desc">${escapeHtml(chart.description)}</p>` : '';
  return `<figure class="chart" id="${id}" data-chart="${escapeHtml(chart.name)}"><figcaption>${escapeHtml(chart.title)}</figcaption>${svg}${desc}</figure>`;
}

/**
 * Renders a report as one self-contained, printable HTML document.
 *
 * @remarks
 * Everything is inline: CSS, and charts as SVG drawn by `renderSvg` (no scripts, fonts or
 * network requests; a Content-Security-Policy of `default-src 'none'` enforces it). Every
 * user string is HTML-escaped. Each table cell carries
 * `data-key="section/table/rowId/column"` (row id = key-column values joined by `|`),
 * `data-kind`, and for numbers `data-value` (full precision) and `data-digits`, so the shown
 * numbers can be checked against the result object. Numbers are rounded only here.
 *
 * @example
 * ```ts
 * import { buildReport, renderHtml } from 'csi-analytics/report';
 * const html = await renderHtml(buildReport({ title: 'ECSI', fit }));
 * ```
 */
export async function renderHtml(report: Report, options: RenderHtmlOptions = {}): Promise<string> {
  checkOptions(options, keysSpec(['lang', 'messages', 'charts', 'toc']), 'renderHtml');
  checkReportArg(report, 'renderHtml', false);
  const lang = options.lang ?? report.locale ?? 'en';
  const tr = translatorFor({ locale: lang, ...(options.messages !== undefined ? { messages: options.messages } : {}) });
  const drawCharts = options.charts ?? true;
  const svgs = drawCharts
    ? await Promise.all(report.sections.map((s) => Promise.all(s.charts.map((c) => renderSvg(c, { title: false })))))
    : report.sections.map(() => []);
  const used = new Set<string>();
  const sectionIds = report.sections.map((s) => `s-${slug(s.name, used)}`);
  const sections = report.sections.map((s, i) => {
    const sid = sectionIds[i] ?? `s-${i}`;
    const summary = s.name === 'summary';
    const parts = [
      `<section class="report-section${summary ? ' summary' : ''}" id="${sid}" data-section="${escapeHtml(s.name)}">`,
      `<h2>${escapeHtml(s.title)}</h2>`,
    ];
    if (summary) parts.push(kpiHtml(s, tr));
    if (s.text !== undefined) parts.push(paragraphs(s.text));
    const figures = s.charts.flatMap((c, j) => {
      const svg = svgs[i]?.[j];
      return svg !== undefined ? [figureHtml(c, svg, `${sid}-c-${slug(c.name, used)}`)] : [];
    });
    const tables = s.tables.map((t) => tableHtml(s, t, `${sid}-t-${slug(t.name, used)}`, tr));
    parts.push(...(summary ? [...tables, ...figures] : [...figures, ...tables]));
    parts.push('</section>');
    return parts.join('\n');
  });
  const meta = Object.entries(report.meta)
    .map(([k, v]) => `<dt>${escapeHtml(metaLabel(k, tr.catalogue))}</dt><dd>${escapeHtml(metaValue(v, lang))}</dd>`)
    .join('');
  const toc =
    (options.toc ?? true) && report.sections.length > 1
      ? `<nav class="toc"><h2>${escapeHtml(tr.catalogue['html.contents'])}</h2><ol>${report.sections
          .map((s, i) => `<li><a href="#${sectionIds[i] ?? ''}">${escapeHtml(s.title)}</a></li>`)
          .join('')}</ol></nav>`
      : '';
  // the summary reads first; the table of contents follows it
  const first = report.sections[0]?.name === 'summary' ? 1 : 0;
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="generator" content="csi-analytics">',
    `<title>${escapeHtml(report.title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    `<header><h1>${escapeHtml(report.title)}</h1>${report.subtitle !== undefined ? `<p class="subtitle">${escapeHtml(report.subtitle)}</p>` : ''}${meta !== '' ? `<dl class="meta">${meta}</dl>` : ''}</header>`,
    `<main>\n${[...sections.slice(0, first), toc, ...sections.slice(first)].filter((x) => x !== '').join('\n')}\n</main>`,
    `<footer>${escapeHtml(tr.catalogue['html.footer'])}</footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** Meta values; ISO dates (`2026-03-31`) are shown through `Intl.DateTimeFormat`. */
/** A metadata key in the report's language (`meta.<key>` of the catalogue), or the key as given. */
function metaLabel(key: string, catalogue: MessageCatalogue): string {
  const id = `meta.${key}`;
  return Object.prototype.hasOwnProperty.call(catalogue, id) ? catalogue[id as MessageId] : key;
}

function metaValue(v: string | number | boolean | null, lang: string): string {
  if (v === null) return '–';
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) {
    const d = new Date(`${v}T00:00:00Z`);
    if (!Number.isNaN(d.getTime())) return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(d);
  }
  return String(v);
}

/** The headline number of the summary, large, with its interval and a coloured status. */
function kpiHtml(s: ReportSection, tr: Translator): string {
  const t = s.tables.find((x) => x.name === 'headline');
  const row = t?.rows[0];
  if (t === undefined || row === undefined) return '';
  const colOf = (k: string): ReportTable['columns'][number] | undefined => t.columns.find((c) => c.key === k);
  const fmt = (k: string): string => {
    const c = colOf(k);
    return c === undefined ? '' : formatCell(row[k] ?? null, c, tr.locale === 'en' ? {} : { locale: tr.locale, booleans: [tr.catalogue['word.yes'], tr.catalogue['word.no']] });
  };
  const status = typeof row['status'] === 'string' ? row['status'] : '';
  const ci = row['lower'] !== null && row['upper'] !== null ? `[${fmt('lower')}, ${fmt('upper')}]` : '';
  return (
    `<div class="kpi" aria-hidden="true"><span class="kpi-value">${escapeHtml(fmt('value'))}</span>` +
    `<span class="kpi-name">${escapeHtml(displayConstruct(String(row['measure'] ?? ''), tr.names, tr.locale))}</span>` +
    (ci !== '' ? `<span class="kpi-ci">${escapeHtml(formatMessage(tr.catalogue, 'summary.col.ci', { level: typeof row['level'] === 'number' ? levelPercent(row['level']) : '95' }))} ${escapeHtml(ci)} · n = ${escapeHtml(fmt('n'))}</span>` : '') +
    (status !== '' ? `<span class="kpi-status ${verdictClass(status, tr)}">${escapeHtml(status)}</span>` : '') +
    '</div>'
  );
}
