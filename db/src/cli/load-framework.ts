import { parseArgs } from 'node:util';
import { databaseConfigFromEnv, databaseEnvSchema, parseEnvOrExit } from '../config.ts';
import { openDatabase } from '../connect.ts';
import { migrateToLatest } from '../migrate.ts';
import { FrameworkFileError, loadFrameworkFromFile } from '../seeds/load-framework.ts';

const usage = 'Usage: npm run db:load-framework -- <file.json> [--default]';
const { positionals, values } = parseArgs({ allowPositionals: true, options: { default: { type: 'boolean' } } });
const [file] = positionals;
if (!file || positionals.length > 1) {
  console.error(usage);
  process.exit(2);
}

const env = parseEnvOrExit(databaseEnvSchema);
const handle = await openDatabase(databaseConfigFromEnv(env));
try {
  await migrateToLatest(handle.db);
  const result = await loadFrameworkFromFile(handle.db, file, { makeDefault: values.default ?? false });
  console.log(
    result.changed
      ? `Loaded framework ${result.key} (${result.directions} directions).`
      : `Framework ${result.key} is already up to date (${result.directions} directions); nothing changed.`,
  );
} catch (error) {
  if (!(error instanceof FrameworkFileError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await handle.close();
}
