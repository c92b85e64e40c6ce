/**
 * Turns zod issues of one JSON node into CsiIssues naming where they are. @internal
 */
import type * as z from 'zod/mini';
import type { CsiIssue, CsiIssueKind } from '../../errors.js';
import { valueAt } from '../../validate/zodToIssues.js';

function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `string ${JSON.stringify(v)}`;
  if (typeof v === 'number' || typeof v === 'boolean') return `${typeof v} ${String(v)}`;
  return typeof v === 'object' ? 'an object' : typeof v;
}

/** `where` names the node (e.g. `Node "Quality"`). @internal */
export function zodIssues(where: string, root: unknown, error: z.core.$ZodError, kind: CsiIssueKind = 'invalid_json'): CsiIssue[] {
  return error.issues.map((iss) => {
    const path = iss.path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('');
    const field = path === '' ? '' : ` field ${path.replace(/^\./, '')}`;
    if (iss.code === 'unrecognized_keys') {
      return { kind, message: `${where}${field}: unknown key(s) ${iss.keys.map((k) => `"${k}"`).join(', ')}.` };
    }
    const got = valueAt(root, iss.path);
    return { kind, message: `${where}${field}: ${iss.message} (got ${describe(got)}).` };
  });
}
