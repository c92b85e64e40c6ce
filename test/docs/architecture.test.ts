/**
 * docs/ARCHITECTURE.md stays true: its "depends on" column equals the runtime import graph of
 * src/, and no runtime import points to a later layer. (The witness is the import graph itself.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { LAYERS, dependsOnText, importGraph, root } from '../../scripts/architecture.mjs';

type Graph = Record<string, Set<string>>;
const graph = importGraph() as Graph;
const layers = LAYERS as string[];
const doc = readFileSync(join(root as string, 'docs', 'ARCHITECTURE.md'), 'utf8');

function tableRows(): Map<string, string> {
  const rows = new Map<string, string>();
  for (const line of doc.split('\n')) {
    const m = /^\| `src\/([a-z]+)(?:\/|\.ts)` \| .* \| ([^|]+) \|$/.exec(line);
    if (m !== null) rows.set(m[1] as string, (m[2] as string).trim());
  }
  return rows;
}

describe('architecture', () => {
  const rows = tableRows();
  it('every folder of src/ has a row', () => {
    const folders = Object.keys(graph).filter((f) => !['index', 'version'].includes(f));
    expect(folders.length).toBeGreaterThan(10);
    expect(folders.filter((f) => !rows.has(f))).toEqual([]);
  });
  it('the "depends on" column equals the runtime imports', () => {
    const wrong = [...rows].filter(([f, deps]) => deps !== (dependsOnText(graph, f) as string)).map(([f, deps]) => `${f}: doc says "${deps}", imports are "${dependsOnText(graph, f) as string}"`);
    expect(wrong).toEqual([]);
  });
  it('no runtime import points to a later layer', () => {
    const upward: string[] = [];
    for (const [from, deps] of Object.entries(graph)) {
      for (const to of deps) if (layers.indexOf(to) > layers.indexOf(from) || layers.indexOf(to) < 0) upward.push(`${from} → ${to}`);
    }
    expect(layers.indexOf('cli')).toBeGreaterThan(0);
    expect(upward).toEqual([]);
  });
});
