import type { IssueCollector } from '../../errors.js';

/** A pairwise comparison matrix; `null` marks a missing judgment. */
export type PairwiseMatrix = readonly (readonly (number | null)[])[];

/** A checked matrix: reciprocal entries filled where only one side was given. @internal */
export interface CheckedPairwiseMatrix {
  readonly n: number;
  readonly labels: readonly string[];
  /** Row-major values; `NaN` marks a missing pair (both sides missing). */
  readonly values: Float64Array[];
  /** Missing pairs `[i, j]` with i < j (0-based). */
  readonly missing: readonly (readonly [number, number])[];
}

const RECIPROCAL_TOLERANCE = 1e-9;

/** Default element labels `C1…Cn`. @internal */
export function defaultLabels(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `C${i + 1}`);
}

function show(v: unknown): string {
  if (typeof v === 'number') return String(v);
  if (v === null) return 'null';
  if (v === undefined) return 'missing';
  return JSON.stringify(v) ?? String(v);
}

/**
 * Checks a pairwise matrix (square, positive finite entries or `null`, unit diagonal,
 * reciprocal a_ij·a_ji = 1 within 1e-9, labels one per row and unique, missing judgments
 * connected) and adds every problem to `issues`. Returns `undefined` when there were problems.
 *
 * @param allowMissing - whether `null` judgments are allowed. @internal
 */
export function validatePairwiseMatrix(
  matrix: PairwiseMatrix,
  labelsIn: readonly string[] | undefined,
  issues: IssueCollector,
  allowMissing = true,
  context = 'pairwise matrix',
): CheckedPairwiseMatrix | undefined {
  const start = issues.issues.length;
  if (!Array.isArray(matrix) || matrix.length === 0) {
    issues.add({ kind: 'empty_matrix', message: `The ${context} is empty; expected an n × n array of judgments.` });
    return undefined;
  }
  const n = matrix.length;
  const labels = checkLabels(labelsIn, n, issues, context);
  const name = (i: number): string => labels[i] ?? `C${i + 1}`;
  if (!checkSquare(matrix, n, name, issues, context)) return undefined;
  const rows = matrix as readonly (readonly unknown[])[];
  const values = readJudgments(rows, n, allowMissing, name, issues);
  const missing = completeReciprocals(rows, values, name, issues);
  // The optimal completion is unique iff the graph of known comparisons is connected
  // (Bozóki, Fülöp & Rónyai 2010, Theorem 2).
  if (missing.length > 0 && issues.issues.length === start) checkConnected(missing, n, name, issues);
  return issues.issues.length === start ? { n, labels: [...labels], values, missing } : undefined;
}

/** The labels to use: the given ones when there is one per row (repeats are issues), else `C1…Cn`. */
function checkLabels(labelsIn: readonly string[] | undefined, n: number, issues: IssueCollector, context: string): readonly string[] {
  if (labelsIn === undefined) return defaultLabels(n);
  if (labelsIn.length !== n) {
    issues.add({
      kind: 'labels_mismatch',
      message: `${labelsIn.length} labels were given for the ${n} × ${n} ${context}; expected ${n} (one per row).`,
      value: labelsIn.length,
    });
    return defaultLabels(n);
  }
  const seen = new Set<string>();
  labelsIn.forEach((l, i) => {
    if (seen.has(l)) {
      issues.add({
        kind: 'duplicate_label',
        message: `Label "${l}" (row ${i + 1}) is used twice; labels must be unique.`,
        item: l,
        row: i + 1,
      });
    }
    seen.add(l);
  });
  return labelsIn;
}

/** Whether every row has `n` entries (one issue per short or long row). */
function checkSquare(matrix: PairwiseMatrix, n: number, name: (i: number) => string, issues: IssueCollector, context: string): boolean {
  let square = true;
  matrix.forEach((row, i) => {
    const len = Array.isArray(row) ? row.length : 0;
    if (len !== n) {
      square = false;
      issues.add({
        kind: 'not_square',
        message: `Row ${i + 1} ("${name(i)}") of the ${context} has ${len} entries; expected ${n} (the matrix must be square).`,
        item: name(i),
        row: i + 1,
        value: len,
      });
    }
  });
  return square;
}

