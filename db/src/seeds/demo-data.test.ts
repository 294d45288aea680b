import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../connect.ts';
import { createTestDatabase, testDatabaseDrivers } from '../testing.ts';
import { demoStandards, seedDemoData } from './demo-data.ts';
import { loadShippedFrameworks } from './load-framework.ts';

describe.each(testDatabaseDrivers())('demo data on %s', (driver) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase(driver);
    await loadShippedFrameworks(handle.db);
  });
  afterAll(() => handle.close());

  it('loads once, audited, and a second load changes nothing', async () => {
    expect(await seedDemoData(handle.db)).toBe(demoStandards.length);
    expect(await seedDemoData(handle.db)).toBe(0);
    const rows = await handle.db.selectFrom('standard').select(['id', 'notes']).execute();
    expect(rows).toHaveLength(demoStandards.length);
    const audited = await handle.db.selectFrom('audit_log').select('id').where('entity', '=', 'standard').execute();
    expect(audited).toHaveLength(demoStandards.length);
  });

  it('marks every invented record as demo data in its notes', () => {
    for (const standard of demoStandards) {
      const invented = /99\d{3}|990\d/.test(standard.number ?? standard.plan_number ?? '');
      expect(standard.notes ?? '').toMatch(invented ? /虚构/ : /真实/);
    }
  });
});
