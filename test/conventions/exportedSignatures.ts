/**
 * The declarations of the functions exported by the three package entries, read with the
 * TypeScript compiler API (syntax only: re-exports are followed file by file, which is fast and
 * needs no type checker). Used by the calling-convention and strict-options tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The package entries and their source index files. */
export const ENTRY_FILES: Readonly<Record<string, string>> = {
  'csi-analytics': 'src/index.ts',
  'csi-analytics/node': 'src/node/index.ts',
  'csi-analytics/report': 'src/report/index.ts',
};

/** One exported function: its declarations (overloads and implementation) and file. */
export interface ExportedFunction {
  readonly entry: string;
  readonly name: string;
  readonly file: string;
  readonly declarations: readonly ts.FunctionDeclaration[];
}

const cache = new Map<string, Map<string, { file: string; declarations: ts.FunctionDeclaration[] }>>();

function resolveModule(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec.replace(/\.js$/, ''));
  for (const f of [`${base}.ts`, `${base}/index.ts`]) if (existsSync(f)) return f;
  return undefined;
}

const isExported = (n: ts.Node): boolean =>
  ts.canHaveModifiers(n) && (ts.getModifiers(n) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** Exported functions of `file`, following `export *` and `export { … } from`. */
function functionsOf(file: string): Map<string, { file: string; declarations: ts.FunctionDeclaration[] }> {
  const hit = cache.get(file);
  if (hit !== undefined) return hit;
  const out = new Map<string, { file: string; declarations: ts.FunctionDeclaration[] }>();
  cache.set(file, out);
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const local = new Map<string, ts.FunctionDeclaration[]>();
  for (const st of sf.statements) {
    if (ts.isFunctionDeclaration(st) && st.name !== undefined) {
      const list = local.get(st.name.text) ?? [];
      list.push(st);
      local.set(st.name.text, list);
    }
  }
  for (const [name, declarations] of local) if (declarations.some(isExported)) out.set(name, { file, declarations });
  for (const st of sf.statements) {
    if (!ts.isExportDeclaration(st) || st.isTypeOnly) continue;
    const spec = st.moduleSpecifier !== undefined && ts.isStringLiteral(st.moduleSpecifier) ? st.moduleSpecifier.text : undefined;
    const target = spec === undefined ? undefined : resolveModule(file, spec);
    const inner = target === undefined ? undefined : functionsOf(target);
    if (st.exportClause === undefined) {
      for (const [k, v] of inner ?? []) out.set(k, v);
    } else if (ts.isNamedExports(st.exportClause)) {
      for (const el of st.exportClause.elements) {
        if (el.isTypeOnly) continue;
        const orig = (el.propertyName ?? el.name).text;
        const found = inner?.get(orig) ?? (spec === undefined && local.has(orig) ? { file, declarations: local.get(orig) ?? [] } : undefined);
        if (found !== undefined) out.set(el.name.text, found);
      }
    }
  }
  return out;
}

/** Every function exported by the three entries, by entry. */
export function exportedFunctions(): ExportedFunction[] {
  const out: ExportedFunction[] = [];
  for (const [entry, index] of Object.entries(ENTRY_FILES)) {
    for (const [name, v] of functionsOf(resolve(repoRoot, index))) {
      out.push({ entry, name, file: v.file.slice(repoRoot.length), declarations: v.declarations });
    }
  }
  return out;
}

/** The parameters of the implementation (or the last overload) of `fn`. */
export function parametersOf(fn: ExportedFunction): readonly ts.ParameterDeclaration[] {
  const impl = fn.declarations.find((d) => d.body !== undefined) ?? fn.declarations[fn.declarations.length - 1];
  return impl?.parameters ?? [];
}