/** Entries as numbers (diagonal 1, `NaN` for missing or invalid); invalid entries and diagonals ≠ 1 are issues. */
function readJudgments(rows: readonly (readonly unknown[])[], n: number, allowMissing: boolean, name: (i: number) => string, issues: IssueCollector): Float64Array[] {
  const values = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const v = (rows[i] as readonly unknown[])[j];
      const where = `(row ${i + 1}, column ${j + 1})`;
      if (v === null && (allowMissing || i === j)) {
        (values[i] as Float64Array)[j] = i === j ? 1 : NaN;
        continue;
      }
      if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) {
        issues.add({
          kind: v === null ? 'missing_judgment' : 'non_positive',
          message:
            i === j
              ? `Diagonal entry for "${name(i)}" ${where} is ${show(v)}; expected 1.`
              : `Judgment "${name(i)}" over "${name(j)}" ${where} is ${show(v)}; expected a positive finite number` +
                (v === null ? ' (missing judgments are not allowed here).' : ' (Saaty scale 1/9 … 9).'),
          item: name(i),
          row: i + 1,
          value: typeof v === 'number' || v === null ? v : show(v),
        });
        (values[i] as Float64Array)[j] = NaN;
        continue;
      }
      if (i === j && Math.abs(v - 1) > RECIPROCAL_TOLERANCE) {
        issues.add({
          kind: 'diagonal',
          message: `Diagonal entry for "${name(i)}" ${where} is ${v}; expected 1 (an element compared with itself).`,
          item: name(i),
          row: i + 1,
          value: v,
        });
      }
      (values[i] as Float64Array)[j] = i === j ? 1 : v;
    }
  }
  return values;
}

/**
 * Fills a_ij = 1/a_ji where only one side was given (in place), reports given pairs whose product is
 * not 1, and returns the pairs `[i, j]` (i < j) missing on both sides.
 */
function completeReciprocals(rows: readonly (readonly unknown[])[], values: Float64Array[], name: (i: number) => string, issues: IssueCollector): [number, number][] {
  const n = values.length;
  const missing: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const rawIJ = (rows[i] as readonly unknown[])[j];
      const rawJI = (rows[j] as readonly unknown[])[i];
      const rowI = values[i] as Float64Array;
      const rowJ = values[j] as Float64Array;
      const aij = rowI[j] as number;
      const aji = rowJ[i] as number;
      if (rawIJ === null && rawJI === null) {
        missing.push([i, j]);
      } else if (rawIJ === null && Number.isFinite(aji)) {
        rowI[j] = 1 / aji;
      } else if (rawJI === null && Number.isFinite(aij)) {
        rowJ[i] = 1 / aij;
      } else if (Number.isFinite(aij) && Number.isFinite(aji) && Math.abs(aij * aji - 1) > RECIPROCAL_TOLERANCE) {
        issues.add({
          kind: 'not_reciprocal',
          message:
            `Judgments "${name(i)}" over "${name(j)}" (row ${i + 1}, column ${j + 1}) = ${aij} and ` +
            `"${name(j)}" over "${name(i)}" (row ${j + 1}, column ${i + 1}) = ${aji} are not reciprocal: ` +
            `their product is ${aij * aji}; expected 1 (a_ji = 1/a_ij; a_ij is the importance of row i over column j).`,
          item: name(i),
          row: i + 1,
          value: aij,
        });
      }
    }
  }
  return missing;
}

/** An issue naming the groups when the graph of known comparisons (union–find) is not connected. */
function checkConnected(missing: readonly (readonly [number, number])[], n: number, name: (i: number) => string, issues: IssueCollector): void {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r] as number;
    return r;
  };
  const isMissing = new Set(missing.map(([i, j]) => i * n + j));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) if (!isMissing.has(i * n + j)) parent[find(i)] = find(j);
  }
  const groups = new Map<number, string[]>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    const g = groups.get(r) ?? [];
    g.push(`"${name(i)}"`);
    groups.set(r, g);
  }
  if (groups.size > 1) {
    issues.add({
      kind: 'disconnected',
      message:
        `The known judgments split the elements into ${groups.size} unconnected groups ` +
        `(${[...groups.values()].map((g) => `{${g.join(', ')}}`).join(' and ')}); ` +
        'add at least one comparison between the groups so the missing judgments can be completed.',
    });
  }
}
