/**
 * Project rule (docs/CONTRIBUTING.md): "TSDoc on every export … and a runnable `@example`".
 *
 * Loads the three public entries (`csi-analytics`, `csi-analytics/node`,
 * `csi-analytics/report`) with the TypeScript compiler API, resolves every exported *value*
 * (functions, constants, classes) through its re-export aliases to the declaration in the
 * source file, and asserts that the declaration carries a JSDoc comment with a summary and an
 * `@example`. For overloaded functions any overload's comment counts. It also checks that each
 * has `@remarks`, that every example uses the export, parses, and type-checks against the
 * public API.
 */
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const ENTRIES = {
  'csi-analytics': `${root}src/index.ts`,
  'csi-analytics/node': `${root}src/node/index.ts`,
  'csi-analytics/report': `${root}src/report/index.ts`,
} as const;
type Entry = keyof typeof ENTRIES;

interface ExportedValue {
  entry: Entry;
  name: string;
  /** `src/…/file.ts:line` of the first declaration. */
  where: string;
  /** The JSDoc comments of all declarations (overloads), as source text. */
  docs: string[];
}

/** The JSDoc blocks that document a declaration (for a variable: its `const` statement). */
function jsDocTexts(decl: ts.Declaration): string[] {
  return ts
    .getJSDocCommentsAndTags(decl)
    .filter((n): n is ts.JSDoc => n.kind === ts.SyntaxKind.JSDoc)
    .map((d) => d.getText());
}

const COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  types: ['node'],
  strict: true,
  skipLibCheck: true,
  noEmit: true,
  resolveJsonModule: true,
  // examples import the package by name, as users do
  baseUrl: root,
  paths: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, [file]])),
};

function collect(): { values: ExportedValue[]; typeOnly: number } {
  const program = ts.createProgram(Object.values(ENTRIES), COMPILER_OPTIONS);
  const checker = program.getTypeChecker();
  const values: ExportedValue[] = [];
  let typeOnly = 0;
  for (const [entry, file] of Object.entries(ENTRIES) as [Entry, string][]) {
    const source = program.getSourceFile(file);
    if (source === undefined) throw new Error(`entry ${file} not loaded`);
    const moduleSymbol = checker.getSymbolAtLocation(source);
    if (moduleSymbol === undefined) throw new Error(`entry ${file} is not a module`);
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      if ((symbol.flags & ts.SymbolFlags.Value) === 0) {
        typeOnly++;
        continue;
      }
      // Value declarations only (a name can also be a type; its type declaration is not checked).
      const decls = (symbol.declarations ?? []).filter(
        (d) =>
          ts.isFunctionDeclaration(d) ||
          ts.isVariableDeclaration(d) ||
          ts.isClassDeclaration(d) ||
          ts.isEnumDeclaration(d),
      );
      const first = decls[0];
      if (first === undefined) throw new Error(`${entry}: ${exported.name} has no value declaration`);
      const sf = first.getSourceFile();
      const line = sf.getLineAndCharacterOfPosition(first.getStart()).line + 1;
      values.push({
        entry,
        name: exported.name,
        where: `${sf.fileName.slice(root.length)}:${line}`,
        docs: decls.flatMap(jsDocTexts),
      });
    }
  }
  return { values, typeOnly };
}

