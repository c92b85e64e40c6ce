#!/usr/bin/env node
/**
 * docs/API.md: every export of the three entries (`csi-analytics`, `csi-analytics/node`,
 * `csi-analytics/report`) with its kind and the first sentence of its TSDoc, grouped by
 * category. The category comes from the folder of the declaring source file (`FOLDERS`),
 * overridden per name by `OVERRIDES`; an export whose folder has no category is an error.
 *
 *   node scripts/api-map.mjs          # rewrite docs/API.md
 *   node scripts/api-map.mjs --check  # exit 1 if docs/API.md is stale or an export has no category
 *
 * test/docs/apiMap.test.ts runs the check.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const TARGET = join(root, 'docs', 'API.md');

export const ENTRIES = {
  'csi-analytics': 'src/index.ts',
  'csi-analytics/node': 'src/node/index.ts',
  'csi-analytics/report': 'src/report/index.ts',
};

/** Category of each source folder (`src/<folder>/…`; top-level files by their name), in page order. */
export const FOLDERS = {
  analysis: 'analysis',
  data: 'data',
  io: 'io',
  spec: 'model',
  estimation: 'estimation',
  assessment: 'assessment',
  indices: 'indices',
  weighting: 'weighting',
  gap: 'gaps',
  stats: 'statistics',
  programme: 'programme',
  sql: 'streaming',
  display: 'display',
  report: 'report',
  node: 'node',
  errors: 'errors',
  validate: 'errors',
  version: 'package',
};

/** Per-name exceptions to the folder rule (a name whose home folder says less than its use). */
export const OVERRIDES = {
  // streaming: accumulators over chunks of rows, wherever they live
  createMomentsAccumulator: 'streaming',
  mergeMoments: 'streaming',
  createIndexAccumulator: 'streaming',
  streamMoments: 'streaming',
  momentsFromSums: 'streaming',
};

/** The order of the headings (every category of FOLDERS and OVERRIDES). */
export const ORDER = [
  'analysis', 'data', 'io', 'model', 'estimation', 'assessment', 'indices', 'weighting', 'gaps',
  'statistics', 'programme', 'streaming', 'display', 'report', 'node', 'errors', 'package',
];

/** One-line introductions of the categories. */
const INTRO = {
  analysis: 'The front door: the whole job from one JSON configuration.',
  data: 'Data sets, scales, missing values and recodes.',
  io: 'Reading tables (CSV text and bytes).',
  model: 'Model specifications: constructs, items, paths, the ACSI/ECSI/CCSI presets.',
  estimation: 'PLS path modeling, bootstrap, prediction and consistent PLS.',
  assessment: 'Measurement and structural model quality (reliability, validity, fit).',
  indices: '0–100 indices, indicator trees and index hierarchies.',
  weighting: 'Weights for indicators: AHP, entropy, ranks, point allocation, combinations.',
  gaps: 'Gap, IPMA, SERVQUAL, Kano, competitor, tracking and what-if analysis.',
  statistics: 'Tests, intervals, effect sizes and sample sizes.',
  programme: 'Survey-programme tools: item analysis, NPS/CSAT/CES, complaints, control charts.',
  display: 'Readable results: summaries for REPLs and notebooks.',
  streaming: 'Accumulators for data that do not fit in memory or arrive in batches.',
  report: '`csi-analytics/report`: report tables, renderers and charts.',
  node: '`csi-analytics/node`: files and worker threads (Node.js only).',
  errors: 'The error type, its codes and issue kinds (see docs/errors.md).',
  package: 'The package itself.',
};

/** `src/x/…` → `x`; `src/errors.ts` → `errors`. */
function folderOf(file) {
  const parts = relative(join(root, 'src'), file).split(sep);
  return parts.length > 1 ? parts[0] : parts[0].replace(/\.(d\.)?ts$/, '');
}

function kindOf(symbol) {
  const f = symbol.flags;
  const kinds = [];
  if (f & ts.SymbolFlags.Function) kinds.push('function');
  else if (f & ts.SymbolFlags.Class) kinds.push('class');
  else if (f & ts.SymbolFlags.Enum) kinds.push('enum');
  else if (f & ts.SymbolFlags.Variable) kinds.push('const');
  if (f & ts.SymbolFlags.Interface) kinds.push('interface');
  else if (f & ts.SymbolFlags.TypeAlias) kinds.push('type');
  return kinds.join(' + ') || 'other';
}

