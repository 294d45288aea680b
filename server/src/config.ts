import { databaseEnvSchema } from '@cloudstd/db/config';
import { z } from 'zod';

const flag = z
  .enum(['0', '1', 'true', 'false', ''])
  .default('0')
  .transform((value) => value === '1' || value === 'true');

/** Every environment variable the server reads; documented in the README's configuration table. */
export const serverEnvSchema = databaseEnvSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ADMIN_USERNAME: z.string().trim().min(3).max(64).default('admin'),
  // Blank counts as unset, so `docker compose up` passes `${ADMIN_PASSWORD:-}` without requiring it every time.
  ADMIN_PASSWORD: z.preprocess((value) => (value === '' ? undefined : value), z.string().min(8).max(128).optional()),
  COOKIE_SECURE: flag,
  SESSION_TTL_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(12),
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((value): boolean | number | string => {
      if (value === undefined || value === '' || value === '0' || value === 'false') return false;
      if (value === '1' || value === 'true') return true;
      return /^\d+$/.test(value) ? Number(value) : value;
    }),
  ALLOWED_ORIGINS: z
    .string()
    .optional()
    .transform((value) =>
      value
        ? value
            .split(',')
            .map((origin) => origin.trim())
            .filter(Boolean)
        : [],
    ),
  METRICS_TOKEN: z.string().min(16).optional(),
  NODE_ENV: z.string().optional(),
  CLIENT_DIR: z.string().optional(),
  DEMO_DATA: flag,
});
export type ServerEnv = z.infer<typeof serverEnvSchema>;
