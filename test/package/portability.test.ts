/** The core entry must run in browsers: no Node built-ins anywhere it reaches. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../../src/version.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('package', () => {
  it('the core entry bundles for the browser without any Node built-in', async () => {
    const result = await build({
      entryPoints: [`${root}src/index.ts`],
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'esm',
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((p) => p.startsWith('node:'))).toBe(false);
    expect(inputs.filter((p) => /src\/(node|cli)\//.test(p))).toEqual([]);
    // and it does not pull the chart library into the core
    expect(inputs.filter((p) => /node_modules\/vega/.test(p))).toEqual([]);
  });

  it('the report entry bundles for the browser too', async () => {
    const result = await build({
      entryPoints: [`${root}src/report/index.ts`],
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'esm',
      metafile: true,
      logLevel: 'silent',
    });
    expect(Object.keys(result.metafile.inputs).some((p) => p.startsWith('node:'))).toBe(false);
  });

  it('VERSION equals package.json', () => {
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });
});
