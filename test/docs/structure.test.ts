/**
 * Short named steps (issue 16): no function in src/ is longer than 220 lines, and the number
 * over 120 lines does not grow (a ratchet: lower OVER_120_AT_MOST when a split lands; the
 * goal is 3). The witness is the TypeScript parse of the sources (scripts/function-lengths.mjs).
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { functionLengths } from '../../scripts/function-lengths.mjs';

interface Length {
  readonly file: string;
  readonly line: number;
  readonly name: string;
  readonly lines: number;
}

const MAX_LINES = 220;
const OVER_120_AT_MOST = 2;
const all = functionLengths() as Length[];
const show = (fs: readonly Length[]): string[] => fs.map((f) => `${f.name} (${f.file}:${f.line}, ${f.lines} lines)`);

describe('function lengths in src/', () => {
  it('finds the functions (the parse works)', () => {
    expect(all.length).toBeGreaterThan(1000);
    expect(all.some((f) => f.name === 'createPlsKernel' && f.file.endsWith('estimation/plsKernel.ts'))).toBe(true);
  });
  it(`has no function over ${MAX_LINES} lines`, () => {
    expect(show(all.filter((f) => f.lines > MAX_LINES))).toEqual([]);
  });
  it(`has at most ${OVER_120_AT_MOST} functions over 120 lines`, () => {
    const long = all.filter((f) => f.lines > 120);
    expect(long.length, show(long).join('\n')).toBeLessThanOrEqual(OVER_120_AT_MOST);
  });
});
