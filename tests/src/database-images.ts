import { makeTestDatabaseImages, migratedImage } from '@cloudstd/db/testing';
import { seededImage } from '@cloudstd/server/testing/seeded-image';

/** vitest's global set-up: each test file's database starts as a copy of an image made here once per run. */
export default function setup(): Promise<() => Promise<void>> {
  return makeTestDatabaseImages([migratedImage, seededImage]);
}
