import { testDatabaseDrivers } from '@cloudstd/db/testing';
import { breakdownResponseSchema } from '@cloudstd/shared/schemas/dashboard';
import { standardSchema } from '@cloudstd/shared/schemas/standard';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { up as normaliseRecordedCommittees } from '@cloudstd/db/migrations/2026_12_03_201000_committee_codes';
import { buildStandard } from '../../testing/factories.ts';
import { createTestContext, type TestContext } from '../../testing/test-app.ts';

type Agent = Awaited<ReturnType<TestContext['signedIn']>>;

describe.each(testDatabaseDrivers())('committees as one code each on %s', (driver) => {
  let ctx: TestContext;
  let editor: Agent;

  beforeAll(async () => {
    ctx = await createTestContext(driver);
    editor = await ctx.signedIn('editor');
  });
  afterAll(() => ctx.close());

  it('stores the spellings of one committee as one code, and the breakdown shows one bucket', async () => {
    const typed = [
      'SAC/TC 28/SC 38',
      'TC28/SC38',
      'tc28sc38',
      '全国信息技术标准化技术委员会(SAC/TC 28)',
      '全国信息安全标准化技术委员会',
    ];
    const stored: (string | null)[] = [];
    for (const committee of typed) {
      const res = await editor.post('/api/v1/standards').send(buildStandard({ committee, publishedOn: '2024-06-01' }));
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      stored.push(standardSchema.parse(res.body).committee);
    }
    expect(stored).toEqual(['TC28/SC38', 'TC28/SC38', 'TC28/SC38', 'TC28', 'TC260']);
    const breakdown = breakdownResponseSchema.parse(
      (await editor.get('/api/v1/dashboard/breakdown?by=committee&asOf=2026-01-01').expect(200)).body,
    );
    expect(breakdown.items).toEqual(
      expect.arrayContaining([
        { key: 'TC28/SC38', count: 3 },
        { key: 'TC28', count: 1 },
        { key: 'TC260', count: 1 },
      ]),
    );
    const filtered = await editor.get('/api/v1/standards?committee=TC28/SC38').expect(200);
    expect(filtered.body.total).toBe(3);
  });

  it('the migration turns committees recorded before into their codes', async () => {
    const db = ctx.handle.db;
    const made = await editor.post('/api/v1/standards').send(buildStandard({ committee: '中国通信标准化协会' }));
    expect(made.status).toBe(201);
    const id = (made.body as { id: number }).id;
    for (const [raw, code] of [
      ['SAC/TC 28/SC 38', 'TC28/SC38'],
      ['全国信息技术标准化技术委员会（SAC/TC 28）', 'TC28'],
      ['全国信息安全标准化技术委员会', 'TC260'],
      ['中国通信标准化协会', '中国通信标准化协会'],
    ] as const) {
      await sql`update standard set committee = ${raw} where id = ${id}`.execute(db);
      await normaliseRecordedCommittees(db);
      const row = await db.selectFrom('standard').select('committee').where('id', '=', id).executeTakeFirstOrThrow();
      expect(row.committee, raw).toBe(code);
    }
  });
});
