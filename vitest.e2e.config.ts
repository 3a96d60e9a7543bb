import { defineConfig } from 'vitest/config';

/** End-to-end journeys: a real server (built app, PGlite with demo data) and Debian's Chromium. */
export default defineConfig({
  test: {
    include: ['e2e/**/*.spec.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
    env: { TZ: 'UTC' },
  },
});
