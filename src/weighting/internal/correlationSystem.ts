import { CsiError, IssueCollector } from '../../errors.js';
import type { CsiWarning } from '../../errors.js';
import { readColumns } from './readColumns.js';

/** Predictor correlations R_xx and predictor–outcome correlations r_xy. @internal */
export interface CorrelationSystem {
  readonly labels: readonly string[];
  readonly rxx: readonly Float64Array[];
  readonly rxy: Float64Array;
  readonly n: number;
  readonly droppedRows: readonly number[];
  readonly warnings: CsiWarning[];
}

/**
 * Validates predictors and outcome, drops incomplete rows (listwise) and returns the Pearson
 * correlations. Throws `INVALID_DATA` or `INSUFFICIENT_DATA`. @internal
 */
export function correlationSystem(
  predictors: Readonly<Record<string, ArrayLike<number>>>,
  outcome: ArrayLike<number>,
  what: string,
): CorrelationSystem {
  const issues = new IssueCollector();
  const read = readColumns(predictors, issues, { name: 'outcome', values: outcome });
  issues.throwIfAny('INVALID_DATA');
  const { columns, extra: y } = read as NonNullable<typeof read>;
  const { labels, data, n } = columns;
  const p = labels.length;
  if (n < p + 2) {
    throw new CsiError(
      'INSUFFICIENT_DATA',
      `${what} with ${p} predictors needs at least ${p + 2} complete rows; found ${n}.`,
    );
  }
  const all = [...data, y];
  const centred = all.map((x) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += x[i]!;
    const mu = s / n;
    const c = new Float64Array(n);
    for (let i = 0; i < n; i++) c[i] = x[i]! - mu;
    return c;
  });
  const norms = centred.map((c) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += c[i]! * c[i]!;
    return Math.sqrt(s);
  });
  norms.forEach((s, j) => {
    if (!(s > 0)) {
      const name = j < p ? `Predictor "${labels[j] ?? ''}"` : 'The outcome';
      issues.add({
        kind: 'constant_column',
        message: `${name} does not vary across the ${n} complete rows; it cannot enter a regression.`,
        ...(j < p ? { item: labels[j] ?? '' } : {}),
      });
    }
  });
  issues.throwIfAny('INVALID_DATA');
  const corr = (a: number, b: number): number => {
    const x = centred[a] as Float64Array;
    const z = centred[b] as Float64Array;
    let s = 0;
    for (let i = 0; i < n; i++) s += x[i]! * z[i]!;
    return s / ((norms[a] as number) * (norms[b] as number));
  };
  const rxx = Array.from({ length: p }, (_, j) => {
    const row = new Float64Array(p);
    for (let k = 0; k < p; k++) row[k] = j === k ? 1 : corr(j, k);
    return row;
  });
  const rxy = Float64Array.from({ length: p }, (_, j) => corr(j, p));
  const warnings: CsiWarning[] = [];
  if (columns.droppedRows.length > 0) {
    warnings.push({
      kind: 'rows_dropped',
      message: `${columns.droppedRows.length} row(s) with missing values were dropped (rows ${columns.droppedRows.slice(0, 10).join(', ')}${columns.droppedRows.length > 10 ? ', …' : ''}).`,
    });
  }
  return { labels, rxx, rxy, n, droppedRows: columns.droppedRows, warnings };
}

/**
 * Solves R β = r for a symmetric positive-definite correlation matrix by Cholesky; throws
 * `SINGULAR` naming the first predictor that is (nearly) a linear combination of earlier
 * ones. @internal
 */
export function solveCorrelation(rxx: readonly Float64Array[], rxy: Float64Array, labels: readonly string[]): Float64Array {
  const p = rxy.length;
  const l = Array.from({ length: p }, () => new Float64Array(p));
  for (let j = 0; j < p; j++) {
    const lj = l[j] as Float64Array;
    let d = (rxx[j] as Float64Array)[j]!;
    for (let k = 0; k < j; k++) d -= lj[k]! * lj[k]!;
    if (!(d > 1e-12)) {
      throw new CsiError('SINGULAR', [
        {
          kind: 'collinear',
          message:
            `Predictor "${labels[j] ?? ''}" is (almost) a linear combination of ${labels.slice(0, j).map((x) => `"${x}"`).join(', ') || 'nothing'} ` +
            `(1 − R² = ${d.toExponential(2)}); drop or combine it.`,
          item: labels[j] ?? '',
        },
      ]);
    }
    lj[j] = Math.sqrt(d);
    for (let i = j + 1; i < p; i++) {
      const li = l[i] as Float64Array;
      let s = (rxx[i] as Float64Array)[j]!;
      for (let k = 0; k < j; k++) s -= li[k]! * lj[k]!;
      li[j] = s / lj[j]!;
    }
  }
  const z = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    let s = rxy[i]!;
    for (let k = 0; k < i; k++) s -= (l[i] as Float64Array)[k]! * z[k]!;
    z[i] = s / (l[i] as Float64Array)[i]!;
  }
  const b = new Float64Array(p);
  for (let i = p - 1; i >= 0; i--) {
    let s = z[i]!;
    for (let k = i + 1; k < p; k++) s -= (l[k] as Float64Array)[i]! * b[k]!;
    b[i] = s / (l[i] as Float64Array)[i]!;
  }
  return b;
}
