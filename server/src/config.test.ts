import { describe, expect, it } from 'vitest';
import { serverEnvSchema } from './config.ts';

describe('server environment', () => {
  it('treats a blank ADMIN_PASSWORD as unset (docker compose passes one when none is chosen)', () => {
    expect(serverEnvSchema.parse({ ADMIN_PASSWORD: '' }).ADMIN_PASSWORD).toBeUndefined();
    expect(serverEnvSchema.parse({}).ADMIN_PASSWORD).toBeUndefined();
    expect(serverEnvSchema.parse({ ADMIN_PASSWORD: 'long-enough' }).ADMIN_PASSWORD).toBe('long-enough');
  });

  it('refuses an ADMIN_PASSWORD that is set but too short', () => {
    const result = serverEnvSchema.safeParse({ ADMIN_PASSWORD: 'short' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['ADMIN_PASSWORD']);
  });
});
