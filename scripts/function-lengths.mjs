#!/usr/bin/env node
/**
 * Function lengths in src/ (TypeScript compiler API): every function declaration, method,
 * arrow function and function expression longer than `--over N` lines (default 120), longest
 * first, as `lines  file:line  name`. Nested functions are counted on their own and inside
 * their parent (lines are first to last line of the function, comments included).
 *
 * `--max N` turns it into a check: exit 1 when any function is longer than N lines;
 * `--max-over K` also fails when more than K functions are longer than `--over`.
 * `node scripts/function-lengths.mjs --max 220 --max-over 3` is the rule of issue 16;
 * test/docs/structure.test.ts runs it through `functionLengths()`.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function walk(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.ts') && !p.endsWith('.d.ts') ? [p] : [];
  });
}

function nameOf(node) {
  if (node.name && ts.isIdentifier(node.name)) return node.name.text;
  if (node.name && ts.isStringLiteral(node.name)) return node.name.text;
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (parent && ts.isPropertyAssignment(parent) && (ts.isIdentifier(parent.name) || ts.isStringLiteral(parent.name))) return parent.name.text;
  if (parent && ts.isPropertyDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  return '(anonymous)';
}

/** Every function in the .ts files under `dir` (default src/): `{ file, line, name, lines }`, longest first. */
export function functionLengths(dir = join(root, 'src')) {
  const out = [];
  for (const file of walk(dir)) {
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      if (ts.isFunctionLike(node) && 'body' in node && node.body) {
        const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
        const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
        out.push({ file: relative(root, file), line: start + 1, name: nameOf(node), lines: end - start + 1 });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out.sort((a, b) => b.lines - a.lines || a.file.localeCompare(b.file));
}

function arg(name) {
  const i = process.argv.indexOf(name);
  if (i < 0) return undefined;
  const v = Number(process.argv[i + 1]);
  if (!Number.isInteger(v) || v < 0) {
    console.error(`${name} takes a whole number`);
    process.exit(2);
  }
  return v;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const over = arg('--over') ?? 120;
  const max = arg('--max');
  const maxOver = arg('--max-over');
  const all = functionLengths();
  const long = all.filter((f) => f.lines > over);
  for (const f of long) console.log(`${String(f.lines).padStart(5)}  ${f.file}:${f.line}  ${f.name}`);
  console.log(`${long.length} functions over ${over} lines (of ${all.length})`);
  let failed = false;
  if (max !== undefined) {
    const tooLong = all.filter((f) => f.lines > max);
    if (tooLong.length > 0) {
      console.error(`${tooLong.length} functions over the maximum of ${max} lines: ${tooLong.map((f) => `${f.name} (${f.file}:${f.line}, ${f.lines})`).join(', ')}`);
      failed = true;
    }
  }
  if (maxOver !== undefined && long.length > maxOver) {
    console.error(`${long.length} functions over ${over} lines; at most ${maxOver} allowed`);
    failed = true;
  }
  process.exit(failed ? 1 : 0);
}
