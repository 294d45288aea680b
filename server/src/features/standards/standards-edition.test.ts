import { testDatabaseDrivers } from '@cloudstd/db/testing';
import { coverageResponseSchema } from '@cloudstd/shared/schemas/dashboard';
import { directionListSchema } from '@cloudstd/shared/schemas/framework';
import { standardListSchema } from '@cloudstd/shared/schemas/standard';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStandard } from '../../testing/factories.ts';
import { binaryParser } from '../../testing/binary-parser.ts';
import { createTestContext, type TestContext } from '../../testing/test-app.ts';

/*
 * The standards list and its CSV in an edition (`framework=`): filters and each standard's directions
 * resolve in that edition through its rows (filed, derived through the crosswalk, overrides), and the CSVs
 * name the edition. Fixture:
 *   GB/T 63001-2024  filed under draft 01.2 (→ final A.2) and 06.2.2 (→ final F.2.2 安全技术与产品 › 设备安全)
 *   GB/T 63002-2024  filed under final F.3.1 (基础设施安全 › 设备安全; no draft predecessor)
 *   GB/T 63003-2024  filed under draft 02.3 (no successor), placed by an editor under final D.1
 */
type Agent = Awaited<ReturnType<TestContext['signedIn']>>;
const FINAL = 'cloud-computing-2025';
const DRAFT = 'cloud-computing-draft';
const AS_OF = '2026-06-30';

