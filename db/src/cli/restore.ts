import { databaseConfigFromEnv, databaseEnvSchema, parseEnvOrExit } from '../config.ts';
import { BackupError, restorePglite, restorePostgres } from '../backup.ts';

const file = process.argv[2];
if (!file) {
  console.error('Usage: npm run db:restore -- <file>   (into an empty data directory or database)');
  process.exit(2);
}
const config = databaseConfigFromEnv(parseEnvOrExit(databaseEnvSchema));
try {
  if (config.driver === 'postgres') await restorePostgres(file, config.databaseUrl);
  else await restorePglite(file, config.dataDir ?? './data');
  console.log(`Restored from ${file}.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(error instanceof BackupError ? 1 : 3);
}
