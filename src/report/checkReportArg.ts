/**
 * The door check of the renderers' first argument: a report or a single table (internal).
 * @packageDocumentation
 */
import { CsiError, type CsiIssue } from '../errors.js';
import { checkResultArg, describeValue, shapeIssues, type ArgShape } from '../validate/index.js';

const TABLE_FIELDS: ArgShape = { name: 'string', title: 'string', columns: 'array', keys: 'array', rows: 'array', notes: 'array?' };
const SECTION_FIELDS: ArgShape = { name: 'string', title: 'string', text: 'string?', tables: 'array', charts: 'array' };

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Checks that `input` is a report (kind `csi.report`, with its sections and their tables and
 * charts) or, when `tables` allows it, a single table from `reportTable`.
 * @throws CsiError `INVALID_DATA` naming the function, the argument and the wrong fields.
 * @internal
 */
export function checkReportArg(input: unknown, fn: string, tables = true): void {
  const isTable = tables && isObject(input) && input.kind === undefined && Array.isArray(input.columns);
  if (isTable) {
    checkResultArg(input, null, fn, { arg: 'input', from: 'reportTable(...)', fields: TABLE_FIELDS });
    return;
  }
  if (!isObject(input) || input.kind !== 'csi.report') {
    const want = tables ? 'a report (buildReport(...), kind "csi.report") or a table (reportTable(...))' : 'a report (buildReport(...), kind "csi.report")';
    const got = isObject(input) && input.kind !== undefined ? `kind ${describeValue(input.kind)}` : describeValue(input);
    throw new CsiError('INVALID_DATA', [{ kind: 'invalid_argument', value: describeValue(input), message: `The first argument (${tables ? 'input' : 'report'}) of ${fn} must be ${want}; got ${got}.` }]);
  }
  checkResultArg(input, 'csi.report', fn, { arg: 'report', fields: { title: 'string', sections: 'array', meta: 'record?' } });
  const issues: CsiIssue[] = [];
  (input.sections as unknown[]).forEach((s, i) => {
    if (!isObject(s)) {
      issues.push({ kind: 'invalid_argument', value: describeValue(s), message: `${fn}: report.sections[${i}] must be a section (from a summarize… function); got ${describeValue(s)}.` });
      return;
    }
    issues.push(...shapeIssues(s, SECTION_FIELDS, `report.sections[${i}].`, fn));
    for (const [j, t] of (Array.isArray(s.tables) ? s.tables : []).entries()) {
      if (isObject(t)) issues.push(...shapeIssues(t, TABLE_FIELDS, `report.sections[${i}].tables[${j}].`, fn));
      else issues.push({ kind: 'invalid_argument', value: describeValue(t), message: `${fn}: report.sections[${i}].tables[${j}] must be a table (reportTable(...)); got ${describeValue(t)}.` });
    }
  });
  if (issues.length > 0) throw new CsiError('INVALID_DATA', issues);
}