describe.each(testDatabaseDrivers())('the standards list in an edition on %s', (driver) => {
  let ctx: TestContext;
  let viewer: Agent;
  const ids: Record<string, number> = {};

  const list = async (query: string) =>
    standardListSchema.parse((await viewer.get(`/api/v1/standards?q=6300&${query}`).expect(200)).body);
  const numbers = (body: { items: { number: string | null }[] }) => body.items.map((item) => item.number).sort();
  const download = async (path: string) => {
    const res = await viewer.get(path).buffer(true).parse(binaryParser);
    expect(res.status, String(res.body)).toBe(200);
    return res;
  };
  const readCsv = (body: Buffer): string[][] => parse(body.subarray(3));

  beforeAll(async () => {
    ctx = await createTestContext(driver);
    viewer = await ctx.signedIn('viewer');
    const editor = await ctx.signedIn('editor');
    for (const [number, directions] of [
      ['GB/T 63001-2024', ['01.2', '06.2.2']],
      ['GB/T 63002-2024', ['F.3.1']],
      ['GB/T 63003-2024', ['02.3']],
    ] as const) {
      const res = await editor.post('/api/v1/standards').send(buildStandard({ number, directions: [...directions] }));
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      ids[number] = (res.body as { id: number }).id;
    }
    await editor
      .patch(`/api/v1/frameworks/${FINAL}/placements/${ids['GB/T 63003-2024']}`)
      .send({ directions: ['D.1'] })
      .expect(200);
  });
  afterAll(() => ctx.close());

  it('returns each standard’s directions in the edition asked for: filed, derived or overridden', async () => {
    const directionsOf = (body: { items: { number: string | null; directions: string[] }[] }) =>
      Object.fromEntries(body.items.map((item) => [item.number, item.directions]));
    expect(directionsOf(await list(`framework=${FINAL}`))).toEqual({
      'GB/T 63001-2024': ['A.2', 'F.2.2'],
      'GB/T 63002-2024': ['F.3.1'],
      'GB/T 63003-2024': ['D.1'],
    });
    expect(directionsOf(await list(`framework=${DRAFT}`))).toEqual({
      'GB/T 63001-2024': ['01.2', '06.2.2'],
      'GB/T 63002-2024': [],
      'GB/T 63003-2024': ['02.3'],
    });
    // Without an edition: the directions each standard is filed under.
    expect(directionsOf(await list(''))).toEqual({
      'GB/T 63001-2024': ['01.2', '06.2.2'],
      'GB/T 63002-2024': ['F.3.1'],
      'GB/T 63003-2024': ['02.3'],
    });
  });

  it('filters by the edition’s directions and parts through derived and overridden rows', async () => {
    expect(numbers(await list(`framework=${FINAL}&direction=F.2.2`))).toEqual(['GB/T 63001-2024']);
    expect(numbers(await list(`framework=${FINAL}&direction=F.3.1`))).toEqual(['GB/T 63002-2024']);
    expect(numbers(await list(`framework=${FINAL}&direction=D.1`))).toEqual(['GB/T 63003-2024']);
    expect(numbers(await list(`framework=${FINAL}&part=F`))).toEqual(['GB/T 63001-2024', 'GB/T 63002-2024']);
    expect(numbers(await list(`framework=${DRAFT}&part=06`))).toEqual(['GB/T 63001-2024']);
    expect(numbers(await list(`framework=${DRAFT}&part=04`))).toEqual([]);
    // A final part letter without an edition still finds its standards (codes are unique across editions).
    expect(numbers(await list('part=F'))).toEqual(['GB/T 63001-2024', 'GB/T 63002-2024']);
  });

  it('refuses a direction or part of another edition (400 naming it) and an unknown edition (404)', async () => {
    const res = await viewer.get(`/api/v1/standards?framework=${FINAL}&direction=02.3,A.1&part=06`).expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const errors = (res.body as { errors: { field: string; messageZh: string; messageEn: string }[] }).errors;
    expect(errors).toEqual([
      {
        field: 'direction.0',
        messageZh: `02.3 不是 ${FINAL} 的研制方向`,
        messageEn: `02.3 is not a direction of ${FINAL}`,
      },
      { field: 'part.0', messageZh: `06 不是 ${FINAL} 的部分`, messageEn: `06 is not a part of ${FINAL}` },
    ]);
    const unknown = await viewer.get('/api/v1/standards?framework=nope').expect(404);
    expect(unknown.body).toMatchObject({ code: 'NOT_FOUND', framework: 'nope' });
    const badPart = await viewer.get('/api/v1/standards?part=AB').expect(400);
    expect((badPart.body as { errors: { field: string }[] }).errors[0]?.field).toBe('part.0');
  });

  it('standards.csv lists the edition’s codes and paths, names the edition on every row and in its file name', async () => {
    const res = await download(`/api/v1/reports/standards.csv?asOf=${AS_OF}&q=6300&sort=number&order=asc`);
    expect(res.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent(`标准清单_${FINAL}_${AS_OF}.csv`)}`,
    );
    expect(res.headers['content-disposition']).toContain(`filename="cloudstd-standards-${FINAL}_${AS_OF}.csv"`);
    const [header, ...rows] = readCsv(res.body as Buffer);
    expect(header?.slice(-3)).toEqual(['备注', '研制方向名称', '标准体系']);
    expect(rows.map((row) => [row[0], row[7], row.at(-2), row.at(-1)])).toEqual([
      ['GB/T 63001-2024', 'A.2;F.2.2', '参考架构;安全技术与产品 › 设备安全', '云计算综合标准化体系建设指南（2025版）'],
      ['GB/T 63002-2024', 'F.3.1', '基础设施安全 › 设备安全', '云计算综合标准化体系建设指南（2025版）'],
      ['GB/T 63003-2024', 'D.1', '云化技术应用', '云计算综合标准化体系建设指南（2025版）'],
    ]);

    const draft = await download(
      `/api/v1/reports/standards.csv?asOf=${AS_OF}&q=6300&framework=${DRAFT}&direction=06.2.2&lang=en`,
    );
    expect(draft.headers['content-disposition']).toContain(`cloudstd-standards-${DRAFT}_${AS_OF}.csv`);
    const [draftHeader, ...draftRows] = readCsv(draft.body as Buffer);
    expect(draftHeader?.slice(-2)).toEqual(['Direction names', 'Framework']);
    expect(draftRows).toHaveLength(1);
    expect(draftRows[0]?.[7]).toBe('01.2;06.2.2');
    expect(draftRows[0]?.at(-2)).toMatch(/ › Device security$/);
    expect(draftRows[0]?.at(-1)).toMatch(/draft/i);
    await viewer.get(`/api/v1/reports/standards.csv?framework=${DRAFT}&direction=F.3.1`).expect(400);
  });

  it('coverage.csv names the edition on every row and in its file name, and shows paths for repeated names', async () => {
    const res = await download(`/api/v1/reports/coverage.csv?asOf=${AS_OF}`);
    expect(res.headers['content-disposition']).toContain(`cloudstd-coverage-${FINAL}_${AS_OF}.csv`);
    const [header, ...rows] = readCsv(res.body as Buffer);
    expect(header?.at(-1)).toBe('标准体系');
    expect(new Set(rows.map((row) => row.at(-1)))).toEqual(new Set(['云计算综合标准化体系建设指南（2025版）']));
    const names = new Map(rows.map((row) => [row[2], row[3]]));
    expect(names.get('F.2.2')).toBe('安全技术与产品 › 设备安全');
    expect(names.get('F.3.1')).toBe('基础设施安全 › 设备安全');
    expect(names.get('F.2.1')).toBe('安全技术与产品 › 软件安全');
    expect(names.get('F.3.2')).toBe('基础设施安全 › 软件安全');
    expect(names.get('A.1')).toBe('术语');
    // Every name shown once: no two leaves read the same.
    expect(new Set(names.values()).size).toBe(53);
  });

  it('gives every coverage row the path the directions endpoint gives (one rule)', async () => {
    for (const framework of [FINAL, DRAFT]) {
      const coverage = coverageResponseSchema.parse(
        (await viewer.get(`/api/v1/dashboard/coverage?framework=${framework}`).expect(200)).body,
      );
      const directions = directionListSchema.parse(
        (await viewer.get(`/api/v1/directions?framework=${framework}`).expect(200)).body,
      );
      expect(coverage.items.map((item) => [item.code, item.path])).toEqual(
        directions.map((direction) => [direction.code, direction.path]),
      );
    }
  });
});
