import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['{shared,db,server,client}/src/**/*.test.{ts,tsx}', 'tests/src/**/*.test.ts'],
    // Dates must never depend on the machine's zone: run everything east of UTC, where pg's Date parsing would shift.
    env: { TZ: 'Asia/Shanghai' },
    globalSetup: ['tests/src/database-images.ts'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