/** The first sentence of a doc comment ("e.g." and "i.e." do not end a sentence). */
export function firstSentence(text) {
  const flat = text.replace(/\{@link\s+([^}|\s]+)[^}]*\}/g, '`$1`').replace(/\s+/g, ' ').trim();
  const guarded = flat.replace(/\b(e\.g|i\.e|cf|vs|et al)\./g, (m) => m.replace(/\./g, '\u0000'));
  const m = /^(.*?[.!?])(?=\s|$)/.exec(guarded);
  return (m === null ? guarded : m[1]).replace(/\u0000/g, '.');
}

/** The documentation of a symbol: its own comment, or the first declaration's JSDoc. */
function docOf(symbol, checker) {
  const text = ts.displayPartsToString(symbol.getDocumentationComment(checker));
  if (text.trim() !== '') return text;
  for (const d of symbol.declarations ?? []) {
    const node = ts.isVariableDeclaration(d) ? d.parent.parent : d;
    const jsdoc = ts.getJSDocCommentsAndTags(node).find((n) => n.kind === ts.SyntaxKind.JSDoc);
    if (jsdoc !== undefined && typeof jsdoc.comment === 'string') return jsdoc.comment;
    if (jsdoc !== undefined && Array.isArray(jsdoc.comment)) return jsdoc.comment.map((c) => c.text).join('');
  }
  return '';
}

/** Every export: `{ entry, name, kind, category, summary, where }` (category `undefined` when none). */
export function collectExports() {
  const files = Object.values(ENTRIES).map((f) => join(root, f));
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: ['node'],
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    noResolve: false,
    resolveJsonModule: true,
  });
  const checker = program.getTypeChecker();
  const out = [];
  for (const [entry, file] of Object.entries(ENTRIES)) {
    const source = program.getSourceFile(join(root, file));
    if (source === undefined) throw new Error(`entry ${file} not loaded`);
    const moduleSymbol = checker.getSymbolAtLocation(source);
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const decl = symbol.declarations?.[0];
      const declFile = decl?.getSourceFile().fileName ?? '';
      const name = exported.name;
      const category = OVERRIDES[name] ?? FOLDERS[folderOf(declFile)];
      out.push({
        entry,
        name,
        kind: kindOf(symbol),
        category,
        summary: firstSentence(docOf(symbol, checker)),
        where: relative(root, declFile).split(sep).join('/'),
      });
    }
  }
  return out.sort((a, b) => a.name.localeCompare(b.name, 'en') || a.entry.localeCompare(b.entry));
}

const cell = (s) => s.replace(/\|/g, '\\|');

/** The text of docs/API.md. */
export function render(exports = collectExports()) {
  const order = ORDER;
  const lines = [
    '# API map',
    '',
    '<!-- Generated by `node scripts/api-map.mjs` from the TSDoc of src/; do not edit by hand. -->',
    '',
    `Every export of the three entries (${exports.length} names: ${exports.filter((e) => !/^(type|interface)$/.test(e.kind)).length} values, the rest types), grouped by`,
    'category, with the first sentence of its TSDoc. The full documentation (formula, citation,',
    'options, example) is the TSDoc in the source file named under *Source*. Entries:',
    '`csi-analytics` (core, runs in browsers), `csi-analytics/node` (Node.js files and worker',
    'threads) and `csi-analytics/report` (tables, renderers, charts).',
    '',
    ...order.filter((c) => exports.some((e) => e.category === c)).map((c) => `- [${c}](#${c}) (${exports.filter((e) => e.category === c).length})`),
    '',
  ];
  for (const c of order) {
    const rows = exports.filter((e) => e.category === c);
    if (rows.length === 0) continue;
    lines.push(`## ${c}`, '', INTRO[c] ?? '', '', '| Name | Kind | Entry | Summary | Source |', '| --- | --- | --- | --- | --- |');
    for (const e of rows) lines.push(`| \`${e.name}\` | ${e.kind} | \`${e.entry}\` | ${cell(e.summary)} | \`${e.where}\` |`);
    lines.push('');
  }
  return lines.join('\n');
}

/** Exports without a category, as `entry: name (file)`. */
export function uncategorized(exports = collectExports()) {
  return exports.filter((e) => e.category === undefined).map((e) => `${e.entry}: ${e.name} (${e.where})`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const exports = collectExports();
  const missing = uncategorized(exports);
  if (missing.length > 0) {
    console.error(`exports without a category (add their folder to FOLDERS or the name to OVERRIDES in scripts/api-map.mjs):\n  ${missing.join('\n  ')}`);
    process.exit(1);
  }
  const text = render(exports);
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(TARGET, 'utf8');
    } catch {
      /* missing counts as stale */
    }
    if (current !== text) {
      console.error('docs/API.md is stale: run node scripts/api-map.mjs');
      process.exit(1);
    }
  } else writeFileSync(TARGET, text);
}
