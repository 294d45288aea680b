import { databaseConfigFromEnv, databaseEnvSchema, parseEnvOrExit } from '../config.ts';
import { BackupError, backupPglite, backupPostgres } from '../backup.ts';

const file = process.argv[2];
if (!file) {
  console.error('Usage: npm run db:backup -- <file>');
  process.exit(2);
}
const config = databaseConfigFromEnv(parseEnvOrExit(databaseEnvSchema));
try {
  if (config.driver === 'postgres') await backupPostgres(config.databaseUrl, file);
  else await backupPglite(config.dataDir ?? './data', file);
  console.log(`Backed up to ${file}.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(error instanceof BackupError ? 1 : 3);
}
