/**
 * Types of the report model: named tables, charts and sections. @packageDocumentation
 *
 * @remarks
 * A report is plain, JSON-serialisable data. Numbers are stored **unrounded**; only the
 * renderers (`renderText`, `renderMarkdown`, `renderHtml`) round, per column kind and digits.
 * CSV/JSON renderers keep full precision.
 */
import type { TopLevelSpec } from 'vega-lite';

/**
 * How a column's values are shown.
 * - `text`: as is;
 * - `number`: fixed `digits` decimals (default 3);
 * - `percent`: a fraction shown ×100 with a `%` sign (default 1 decimal);
 * - `pvalue`: fixed `digits` (default 3), values below `10^-digits` shown as `<0.001`;
 * - `index`: a 0–100 score (default 1 decimal).
 */
export type ColumnKind = 'text' | 'number' | 'percent' | 'pvalue' | 'index';

/** A value in a report table cell. `null` = not available. */
export type CellValue = string | number | boolean | null;

/** A column of a {@link ReportTable}. */
export interface ReportColumn {
  /** Field name in each row, e.g. `coefficient`. */
  readonly key: string;
  /** Header shown to people, e.g. `Path coefficient`. */
  readonly label: string;
  readonly kind: ColumnKind;
  /** Decimals shown by the renderers (never applied to the stored value). */
  readonly digits?: number;
}

/** One row: column key → value (a prototype-free record). */
export type ReportRow = Readonly<Record<string, CellValue>>;

/**
 * A named table of results.
 *
 * @remarks
 * `keys` are the columns that identify a row (e.g. `['construct', 'item']`); they label each
 * estimate in tidy output (`tidyRows`) and in the HTML `data-key` attributes
 * (`table/rowId/column`, row id = key values joined by `|`).
 */
export interface ReportTable {
  /** Machine name, unique in its section, e.g. `paths`. */
  readonly name: string;
  /** Caption, e.g. `Path coefficients`. */
  readonly title: string;
  readonly columns: readonly ReportColumn[];
  /** Keys of the identifying columns. */
  readonly keys: readonly string[];
  readonly rows: readonly ReportRow[];
  /** Footnotes shown under the table. */
  readonly notes?: readonly string[];
}

/** A chart given as a Vega-Lite specification (plain JSON, data inlined). */
export interface VegaLiteChart {
  readonly kind: 'vega-lite';
  /** Machine name, e.g. `ipma`. */
  readonly name: string;
  readonly title: string;
  /** Short text alternative for screen readers and printed reports. */
  readonly description?: string;
  readonly spec: TopLevelSpec;
}

/** A chart drawn directly as an SVG string (the path diagram). */
export interface SvgChart {
  readonly kind: 'svg';
  readonly name: string;
  readonly title: string;
  readonly description?: string;
  /** A complete `<svg>` element; every user string in it is escaped. */
  readonly svg: string;
}

/** A chart of a report. Render either kind to SVG with `renderSvg`. */
export type ChartSpec = VegaLiteChart | SvgChart;

/** A section of a report: optional prose, tables and charts. */
export interface ReportSection {
  /** Machine name, e.g. `fit`. */
  readonly name: string;
  readonly title: string;
  /** Plain-text paragraph(s) (`\n\n` separates paragraphs). */
  readonly text?: string;
  readonly tables: readonly ReportTable[];
  readonly charts: readonly ChartSpec[];
}

/** Free-form metadata of a report (data file, model, options, generator …). */
export type ReportMeta = Readonly<Record<string, string | number | boolean | null>>;

/** A complete report: plain, frozen, JSON-serialisable. */
export interface Report {
  readonly kind: 'csi.report';
  readonly version: 1;
  readonly title: string;
  readonly subtitle?: string;
  readonly sections: readonly ReportSection[];
  readonly meta: ReportMeta;
  /** Language of the fixed texts (BCP 47), set by `localizeReport`; absent = English. */
  readonly locale?: string;
}
