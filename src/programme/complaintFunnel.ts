/**
 * `complaintFunnel(input, options?)`: the TARP complaint funnel — customers with a problem →
 * complain → resolved quickly / resolved / unresolved → repurchase — with the silent
 * dissatisfied, repurchase rates with Wilson intervals, and customers and revenue lost and won
 * back in a customer base, with delta-method intervals.
 * @packageDocumentation
 */
import { CsiError, type CsiIssue, type CsiWarning } from '../errors.js';
import { normalQuantile } from '../stats/normalQuantile.js';
import { proportionCi } from '../stats/proportionCi.js';
import { twoProportionZ } from '../stats/twoProportionZ.js';
import type { ConfidenceInterval } from '../stats/types.js';
import { deepFreeze, nearest, recordFrom } from '../util/record.js';
import {
  checkOptions, describeValue, levelRule, numberRule, objectRule, stringArrayRule, type OptionSpec,
} from '../validate/index.js';

/** Where a customer ends in the funnel. */
export type FunnelOutcome = 'no-problem' | 'silent' | 'resolved-quickly' | 'resolved' | 'unresolved';

/**
 * The funnel outcomes in funnel order: no problem; problem but no complaint (silent);
 * complained and resolved quickly; resolved (not quickly); unresolved.
 *
 * @remarks
 * The stages of TARP's complaint funnel (TARP 1986); see docs/methodology.md#complaint-funnel.
 *
 * @example
 * ```ts
 * import { FUNNEL_OUTCOMES } from 'csi-analytics';
 * FUNNEL_OUTCOMES.includes('silent'); // true
 * ```
 */
export const FUNNEL_OUTCOMES: readonly FunnelOutcome[] = ['no-problem', 'silent', 'resolved-quickly', 'resolved', 'unresolved'];
const PROBLEM: readonly FunnelOutcome[] = ['silent', 'resolved-quickly', 'resolved', 'unresolved'];
const COMPLAINED: readonly FunnelOutcome[] = ['resolved-quickly', 'resolved', 'unresolved'];
const RESOLVED: readonly FunnelOutcome[] = ['resolved-quickly', 'resolved'];

/** Counts of one outcome: customers and those who repurchase (or intend to). */
export interface FunnelCount {
  readonly n: number;
  readonly repurchase: number;
}

/** Per-customer columns, e.g. `{ outcome: data.factors.outcome, repurchase: data.factors.repurchase }`. */
export interface FunnelColumns {
  /** Funnel outcome per customer (or a label translated by `outcomeMap`); `null` = unknown. */
  readonly outcome: readonly (string | null)[];
  /** Repurchase per customer: `true`/`false`, 1/0, or labels listed in `repurchaseYes`; `null` = unknown. */
  readonly repurchase: readonly (boolean | number | string | null)[];
}

/** Options of {@link complaintFunnel}. */
export interface ComplaintFunnelOptions {
  /**
   * Customers the sample represents, for customers and revenue lost and won back: the whole
   * base when the sample includes `no-problem` customers, else the customers with a problem.
   */
  readonly customers?: number;
  /** Margin (or revenue) per retained customer per period; adds revenue figures. */
  readonly margin?: number;
  /** Confidence level. @defaultValue 0.95 */
  readonly level?: number;
  /** Translates outcome labels of `FunnelColumns` (labels not listed → unknown). */
  readonly outcomeMap?: Readonly<Record<string, FunnelOutcome | null>>;
  /** Repurchase labels meaning "yes" when the repurchase column holds text (others mean "no"). */
  readonly repurchaseYes?: readonly string[];
}

/** Rules of {@link ComplaintFunnelOptions}. @internal */
export const COMPLAINT_FUNNEL_OPTION_SPEC: OptionSpec = {
  customers: numberRule({ min: 0, gt: true, example: 200000 }),
  margin: numberRule({ example: 180 }),
  level: levelRule,
  outcomeMap: objectRule('a record from labels to funnel outcomes'),
  repurchaseYes: stringArrayRule('an array of labels such as ["yes"]'),
};

