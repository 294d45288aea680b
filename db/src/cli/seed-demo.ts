import { databaseConfigFromEnv, databaseEnvSchema, parseEnvOrExit } from '../config.ts';
import { openDatabase } from '../connect.ts';
import { migrateToLatest } from '../migrate.ts';
import { seedDemoData } from '../seeds/demo-data.ts';
import { loadShippedFrameworks } from '../seeds/load-framework.ts';
import { seedDefaultTargetSets } from '../seeds/target-sets.ts';

const env = parseEnvOrExit(databaseEnvSchema);
const handle = await openDatabase(databaseConfigFromEnv(env));
try {
  await migrateToLatest(handle.db);
  await loadShippedFrameworks(handle.db);
  await seedDefaultTargetSets(handle.db);
  const added = await seedDemoData(handle.db);
  console.log(added > 0 ? `Loaded ${added} demo standards.` : 'The demo data is already loaded; nothing changed.');
} finally {
  await handle.close();
}
