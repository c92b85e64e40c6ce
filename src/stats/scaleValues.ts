import { CsiError, type CsiIssue } from '../errors.js';
import { anyNumberRule, checkArguments, fieldsRule, numbersRule, stringRule } from '../validate/index.js';

/** Requirements checked by {@link scaleValues}. */
export interface ScaleRequirement {
  readonly min: number;
  readonly max: number;
  /** Only whole scale points are valid. @defaultValue true */
  readonly integer?: boolean;
  /** Item name used in messages. */
  readonly label: string;
}

/** Valid scale answers with missing ones removed. */
export interface ScaleValues {
  readonly values: Float64Array;
  /** `NaN` (missing) answers dropped. */
  readonly missing: number;
}

/**
 * Checks that every non-missing answer lies on the scale `[min, max]` (whole points by default),
 * dropping `NaN` as missing; all offending rows go into one `CsiError('INVALID_SCALE')` whose
 * messages name the item, the 1-based row and the value, e.g.
 * `Item "NPS" in row 17 has value 11, outside its scale 0–10.`
 *
 * @remarks
 * Not a statistic: the input check shared by the customer metrics (`nps`, `csat`, `ces`). Valid
 * means `min ≤ x ≤ max` and, with `integer` (the default), a whole scale point; the returned
 * `values` keep the input order of the valid answers (a new `Float64Array`).
 *
 * @example
 * ```ts
 * scaleValues([9, NaN, 10, 3], { min: 0, max: 10, label: 'NPS' }); // { values: [9, 10, 3], missing: 1 }
 * ```
 */
export function scaleValues(values: ArrayLike<number>, req: ScaleRequirement): ScaleValues {
  checkArguments('scaleValues', [['values', values, numbersRule()], ['scale requirement', req, fieldsRule({ min: anyNumberRule, max: anyNumberRule, label: stringRule('a label', true) }, 'a scale requirement { min, max, label, integer? }')]]);
  const integer = req.integer ?? true;
  const out = new Float64Array(values.length);
  const issues: CsiIssue[] = [];
  let k = 0;
  let missing = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isNaN(v)) {
      missing++;
      continue;
    }
    if (!(v >= req.min && v <= req.max) || (integer && !Number.isInteger(v))) {
      issues.push({
        kind: 'out_of_scale',
        message: `Item "${req.label}" in row ${i + 1} has value ${v}, outside its scale ${req.min}–${req.max}${integer ? ' (whole points)' : ''}.`,
        item: req.label,
        row: i + 1,
        value: v,
      });
      continue;
    }
    out[k++] = v;
  }
  if (issues.length > 0) throw new CsiError('INVALID_SCALE', issues);
  return { values: out.slice(0, k), missing };
}