/** A share with its Wilson interval. */
export interface FunnelRate {
  readonly successes: number;
  readonly n: number;
  readonly rate: number;
  readonly ci: ConfidenceInterval;
}

/** A difference of repurchase rates: two-proportion z-test (pooled), Wald interval. */
export interface FunnelContrast {
  /** `recovery`: resolved − unresolved; `paradox`: resolved − no-problem; `complaining`: complained − silent. */
  readonly name: 'recovery' | 'paradox' | 'complaining';
  readonly difference: number;
  readonly z: number;
  readonly pValue: number;
  readonly ci: ConfidenceInterval;
}

/** An estimated number of customers with its delta-method interval, and its revenue. */
export interface FunnelAmount {
  readonly estimate: number;
  readonly se: number;
  readonly ci: ConfidenceInterval;
  /** estimate × margin, interval × margin; `null` without `margin`. */
  readonly revenue: { readonly estimate: number; readonly ci: ConfidenceInterval } | null;
}

/** Economics of one problem outcome in the customer base. */
export interface FunnelOutcomeEconomics {
  /** Customers in this outcome: N·pₒ. */
  readonly customers: FunnelAmount;
  /** Customers in this outcome who do not repurchase: N·pₒ·(1 − rₒ). */
  readonly lost: FunnelAmount;
  /** Lost beyond the no-problem rate: N·pₒ·(r_none − rₒ); `null` without no-problem customers. */
  readonly excessLost: FunnelAmount | null;
  /** Kept by resolving rather than leaving unresolved: N·pₒ·(rₒ − r_unresolved); resolved outcomes only. */
  readonly wonBack: FunnelAmount | null;
}

/** Result of {@link complaintFunnel}. */
export interface ComplaintFunnelResult {
  readonly kind: 'csi.complaint-funnel';
  /** Customers with an outcome and a repurchase answer. */
  readonly n: number;
  /** Customers left out (unknown outcome or repurchase). */
  readonly unassigned: number;
  /** `'all-customers'` when no-problem customers are in the data, else `'customers-with-problem'`. */
  readonly base: 'all-customers' | 'customers-with-problem';
  readonly counts: Readonly<Record<string, number>>;
  readonly stages: {
    /** Customers with a problem / all (null without no-problem customers). */
    readonly problemRate: FunnelRate | null;
    /** Complained / had a problem. */
    readonly complaintRate: FunnelRate | null;
    /** Did not complain / had a problem: the silent dissatisfied. */
    readonly silentShare: FunnelRate | null;
    /** Resolved (quickly or not) / complained. */
    readonly resolutionRate: FunnelRate | null;
    /** Resolved quickly / complained. */
    readonly quickResolutionRate: FunnelRate | null;
    /** Silent customers per complaint received, (1 − c)/c, interval from the Wilson bounds of c. */
    readonly silentPerComplaint: { readonly estimate: number; readonly ci: ConfidenceInterval } | null;
  };
  /** Repurchase rate per outcome present (Wilson interval). */
  readonly repurchase: Readonly<Record<string, FunnelRate>>;
  readonly contrasts: Readonly<Record<string, FunnelContrast>>;
  /** With `customers`: per problem outcome and totals; else `null`. */
  readonly economics: {
    readonly customers: number;
    readonly margin: number | null;
    readonly byOutcome: Readonly<Record<string, FunnelOutcomeEconomics>>;
    readonly total: { readonly lost: FunnelAmount; readonly excessLost: FunnelAmount | null; readonly wonBack: FunnelAmount | null };
  } | null;
  readonly level: number;
  readonly warnings: readonly CsiWarning[];
}

