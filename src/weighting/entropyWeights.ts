import { CsiError, IssueCollector } from '../errors.js';
import type { CsiWarning } from '../errors.js';
import { deepFreeze, recordFrom } from '../util/record.js';
import { checkDirections } from './internal/checkDirections.js';
import type { Direction } from './internal/checkDirections.js';
import { minMax } from './internal/minMax.js';
import { readColumns } from './internal/readColumns.js';
import { throwAll } from './internal/throwAll.js';
import { checkOptions, keysSpec, numberRule, oneOfRule, optionIssues as ruleIssues } from '../validate/index.js';

/** The option values; read after the unknown keys, so that problems go with the data's (one code). */
const VALUE_RULES = { normalization: oneOfRule(['min-max', 'proportion']), offset: numberRule({ min: 0, example: 0.0001 }) };

export type { Direction } from './internal/checkDirections.js';

/** Options of {@link entropyWeights}. */
export interface EntropyOptions {
  /**
   * `'min-max'`: z = (x − min)/(max − min) (cost: (max − x)/(max − min)) before taking
   * proportions; `'proportion'`: proportions of the raw, non-negative values.
   * @defaultValue `'min-max'`
   */
  readonly normalization?: 'min-max' | 'proportion';
  /** Per-column direction, used by `'min-max'`. @defaultValue every column `'benefit'` */
  readonly direction?: Readonly<Record<string, Direction>>;
  /**
   * Added to every min–max score before proportions (the "z + 0.0001" / "z + 0.01" variants
   * that avoid zero proportions). @defaultValue `0`
   */
  readonly offset?: number;
}

/** Result of {@link entropyWeights}. */
export interface EntropyResult {
  readonly normalization: 'min-max' | 'proportion';
  /** w_j = d_j / Σ_k d_k, by column. */
  readonly weights: Readonly<Record<string, number>>;
  /** e_j ∈ [0, 1]; 1 for a constant column. */
  readonly entropy: Readonly<Record<string, number>>;
  /** d_j = 1 − e_j. */
  readonly divergence: Readonly<Record<string, number>>;
  /** Rows used (complete on every column). */
  readonly n: number;
  /** 1-based rows dropped because a column was NaN there. */
  readonly droppedRows: readonly number[];
  readonly warnings: readonly CsiWarning[];
}

/**
 * Entropy weights: indicators whose values differ more across the alternatives (respondents,
 * branches, periods) carry more information and get more weight.
 *
 * @remarks
 * Shannon entropy weighting as used in multi-criteria evaluation (Zeleny 1982; Hwang & Yoon
 * 1981; docs/methodology.md#entropy-weights), for m rows × n columns:
 * 1. z_ij = min–max score (benefit or cost) plus `offset`, or the raw value (`'proportion'`);
 * 2. p_ij = z_ij / Σ_i z_ij;
 * 3. e_j = −(1/ln m) Σ_i p_ij ln p_ij, with 0 · ln 0 = 0;
 * 4. d_j = 1 − e_j, w_j = d_j / Σ_k d_k.
 *
 * The normalization changes the result (example in docs/methodology.md#entropy-weights: proportions give (.192, .404, .404),
 * min–max (.303, .348, .348)), so it is explicit here. A constant column (or an all-zero one
 * under `'proportion'`) carries no information: its entropy is set to 1, its weight to 0, and a
 * `constant_column` warning is recorded; if every column is constant a `CsiError` is thrown.
 * Rows with a NaN in any column are dropped (listwise) and listed in `droppedRows`.
 * `direction` only matters for `'min-max'`; with `'proportion'` a cost column triggers a
 * warning, because raw proportions have no notion of direction.
 *
 * @throws CsiError `INVALID_DATA` (unequal lengths, ±Infinity, negative values under
 *   `'proportion'`), `INVALID_OPTIONS` (unknown column in `direction`, bad offset),
 *   `INSUFFICIENT_DATA` (fewer than 2 complete rows, every column constant).
 *
 * @example
 * ```ts
 * const r = entropyWeights({ c1: [80, 70, 90, 60], c2: [5, 7, 6, 9], c3: [0.6, 0.9, 0.5, 0.7] });
 * r.weights; // { c1: 0.303, c2: 0.348, c3: 0.348 }
 * ```
 */
