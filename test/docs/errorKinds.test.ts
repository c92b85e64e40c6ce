/**
 * The issue and warning kinds are closed, documented unions (issue #10, item 4): every member of
 * `CsiErrorCode`, `CsiIssueKind` and `CsiWarningKind` in src/errors.ts has a one-line comment,
 * docs/errors.md is the table generated from them, and kinds met at run time are members.
 * (Witness: the parsed source of src/errors.ts, not the library's own output.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  CsiError,
  type CsiErrorCode,
  type CsiIssue,
  type CsiIssueKind,
  type CsiWarning,
  type CsiWarningKind,
  datasetFromCsv,
  likert,
  specifyModel,
} from 'csi-analytics';
// @ts-expect-error plain ESM script without types
import { readUnions, render, root, undocumented } from '../../scripts/error-kinds.mjs';

type Unions = Record<'CsiErrorCode' | 'CsiIssueKind' | 'CsiWarningKind', { member: string; doc: string }[]>;
const unions = readUnions() as Unions;
const members = (u: keyof Unions): Set<string> => new Set(unions[u].map((m) => m.member));

function issuesOf(f: () => unknown): CsiIssue[] {
  try {
    f();
  } catch (e) {
    if (e instanceof CsiError) return [...e.issues];
    throw e;
  }
  throw new Error('expected a CsiError');
}

describe('issue and warning kinds', () => {
  it('every member has a one-line comment, and no member is listed twice', () => {
    expect(undocumented(unions)).toEqual([]);
    expect(unions.CsiIssueKind.length).toBeGreaterThan(150);
    expect(unions.CsiWarningKind.length).toBeGreaterThan(50);
    for (const u of ['CsiErrorCode', 'CsiIssueKind', 'CsiWarningKind'] as const) {
      expect(members(u).size).toBe(unions[u].length);
    }
  });

  it('docs/errors.md is the generated table (run node scripts/error-kinds.mjs)', () => {
    const doc = readFileSync(join(root as string, 'docs', 'errors.md'), 'utf8');
    expect(doc).toBe(render(unions));
    expect(doc).toContain('| `out_of_scale` | A value lies outside its item\'s scale. |');
  });

  it('the lower-cased error codes are issue kinds (a CsiError built from a message)', () => {
    const kinds = members('CsiIssueKind');
    expect([...members('CsiErrorCode')].filter((c) => !kinds.has(c.toLowerCase()))).toEqual([]);
    expect(new CsiError('INVALID_SPEC', 'The model is empty.').issues[0]?.kind).toBe('invalid_spec');
    expectTypeOf<Lowercase<CsiErrorCode>>().toExtend<CsiIssueKind>();
  });

  it('the kinds carried by CsiIssue and CsiWarning are the unions', () => {
    expectTypeOf<CsiIssue['kind']>().toEqualTypeOf<CsiIssueKind>();
    expectTypeOf<CsiWarning['kind']>().toEqualTypeOf<CsiWarningKind>();
    expectTypeOf<'out_of_scale'>().toExtend<CsiIssueKind>();
    expectTypeOf<'low_ave'>().toExtend<CsiWarningKind>();
    // a misspelt kind does not type-check
    expectTypeOf<'out_of_scales'>().not.toExtend<CsiIssueKind>();
  });

  it('kinds met at run time are members of the unions', () => {
    const issueKinds = members('CsiIssueKind');
    const seen = [
      ...issuesOf(() => datasetFromCsv('Q1,Q2\n11,2.5\n3,4\n', { defaultScale: likert(1, 10) })),
      ...issuesOf(() => specifyModel({ constructs: [{ name: 'A', items: ['a1'] }, { name: 'A', items: [] }], paths: [['A', 'A']] })),
      ...issuesOf(() => datasetFromCsv('Q1\n1\n', { defaultScal: likert(1, 5) } as never)),
    ].map((i) => i.kind);
    expect(seen).toContain('out_of_scale');
    expect(seen).toContain('not_integer');
    expect(seen).toContain('unknown_option');
    expect(seen.filter((k) => !issueKinds.has(k))).toEqual([]);
    const warned: string[] = datasetFromCsv('Q1,Q2\n3,5\n3,4\n', { defaultScale: likert(1, 5), strict: false }).warnings?.map((w) => w.kind) ?? [];
    expect(warned).toEqual(['constant']);
    expect(warned.filter((k) => !members('CsiWarningKind').has(k))).toEqual([]);
  });
});