/**
 * The complaint funnel of TARP complaint economics: shares of customers with a problem, who
 * complain, whose complaint is resolved (quickly), the silent dissatisfied, repurchase rates
 * per outcome with Wilson intervals, the recovery / paradox / complaining contrasts, and
 * customers and revenue lost and won back in a customer base.
 *
 * @remarks
 * The sample is one random sample of customers; cells `π_{o,y}` = share of customers in
 * outcome `o` with repurchase `y`, `pₒ = π_{o,1} + π_{o,0}`, `rₒ = π_{o,1}/pₒ`. Rates and
 * repurchase rates: Wilson (1927) intervals. Contrasts: two-proportion z (pooled) with the
 * unpooled Wald interval — *recovery* r(resolved) − r(unresolved), *paradox* r(resolved) −
 * r(no-problem) (tested, not assumed; de Matos et al. 2007), *complaining* r(complained) −
 * r(silent). For a base of `N` customers: customers `N·pₒ`, lost `N·π_{o,0}`, excess lost
 * `N·pₒ(r_none − rₒ)`, won back `N·pₒ(rₒ − r_unresolved)` for resolved outcomes; revenue =
 * customers × margin. Intervals by the delta method on the multinomial cell shares,
 * `Var = (gᵀdiag(π)g − (gᵀπ)²)/n`, normal. TARP (1979, 1986 *Consumer Complaint Handling in
 * America*); Goodman (1999). docs/methodology.md#complaint-funnel.
 *
 * `input` is per-customer columns ({@link FunnelColumns}) or counts per outcome
 * (`{ silent: { n: 306, repurchase: 190 }, … }`).
 *
 * @throws CsiError `INVALID_DATA` naming the outcome or 1-based row and value (unknown outcome
 *   with "did you mean", counts that are not integers 0 ≤ repurchase ≤ n, columns of unequal
 *   length); `INSUFFICIENT_DATA` when no customer has a problem; `INVALID_OPTIONS` for bad options.
 *
 * @example
 * ```ts
 * import { complaintFunnel } from 'csi-analytics';
 * const f = complaintFunnel(
 *   { 'no-problem': { n: 873, repurchase: 733 }, silent: { n: 306, repurchase: 190 },
 *     'resolved-quickly': { n: 161, repurchase: 138 }, resolved: { n: 91, repurchase: 59 },
 *     unresolved: { n: 69, repurchase: 28 } },
 *   { customers: 200_000, margin: 180 },
 * );
 * f.repurchase.unresolved!.rate; // 28/69
 * f.economics!.total.wonBack!.estimate; // customers kept by resolving complaints
 * ```
 */
