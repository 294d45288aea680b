import { buildServer } from '../../../server/scripts/build.ts';

/** The end-to-end tests run the production bundle; rebuilding it (a fraction of a second) keeps it current. */
export default async function setup(): Promise<void> {
  await buildServer();
}
