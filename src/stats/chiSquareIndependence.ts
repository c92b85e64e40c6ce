import { CsiError, type CsiIssue, type CsiWarning } from '../errors.js';
import { deepFreeze } from '../util/record.js';
import { chiSquareCdf } from './chiSquareCdf.js';
import type { TestResult } from './types.js';
import { booleanRule, checkArguments, checkOptions, type OptionSpec, tableRule } from '../validate/index.js';

const OPTION_SPEC: OptionSpec = { correction: booleanRule };

/** Options of {@link chiSquareIndependence}. */
export interface ChiSquareOptions {
  /**
   * Yates' continuity correction when df = 1 (2×2 tables), as R `chisq.test` and SciPy
   * `chi2_contingency` do by default. @defaultValue true
   */
  readonly correction?: boolean;
}

/** Result of {@link chiSquareIndependence}. */
export interface ChiSquareResult extends TestResult {
  readonly statisticName: 'X-squared';
  readonly df: number;
  /** Expected counts under independence, rᵢ·cⱼ/N. */
  readonly expected: readonly (readonly number[])[];
  /** Pearson residuals (O − E)/√E (uncorrected). */
  readonly residuals: readonly (readonly number[])[];
  /** Whether Yates' correction was applied. */
  readonly yates: boolean;
}

/**
 * Pearson's χ² test of independence for an r × c contingency table of counts (e.g. top-2-box
 * repurchase by complaint outcome, docs/methodology.md#complaint-recovery).
 *
 * @remarks
 * `Eᵢⱼ = rᵢcⱼ/N`, `X² = Σ(|Oᵢⱼ − Eᵢⱼ| − c)²/Eᵢⱼ` with c = min(½, |O − E|) under Yates' correction
 * (df = 1 only) and c = 0 otherwise; df = (r − 1)(c − 1); p from χ². Effect size Cramér's
 * `V = √(X²/(N·(min(r, c) − 1)))` (computed from the uncorrected X²). A warning is added when
 * any expected count is below 5 (Cochran 1954). Checked against SciPy 1.17.1
 * `scipy.stats.chi2_contingency`.
 *
 * @param table - Counts, rows × columns (all rows the same length, non-negative).
 *
 * @example
 * ```ts
 * chiSquareIndependence([[30, 10], [20, 25]]).pValue;
 * ```
 */
export function chiSquareIndependence(table: readonly (readonly number[])[], options?: ChiSquareOptions): ChiSquareResult {
  checkArguments('chiSquareIndependence', [['contingency table', table, tableRule()]]);
  checkOptions(options, OPTION_SPEC, 'chiSquareIndependence');
  const issues: CsiIssue[] = [];
  const r = table.length;
  const c = table[0]?.length ?? 0;
  if (r < 2 || c < 2) issues.push({ kind: 'table_too_small', message: `The contingency table is ${r} × ${c}; at least 2 × 2 is needed.` });
  table.forEach((row, i) => {
    if (row.length !== c) issues.push({ kind: 'ragged_table', message: `Row ${i + 1} of the contingency table has ${row.length} cells; expected ${c}.`, row: i + 1 });
    row.forEach((v, j) => {
      if (!(Number.isFinite(v) && v >= 0)) {
        issues.push({ kind: 'invalid_count', message: `Cell (${i + 1}, ${j + 1}) of the contingency table is ${v}; expected a non-negative count.`, row: i + 1, value: v });
      }
    });
  });
  if (issues.length > 0) throw new CsiError('INVALID_DATA', issues);
  const rowSum = table.map((row) => row.reduce((s, v) => s + v, 0));
  const colSum = Array.from({ length: c }, (_, j) => table.reduce((s, row) => s + row[j]!, 0));
  const total = rowSum.reduce((s, v) => s + v, 0);
  const zeroMargins = [...rowSum.map((v, i) => [v, `row ${i + 1}`] as const), ...colSum.map((v, j) => [v, `column ${j + 1}`] as const)].filter(([v]) => v === 0);
  if (zeroMargins.length > 0) {
    throw new CsiError('INSUFFICIENT_DATA', zeroMargins.map(([, w]) => ({ kind: 'zero_margin', message: `The contingency table's ${w} sums to 0; expected counts would be 0.` })));
  }
  const df = (r - 1) * (c - 1);
  const yates = (options?.correction ?? true) && df === 1;
  const expected = rowSum.map((rs) => colSum.map((cs) => (rs * cs) / total));
  let x2 = 0;
  let x2raw = 0;
  let small = 0;
  const residuals = table.map((row, i) =>
    row.map((o, j) => {
      const e = expected[i]![j]!;
      if (e < 5) small++;
      const d = o - e;
      const adj = yates ? Math.max(0, Math.abs(d) - 0.5) : Math.abs(d);
      x2 += (adj * adj) / e;
      x2raw += (d * d) / e;
      return d / Math.sqrt(e);
    }),
  );
  const warnings: CsiWarning[] = [];
  if (small > 0) {
    warnings.push({
      kind: 'small_expected',
      message: `${small} of ${r * c} expected counts are below 5; the χ² approximation may be inaccurate (consider an exact test).`,
    });
  }
  return deepFreeze({
    method: yates ? "Pearson's χ² test of independence with Yates' continuity correction" : "Pearson's χ² test of independence",
    alternative: 'two-sided' as const,
    statisticName: 'X-squared' as const,
    statistic: x2,
    df,
    pValue: chiSquareCdf(x2, df, { lowerTail: false }),
    n: total,
    effectSize: { name: 'cramers_v', value: Math.sqrt(x2raw / (total * (Math.min(r, c) - 1))) },
    expected,
    residuals,
    yates,
    warnings,
  });
}
