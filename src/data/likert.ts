/**
 * `likert(min, max, options)`: declare the theoretical scale of a questionnaire item.
 */
import { CsiError } from '../errors.js';
import { anyOfRule, arrayRule, booleanRule, checkOptions, objectRule, type OptionSpec } from '../validate/index.js';
import { checkScale } from './checkScale.js';
import type { ItemScale } from './types.js';

/** Options of {@link likert}. */
export interface LikertOptions {
  /**
   * Reverse-code the item as `(min + max) − x` when the data set is built (negatively worded
   * items). @defaultValue false
   */
  readonly reverse?: boolean;
  /**
   * Numeric codes meaning "don't know", "not applicable" or "refused" (e.g. `[-99]`,
   * `[98, 99]`, `[0]` on a 1–10 item). They become missing (`NaN`) and are counted per item;
   * they must lie outside `[min, max]`. @defaultValue []
   */
  readonly missingCodes?: readonly number[];
  /** Only whole scale points are valid answers. @defaultValue true */
  readonly integer?: boolean;
  /**
   * Verbal labels of scale points: a record keyed by point (or missing code), e.g.
   * `{ 1: 'very dissatisfied', 10: 'very satisfied', 99: "don't know" }`, or a list of one label
   * per point from `min` up, e.g. `['非常不满意', '不满意', '一般', '满意', '非常满意']` on 1–5.
   * Data sets built with this scale code text cells through the labels (trimmed, case- and
   * width-insensitive, docs/methodology.md#verbal-labels); see `datasetFromCsv`. @defaultValue none
   */
  readonly labels?: Readonly<Record<number | string, string>> | readonly string[];
}

const LIKERT_OPTION_SPEC: OptionSpec = {
  reverse: booleanRule,
  missingCodes: arrayRule('an array of numbers such as [-99, 99]'),
  integer: booleanRule,
  labels: anyOfRule(arrayRule('a list of labels, one per scale point'), objectRule('a record { point: label }')),
};

/**
 * Declares a rating (Likert-type) scale with theoretical bounds `min`…`max`.
 *
 * @remarks
 * The bounds are the *theoretical* end points of the answer scale, never the sample min/max:
 * every 0–100 transformation uses them (POMP `100(x − min)/(max − min)`; Cohen, Cohen, Aiken &
 * West 1999, *Multivariate Behavioral Research* 34(3):315–346; ACSI items `100(x − 1)/9` on 1–10,
 * Fornell et al. 1996). Reverse coding is `x_rev = (min + max) − x`, applied once when the data
 * set is built (docs/methodology.md#reverse-coding). "Don't know"/refused answers must be declared as
 * `missingCodes` outside the scale, never kept as numbers inside it (docs/methodology.md#missing-codes).
 * Unlike a bare {@link ItemScale}, `likert` defaults to `integer: true`.
 *
 * @throws CsiError `INVALID_SCALE` (all problems at once) when `min ≥ max`, a bound is not
 *   finite, an integer scale has fractional bounds, a missing code lies inside the scale, a
 *   label is not a point of the scale (or a missing code), two points share a label, or a
 *   list of labels does not have one label per point; `INVALID_OPTIONS` for unknown or
 *   mistyped options.
 *
 * @example
 * ```ts
 * import { likert } from 'csi-analytics';
 * const acsi = likert(1, 10, { missingCodes: [-99, 99], labels: { 1: 'very dissatisfied', 10: 'very satisfied' } });
 * const wrongx = likert(1, 10, { reverse: true });
 * const csat = likert(1, 5, { labels: ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'] });
 * // acsi → { min: 1, max: 10, missingCodes: [-99, 99], integer: true, labels: {...} }
 * ```
 */
export function likert(min: number, max: number, options?: LikertOptions): ItemScale {
  const opts = checkOptions(options, LIKERT_OPTION_SPEC, 'likert');
  const raw = {
    min,
    max,
    ...(opts.reverse !== undefined ? { reverse: opts.reverse } : {}),
    ...(opts.missingCodes !== undefined ? { missingCodes: [...opts.missingCodes] } : {}),
    integer: opts.integer ?? true,
    ...(opts.labels !== undefined ? { labels: Array.isArray(opts.labels) ? [...(opts.labels as readonly string[])] : { ...opts.labels } } : {}),
  };
  const { scale, issues } = checkScale(raw, `likert(${min}, ${max})`);
  if (scale === undefined) throw new CsiError('INVALID_SCALE', issues);
  return scale;
}
