import { CsiError, IssueCollector } from '../errors.js';
import type { CsiWarning } from '../errors.js';
import { deepFreeze, recordFrom } from '../util/record.js';
import { checkDirections } from './internal/checkDirections.js';
import type { Direction } from './internal/checkDirections.js';
import { minMax } from './internal/minMax.js';
import { readColumns } from './internal/readColumns.js';
import { throwAll } from './internal/throwAll.js';
import { checkOptions, keysSpec, oneOfRule, optionIssues as ruleIssues } from '../validate/index.js';

/** Options of {@link criticWeights}. */
export interface CriticOptions {
  /** Per-column direction for the min–max normalisation. @defaultValue every column `'benefit'` */
  readonly direction?: Readonly<Record<string, Direction>>;
  /**
   * Divisor of the standard deviation: `'sample'` (m − 1) or `'population'` (m). It scales
   * every σ_j and C_j by the same factor, so the weights do not depend on it.
   * @defaultValue `'sample'`
   */
  readonly sd?: 'sample' | 'population';
}

/** Result of {@link criticWeights}. */
export interface CriticResult {
  /** w_j = C_j / Σ_k C_k, by column (0 for a constant column). */
  readonly weights: Readonly<Record<string, number>>;
  /** σ_j of the min–max normalised column. */
  readonly sd: Readonly<Record<string, number>>;
  /** Information C_j = σ_j Σ_k (1 − r_jk). */
  readonly information: Readonly<Record<string, number>>;
  /** Pearson correlations r_jk of the non-constant columns, keyed `'A<->B'`. */
  readonly correlations: Readonly<Record<string, number>>;
  readonly n: number;
  readonly droppedRows: readonly number[];
  readonly warnings: readonly CsiWarning[];
}

/**
 * CRITIC weights (CRiteria Importance Through Intercriteria Correlation): a column gets more
 * weight when it varies more and agrees less with the others.
 *
 * @remarks
 * Diakoulaki, Mavrotas & Papayannakis (1995) *Computers & Operations Research* 22(7):763–770:
 * z_ij min–max normalised (benefit or cost), σ_j = SD of z_·j, r_jk = Pearson correlation of
 * columns j and k, C_j = σ_j Σ_k (1 − r_jk), w_j = C_j / Σ_k C_k. Both SD divisors reproduce
 * the docs/methodology.md#critic-weights example (.432, .293, .275), since they only rescale every C_j; the
 * default is the sample SD (m − 1), like the rest of the library. A constant column has no
 * correlation; it is left out of the correlations, gets weight 0 and a `constant_column`
 * warning. Rows with a NaN anywhere are dropped (listwise) and listed in `droppedRows`.
 *
 * @throws CsiError `INVALID_DATA`, `INVALID_OPTIONS`, or `INSUFFICIENT_DATA` (fewer than 3
 *   complete rows, fewer than 2 non-constant columns, all perfectly correlated).
 *
 * @example
 * ```ts
 * const r = criticWeights({ c1: [80, 70, 90, 60], c2: [5, 7, 6, 9], c3: [0.6, 0.9, 0.5, 0.7] });
 * r.weights; // { c1: 0.432, c2: 0.293, c3: 0.275 }
 * ```
 */
export function criticWeights(
  columns: Readonly<Record<string, ArrayLike<number>>>,
  options: CriticOptions = {},
): CriticResult {
  checkOptions(options, keysSpec(['direction', 'sd']), 'criticWeights');
  const dataIssues = new IssueCollector();
  const optionIssues = new IssueCollector();
  const sdKind = options.sd ?? 'sample';
  for (const issue of ruleIssues({ sd: options.sd }, { sd: oneOfRule(['sample', 'population']) }, 'criticWeights')) optionIssues.add(issue);
  const read = readColumns(columns, dataIssues);
  const labels = read?.columns.labels ?? (columns !== null && typeof columns === 'object' ? Object.keys(columns) : []);
  const directions = checkDirections(labels, options.direction, optionIssues);
  throwAll(dataIssues.issues, optionIssues.issues);
  const cols = (read as NonNullable<typeof read>).columns;
  const m = cols.n;
  if (m < 3) throw new CsiError('INSUFFICIENT_DATA', `CRITIC weights need at least 3 complete rows; found ${m}.`);

  const warnings: CsiWarning[] = [];
  if (cols.droppedRows.length > 0) {
    warnings.push({
      kind: 'rows_dropped',
      message: `${cols.droppedRows.length} row(s) with missing values were dropped (rows ${cols.droppedRows.slice(0, 10).join(', ')}${cols.droppedRows.length > 10 ? ', …' : ''}).`,
    });
  }
  const z = cols.data.map((x, j) => minMax(x, directions[j] as Direction));
  const active: number[] = [];
  z.forEach((col, j) => {
    if (col === undefined) {
      warnings.push({
        kind: 'constant_column',
        message: `Column "${labels[j] ?? ''}" does not vary across the ${m} rows; it gets weight 0.`,
        item: labels[j] ?? '',
      });
    } else active.push(j);
  });
  if (active.length < 2) {
    throw new CsiError(
      'INSUFFICIENT_DATA',
      `CRITIC weights need at least 2 varying columns; found ${active.length}.`,
    );
  }
  const p = labels.length;
  const means = new Float64Array(p);
  const ss = new Float64Array(p);
  for (const j of active) {
    const c = z[j] as Float64Array;
    let s = 0;
    for (let i = 0; i < m; i++) s += c[i]!;
    const mu = s / m;
    let q = 0;
    for (let i = 0; i < m; i++) q += (c[i]! - mu) ** 2;
    means[j] = mu;
    ss[j] = q;
  }
  const divisor = sdKind === 'population' ? m : m - 1;
  const sd = new Float64Array(p);
  for (const j of active) sd[j] = Math.sqrt(ss[j]! / divisor);
  const info = new Float64Array(p);
  const correlations: [string, number][] = [];
  for (const j of active) {
    let s = 0;
    for (const k of active) {
      let r = 1;
      if (k !== j) {
        const a = z[j] as Float64Array;
        const b = z[k] as Float64Array;
        let cross = 0;
        for (let i = 0; i < m; i++) cross += (a[i]! - means[j]!) * (b[i]! - means[k]!);
        r = cross / Math.sqrt(ss[j]! * ss[k]!);
        if (j < k) correlations.push([`${labels[j] ?? ''}<->${labels[k] ?? ''}`, r]);
      }
      s += 1 - r;
    }
    info[j] = sd[j]! * s;
  }
  let total = 0;
  for (const j of active) total += info[j]!;
  if (!(total > 0)) {
    throw new CsiError('INSUFFICIENT_DATA', 'The varying columns are perfectly correlated, so CRITIC weights are undefined.');
  }
  return deepFreeze({
    weights: recordFrom(labels.map((l, j) => [l, info[j]! / total] as const)),
    sd: recordFrom(labels.map((l, j) => [l, sd[j]!] as const)),
    information: recordFrom(labels.map((l, j) => [l, info[j]!] as const)),
    correlations: recordFrom(correlations),
    n: m,
    droppedRows: [...cols.droppedRows],
    warnings,
  });
}
