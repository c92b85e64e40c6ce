import { defineConfig } from 'tsup';

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
  },
  {
    entry: { 'cli/main': 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    external: ['@duckdb/node-api', 'pg'],
  },
]);
