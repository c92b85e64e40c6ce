import type { CsiWarning } from '../errors.js';
import { deepFreeze } from '../util/record.js';
import { normalQuantile } from '../stats/normalQuantile.js';
import { requireCount } from '../stats/finiteValues.js';
import { scaleValues } from '../stats/scaleValues.js';
import type { ConfidenceInterval } from '../stats/types.js';
import { checkArguments, checkOptions, keysSpec, levelRule, numbersRule, oneOfRule, type OptionSpec } from '../validate/index.js';

const NPS_SPEC: OptionSpec = { level: levelRule, scale: oneOfRule(['0-10', '1-10']), ...keysSpec(['label']) };

/** Options of {@link nps}. */
export interface NpsOptions {
  /** Confidence level of the interval. @defaultValue 0.95 */
  readonly level?: number;
  /**
   * Scale of the answers. NPS is defined on 0–10; `'1-10'` accepts 1–10 items (e.g. ECSI/ACSI
   * CUSL3) with the same bands, and adds a warning that the result is not a standard NPS.
   * @defaultValue `'0-10'`
   */
  readonly scale?: '0-10' | '1-10';
  /** Item name used in messages. @defaultValue `'NPS'` */
  readonly label?: string;
}

/** Result of {@link nps}. */
export interface NpsResult {
  /** Net Promoter Score on −100…100. */
  readonly nps: number;
  /** Trinomial standard error (NPS points). */
  readonly se: number;
  /** Wald interval `NPS ± z·SE` (not clipped). */
  readonly ci: ConfidenceInterval;
  readonly n: number;
  readonly missing: number;
  readonly counts: { readonly promoters: number; readonly passives: number; readonly detractors: number };
  readonly shares: { readonly promoters: number; readonly passives: number; readonly detractors: number };
  readonly scale: '0-10' | '1-10';
  readonly warnings: readonly CsiWarning[];
}

/**
 * Net Promoter Score with its standard error and confidence interval (docs/methodology.md#nps).
 *
 * @remarks
 * Promoters answer 9–10, passives 7–8, detractors 0–6 (Reichheld 2003, *HBR* 81(12):46–54):
 * `NPS = 100·(n_P − n_D)/n`. Trinomial standard error
 * `SE = 100·√((p_P + p_D − (p_P − p_D)²)/n)` (the variance of a score that is +1, 0, −1 per
 * respondent, divided by n), interval `NPS ± z_{1−α/2}·SE`. `NaN` answers are missing;
 * any other value off the scale (or not a whole point) throws `CsiError('INVALID_SCALE')` naming
 * the row. Checked against an independent NumPy count (test/fixtures/scripts/gap_metrics_reference.py).
 *
 * @example
 * ```ts
 * const r = nps([10, 9, 9, 8, 7, 6, 3, 10, 9, 5]);
 * r.nps;  // 20 (5 promoters, 3 detractors of 10)
 * r.ci;   // { lower: …, upper: …, level: 0.95 }
 * ```
 */
export function nps(values: ArrayLike<number>, options?: NpsOptions): NpsResult {
  checkArguments('nps', [['values', values, numbersRule()]]);
  checkOptions(options, NPS_SPEC, 'nps');
  const level = options?.level ?? 0.95;
  const scale = options?.scale ?? '0-10';
  const label = options?.label ?? 'NPS';
  const { values: x, missing } = scaleValues(values, { min: scale === '0-10' ? 0 : 1, max: 10, label });
  requireCount(x.length, 1, label, 'an NPS');
  let promoters = 0;
  let detractors = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (v >= 9) promoters++;
    else if (v <= 6) detractors++;
  }
  const n = x.length;
  const passives = n - promoters - detractors;
  const pp = promoters / n;
  const pd = detractors / n;
  const score = 100 * (pp - pd);
  const se = 100 * Math.sqrt(Math.max(0, pp + pd - (pp - pd) ** 2) / n);
  const z = normalQuantile((1 + level) / 2);
  const warnings: CsiWarning[] = [];
  if (scale === '1-10') {
    warnings.push({
      kind: 'nps_scale_1_10',
      message: `"${label}" is on a 1–10 scale; NPS is defined on 0–10 (detractors 0–6), so this score is not comparable with published NPS values.`,
      item: label,
    });
  }
  return deepFreeze({
    nps: score,
    se,
    ci: { lower: score - z * se, upper: score + z * se, level },
    n,
    missing,
    counts: { promoters, passives, detractors },
    shares: { promoters: pp, passives: passives / n, detractors: pd },
    scale,
    warnings,
  });
}
