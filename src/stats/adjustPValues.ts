import { CsiError } from '../errors.js';
import { deepFreeze, recordFrom } from '../util/record.js';
import { anyNumberRule, anyOfRule, checkArguments, checkOptions, numbersRule, oneOfRule, recordRule } from '../validate/index.js';

/** Multiple-comparison adjustment methods. */
export type PAdjustMethod = 'holm' | 'bh' | 'by' | 'bonferroni';

/** Options of {@link adjustPValues}. */
export interface AdjustPValuesOptions {
  /**
   * `'holm'` (family-wise error, Holm 1979), `'bh'` (false discovery rate, Benjamini & Hochberg
   * 1995), `'by'` (FDR under dependence, Benjamini & Yekutieli 2001) or `'bonferroni'`.
   * @defaultValue `'holm'`
   */
  readonly method?: PAdjustMethod;
}

function adjust(p: readonly number[], method: PAdjustMethod): number[] {
  const idx = p.map((_, i) => i).filter((i) => !Number.isNaN(p[i]!));
  const m = idx.length;
  const out = p.map(() => NaN);
  if (m === 0) return out;
  if (method === 'bonferroni') {
    for (const i of idx) out[i] = Math.min(1, m * p[i]!);
    return out;
  }
  const asc = [...idx].sort((i, j) => p[i]! - p[j]!);
  if (method === 'holm') {
    let run = 0;
    asc.forEach((i, k) => {
      run = Math.max(run, Math.min(1, (m - k) * p[i]!));
      out[i] = run;
    });
    return out;
  }
  let q = 1;
  if (method === 'by') {
    q = 0;
    for (let k = 1; k <= m; k++) q += 1 / k;
  }
  let run = 1;
  for (let k = m - 1; k >= 0; k--) {
    const i = asc[k]!;
    run = Math.min(run, Math.min(1, ((q * m) / (k + 1)) * p[i]!));
    out[i] = run;
  }
  return out;
}

/**
 * Adjusts p-values for multiple comparisons (many SERVQUAL items or dimensions, all-pairs
 * competitor tests; docs/methodology.md#multiple-comparisons).
 *
 * @remarks
 * With m non-missing p-values sorted p₍₁₎ ≤ … ≤ p₍ₘ₎:
 * - Holm: `p̃₍ᵢ₎ = maxⱼ≤ᵢ min(1, (m − j + 1)·p₍ⱼ₎)` (Holm 1979, *Scand. J. Statist.* 6:65–70);
 * - BH: `p̃₍ᵢ₎ = minⱼ≥ᵢ min(1, m/j·p₍ⱼ₎)` (Benjamini & Hochberg 1995, *JRSS B* 57:289–300);
 * - BY: BH multiplied by Σₖ 1/k (Benjamini & Yekutieli 2001, *Ann. Statist.* 29:1165–1188);
 * - Bonferroni: `min(1, m·p)`.
 *
 * `NaN` entries stay `NaN` and are not counted in m (as R `p.adjust`). Input order (or keys)
 * is preserved; a record input gives a prototype-free record. Checked against an independent
 * NumPy implementation of the definitions and SciPy 1.17.1 `false_discovery_control`.
 *
 * @example
 * ```ts
 * adjustPValues([0.01, 0.04, 0.03], { method: 'holm' }); // [0.03, 0.06, 0.06]
 * adjustPValues({ tangibles: 0.01, empathy: 0.04 }, { method: 'bh' }); // { tangibles: 0.02, empathy: 0.04 }
 * ```
 */
export function adjustPValues(p: readonly number[], options?: AdjustPValuesOptions): readonly number[];
export function adjustPValues(
  p: Readonly<Record<string, number>>,
  options?: AdjustPValuesOptions,
): Readonly<Record<string, number>>;
export function adjustPValues(
  p: readonly number[] | Readonly<Record<string, number>>,
  options?: AdjustPValuesOptions,
): readonly number[] | Readonly<Record<string, number>> {
  checkArguments('adjustPValues', [['p-values', p, anyOfRule(numbersRule('an array of p-values'), recordRule(anyNumberRule, 'a record of p-values by name'))]]);
  checkOptions(options, { method: oneOfRule(['holm', 'bh', 'by', 'bonferroni']) }, 'adjustPValues');
  const method = options?.method ?? 'holm';
  const keys = Array.isArray(p) ? null : Object.keys(p);
  const values: number[] = keys === null ? [...(p as readonly number[])] : keys.map((k) => (p as Readonly<Record<string, number>>)[k]!);
  const bad = values
    .map((v, i) => [v, i] as const)
    .filter(([v]) => !Number.isNaN(v) && !(v >= 0 && v <= 1));
  if (bad.length > 0) {
    throw new CsiError(
      'INVALID_DATA',
      bad.map(([v, i]) => ({
        kind: 'invalid_p_value',
        message: `p-value ${keys === null ? `#${i + 1}` : `"${keys[i]!}"`} is ${v}; expected a number in [0, 1] (or NaN).`,
        value: v,
      })),
    );
  }
  const adj = adjust(values, method);
  if (keys === null) return deepFreeze(adj);
  return deepFreeze(recordFrom(keys.map((k, i) => [k, adj[i]!] as const)));
}
