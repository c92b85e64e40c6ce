import { fileURLToPath } from 'node:url';
import { defineConfig } from 'tsup';

/**
 * The core runtime dependencies are bundled into dist (tree-shaken), so that
 * `import('csi-analytics')` does not load all of zod's core, ml-matrix's 150 KB CommonJS file,
 * papaparse and simple-statistics as separate modules (bench/core.ts: import time). ml-matrix
 * is taken from its ES-module sources so only `Matrix` and `EigenvalueDecomposition` come in.
 * `stream` is only required by papaparse's Node-stream mode, which the library never uses: it is
 * replaced by an empty module (scripts/no-node-stream.cjs), so the core keeps no Node `require`.
 */
const BUNDLED = ['zod', 'ml-matrix', 'simple-statistics', 'papaparse', 'is-any-array', 'ml-array-rescale', 'ml-array-min', 'ml-array-max'];
const ML_MATRIX_ESM = fileURLToPath(new URL('./node_modules/ml-matrix/src/index.js', import.meta.url));
const NO_NODE_STREAM = fileURLToPath(new URL('./scripts/no-node-stream.cjs', import.meta.url));

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      'node/index': 'src/node/index.ts',
      // small entry loaded by each bootstrap worker thread (only the resampling core)
      'node/bootstrapWorker': 'src/node/bootstrapWorker.ts',
      'report/index': 'src/report/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: false,
    target: 'es2022',
    platform: 'neutral',
    external: ['node:*', 'vega', 'vega-lite', '@duckdb/node-api', 'pg'],
    noExternal: BUNDLED,
    esbuildOptions(options) {
      options.alias = { ...options.alias, 'ml-matrix': ML_MATRIX_ESM, stream: NO_NODE_STREAM };
      options.mainFields = ['module', 'main'];
    },
  },
  {
    entry: { 'cli/main': 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    // optional packages, loaded only when used (PDF output, --engine duckdb, --db): never bundled
    external: ['@duckdb/node-api', 'pg', 'playwright-core'],
  },
]);
