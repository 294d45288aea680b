import type { Kysely } from 'kysely';
import { Migrator, type Migration, type MigrationResultSet } from 'kysely/migration';
import * as foundation from './migrations/2026_11_21_100000_foundation.ts';
import * as standards from './migrations/2026_11_21_110000_standards.ts';
import * as targets from './migrations/2026_11_21_120000_targets.ts';
import * as coverageRollup from './migrations/2026_11_21_130000_coverage_rollup.ts';
import * as imports from './migrations/2026_11_21_140000_imports.ts';
import * as enterprises from './migrations/2026_11_21_150000_enterprises.ts';
import * as enterpriseRollupRefresh from './migrations/2026_11_21_150500_enterprise_rollup_refresh.ts';
import * as snapshots from './migrations/2026_11_21_160000_snapshots.ts';
import * as frameworkEdition from './migrations/2026_12_03_100000_framework_edition.ts';
import * as registryLevels from './migrations/2026_12_03_200000_registry_levels.ts';
import * as committeeCodes from './migrations/2026_12_03_201000_committee_codes.ts';
import * as replacement from './migrations/2026_12_03_202000_replacement.ts';
import * as replacementBackfill from './migrations/2026_12_03_203000_replacement_backfill.ts';
import * as standardReviews from './migrations/2026_12_03_204000_standard_reviews.ts';
import * as plansDrafters from './migrations/2026_12_04_200000_plans_drafters.ts';
import * as eventsAndReach from './migrations/2026_12_04_400000_events_and_reach.ts';
import * as internationalItems from './migrations/2026_12_04_500000_international_items.ts';

// Listed here rather than read from disk so the runner works the same from source, tests and bundles.
const migrations: Record<string, Migration> = {
  '2026_11_21_100000_foundation': foundation,
  '2026_11_21_110000_standards': standards,
  '2026_11_21_120000_targets': targets,
  '2026_11_21_130000_coverage_rollup': coverageRollup,
  '2026_11_21_140000_imports': imports,
  '2026_11_21_150000_enterprises': enterprises,
  '2026_11_21_150500_enterprise_rollup_refresh': enterpriseRollupRefresh,
  '2026_11_21_160000_snapshots': snapshots,
  '2026_12_03_100000_framework_edition': frameworkEdition,
  '2026_12_03_200000_registry_levels': registryLevels,
  '2026_12_03_201000_committee_codes': committeeCodes,
  '2026_12_03_202000_replacement': replacement,
  '2026_12_03_203000_replacement_backfill': replacementBackfill,
  '2026_12_03_204000_standard_reviews': standardReviews,
  '2026_12_04_200000_plans_drafters': plansDrafters,
  '2026_12_04_400000_events_and_reach': eventsAndReach,
  '2026_12_04_500000_international_items': internationalItems,
};

/** The migrations this version knows, oldest first: a database holding any other is from a newer version. */
export const knownMigrationNames: readonly string[] = Object.keys(migrations);

export class MigrationError extends Error {}

/** Brings the schema to the latest migration; throws with the failing migration's name. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run over an untyped schema
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationResultSet> {
  const migrator = new Migrator({ db, provider: { getMigrations: () => Promise.resolve(migrations) } });
  const resultSet = await migrator.migrateToLatest();
  if (resultSet.error) {
    const failed = resultSet.results?.find((result) => result.status === 'Error');
    throw new MigrationError(
      `migration ${failed?.migrationName ?? '?'} failed: ${resultSet.error instanceof Error ? resultSet.error.message : JSON.stringify(resultSet.error)}`,
      {
        cause: resultSet.error,
      },
    );
  }
  return resultSet;
}

/** Migrates up or down to the named migration: for tests that make a database as an earlier release left it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run over an untyped schema
export async function migrateToVersion(db: Kysely<any>, name: string): Promise<MigrationResultSet> {
  const migrator = new Migrator({ db, provider: { getMigrations: () => Promise.resolve(migrations) } });
  const resultSet = await migrator.migrateTo(name);
  if (resultSet.error) throw new MigrationError(`migrating to ${name} failed`, { cause: resultSet.error });
  return resultSet;
}
