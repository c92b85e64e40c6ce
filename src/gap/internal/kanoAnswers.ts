/**
 * Kano question pairs named by columns → each feature's answer codes 1–5 (`NaN` = missing). @internal
 */
import { CsiError, type CsiIssue, type CsiWarning } from '../../errors.js';
import { assertDataset } from '../../data/assertDataset.js';
import type { Dataset } from '../../data/types.js';
import { nearest } from '../../util/record.js';
import { describeValue } from '../../validate/index.js';
import { kanoAnswerFromLabel } from '../kanoAnswerFromLabel.js';

/** One Kano feature's question pair: the columns of its functional and dysfunctional answers. */
export interface KanoPair {
  /** Name of the feature in results, e.g. `'Fast payment'`. */
  readonly item: string;
  /** Column of the functional answers ("If the product has …, how do you feel?"). */
  readonly functional: string;
  /** Column of the dysfunctional answers ("If the product does not have …"). */
  readonly dysfunctional: string;
}

/** Per-feature results of a Kano analysis (`kanoAnalysis`, `kanoContinuous`), in the input order of the pairs. */
export interface KanoFeatures<F> {
  /** Per feature, in input order. */
  readonly features: Readonly<Record<string, F>>;
  /** Feature names in input order. */
  readonly order: readonly string[];
  readonly warnings: readonly CsiWarning[];
}

/** A feature's answers as codes 1–5. @internal */
export interface KanoAnswers {
  readonly functional: Float64Array;
  readonly dysfunctional: Float64Array;
}

/**
 * A column of Kano answers as codes 1–5: numeric columns as they are, text (factor) columns
 * through the English and Korean answer labels. Problems go to `issues` (at most 5 per column).
 */
function answerColumn(data: Dataset, column: string, issues: CsiIssue[]): Float64Array {
  const numeric = data.columns[column];
  if (numeric !== undefined) return numeric;
  const labels = data.factors?.[column];
  if (labels === undefined) {
    const near = nearest(column, [...data.items, ...(data.factorNames ?? [])]);
    issues.push({ kind: 'unknown_column', item: column, value: column, message: `Kano column "${column}" is not in the data${near !== undefined ? ` (did you mean "${near}"?)` : ''}.` });
    return new Float64Array(data.n).fill(NaN);
  }
  const out = new Float64Array(data.n);
  let reported = 0;
  labels.forEach((label, r) => {
    const code = kanoAnswerFromLabel(label ?? '');
    if (code === undefined) {
      if (reported++ < 5) {
        issues.push({ kind: 'unknown_answer', item: column, row: r + 1, value: label ?? '', message: `Kano column "${column}" in row ${r + 1} has answer "${label ?? ''}", which is not a Kano answer; expected 1–5 or a label such as "I like it", "I expect it", "I am neutral", "I can live with it", "I dislike it" (or the Korean labels).` });
      }
      out[r] = NaN;
    } else out[r] = code;
  });
  return out;
}

/**
 * Resolves the pairs (an array of `{ item, functional, dysfunctional }` column names, the same
 * form as SERVQUAL's `{ item, expectation, perception }`) against the data; one
 * `CsiError('INVALID_DATA')` with every problem. @internal
 */
export function kanoAnswers(data: Dataset, pairs: readonly KanoPair[], fn: string): Map<string, KanoAnswers> {
  assertDataset(data, fn);
  if (!Array.isArray(pairs) || pairs.length === 0) {
    const old = pairs !== null && typeof pairs === 'object' && !Array.isArray(pairs) ? ` (the pairs are an array of column names: ${fn}(data, [{ item: "Wifi", functional: "Q1F", dysfunctional: "Q1D" }], options?))` : '';
    throw new CsiError('INVALID_DATA', [{ kind: 'no_features', value: describeValue(pairs), message: `${fn} needs at least one Kano pair, such as [{ item: "Wifi", functional: "Q1F", dysfunctional: "Q1D" }]; got ${describeValue(pairs)}${old}.` }]);
  }
  const issues: CsiIssue[] = [];
  const out = new Map<string, KanoAnswers>();
  pairs.forEach((p: unknown, k) => {
    const pair = p as Partial<KanoPair> | null;
    if (pair === null || typeof pair !== 'object' || typeof pair.item !== 'string' || typeof pair.functional !== 'string' || typeof pair.dysfunctional !== 'string') {
      issues.push({ kind: 'invalid_pair', value: describeValue(p), message: `Kano pair ${k + 1} of ${fn} is ${describeValue(p)}; expected { item: name, functional: column, dysfunctional: column }.` });
      return;
    }
    if (out.has(pair.item)) {
      issues.push({ kind: 'duplicate_item', item: pair.item, message: `Kano pair ${k + 1} of ${fn} repeats the item "${pair.item}"; each feature is listed once.` });
      return;
    }
    out.set(pair.item, { functional: answerColumn(data, pair.functional.trim(), issues), dysfunctional: answerColumn(data, pair.dysfunctional.trim(), issues) });
  });
  if (issues.length > 0) throw new CsiError('INVALID_DATA', issues);
  return out;
}
