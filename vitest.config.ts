import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (p: string): string => fileURLToPath(new URL(`./src/${p}`, import.meta.url));

export default defineConfig({
  resolve: {
    // Examples and docs import the package by name; resolve it to the sources.
    alias: [
      { find: /^csi-analytics\/node$/, replacement: src('node/index.ts') },
      { find: /^csi-analytics\/report$/, replacement: src('report/index.ts') },
      { find: /^csi-analytics$/, replacement: src('index.ts') },
    ],
  },
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
