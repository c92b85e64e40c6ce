import { deepFreeze } from '../../util/record.js';

/**
 * The usual ACSI questionnaire items per construct role (15 items), with the variable codes
 * of the public ACSI 2015 sample dataset.
 *
 * @remarks
 * Fornell et al. (1996), Table 1; codes from Morgeson et al. (2023), *Data in Brief*
 * 48:109123 (docs/methodology.md#acsi-model). All 1–10 except `COMP` (complained: binary 0/1) and the
 * price-tolerance items `HIGHPTOL`/`LOWPTOL` (percentages).
 * - expectations: `OVERALLX` overall expected quality, `CUSTOMX` expected customization,
 *   `WRONGX` expected reliability (how often things would go wrong);
 * - quality: `OVERALLQ`, `CUSTOMQ`, `WRONGQ` (the same three, experienced);
 * - value: `PQ` price given quality, `QP` quality given price;
 * - satisfaction: `SATIS` overall, `CONFIRM` disconfirmation of expectations, `IDEAL`
 *   distance from the ideal;
 * - complaints: `COMP` complained (yes/no);
 * - loyalty: `REPUR` repurchase likelihood, `HIGHPTOL` / `LOWPTOL` price tolerance.
 *
 * @example
 * ```ts
 * const model = acsiModel(acsiItems); // when the data use the ACSI variable codes
 * ```
 */
export const acsiItems = deepFreeze({
  expectations: ['OVERALLX', 'CUSTOMX', 'WRONGX'],
  quality: ['OVERALLQ', 'CUSTOMQ', 'WRONGQ'],
  value: ['PQ', 'QP'],
  satisfaction: ['SATIS', 'CONFIRM', 'IDEAL'],
  complaints: ['COMP'],
  loyalty: ['REPUR', 'HIGHPTOL', 'LOWPTOL'],
} as const);
