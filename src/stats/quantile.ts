import { CsiError } from '../errors.js';
import { anyNumberRule, anyOfRule, booleanRule, checkArguments, checkOptions, keysSpec, numbersRule, type OptionSpec } from '../validate/index.js';

const OPTION_SPEC: OptionSpec = { ...keysSpec(['type']), sorted: booleanRule };

/** Hyndman–Fan sample-quantile definitions 1–9 (R's `quantile(type = …)`). */
export type QuantileType = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

/** Options of {@link quantile}. */
export interface QuantileOptions {
  /** Hyndman & Fan (1996) definition; 7 is R's and NumPy's default. @defaultValue 7 */
  readonly type?: QuantileType;
  /**
   * The values are already sorted ascending and contain no `NaN`: skips the copy and sort
   * (useful for many quantiles of the same bootstrap draws). @defaultValue false
   */
  readonly sorted?: boolean;
}

function sortedFinite(values: ArrayLike<number>): Float64Array {
  const out = new Float64Array(values.length);
  let k = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isNaN(v)) out[k++] = v;
  }
  return out.subarray(0, k).sort();
}

/** One quantile of sorted `x` (0-based storage, Hyndman–Fan 1-based notation). */
function quantileSorted(x: ArrayLike<number>, p: number, type: QuantileType): number {
  const n = x.length;
  const at = (j: number): number => x[Math.min(Math.max(j, 1), n) - 1]!; // x_j with clamping
  if (type === 7) {
    const h = (n - 1) * p;
    const j = Math.floor(h);
    const g = h - j;
    const lo = x[j]!;
    return g === 0 ? lo : lo + g * (x[Math.min(j + 1, n - 1)]! - lo);
  }
  if (type <= 3) {
    const m = type === 3 ? -0.5 : 0;
    const np = n * p + m;
    const j = Math.floor(np);
    const g = np - j;
    let gamma: number;
    if (type === 1) gamma = g > 0 ? 1 : 0;
    else if (type === 2) gamma = g > 0 ? 1 : 0.5;
    else gamma = g === 0 && j % 2 === 0 ? 0 : 1;
    return (1 - gamma) * at(j) + gamma * at(j + 1);
  }
  const m =
    type === 4 ? 0 : type === 5 ? 0.5 : type === 6 ? p : type === 8 ? (p + 1) / 3 : /* 9 */ p / 4 + 3 / 8;
  const np = n * p + m;
  const j = Math.floor(np);
  const g = np - j;
  const a = at(j);
  return g === 0 ? a : a + g * (at(j + 1) - a);
}

/**
 * Sample quantile(s) by one of the nine Hyndman–Fan definitions (default type 7, as in R and
 * NumPy, and as seminr uses for bootstrap percentile intervals).
 *
 * @remarks
 * With order statistics x₍₁₎ ≤ … ≤ x₍ₙ₎, `Q(p) = (1 − γ)·x₍ⱼ₎ + γ·x₍ⱼ₊₁₎`, j = ⌊np + m⌋
 * (Hyndman & Fan 1996, *Am. Statistician* 50(4):361–365). Type 7: `h = (n − 1)p`,
 * `Q = x₍⌊h⌋+1₎ + (h − ⌊h⌋)(x₍⌊h⌋+2₎ − x₍⌊h⌋+1₎)`. m per type: 1–2: 0, 3: −½ (discontinuous
 * γ rules), 4: 0, 5: ½, 6: p, 8: (p + 1)/3, 9: p/4 + 3/8. `NaN` values are ignored.
 * Checked against NumPy 2.4.6 `np.quantile(method=…)` for all nine types.
 *
 * @param values - Data (any order unless `sorted`).
 * @param p - Probability in [0, 1], or an array of them.
 *
 * @example
 * ```ts
 * quantile([1, 2, 3, 4], 0.25);                  // 1.75 (type 7)
 * quantile([1, 2, 3, 4], [0.025, 0.975]);        // [1.075, 3.925]
 * quantile([1, 2, 3, 4], 0.25, { type: 6 });     // 1.25
 * ```
 */
export function quantile(values: ArrayLike<number>, p: number, options?: QuantileOptions): number;
export function quantile(values: ArrayLike<number>, p: readonly number[], options?: QuantileOptions): number[];
export function quantile(
  values: ArrayLike<number>,
  p: number | readonly number[],
  options?: QuantileOptions,
): number | number[] {
  checkArguments('quantile', [['values', values, numbersRule()], ['probability', p, anyOfRule(anyNumberRule, numbersRule('an array of probabilities'))]]);
  checkOptions(options, OPTION_SPEC, 'quantile');
  const type = options?.type ?? 7;
  const ps = typeof p === 'number' ? [p] : p;
  const bad = ps.filter((q) => !(q >= 0 && q <= 1));
  if (bad.length > 0 || !(Number.isInteger(type) && type >= 1 && type <= 9)) {
    throw new CsiError('INVALID_OPTIONS', [
      ...bad.map((q) => ({
        kind: 'invalid_probability' as const,
        message: `Quantile probability ${String(q)} is outside [0, 1].`,
        value: q,
      })),
      ...(Number.isInteger(type) && type >= 1 && type <= 9
        ? []
        : [{ kind: 'invalid_type' as const, message: `Quantile type ${String(type)} is not one of 1–9.`, value: type }]),
    ]);
  }
  const x = options?.sorted === true ? values : sortedFinite(values);
  const out = ps.map((q) => (x.length === 0 ? NaN : quantileSorted(x, q, type)));
  return typeof p === 'number' ? out[0]! : out;
}
