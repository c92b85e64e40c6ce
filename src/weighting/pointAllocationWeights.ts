import { CsiError, IssueCollector } from '../errors.js';
import type { CsiWarning } from '../errors.js';
import { deepFreeze, recordFrom } from '../util/record.js';
import { readColumns } from './internal/readColumns.js';
import { checkOptions, keysSpec, numberRule, optionIssues } from '../validate/index.js';

/** Options of {@link pointAllocationWeights}. */
export interface PointAllocationOptions {
  /**
   * Points each respondent had to distribute (e.g. 100 in SERVQUAL). When given, every
   * complete row must sum to it (within 1e-9 relative). @defaultValue not checked
   */
  readonly total?: number;
}

/** Result of {@link pointAllocationWeights}. */
export interface PointAllocationResult {
  /** Mean points / Σ mean points, by criterion. */
  readonly weights: Readonly<Record<string, number>>;
  /** Mean points given to each criterion. */
  readonly meanPoints: Readonly<Record<string, number>>;
  /** Respondents used. */
  readonly n: number;
  /** 1-based rows dropped because a criterion was NaN there. */
  readonly droppedRows: readonly number[];
  readonly warnings: readonly CsiWarning[];
}

/**
 * Weights from a constant-sum (point allocation) question: each respondent distributes a fixed
 * number of points (e.g. 100) over the criteria.
 *
 * @remarks
 * w_j = P̄_j / Σ_k P̄_k where P̄_j is the mean points of criterion j; when every row sums to the
 * same total T this is P̄_j / T (Parasuraman, Berry & Zeithaml 1991 allocate 100 points over
 * the five SERVQUAL dimensions; docs/methodology.md#direct-weights). Rows with a NaN are dropped (listwise):
 * a partial allocation does not sum to the total.
 *
 * @throws CsiError `INVALID_DATA` (negative points, unequal lengths, rows not summing to
 *   `total`), `INSUFFICIENT_DATA` (no complete row or no points at all).
 *
 * @example
 * ```ts
 * pointAllocationWeights({ tangibles: [10, 20], reliability: [50, 30], empathy: [40, 50] }, { total: 100 }).weights;
 * // { tangibles: 0.15, reliability: 0.40, empathy: 0.45 }
 * ```
 */
export function pointAllocationWeights(
  allocations: Readonly<Record<string, ArrayLike<number>>>,
  options: PointAllocationOptions = {},
): PointAllocationResult {
  checkOptions(options, keysSpec(['total']), 'pointAllocationWeights');
  const issues = new IssueCollector();
  const total = options.total;
  // thrown with the allocations' problems (code INVALID_DATA)
  for (const issue of optionIssues({ total }, { total: numberRule({ min: 0, gt: true, example: 100 }) }, 'pointAllocationWeights')) issues.add(issue);
  const read = readColumns(allocations, issues);
  if (read !== undefined) {
    const { data, labels, n } = read.columns;
    const rowNumbers = rowNumbering(n, read.columns.droppedRows);
    data.forEach((x, j) => {
      for (let i = 0; i < n; i++) {
        if (x[i]! < 0) {
          issues.add({
            kind: 'negative',
            message: `Criterion "${labels[j] ?? ''}" in row ${rowNumbers[i] ?? i + 1} has ${x[i]} points; expected a non-negative number.`,
            item: labels[j] ?? '',
            row: rowNumbers[i] ?? i + 1,
            value: x[i] ?? null,
          });
        }
      }
    });
    if (total !== undefined && Number.isFinite(total) && total > 0) {
      for (let i = 0; i < n; i++) {
        let s = 0;
        for (const x of data) s += x[i]!;
        if (Math.abs(s - total) > 1e-9 * total) {
          issues.add({
            kind: 'wrong_total',
            message: `Row ${rowNumbers[i] ?? i + 1} allocates ${s} points; expected ${total}.`,
            row: rowNumbers[i] ?? i + 1,
            value: s,
          });
        }
      }
    }
  }
  issues.throwIfAny('INVALID_DATA');
  const { data, labels, n, droppedRows } = (read as NonNullable<typeof read>).columns;
  if (n === 0) throw new CsiError('INSUFFICIENT_DATA', 'No respondent has a complete allocation.');
  const means = data.map((x) => x.reduce((s, v) => s + v, 0) / n);
  const sum = means.reduce((s, v) => s + v, 0);
  if (!(sum > 0)) throw new CsiError('INSUFFICIENT_DATA', 'No points were allocated at all.');
  const warnings: CsiWarning[] = [];
  if (droppedRows.length > 0) {
    warnings.push({
      kind: 'rows_dropped',
      message: `${droppedRows.length} respondent(s) with an incomplete allocation were dropped (rows ${droppedRows.slice(0, 10).join(', ')}${droppedRows.length > 10 ? ', …' : ''}).`,
    });
  }
  return deepFreeze({
    weights: recordFrom(labels.map((l, j) => [l, (means[j] as number) / sum] as const)),
    meanPoints: recordFrom(labels.map((l, j) => [l, means[j] as number] as const)),
    n,
    droppedRows: [...droppedRows],
    warnings,
  });
}

/** Original 1-based row numbers of the kept rows. */
function rowNumbering(n: number, dropped: readonly number[]): number[] {
  const out: number[] = [];
  const skip = new Set(dropped);
  for (let r = 1; out.length < n; r++) if (!skip.has(r)) out.push(r);
  return out;
}