export function entropyWeights(
  columns: Readonly<Record<string, ArrayLike<number>>>,
  options: EntropyOptions = {},
): EntropyResult {
  checkOptions(options, keysSpec(['normalization', 'direction', 'offset']), 'entropyWeights');
  const normalization = options.normalization ?? 'min-max';
  const offset = options.offset ?? 0;
  const dataIssues = new IssueCollector();
  const optionIssues = new IssueCollector();
  for (const issue of ruleIssues({ normalization: options.normalization, offset: options.offset }, VALUE_RULES, 'entropyWeights')) optionIssues.add(issue);
  const read = readColumns(columns, dataIssues);
  const labels = read?.columns.labels ?? (columns !== null && typeof columns === 'object' ? Object.keys(columns) : []);
  const directions = checkDirections(labels, options.direction, optionIssues);
  if (read !== undefined && normalization === 'proportion') {
    read.columns.data.forEach((x, j) => {
      const r = x.findIndex((v) => v < 0);
      if (r >= 0) {
        dataIssues.add({
          kind: 'negative',
          message: `Column "${labels[j] ?? ''}" has a negative value ${x[r]} (row ${r + 1} of the complete rows); proportions need non-negative data — use normalization 'min-max'.`,
          item: labels[j] ?? '',
          value: x[r] ?? null,
        });
      }
    });
  }
  throwAll(dataIssues.issues, optionIssues.issues);
  const cols = (read as NonNullable<typeof read>).columns;
  const m = cols.n;
  if (m < 2) {
    throw new CsiError('INSUFFICIENT_DATA', `Entropy weights need at least 2 complete rows; found ${m}.`);
  }

  const warnings: CsiWarning[] = [];
  if (cols.droppedRows.length > 0) {
    warnings.push({
      kind: 'rows_dropped',
      message: `${cols.droppedRows.length} row(s) with missing values were dropped (rows ${cols.droppedRows.slice(0, 10).join(', ')}${cols.droppedRows.length > 10 ? ', …' : ''}).`,
    });
  }
  const lnm = Math.log(m);
  const entropy = cols.data.map((x, j) => {
    const label = labels[j] as string;
    let z: Float64Array | undefined;
    if (normalization === 'min-max') {
      z = minMax(x, directions[j] as Direction);
      if (z !== undefined && offset > 0) for (let i = 0; i < m; i++) z[i] = z[i]! + offset;
    } else {
      if (directions[j] === 'cost') {
        warnings.push({
          kind: 'direction_ignored',
          message: `Column "${label}" is marked 'cost', but normalization 'proportion' uses raw values; use 'min-max' to reverse it.`,
          item: label,
        });
      }
      z = x;
    }
    let total = 0;
    if (z !== undefined) for (let i = 0; i < m; i++) total += z[i]!;
    let constant = z === undefined || !(total > 0);
    if (!constant && z !== undefined) constant = z.every((v) => v === z[0]);
    if (constant || z === undefined) {
      warnings.push({
        kind: 'constant_column',
        message: `Column "${label}" does not vary across the ${m} rows; it carries no information and gets weight 0.`,
        item: label,
      });
      return 1;
    }
    let s = 0;
    for (let i = 0; i < m; i++) {
      const p = z[i]! / total;
      if (p > 0) s += p * Math.log(p);
    }
    return -s / lnm;
  });
  const divergence = entropy.map((e) => 1 - e);
  const total = divergence.reduce((s, d) => s + d, 0);
  if (!(total > 0)) {
    throw new CsiError('INSUFFICIENT_DATA', 'Every column is constant, so entropy weights are undefined.');
  }
  return deepFreeze({
    normalization,
    weights: recordFrom(labels.map((l, j) => [l, (divergence[j] as number) / total] as const)),
    entropy: recordFrom(labels.map((l, j) => [l, entropy[j] as number] as const)),
    divergence: recordFrom(labels.map((l, j) => [l, divergence[j] as number] as const)),
    n: m,
    droppedRows: [...cols.droppedRows],
    warnings,
  });
}
