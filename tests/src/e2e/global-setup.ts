import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildServer } from '../../../server/scripts/build.ts';
import { adminEnv, DATA_DIR_IMAGE_VARIABLE } from './harness.ts';
import { startServer } from './server-process.ts';

/**
 * The end-to-end tests run the production bundle; rebuilding it (a fraction of a second) keeps it current.
 * Then the bundle starts once on an empty data directory — initdb, migrations, the framework, the target
 * sets and the first admin, seconds of CPU — and stops; every app of the run starts from a copy of that
 * directory, so each file pays only for opening it.
 */
export default async function setup(): Promise<() => Promise<void>> {
  await buildServer();
  const image = await mkdtemp(path.join(tmpdir(), 'cloudstd-e2e-image-'));
  const server = await startServer({ DATA_DIR: image, ...adminEnv });
  await server.stop();
  process.env[DATA_DIR_IMAGE_VARIABLE] = image;
  return async () => {
    delete process.env[DATA_DIR_IMAGE_VARIABLE];
    await rm(image, { recursive: true, force: true });
  };
}
