/**
 * One error type for every failure the library reports.
 *
 * @remarks
 * Validation collects *all* problems before throwing, so a user fixes a file once, not
 * one line at a time. Each issue names what it is about (construct, item, 1-based row,
 * value) and what was expected.
 */

/** Machine-readable error codes. */
export type CsiErrorCode =
  | 'INVALID_DATA'
  | 'INVALID_SCALE'
  | 'INVALID_SPEC'
  | 'INVALID_OPTIONS'
  | 'INVALID_TREE'
  | 'INVALID_MATRIX'
  | 'INVALID_WEIGHTS'
  | 'SINGULAR'
  | 'NOT_CONVERGED'
  | 'INSUFFICIENT_DATA'
  | 'ABORTED'
  | 'DATABASE_ERROR';

/** One problem found while validating input. */
export interface CsiIssue {
  /** A short machine-readable kind, e.g. `out_of_scale`, `unknown_item`, `cycle`. */
  readonly kind: string;
  /** A complete sentence a person can act on. */
  readonly message: string;
  readonly construct?: string;
  readonly item?: string;
  /** 1-based data row (header excluded). */
  readonly row?: number;
  readonly value?: string | number | null;
}

/**
 * The error every entry point throws on bad input or an impossible computation.
 *
 * @remarks
 * Not a statistic. One error carries *all* problems found (`issues`), each naming the
 * construct or item, the 1-based row and the offending value, plus a `code` for programs
 * (docs/CONTRIBUTING.md, "Errors"). Non-fatal findings are returned as `warnings` in results
 * instead of being thrown.
 *
 * @example
 * ```ts
 * import { CsiError, datasetFromCsv, likert } from 'csi-analytics';
 * let problems: string[] = [];
 * try {
 *   datasetFromCsv('Q1\n11\n3\n', { defaultScale: likert(1, 10) });
 * } catch (e) {
 *   // ['Item "Q1" in row 1 has value 11, outside its scale 1–10.']
 *   if (e instanceof CsiError) problems = e.issues.map((issue) => issue.message);
 * }
 * ```
 */
export class CsiError extends Error {
  override readonly name = 'CsiError';
  readonly code: CsiErrorCode;
  readonly issues: readonly CsiIssue[];

  constructor(code: CsiErrorCode, issues: readonly CsiIssue[] | string) {
    const list: CsiIssue[] =
      typeof issues === 'string' ? [{ kind: code.toLowerCase(), message: issues }] : [...issues];
    const head =
      list.length === 1
        ? (list[0]?.message ?? code)
        : `${list.length} problems found:\n${list.map((i) => `  - ${i.message}`).join('\n')}`;
    super(head);
    this.code = code;
    this.issues = Object.freeze(list.map((i) => Object.freeze({ ...i })));
  }
}

/** Collects issues and throws them together. @internal */
export class IssueCollector {
  readonly issues: CsiIssue[] = [];
  add(issue: CsiIssue): void {
    this.issues.push(issue);
  }
  get empty(): boolean {
    return this.issues.length === 0;
  }
  throwIfAny(code: CsiErrorCode): void {
    if (this.issues.length > 0) throw new CsiError(code, this.issues);
  }
}

/** A non-fatal finding recorded in a result (the library never prints). */
export interface CsiWarning {
  readonly kind: string;
  readonly message: string;
  readonly construct?: string;
  readonly item?: string;
}
