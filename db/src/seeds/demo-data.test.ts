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

  it('agrees with the published facts of PRODUCT.md §11', async () => {
    const rows = await handle.db
      .selectFrom('standard')
      .select([
        'number',
        'kind',
        'replaces',
        'published_on',
        'in_force_on',
        'withdrawn_on',
        'replaced_by',
        'replaced_on',
        'committee',
        'international_ref',
        'international_degree',
      ])
      .execute();
    const of = (number: string) => rows.find((row) => row.number === number);
    expect(of('GB/T 32399-2015')).toMatchObject({
      international_ref: 'ISO/IEC 17789:2014',
      international_degree: 'MOD',
    });
    expect(of('GB/T 32400-2015')).toMatchObject({
      international_ref: 'ISO/IEC 17788:2014',
      international_degree: 'IDT',
    });
    for (const old of ['GB/T 31167-2014', 'GB/T 31168-2014']) {
      // Replaced (被代替), not merely withdrawn: the registry's replacement rule links the two.
      expect(of(old)).toMatchObject({
        withdrawn_on: '2023-12-01',
        replaced_by: old.replace('2014', '2023'),
        replaced_on: '2023-12-01',
      });
      expect(of(old.replace('2014', '2023'))).toMatchObject({
        kind: 'revision',
        replaces: [old],
        published_on: '2023-05-23',
        in_force_on: '2023-12-01',
        withdrawn_on: null,
      });
    }
    expect(of('GB/T 44158-2024')).toMatchObject({
      published_on: '2024-06-29',
      in_force_on: '2025-01-01',
      committee: 'TC28',
    });
    expect(of('GB/T 34942-2025')).toMatchObject({
      published_on: '2025-08-01',
      in_force_on: '2026-02-01',
      replaces: ['GB/T 34942-2017'],
      committee: 'TC260',
    });
    expect(of('GB/T 34942-2017')).toMatchObject({ published_on: '2017-11-01', in_force_on: '2018-05-01' });
    const late = await handle.db
      .selectFrom('adoption')
      .innerJoin('standard', 'standard.id', 'adoption.standard_id')
      .select(['standard.number', 'adoption.adopted_on'])
      .where('standard.withdrawn_on', 'is not', null)
      .whereRef('adoption.adopted_on', '>=', 'standard.withdrawn_on')
      .execute();
    expect(late).toEqual([]);
  });

  it('marks every invented record as demo data in its notes', () => {
    for (const standard of demoStandards) {
      const invented = /99\d{3}|990\d/.test(standard.number ?? standard.plan_number ?? '');
      expect(standard.notes ?? '').toMatch(invented ? /虚构/ : /真实/);
    }
  });
});
