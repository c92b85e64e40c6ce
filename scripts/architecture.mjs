#!/usr/bin/env node
/**
 * The folder dependency graph of src/ (runtime imports; `import type` excluded), and the
 * layer order every runtime import must respect. `node scripts/architecture.mjs` prints the
 * "depends on" table (`--write` updates it) for docs/ARCHITECTURE.md; test/docs/architecture.test.ts checks both.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Lower layers first: a runtime import may only point to the same or an earlier layer. */
export const LAYERS = [
  'version', 'errors', 'util', 'validate', 'display', 'io', 'numeric', 'stats', 'spec', 'data', 'weighting',
  'estimation', 'assessment', 'indices', 'gap', 'sql', 'programme', 'analysis', 'report', 'node', 'cli', 'index',
];

function walk(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** `src/x/…` → `x`; `src/errors.ts` → `errors`. */
export function folderOf(file) {
  const parts = relative(join(root, 'src'), file).split(sep);
  return parts.length > 1 ? parts[0] : parts[0].replace(/\.(ts|js)$/, '');
}

/** `{ folder: Set(dependencies) }` from runtime imports and re-exports. */
export function importGraph() {
  const graph = {};
  const RE = /^(?:import|export)\s+(type\s+)?[^;]*?from\s+'(\.[^']+)'/gm;
  for (const file of walk(join(root, 'src'))) {
    const from = folderOf(file);
    graph[from] ??= new Set();
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(RE)) {
      if (m[1]) continue;
      const to = folderOf(normalize(join(dirname(file), m[2])));
      if (to !== from) graph[from].add(to);
    }
  }
  return graph;
}

/** The markdown rows `| \`src/x/\` | … | deps |` keyed by folder, from the graph. */
export function dependsOnText(graph, folder) {
  const deps = [...(graph[folder] ?? [])].sort((a, b) => LAYERS.indexOf(a) - LAYERS.indexOf(b));
  return deps.length === 0 ? '—' : deps.join(', ');
}

/** Rewrites the "depends on" cells of docs/ARCHITECTURE.md from the graph. */
export function writeArchitectureTable(graph) {
  const path = join(root, 'docs', 'ARCHITECTURE.md');
  const text = readFileSync(path, 'utf8').replace(/^\| `src\/([a-z]+)(\/|\.ts)` \| (.*) \| ([^|]+) \|$/gm, (_m, f, suffix, concern) => `| \`src/${f}${suffix}\` | ${concern} | ${dependsOnText(graph, f)} |`);
  writeFileSync(path, text);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const g = importGraph();
  if (process.argv.includes('--write')) writeArchitectureTable(g);
  for (const f of Object.keys(g).sort((a, b) => LAYERS.indexOf(a) - LAYERS.indexOf(b))) console.log(`${f}: ${dependsOnText(g, f)}`);
}