/** The code of each `@example` section of a JSDoc block (fenced code, or the whole section). */
function exampleCode(doc: string): string[] {
  const body = doc
    .replace(/^\/\*\*/, '')
    .replace(/\*\/$/, '')
    .split('\n')
    .map((l) => l.replace(/^\s*\* ?/, ''))
    .join('\n');
  return body
    .split(/^@example\b.*$/m)
    .slice(1)
    .map((section) => section.split(/^@\w/m)[0] ?? '')
    .flatMap((section) => {
      const fenced = [...section.matchAll(/```[\w-]*\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
      return fenced.length > 0 ? fenced : [section];
    });
}

describe('TSDoc on every exported value', () => {
  let values: ExportedValue[] = [];
  let typeOnly = 0;
  beforeAll(() => {
    ({ values, typeOnly } = collect());
  });

  it('finds the public values of all three entries', () => {
    const names = (e: Entry): string[] => values.filter((v) => v.entry === e).map((v) => v.name);
    // Spot checks that alias resolution reaches through `export *` barrels.
    expect(names('csi-analytics')).toEqual(expect.arrayContaining(['estimatePls', 'bootstrapPls', 'satisfactionIndex', 'CsiError', 'likert']));
    expect(names('csi-analytics/node')).toEqual(expect.arrayContaining(['readDataset', 'bootstrapPlsParallel']));
    expect(names('csi-analytics/report')).toEqual(expect.arrayContaining(['buildReport', 'renderHtml']));
    expect(values.length).toBeGreaterThan(150);
    expect(typeOnly).toBeGreaterThan(50);
    // every value resolved to a source declaration, never to a barrel
    expect(values.filter((v) => /(^|\/)index\.ts:/.test(v.where))).toEqual([]);
  });

  it('each has a JSDoc comment with a summary and an @example', () => {
    const missing = values
      .filter((v) => !v.docs.some((d) => /@example\b/.test(d) && /^\/\*\*\s*(\*\s*)?[^\s@*]/.test(d)))
      .map((v) => `${v.entry} ${v.name} (${v.where})${v.docs.length === 0 ? ' — no JSDoc' : ' — no @example'}`);
    expect(missing).toEqual([]);
  });

  it('each has @remarks (formula and citation for a statistic)', () => {
    const missing = values.filter((v) => !v.docs.some((d) => /@remarks\b/.test(d))).map((v) => `${v.entry} ${v.name} (${v.where})`);
    expect(missing).toEqual([]);
  });

  it('each @example contains code that uses the export', () => {
    const unused = values
      .filter((v) => {
        const examples = v.docs.flatMap(exampleCode);
        return examples.length > 0 && !examples.some((e) => new RegExp(`\\b${v.name}\\b`).test(e));
      })
      .map((v) => `${v.entry} ${v.name} (${v.where})`);
    expect(unused).toEqual([]);
  });

  it('each @example is syntactically valid TypeScript (no "…" placeholders)', () => {
    const broken: string[] = [];
    let blocks = 0;
    for (const v of values) {
      for (const code of new Set(v.docs.flatMap(exampleCode))) {
        blocks++;
        const { diagnostics = [] } = ts.transpileModule(code, {
          reportDiagnostics: true,
          compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
        });
        const first = diagnostics[0];
        if (first !== undefined) broken.push(`${v.entry} ${v.name} (${v.where}): ${ts.flattenDiagnosticMessageText(first.messageText, ' ')}`);
      }
    }
    expect(blocks).toBeGreaterThanOrEqual(values.length);
    expect(broken).toEqual([]);
  });

  it('each @example type-checks against the public API (free variables like `data`, `fit` aside)', () => {
    // Each example becomes a virtual module. Library names it uses are imported from their
    // entry unless the example imports or declares them itself — all-lowercase names (`model`,
    // `items`, also common variable names) only where called (`model(`); names the example
    // leaves undefined (`data`,
    // `fit`, `mobi` …) are reported by TypeScript as unknown and ignored here — everything else
    // (wrong argument types, misspelt properties, missing calls such as `ecsiModel` for
    // `ecsiModel()`) is an error.
    const IGNORED = new Set([
      2304, // Cannot find name 'x'.
      2552, // Cannot find name 'x'. Did you mean 'y'?
      18004, // No value exists in scope for the shorthand property 'x'.
    ]);
    const byEntry = Object.keys(ENTRIES).map((e) => [e, values.filter((v) => v.entry === e).map((v) => v.name)] as const);
    const virtual = new Map<string, { code: string; owner: string }>();
    for (const v of values) {
      for (const code of new Set(v.docs.flatMap(exampleCode))) {
        const imported = new Set(
          [...code.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}/g)].flatMap((m) =>
            (m[1] ?? '').split(',').map((x) => x.trim().replace(/^type\s+/, '').split(/\s+as\s+/).pop() ?? ''),
          ),
        );
        const declared = new Set([...code.matchAll(/\b(?:const|let|var|function|class)\s+([A-Za-z_$][\w$]*)/g)].map((m) => m[1] ?? ''));
        const prelude = byEntry
          .map(([entry, names]) => {
            const use = names.filter(
              (n) => !imported.has(n) && !declared.has(n) && (new RegExp(`(?<![\\w$.])${n}\\s*[(.[<]`).test(code) || (/[A-Z]/.test(n) && new RegExp(`(?<![\\w$.])${n}\\b`).test(code))),
            );
            return use.length > 0 ? `import { ${use.join(', ')} } from '${entry}';` : '';
          })
          .join('');
        virtual.set(`${root}test/docs/__examples__/${virtual.size}.ts`, { code: `${prelude}export {};\n${code}`, owner: `${v.entry} ${v.name} (${v.where})` });
      }
    }
    const host = ts.createCompilerHost(COMPILER_OPTIONS);
    const getSourceFile = host.getSourceFile.bind(host);
    const fileExists = host.fileExists.bind(host);
    const readFile = host.readFile.bind(host);
    host.getSourceFile = (file, lang, ...rest) => {
      const ex = virtual.get(file);
      return ex !== undefined ? ts.createSourceFile(file, ex.code, lang) : getSourceFile(file, lang, ...rest);
    };
    host.fileExists = (file) => virtual.has(file) || fileExists(file);
    host.readFile = (file) => virtual.get(file)?.code ?? readFile(file);
    const program = ts.createProgram([...virtual.keys()], COMPILER_OPTIONS, host);
    const errors: string[] = [];
    for (const [file, ex] of virtual) {
      const sf = program.getSourceFile(file);
      if (sf === undefined) throw new Error(`${file} not loaded`);
      const diagnostics = [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)].filter((d) => !IGNORED.has(d.code));
      for (const d of diagnostics) errors.push(`${ex.owner}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
    }
    expect(virtual.size).toBeGreaterThanOrEqual(values.length);
    expect(errors).toEqual([]);
  });
});
