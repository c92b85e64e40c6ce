/**
 * Reproducible cross-validation folds for PLSpredict. @packageDocumentation
 */
import { checkOptions, countRule, oneOfRule, anyOfRule, seedRule, type OptionSpec } from '../validate/index.js';
import { checkResampleArgs } from './bootstrapIndices.js';
import { permutationIndices } from './permutationIndices.js';

/** Options of {@link predictionFolds}. */
export interface PredictionFoldsOptions {
  /** Number of folds k (2 … n), or `'loo'` for leave-one-out (k = n, one repetition). @defaultValue 10 */
  readonly folds?: number | 'loo';
  /** Repetitions of the k-fold split (each a fresh shuffle). @defaultValue 10 (1 for `'loo'`) */
  readonly repetitions?: number;
  /** Seed (non-negative safe integer); repetition r shuffles with the stream of `(seed, r)`. @defaultValue 1 */
  readonly seed?: number;
}

const SPEC: OptionSpec = {
  folds: anyOfRule(countRule(10, 2), oneOfRule(['loo'])),
  repetitions: countRule(10),
  seed: seedRule,
};

/**
 * Fold assignment of `n` rows for k-fold cross-validation with repetitions: `[r][i]` is the
 * 0-based fold of row i in repetition r.
 *
 * @remarks
 * Repetition r shuffles the rows `0 … n−1` with `permutationIndices(n, seed, r)` (Fisher–Yates,
 * Knuth 1997 Algorithm P, on the stream of `(seed, r)`), and the row at shuffled position q goes to fold `⌊q·k/n⌋`, so fold
 * sizes differ by at most one (Shmueli et al. 2019). Leave-one-out (`'loo'`) is fold i for row
 * i, one repetition. See `docs/methodology.md#plspredict`.
 *
 * @param n - Number of rows.
 * @param options - {@link PredictionFoldsOptions}.
 * @throws CsiError `INVALID_OPTIONS` for bad options or more folds than rows.
 * @example
 * ```ts
 * const folds = predictionFolds(250, { folds: 10, repetitions: 5, seed: 1 });
 * folds[0]?.[0]; // fold (0…9) of row 1 in repetition 1
 * ```
 */
export function predictionFolds(n: number, options: PredictionFoldsOptions = {}): number[][] {
  const o = checkOptions(options, SPEC, 'predictionFolds');
  const seed = o.seed ?? 1;
  checkResampleArgs(n, seed);
  if (o.folds === 'loo') return [Array.from({ length: n }, (_, i) => i)];
  const k = o.folds ?? 10;
  if (k > n) checkOptions(o, SPEC, 'predictionFolds', [{ kind: 'invalid_option', value: k, message: `Option "folds" of predictionFolds is ${k}, more than the ${n} rows; use at most ${n} folds or 'loo'.` }]);
  const reps = o.repetitions ?? 10;
  const out: number[][] = [];
  for (let r = 0; r < reps; r++) {
    const perm = permutationIndices(n, seed, r);
    const fold = new Array<number>(n);
    for (let q = 0; q < n; q++) fold[perm[q] as number] = Math.floor((q * k) / n);
    out.push(fold);
  }
  return out;
}
