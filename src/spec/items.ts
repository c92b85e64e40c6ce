import { CsiError } from '../errors.js';

/** Options of {@link items}. */
export interface ItemsOptions {
  /** Text appended after the number, e.g. `'_w1'` → `Q1_w1`. @defaultValue '' */
  readonly suffix?: string;
  /** Zero-pad numbers to this many digits, e.g. `2` → `Q01`. @defaultValue 0 (no padding) */
  readonly pad?: number;
}

/**
 * Numbered item names: `items('IMAG', 1, 5)` → `['IMAG1', 'IMAG2', 'IMAG3', 'IMAG4', 'IMAG5']`.
 *
 * @remarks
 * Name `k` is `prefix + k` (zero-padded to `pad` digits) `+ suffix`, for `k = from … to`
 * (both inclusive, integers, `from ≤ to`), the usual coding of questionnaire blocks
 * (e.g. the ECSI mobile-phone items, Tenenhaus et al. 2005).
 *
 * @throws CsiError `INVALID_OPTIONS` when `from`/`to` are not integers with `from ≤ to` or
 * `pad` is not a non-negative integer.
 *
 * @example
 * ```ts
 * items('IMAG', 1, 3);            // ['IMAG1', 'IMAG2', 'IMAG3']
 * items('Q', 8, 10, { pad: 2 });  // ['Q08', 'Q09', 'Q10']
 * items('Q', 1, 2, { suffix: 'a' }); // ['Q1a', 'Q2a']
 * ```
 */
export function items(prefix: string, from: number, to: number, options: ItemsOptions = {}): string[] {
  const pad = options.pad ?? 0;
  const suffix = options.suffix ?? '';
  if (!Number.isInteger(from) || !Number.isInteger(to) || from > to) {
    throw new CsiError(
      'INVALID_OPTIONS',
      `items("${prefix}", ${from}, ${to}): expected integers with from ≤ to.`,
    );
  }
  if (!Number.isInteger(pad) || pad < 0) {
    throw new CsiError('INVALID_OPTIONS', `items("${prefix}", …): pad must be a non-negative integer, got ${pad}.`);
  }
  const out: string[] = [];
  for (let k = from; k <= to; k++) {
    const digits = k < 0 ? `-${String(-k).padStart(pad, '0')}` : String(k).padStart(pad, '0');
    out.push(`${prefix}${digits}${suffix}`);
  }
  return out;
}
