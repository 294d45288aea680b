import { databaseConfigFromEnv, databaseEnvSchema, parseEnvOrExit } from '../config.ts';
import { openDatabase } from '../connect.ts';
import { migrateToLatest } from '../migrate.ts';

const env = parseEnvOrExit(databaseEnvSchema);
const handle = await openDatabase(databaseConfigFromEnv(env));
try {
  const { results = [] } = await migrateToLatest(handle.db);
  if (results.length === 0) console.log('Database schema is up to date.');
  for (const result of results) console.log(`${result.status}: ${result.migrationName}`);
} finally {
  await handle.close();
}
