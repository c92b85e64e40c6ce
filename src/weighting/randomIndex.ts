import { CsiError } from '../errors.js';

/** Names of the built-in random-index tables. */
export type RandomIndexTableName = 'saaty1980' | 'saaty2005' | 'donegan-dodd';

/**
 * A random-index table: a built-in name, or your own values where element `k` is RI(k + 1)
 * (so `[0, 0, 0.58, …]` starts at n = 1).
 */
export type RandomIndexTable = RandomIndexTableName | readonly number[];

/**
 * The built-in random-index tables, keyed by n (n = 1, 2 are 0 by definition).
 *
 * @remarks
 * - `saaty1980`: Saaty (1980) *The Analytic Hierarchy Process* (Oak Ridge/Wharton simulation),
 *   n = 1…15, including its non-monotone 1.48 at n = 12 (a simulation artefact kept as published).
 * - `saaty2005`: Saaty (2005) *Theory and Applications of the Analytic Network Process*, p. 31,
 *   n = 1…15.
 * - `donegan-dodd`: Donegan & Dodd (1991) *Mathematical and Computer Modelling* 15(10):135–137,
 *   n = 1…20 and 25, 30, 40, 50, 100 (the extended values quoted in docs/methodology.md#random-index).
 *
 * @example
 * ```ts
 * randomIndexTables.saaty1980[9]; // 1.45
 * ```
 */
export const randomIndexTables: Readonly<Record<RandomIndexTableName, Readonly<Record<number, number>>>> =
  Object.freeze({
    saaty1980: Object.freeze(
      tableFrom([0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59]),
    ),
    saaty2005: Object.freeze(
      tableFrom([0, 0, 0.52, 0.89, 1.11, 1.25, 1.35, 1.4, 1.45, 1.49, 1.52, 1.54, 1.56, 1.58, 1.59]),
    ),
    'donegan-dodd': Object.freeze({
      ...tableFrom([
        0, 0, 0.4914, 0.8286, 1.0591, 1.1797, 1.2519, 1.3171, 1.3733, 1.4055, 1.4213, 1.4497, 1.4643,
        1.4822, 1.4969, 1.5078, 1.5153, 1.5262, 1.5313, 1.5371,
      ]),
      25: 1.5619,
      30: 1.5772,
      40: 1.5976,
      50: 1.6102,
      100: 1.6339,
    }),
  });

function tableFrom(values: readonly number[]): Record<number, number> {
  const t: Record<number, number> = {};
  values.forEach((v, k) => {
    t[k + 1] = v;
  });
  return t;
}

const tableLabels: Record<RandomIndexTableName, string> = {
  saaty1980: 'Saaty (1980)',
  saaty2005: 'Saaty (2005)',
  'donegan-dodd': 'Donegan & Dodd (1991)',
};

/**
 * The random index RI(n): the mean consistency index of random reciprocal n × n matrices,
 * or `undefined` when the table has no value for n. @internal
 */
export function lookupRandomIndex(n: number, table: RandomIndexTable): number | undefined {
  if (typeof table === 'string') return randomIndexTables[table][n];
  if (n <= 2 && table[n - 1] === undefined) return 0;
  return table[n - 1];
}

/** A human-readable name of a table, for messages. @internal */
export function randomIndexTableLabel(table: RandomIndexTable): string {
  return typeof table === 'string' ? tableLabels[table] : 'custom';
}

/** The sizes a table covers, for messages. @internal */
export function randomIndexCoverage(table: RandomIndexTable): string {
  if (typeof table !== 'string') return `n = 1–${table.length}`;
  return table === 'donegan-dodd' ? 'n = 1–20, 25, 30, 40, 50 and 100' : 'n = 1–15';
}

/**
 * The random index RI(n) used in Saaty's consistency ratio `CR = CI / RI(n)`.
 *
 * @remarks
 * RI(n) is the average consistency index `(λmax − n)/(n − 1)` of random reciprocal matrices
 * filled from the 1/9…9 scale. RI(1) = RI(2) = 0 (every 1 × 1 and 2 × 2 reciprocal matrix is
 * consistent). Tables: Saaty (1980) — the one most software uses and the default —, Saaty
 * (2005, ANP book p. 31) and Donegan & Dodd (1991), see {@link randomIndexTables}; or pass your
 * own array (element k is RI(k + 1)).
 *
 * @param n - matrix size (positive integer).
 * @param table - which table. @defaultValue `'saaty1980'`
 * @throws CsiError `INVALID_OPTIONS` when n is not a positive integer or the table has no
 *   value for n.
 *
 * @example
 * ```ts
 * randomIndex(4);                  // 0.9   (Saaty 1980)
 * randomIndex(4, 'donegan-dodd');  // 0.8286
 * randomIndex(3, [0, 0, 0.5]);     // 0.5
 * ```
 */
export function randomIndex(n: number, table: RandomIndexTable = 'saaty1980'): number {
  if (!Number.isInteger(n) || n < 1) {
    throw new CsiError('INVALID_OPTIONS', [
      { kind: 'invalid_size', message: `The matrix size n is ${String(n)}; expected a positive integer.`, value: n },
    ]);
  }
  const v = lookupRandomIndex(n, table);
  if (v === undefined || !Number.isFinite(v) || v < 0) {
    throw new CsiError('INVALID_OPTIONS', [
      {
        kind: 'random_index_unavailable',
        message:
          `The ${randomIndexTableLabel(table)} random-index table has no value for n = ${n} ` +
          `(it covers ${randomIndexCoverage(table)}); choose randomIndex 'donegan-dodd' or pass your own table.`,
        value: n,
      },
    ]);
  }
  return v;
}
