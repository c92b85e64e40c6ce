/**
 * The core stays light (issue #10, item 6): no source file imports zod's classic build (not
 * tree-shakable: it put ~90 KB gzip of zod into every browser bundle), and a browser bundle of
 * five core functions holds no module of zod classic or of the zod locales other than English.
 * Sizes and times themselves are measured in bench/core.ts, not asserted here. The witness is
 * the source text and esbuild's metafile.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('light core', () => {
  it('no file of src/ imports zod classic (only zod/mini and the English locale)', () => {
    const files = sourceFiles(join(root, 'src'));
    expect(files.length).toBeGreaterThan(100);
    const offenders = files
      .filter((f) => /from\s+['"]zod(?:\/v4)?(?:\/classic)?['"]/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(root, f));
    expect(offenders).toEqual([]);
  });

  it('the five-function browser bundle takes no zod classic module and no other locale', async () => {
    const result = await build({
      stdin: {
        contents: "export { estimatePls, satisfactionIndex, likert, datasetFromRows, ecsiModel } from './src/index.ts';",
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      minify: true,
      write: false,
      platform: 'browser',
      format: 'esm',
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(Object.values(result.metafile.outputs)[0]?.inputs ?? {});
    expect(inputs.some((f) => f.includes('zod/v4/mini/'))).toBe(true);
    expect(inputs.filter((f) => f.includes('zod/v4/classic/'))).toEqual([]);
    expect(inputs.filter((f) => f.includes('zod/v4/locales/') && !f.endsWith('/en.js'))).toEqual([]);
  }, 60_000);
});
