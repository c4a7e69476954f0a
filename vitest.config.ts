import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Build- und Browsertests lesen dist/; npm test baut vorher einmal.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
