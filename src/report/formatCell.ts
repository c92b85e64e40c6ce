import type { CellValue, ColumnKind, ReportColumn } from './types.js';
import { checkOptions, checkResultArg, keysSpec, type OptionSpec } from '../validate/index.js';

/** Options of {@link formatCell}. */
export interface FormatCellOptions {
  /** Text shown for `null`. @defaultValue `'–'` */
  readonly missing?: string;
  /**
   * Locale whose decimal separator and minus sign (from `Intl.NumberFormat`) replace `.` and
   * `-`; the digits and their rounding stay `toFixed`'s. @defaultValue 'en' (as `toFixed`)
   */
  readonly locale?: string;
  /** Words shown for `true` and `false`. @defaultValue `['yes', 'no']` */
  readonly booleans?: readonly [yes: string, no: string];
}

/** `booleans` is a pair of words; the other options keep their former (unchecked) values. */
const FORMAT_CELL_OPTIONS: OptionSpec = {
  ...keysSpec(['missing', 'locale']),
  booleans: (v) => (Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'string') ? undefined : 'a pair of words [yes, no], e.g. ["是", "否"]'),
};

const SEPARATORS = new Map<string, { decimal: string; minus: string }>();

/** Decimal separator and minus sign of a locale (`Intl.NumberFormat#formatToParts`). @internal */
export function localeSeparators(locale: string): { decimal: string; minus: string } {
  let s = SEPARATORS.get(locale);
  if (s === undefined) {
    const parts = new Intl.NumberFormat(locale).formatToParts(-1.5);
    s = { decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.', minus: parts.find((p) => p.type === 'minusSign')?.value ?? '-' };
    SEPARATORS.set(locale, s);
  }
  return s;
}

function localize(text: string, locale: string | undefined): string {
  if (locale === undefined) return text;
  const { decimal, minus } = localeSeparators(locale);
  if (decimal === '.' && minus === '-') return text;
  return text.replace(/[.-]/g, (c) => (c === '.' ? decimal : minus));
}

/** Decimals a column kind shows when the column gives no `digits`. @internal */
export function defaultDigits(kind: ColumnKind): number {
  switch (kind) {
    case 'percent':
    case 'index':
      return 1;
    case 'number':
    case 'pvalue':
      return 3;
    case 'text':
      return 0;
  }
}

/** Decimals actually used for a column. @internal */
export function columnDigits(column: Pick<ReportColumn, 'kind' | 'digits'>): number {
  const d = column.digits ?? defaultDigits(column.kind);
  return Math.min(20, Math.max(0, Math.floor(d)));
}

function fixed(x: number, digits: number): string {
  const s = x.toFixed(digits);
  // No "-0.000": a value that rounds to zero is shown without sign.
  return /^-0(\.0*)?$/.test(s) ? s.slice(1) : s;
}

/**
 * Formats one table cell for display: the **only** place numbers are rounded.
 *
 * @remarks
 * `number`/`index`: `x.toFixed(digits)`; `percent`: `(100·x).toFixed(digits) + '%'`;
 * `pvalue`: `<0.001` below `10^-digits`, else fixed; `text`: `String(x)`. Booleans show as
 * `yes`/`no`, `null` as `–`, non-finite numbers as `NaN`, `Inf`, `-Inf`. Rounding is
 * JavaScript's `Number.prototype.toFixed` (ECMA-262 §21.1.3.3); with `locale`, the decimal
 * separator and minus sign are the locale's (`Intl.NumberFormat`).
 *
 * @example
 * ```ts
 * formatCell(0.50491, { kind: 'number' });          // '0.505'
 * formatCell(0.25, { kind: 'percent' });            // '25.0%'
 * formatCell(0.00002, { kind: 'pvalue' });          // '<0.001'
 * ```
 */
export function formatCell(
  value: CellValue,
  column: Pick<ReportColumn, 'kind' | 'digits'>,
  options: FormatCellOptions = {},
): string {
  checkOptions(options, FORMAT_CELL_OPTIONS, 'formatCell');
  checkResultArg(column, null, 'formatCell', { arg: 'column', position: 2, from: 'a column { kind, digits? }', fields: { kind: 'string', digits: 'number?' } });
  if (value === null) return options.missing ?? '–';
  if (typeof value === 'boolean') return value ? (options.booleans?.[0] ?? 'yes') : (options.booleans?.[1] ?? 'no');
  if (typeof value === 'string') return value;
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? 'Inf' : '-Inf';
  return localize(formatNumber(value, column), options.locale);
}

function formatNumber(value: number, column: Pick<ReportColumn, 'kind' | 'digits'>): string {
  const digits = columnDigits(column);
  switch (column.kind) {
    case 'text':
      return String(value);
    case 'percent':
      return `${fixed(value * 100, digits)}%`;
    case 'pvalue': {
      const floor = 10 ** -digits;
      if (value < floor && digits > 0) return `<${floor.toFixed(digits)}`;
      return fixed(value, digits);
    }
    case 'number':
    case 'index':
      return fixed(value, digits);
  }
}
