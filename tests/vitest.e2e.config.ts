import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// End-to-end: the real (bundled) server process and headless Chromium; needs the client built first
// (`npm run build`); the server bundle is rebuilt by the global setup.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/src/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/src/e2e/global-setup.ts'],
    env: { TZ: 'Asia/Shanghai' },
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 120_000,
    // A browser waiting on a busy 2-core CI machine: a second is too short for a poll.
    expect: { poll: { timeout: 15_000 } },
    hookTimeout: 120_000,
  },
});