export function complaintFunnel(input: FunnelColumns | Readonly<Partial<Record<FunnelOutcome, FunnelCount>>>, options?: ComplaintFunnelOptions): ComplaintFunnelResult {
  const opts = checkOptions(options, COMPLAINT_FUNNEL_OPTION_SPEC, 'complaintFunnel') as ComplaintFunnelOptions;
  const level = opts.level ?? 0.95;
  const { cells, unassigned, declared } = readFunnel(input, opts);
  const count = (o: FunnelOutcome) => cells.get(o)!.n;
  const buys = (o: FunnelOutcome) => cells.get(o)!.repurchase;
  const sum = (os: readonly FunnelOutcome[], f: (o: FunnelOutcome) => number) => os.reduce((t, o) => t + f(o), 0);
  const n = sum(FUNNEL_OUTCOMES, count);
  const problem = sum(PROBLEM, count);
  if (problem === 0) throw new CsiError('INSUFFICIENT_DATA', 'complaintFunnel found no customer with a problem (silent, resolved-quickly, resolved or unresolved).');
  const complained = sum(COMPLAINED, count);
  const rate = (k: number, m: number): FunnelRate | null => (m > 0 ? { successes: k, n: m, rate: k / m, ci: proportionCi(k, m, { level }).ci } : null);
  const hasNone = declared.has('no-problem') && count('no-problem') > 0;
  const complaintRate = rate(complained, problem);
  const stages = {
    problemRate: hasNone ? rate(problem, n) : null,
    complaintRate,
    silentShare: rate(count('silent'), problem),
    resolutionRate: rate(sum(RESOLVED, count), complained),
    quickResolutionRate: rate(count('resolved-quickly'), complained),
    silentPerComplaint: complaintRate !== null && complained > 0
      ? { estimate: (problem - complained) / complained, ci: { lower: (1 - complaintRate.ci.upper) / complaintRate.ci.upper, upper: (1 - complaintRate.ci.lower) / complaintRate.ci.lower, level } }
      : null,
  };
  const present = FUNNEL_OUTCOMES.filter((o) => count(o) > 0);
  const repurchase = recordFrom(present.map((o) => [o, rate(buys(o), count(o))!] as const));
  const warnings: CsiWarning[] = [];
  const group = (os: readonly FunnelOutcome[]) => ({ successes: sum(os, buys), n: sum(os, count) });
  const contrast = (name: FunnelContrast['name'], a: readonly FunnelOutcome[], b: readonly FunnelOutcome[]): [string, FunnelContrast] | null => {
    const ga = group(a);
    const gb = group(b);
    if (ga.n === 0 || gb.n === 0) return null;
    const t = twoProportionZ(ga, gb, { level });
    return [name, { name, difference: t.estimate, z: t.statistic, pValue: t.pValue, ci: t.ci }];
  };
  const contrasts = recordFrom([
    contrast('recovery', RESOLVED, ['unresolved']),
    contrast('paradox', RESOLVED, ['no-problem']),
    contrast('complaining', COMPLAINED, ['silent']),
  ].filter((c): c is [string, FunnelContrast] => c !== null));
  if (!hasNone) warnings.push({ kind: 'no_baseline', message: 'No no-problem customers in the data: the problem rate, the paradox contrast and the excess loss are not computed, and "customers" counts customers with a problem.' });
  const economics = opts.customers !== undefined
    ? funnelEconomics(cells, n, opts.customers, opts.margin ?? null, level, hasNone)
    : null;
  return deepFreeze({
    kind: 'csi.complaint-funnel' as const,
    n,
    unassigned,
    base: hasNone ? ('all-customers' as const) : ('customers-with-problem' as const),
    counts: recordFrom(FUNNEL_OUTCOMES.filter((o) => declared.has(o)).map((o) => [o, count(o)] as const)),
    stages,
    repurchase,
    contrasts,
    economics,
    level,
    warnings,
  });
}

type Cells = Map<FunnelOutcome, FunnelCount>;

/** Counts per outcome from either input shape, checked. */
function readFunnel(input: unknown, opts: ComplaintFunnelOptions): { cells: Cells; unassigned: number; declared: Set<FunnelOutcome> } {
  const cells: Cells = new Map(FUNNEL_OUTCOMES.map((o) => [o, { n: 0, repurchase: 0 }]));
  const declared = new Set<FunnelOutcome>();
  const issues: CsiIssue[] = [];
  if (input === null || typeof input !== 'object') {
    throw new CsiError('INVALID_DATA', [{ kind: 'invalid_input', value: describeValue(input), message: `complaintFunnel needs { outcome: [...], repurchase: [...] } or counts such as { silent: { n: 306, repurchase: 190 } }; got ${describeValue(input)}.` }]);
  }
  const cols = input as Partial<FunnelColumns>;
  if (Array.isArray(cols.outcome) || Array.isArray(cols.repurchase)) return readColumns(cols, opts, cells, declared);
  for (const [key, raw] of Object.entries(input)) {
    if (!(FUNNEL_OUTCOMES as readonly string[]).includes(key)) {
      const hint = nearest(key, FUNNEL_OUTCOMES);
      issues.push({ kind: 'unknown_outcome', value: key, message: `complaintFunnel counts name outcome "${key}"; expected one of ${FUNNEL_OUTCOMES.join(', ')}.` + (hint !== undefined ? ` Did you mean "${hint}"?` : '') });
      continue;
    }
    const c = raw as Partial<FunnelCount> | null;
    const ok = c !== null && typeof c === 'object' && Number.isInteger(c.n) && Number.isInteger(c.repurchase) && c.n! >= 0 && c.repurchase! >= 0 && c.repurchase! <= c.n!;
    if (!ok) {
      issues.push({ kind: 'invalid_count', value: describeValue(raw), message: `complaintFunnel counts of "${key}" are ${describeValue(raw)}; expected { n, repurchase } with integers 0 ≤ repurchase ≤ n.` });
      continue;
    }
    cells.set(key as FunnelOutcome, { n: c.n!, repurchase: c.repurchase! });
    declared.add(key as FunnelOutcome);
  }
  if (issues.length > 0) throw new CsiError('INVALID_DATA', issues);
  return { cells, unassigned: 0, declared };
}

