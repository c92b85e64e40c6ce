import type { CsiWarning } from '../errors.js';
import { completePairs } from './completePairs.js';
import { requireCount } from './finiteValues.js';
import { resolveTestOptions, TEST_OPTION_SPEC } from './resolveTestOptions.js';
import { oneMeanT, oneMeanTParts } from './oneMeanT.js';
import { tTestResult } from './tTestResult.js';
import type { TestOptions, TTestResult } from './types.js';
import { checkArguments, checkOptions, numberRule, numbersRule, type OptionSpec, stringRule } from '../validate/index.js';

const OPTION_SPEC: OptionSpec = { ...TEST_OPTION_SPEC, mu: numberRule(), label: stringRule() };

/** Options of {@link pairedT}. */
export interface PairedTOptions extends TestOptions {
  /** Hypothesised mean difference Δ₀. @defaultValue 0 */
  readonly mu?: number;
  /** Name used in messages, e.g. the item. @defaultValue `'a − b'` */
  readonly label?: string;
}

/** Result of {@link pairedT}. */
export interface PairedTResult extends TTestResult {
  /** Standard deviation of the differences s_d. */
  readonly sd: number;
  /** Means of `a` and `b` over the complete pairs. */
  readonly meanA: number;
  readonly meanB: number;
  /** Pairs dropped because `a` or `b` (or both) was `NaN`. */
  readonly pairsDropped: number;
}

/**
 * Paired t-test on the differences `d = a − b` (e.g. SERVQUAL gap P − E, docs/methodology.md#paired-tests).
 *
 * @remarks
 * `t = (d̄ − Δ₀)/(s_d/√n)`, df = n − 1, CI `d̄ ± t_{df,1−α/2}·s_d/√n`, effect size
 * `d_z = (d̄ − Δ₀)/s_d` (Cohen 1988). Pairs with `NaN` in either member are dropped (counted in
 * `pairsDropped`). Matches R `t.test(a, b, paired = TRUE)` and SciPy `ttest_rel(a, b)`
 * (checked to 1e−12 against SciPy 1.17.1 on the kiosk E/P pairs).
 *
 * @example
 * ```ts
 * const perception = [6, 5, 7, 6, 5];
 * const expectation = [7, 7, 7, 6, 6];
 * pairedT(perception, expectation).estimate; // -0.8 (mean gap P − E)
 * ```
 */
export function pairedT(a: ArrayLike<number>, b: ArrayLike<number>, options?: PairedTOptions): PairedTResult {
  checkArguments('pairedT', [['first sample', a, numbersRule()], ['second sample', b, numbersRule()]]);
  checkOptions(options, OPTION_SPEC, 'pairedT');
  const { alternative, level } = resolveTestOptions(options);
  const label = options?.label ?? 'a − b';
  const pairs = completePairs(a, b, label);
  const dropped = pairs.dropped;
  const n = pairs.a.length;
  const d = new Float64Array(n);
  let sa = 0;
  let sb = 0;
  for (let i = 0; i < n; i++) {
    d[i] = pairs.a[i]! - pairs.b[i]!;
    sa += pairs.a[i]!;
    sb += pairs.b[i]!;
  }
  requireCount(d.length, 2, label, 'a paired t-test');
  const mu = options?.mu ?? 0;
  const m = oneMeanT(d, mu);
  const warnings = dropped > 0 ? [droppedWarning(label, dropped, m.test.n)] : [];
  return tTestResult(
    oneMeanTParts(m, { method: 'Paired t-test', alternative, level, label, effect: 'cohen_dz', warnings }),
    { sd: m.sd, meanA: sa / m.test.n, meanB: sb / m.test.n, pairsDropped: dropped },
  );
}

/** The warning of pairs dropped for a missing member. */
function droppedWarning(label: string, dropped: number, n: number): CsiWarning {
  return {
    kind: 'pairs_dropped',
    message: `Paired t-test on "${label}": ${dropped} pair${dropped === 1 ? '' : 's'} with a missing value dropped; ${n} complete pairs used.`,
    item: label,
  };
}
