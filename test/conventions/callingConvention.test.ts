/**
 * One calling convention (issue #10, item 2), checked on the declarations of every exported
 * function of `csi-analytics`, `csi-analytics/node` and `csi-analytics/report` with the
 * TypeScript compiler API: `fn(inputs…, options?)`.
 *
 * - no parameter of type `boolean` (a switch belongs in the options object);
 * - no parameter named `level`, `alpha` or `seed` (settings belong in the options object);
 * - an options/config parameter (named `options`/`opts`/`config`/`settings` or typed `…Options`
 *   / `…Config`) is the last parameter and optional.
 *
 * Exceptions are listed in ALLOWED with the reason; each must still be a violation (a stale
 * entry fails), so the list can only shrink.
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { exportedFunctions, parametersOf, type ExportedFunction } from './exportedSignatures.js';

const SETTING_NAMES = new Set(['level', 'alpha', 'seed']);
const OPTIONS_NAME = /^(options|opts|config|settings)$/i;
const OPTIONS_TYPE = /(Options|Config)\b/;

/**
 * Known exceptions, by function name, with the reason. Prefer fixing the signature (and listing
 * the change under "Breaking" in CHANGELOG.md) to adding an entry.
 */
const ALLOWED: Readonly<Record<string, string>> = {
  // Seeded stream kernels: the seed is a required coordinate of the draw, not a setting. The
  // result is a pure function of its arguments, so workers regenerate resample r exactly.
  bootstrapIndices: 'seeded kernel: (n, seed, resample) are the coordinates of one bootstrap resample',
  permutationIndices: 'seeded kernel: (n, seed, permutation) are the coordinates of one permutation',
  poissonWeight: 'seeded kernel on the per-row hot path: (seed, row, resample) are the coordinates of one weight',
  // Configuration documents: the config is the input itself (stored and validated as JSON).
  analyzeSurvey: 'the config is the input document (model required), stored and validated as JSON',
  analyzeSurveyParallel: 'the config is the input document of analyzeSurvey; options? (workers) follows it',
  createIndexAccumulator: 'the config is the input (model and scales required) and is saved in the state',
  // The call shape issue 14 prescribes: micom(model, data, { groups, … }).
  micom: 'options carry the required grouping column (`groups`), the shape issue 14 prescribes',
};

const isOptionsParameter = (p: ts.ParameterDeclaration): boolean =>
  OPTIONS_NAME.test(p.name.getText()) || OPTIONS_TYPE.test(p.type?.getText() ?? '');

const isOptional = (p: ts.ParameterDeclaration): boolean => p.questionToken !== undefined || p.initializer !== undefined;

/** A `boolean` (or `true`/`false`) type at the top of a parameter's declared type. */
function isBooleanType(t: ts.TypeNode | undefined, p: ts.ParameterDeclaration): boolean {
  if (t === undefined) {
    const init = p.initializer;
    return init !== undefined && (init.kind === ts.SyntaxKind.TrueKeyword || init.kind === ts.SyntaxKind.FalseKeyword);
  }
  if (t.kind === ts.SyntaxKind.BooleanKeyword) return true;
  if (ts.isLiteralTypeNode(t)) return t.literal.kind === ts.SyntaxKind.TrueKeyword || t.literal.kind === ts.SyntaxKind.FalseKeyword;
  if (ts.isUnionTypeNode(t)) return t.types.some((u) => isBooleanType(u, p));
  if (ts.isParenthesizedTypeNode(t)) return isBooleanType(t.type, p);
  return false;
}

/** The convention problems of one exported function (all its declarations). */
function violations(fn: ExportedFunction): string[] {
  const out = new Set<string>();
  for (const d of fn.declarations.length > 0 ? fn.declarations : []) {
    const ps = d.parameters;
    ps.forEach((p, i) => {
      const name = p.name.getText();
      if (isBooleanType(p.type, p)) out.add(`parameter "${name}" is a positional boolean`);
      if (SETTING_NAMES.has(name)) out.add(`parameter "${name}" is a positional setting (put it in the options object)`);
      if (isOptionsParameter(p)) {
        if (i !== ps.length - 1) out.add(`options parameter "${name}" is not last`);
        if (!isOptional(p)) out.add(`options parameter "${name}" is required`);
      }
    });
  }
  return [...out];
}

describe('one calling convention: fn(inputs…, options?)', () => {
  const fns = exportedFunctions();

  it('reads the exported functions of the three entries', () => {
    expect(fns.length).toBeGreaterThan(150);
    const names = fns.map((f) => f.name);
    for (const n of ['estimatePls', 'readDataset', 'buildReport']) expect(names).toContain(n);
    for (const f of fns) expect(parametersOf(f), f.name).toBeDefined();
  });

  it('has no positional booleans, levels, alphas or seeds; options are last and optional', () => {
    const problems = fns
      .filter((f) => ALLOWED[f.name] === undefined)
      .flatMap((f) => violations(f).map((v) => `${f.entry}: ${f.name} (${f.file}): ${v}`));
    expect(problems).toEqual([]);
  });

  it('every allowlisted function is exported and still needs its exception', () => {
    const stale = Object.keys(ALLOWED).filter((name) => {
      const f = fns.find((x) => x.name === name);
      return f === undefined || violations(f).length === 0;
    });
    expect(stale, 'remove these from ALLOWED').toEqual([]);
  });

  it('the checks catch what they claim (self-test on synthetic declarations)', () => {
    const src = [
      'export function a(x: number, flag: boolean): void {}',
      'export function b(x: number, level = 0.95): void {}',
      'export function c(options: COptions, x: number): void {}',
      'export function d(x: number, options: DOptions): void {}',
      'export function e(x: number, options?: EOptions): void {}',
      'export function f(x: number, strict = true): void {}',
    ].join('\n');
    const sf = ts.createSourceFile('synthetic.ts', src, ts.ScriptTarget.ES2022, true);
    const found = sf.statements.filter(ts.isFunctionDeclaration).map((d) => violations({ entry: 'x', name: d.name?.text ?? '', file: 'synthetic.ts', declarations: [d] }));
    expect(found[0]).toEqual(['parameter "flag" is a positional boolean']);
    expect(found[1]).toEqual(['parameter "level" is a positional setting (put it in the options object)']);
    expect(found[2]).toEqual(['options parameter "options" is not last', 'options parameter "options" is required']);
    expect(found[3]).toEqual(['options parameter "options" is required']);
    expect(found[4]).toEqual([]);
    expect(found[5]).toEqual(['parameter "strict" is a positional boolean']);
  });
});
