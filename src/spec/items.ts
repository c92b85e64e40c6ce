import { CsiError, type CsiIssue } from '../errors.js';
import { checkOptions, describeValue, numberRule, stringRule, type OptionSpec } from '../validate/index.js';
import { MAX_GENERATED_ITEMS } from './limits.js';

/** Options of {@link items}. */
export interface ItemsOptions {
  /** Text appended after the number, e.g. `'_w1'` → `Q1_w1`. @defaultValue '' */
  readonly suffix?: string;
  /** Zero-pad numbers to this many digits, e.g. `2` → `Q01`. @defaultValue 0 (no padding) */
  readonly pad?: number;
}

const ITEMS_OPTION_SPEC: OptionSpec = {
  suffix: stringRule('a text such as "_w1"', true),
  pad: numberRule({ min: 0, max: 20, integer: true, example: 2 }),
};

function boundIssues(prefix: unknown, from: unknown, to: unknown): CsiIssue[] {
  const call = `items(${describeValue(prefix)}, ${describeValue(from)}, ${describeValue(to)})`;
  if (typeof prefix !== 'string') return [{ kind: 'invalid_argument', value: describeValue(prefix), message: `${call}: the prefix must be a text such as "Q".` }];
  if (typeof from !== 'number' || typeof to !== 'number' || !Number.isInteger(from) || !Number.isInteger(to) || from > to) {
    return [{ kind: 'invalid_options', message: `${call}: expected integers with from ≤ to.` }];
  }
  const count = to - from + 1;
  if (count > MAX_GENERATED_ITEMS) {
    return [{
      kind: 'too_many',
      value: count,
      message: `${call} would create ${count} item names; at most ${MAX_GENERATED_ITEMS} are allowed per call (is a bound mistyped?).`,
    }];
  }
  return [];
}

/**
 * Numbered item names: `items('IMAG', 1, 5)` → `['IMAG1', 'IMAG2', 'IMAG3', 'IMAG4', 'IMAG5']`.
 *
 * @remarks
 * Name `k` is `prefix + k` (zero-padded to `pad` digits) `+ suffix`, for `k = from … to`
 * (both inclusive, integers, `from ≤ to`), the usual coding of questionnaire blocks
 * (e.g. the ECSI mobile-phone items, Tenenhaus et al. 2005).
 *
 * Limit: at most 10,000 names per call (`to − from + 1`), so a mistyped bound such as
 * `items('Q', 1, 1e9)` fails at once instead of exhausting memory.
 *
 * @throws CsiError `INVALID_OPTIONS` when `prefix` is not text, `from`/`to` are not integers
 * with `from ≤ to`, more than 10,000 names would be made, or an option is unknown or invalid
 * (`pad` an integer from 0 to 20, `suffix` text).
 *
 * @example
 * ```ts
 * items('IMAG', 1, 3);            // ['IMAG1', 'IMAG2', 'IMAG3']
 * items('Q', 8, 10, { pad: 2 });  // ['Q08', 'Q09', 'Q10']
 * items('Q', 1, 2, { suffix: 'a' }); // ['Q1a', 'Q2a']
 * ```
 */
export function items(prefix: string, from: number, to: number, options?: ItemsOptions): string[] {
  const opts = checkOptions(options, ITEMS_OPTION_SPEC, 'items', boundIssues(prefix, from, to));
  const pad = opts.pad ?? 0;
  const suffix = opts.suffix ?? '';
  const out: string[] = [];
  for (let k = from; k <= to; k++) {
    const digits = k < 0 ? `-${String(-k).padStart(pad, '0')}` : String(k).padStart(pad, '0');
    out.push(`${prefix}${digits}${suffix}`);
  }
  return out;
}
