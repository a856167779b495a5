import { defineConfig } from 'vitest/config';

/**
 * Real-browser tests (tests/e2e): the built extension in headless Chromium and Firefox ESR. One file at a time, since
 * each launches a browser and the machine may have two cores; long timeouts for browser start-up.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/support/checkBuild.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
