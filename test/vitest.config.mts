import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    // builds server/out/lexicon.bin when missing or stale (the spelling rules load it)
    globalSetup: ['test/unit/spelling/lexicon-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