function readColumns(cols: Partial<FunnelColumns>, opts: ComplaintFunnelOptions, cells: Cells, declared: Set<FunnelOutcome>): { cells: Cells; unassigned: number; declared: Set<FunnelOutcome> } {
  const issues: CsiIssue[] = [];
  const out = cols.outcome;
  const rep = cols.repurchase;
  if (!Array.isArray(out) || !Array.isArray(rep) || out.length !== rep.length) {
    throw new CsiError('INVALID_DATA', [{ kind: 'length_mismatch', message: `complaintFunnel needs columns outcome and repurchase of equal length; got ${describeValue(out)} and ${describeValue(rep)}.` }]);
  }
  const yes = opts.repurchaseYes !== undefined ? new Set(opts.repurchaseYes) : null;
  const map = opts.outcomeMap;
  let unassigned = 0;
  for (let r = 0; r < out.length; r++) {
    const o = outcomeOf(out[r], map, r, issues);
    const y = repurchaseOf(rep[r], yes, r, issues);
    if (o === null || y === null) {
      unassigned++;
      continue;
    }
    const c = cells.get(o)!;
    cells.set(o, { n: c.n + 1, repurchase: c.repurchase + (y ? 1 : 0) });
    declared.add(o);
  }
  if (issues.length > 0) throw new CsiError('INVALID_DATA', issues.slice(0, 50));
  return { cells, unassigned, declared };
}

function outcomeOf(v: unknown, map: Readonly<Record<string, FunnelOutcome | null>> | undefined, r: number, issues: CsiIssue[]): FunnelOutcome | null {
  if (v === null || v === undefined || v === '') return null;
  let o: unknown = v;
  if (map !== undefined) o = typeof v === 'string' && Object.prototype.hasOwnProperty.call(map, v) ? map[v] : null;
  if (o === null) return null;
  if (typeof o === 'string' && (FUNNEL_OUTCOMES as readonly string[]).includes(o)) return o as FunnelOutcome;
  const hint = typeof o === 'string' ? nearest(o, FUNNEL_OUTCOMES) : undefined;
  issues.push({ kind: 'invalid_outcome', row: r + 1, value: describeValue(v), message: `Row ${r + 1} of complaintFunnel has outcome ${describeValue(o)}; expected one of ${FUNNEL_OUTCOMES.join(', ')} or null (use "outcomeMap" to translate labels).` + (hint !== undefined ? ` Did you mean "${hint}"?` : '') });
  return null;
}

function repurchaseOf(v: unknown, yes: Set<string> | null, r: number, issues: CsiIssue[]): boolean | null {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'boolean') return v;
  if (v === 0 || v === 1) return v === 1;
  if (typeof v === 'string' && yes !== null) return yes.has(v);
  issues.push({ kind: 'invalid_repurchase', row: r + 1, value: describeValue(v), message: `Row ${r + 1} of complaintFunnel has repurchase ${describeValue(v)}; expected true/false, 1/0` + (yes === null ? ', or text labels together with option "repurchaseYes" (e.g. ["yes"]).' : '.') });
  return null;
}

/** A smooth function of the cell shares with its gradient (cells 2k = buys, 2k + 1 = not, k in FUNNEL_OUTCOMES order). */
interface Term { readonly value: number; readonly grad: Float64Array }

