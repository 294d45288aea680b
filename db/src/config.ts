import { z } from 'zod';
import type { DatabaseConfig } from './connect.ts';

/** The database part of the environment, shared by the server and the db:* commands. */
export const databaseEnvSchema = z.object({
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: 'DATABASE_URL must be a postgres:// URL' })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
});
export type DatabaseEnv = z.infer<typeof databaseEnvSchema>;

export function databaseConfigFromEnv(env: DatabaseEnv): DatabaseConfig {
  return env.DATABASE_URL
    ? { driver: 'postgres', databaseUrl: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE }
    : { driver: 'pglite', dataDir: env.DATA_DIR };
}

/** Parses an environment or exits listing every bad variable: for commands, not libraries. */
export function parseEnvOrExit<T extends z.ZodType>(schema: T, env: NodeJS.ProcessEnv = process.env): z.infer<T> {
  const parsed = schema.safeParse(env);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    console.error(`Invalid environment variable ${issue.path.join('.')}: ${issue.message}`);
  }
  process.exit(1);
}
