import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['{shared,db,server,client}/src/**/*.test.{ts,tsx}', 'tests/src/**/*.test.ts'],
    // Dates must never depend on the machine's zone: run everything east of UTC, where pg's Date parsing would shift.
    env: { TZ: 'Asia/Shanghai' },
    // Migrates and seeds once per run; each file's database is a copy (db/src/testing.ts).
    globalSetup: ['tests/src/database-images.ts'],
    // Browser shims and Testing Library's clean-up for component tests (no-ops without a DOM).
    setupFiles: ['client/src/testing/setup-dom.ts'],
    pool: 'forks',
    // vitest's default leaves a core idle (cores - 1: one worker on a 2-core machine), yet a worker
    // spends much of its time waiting on PostgreSQL or PGlite.
    maxWorkers: availableParallelism(),
    // A worker keeps its loaded modules from file to file (Express, ExcelJS, PDFKit take seconds to
    // import); every file still gets its own database and app, and no test mocks a module.
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