function funnelEconomics(cells: Cells, n: number, N: number, margin: number | null, level: number, hasNone: boolean): NonNullable<ComplaintFunnelResult['economics']> {
  const pi = new Float64Array(2 * FUNNEL_OUTCOMES.length);
  FUNNEL_OUTCOMES.forEach((o, k) => {
    const c = cells.get(o)!;
    pi[2 * k] = c.repurchase / n;
    pi[2 * k + 1] = (c.n - c.repurchase) / n;
  });
  const idx = (o: FunnelOutcome) => 2 * FUNNEL_OUTCOMES.indexOf(o);
  const unit = (j: number, w: number): Term => {
    const grad = new Float64Array(pi.length);
    grad[j] = w;
    return { value: w * pi[j]!, grad };
  };
  const share = (o: FunnelOutcome) => combine([unit(idx(o), 1), unit(idx(o) + 1, 1)]);
  /** pₐ·r_b; its gradient ∂/∂π_{a,·} = r_b, ∂/∂π_{b,1} = pₐ(1 − r_b)/p_b, ∂/∂π_{b,0} = −pₐr_b/p_b. */
  const prod = (a: FunnelOutcome, b: FunnelOutcome): Term => {
    const pa = pi[idx(a)]! + pi[idx(a) + 1]!;
    const pb = pi[idx(b)]! + pi[idx(b) + 1]!;
    const rb = pi[idx(b)]! / pb;
    const grad = new Float64Array(pi.length);
    grad[idx(a)] = rb;
    grad[idx(a) + 1] = rb;
    grad[idx(b)] = (pa * (1 - rb)) / pb;
    grad[idx(b) + 1] = (-pa * rb) / pb;
    return { value: pa * rb, grad };
  };
  const z = normalQuantile((1 + level) / 2);
  const amount = (t: Term): FunnelAmount => {
    let m = 0;
    let q = 0;
    for (let j = 0; j < pi.length; j++) {
      m += t.grad[j]! * pi[j]!;
      q += t.grad[j]! * t.grad[j]! * pi[j]!;
    }
    const est = N * t.value;
    const se = N * Math.sqrt(Math.max(0, (q - m * m) / n));
    const ci = { lower: est - z * se, upper: est + z * se, level };
    return { estimate: est, se, ci, revenue: margin === null ? null : { estimate: est * margin, ci: { lower: ci.lower * margin, upper: ci.upper * margin, level } } };
  };
  const has = (o: FunnelOutcome) => cells.get(o)!.n > 0;
  const excess = (o: FunnelOutcome) => combine([prod(o, 'no-problem'), unit(idx(o), -1)]);
  const won = (o: FunnelOutcome) => combine([unit(idx(o), 1), scale(prod(o, 'unresolved'), -1)]);
  const problems = PROBLEM.filter(has);
  const resolved = RESOLVED.filter(has);
  const canWin = has('unresolved') && resolved.length > 0;
  const byOutcome = recordFrom(problems.map((o) => [o, {
    customers: amount(share(o)),
    lost: amount(unit(idx(o) + 1, 1)),
    excessLost: hasNone ? amount(excess(o)) : null,
    wonBack: canWin && resolved.includes(o) ? amount(won(o)) : null,
  }] as const));
  return {
    customers: N,
    margin,
    byOutcome,
    total: {
      lost: amount(combine(problems.map((o) => unit(idx(o) + 1, 1)))),
      excessLost: hasNone ? amount(combine(problems.map(excess))) : null,
      wonBack: canWin ? amount(combine(resolved.map(won))) : null,
    },
  };
}

function combine(terms: readonly Term[]): Term {
  const grad = new Float64Array(terms[0]!.grad.length);
  let value = 0;
  for (const t of terms) {
    value += t.value;
    for (let j = 0; j < grad.length; j++) grad[j] = grad[j]! + t.grad[j]!;
  }
  return { value, grad };
}

function scale(t: Term, w: number): Term {
  return { value: w * t.value, grad: Float64Array.from(t.grad, (g) => w * g) };
}
