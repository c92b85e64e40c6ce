import type { CellValue, ColumnKind, ReportColumn } from './types.js';

/** Options of {@link formatCell}. */
export interface FormatCellOptions {
  /** Text shown for `null`. @defaultValue `'–'` */
  readonly missing?: string;
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
 * JavaScript's `Number.prototype.toFixed` (ECMA-262 §21.1.3.3).
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
  if (value === null) return options.missing ?? '–';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') return value;
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? 'Inf' : '-Inf';
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
