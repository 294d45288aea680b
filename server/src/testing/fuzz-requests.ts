import type { Database } from '@cloudstd/db/tables';
import fc from 'fast-check';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type request from 'supertest';

type Agent = ReturnType<typeof request.agent>;

/** Tables a refused request may still write: sign-in bookkeeping. */
const BOOKKEEPING = new Set(['session', 'login_attempt', 'kysely_migration', 'kysely_migration_lock']);

export interface StoredDataFingerprint {
  tables: Record<string, number>;
  versions: Record<string, number>;
}

const fingerprintQueries = new WeakMap<Kysely<Database>, RawBuilder<{ name: string; n: number; v: number }>>();

/** Every table's row count and, where rows carry one, the sum of their versions: any write moves it. */
export async function storedDataFingerprint(db: Kysely<Database>): Promise<StoredDataFingerprint> {
  let query = fingerprintQueries.get(db);
  if (!query) {
    query = await buildFingerprintQuery(db);
    fingerprintQueries.set(db, query);
  }
  const { rows } = await query.execute(db);
  return {
    tables: Object.fromEntries(rows.map((row) => [row.name, row.n])),
    versions: Object.fromEntries(rows.filter((row) => row.v !== 0).map((row) => [row.name, Number(row.v)])),
  };
}

async function buildFingerprintQuery(db: Kysely<Database>) {
  const { rows: tables } = await sql<{ table_name: string; has_version: boolean }>`
    select t.table_name,
           exists (select 1 from information_schema.columns c
                   where c.table_schema = t.table_schema and c.table_name = t.table_name and c.column_name = 'version')
             as has_version
    from information_schema.tables t
    where t.table_schema = 'public' and t.table_type = 'BASE TABLE'
    order by t.table_name`.execute(db);
  const counted = tables.filter((table) => !BOOKKEEPING.has(table.table_name));
  const parts = counted.map(
    (table) =>
      sql`select ${table.table_name} as name, count(*)::int as n, ${
        table.has_version ? sql`coalesce(sum(version), 0)::int8` : sql`0::int8`
      } as v from ${sql.table(table.table_name)}`,
  );
  return sql<{ name: string; n: number; v: number }>`${sql.join(parts, sql` union all `)}`;
}

interface OpenApiParameter {
  name: string;
  in: 'path' | 'query';
}
interface OpenApiOperation {
  parameters?: OpenApiParameter[];
  requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> };
}
type OpenApiDocument = {
  paths: Record<string, Partial<Record<'get' | 'post' | 'patch' | 'delete', OpenApiOperation>>>;
};

export interface FuzzOperation {
  method: 'get' | 'post' | 'patch' | 'delete';
  path: string;
  pathParams: string[];
  queryParams: string[];
  bodyFields: string[];
}

/**
 * The API's operations from its OpenAPI document, but those that would end the fuzzing agent's own
 * session or account (sign-out, password, user changes), the input-less templates and the backup: the rest may be
 * called with anything.
 */
export function fuzzOperations(document: OpenApiDocument): FuzzOperation[] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).flatMap(([method, operation]) => {
      if (path.startsWith('/api/v1/auth/') || (path.startsWith('/api/v1/users/') && method !== 'get')) return [];
      // Templates and the backup take no input and cost a workbook or a database snapshot each: nothing to fuzz.
      if (path.endsWith('/template.xlsx') || path === '/api/v1/admin/backup') return [];
      const parameters = operation.parameters ?? [];
      const json = operation.requestBody?.content?.['application/json']?.schema?.properties;
      return [
        {
          method: method as FuzzOperation['method'],
          path,
          pathParams: parameters.filter((p) => p.in === 'path').map((p) => p.name),
          queryParams: parameters.filter((p) => p.in === 'query').map((p) => p.name),
          bodyFields: json ? Object.keys(json) : [],
        },
      ];
    }),
  );
}

/** Text an attacker or a broken client sends: control characters, lone surrogates, numbers in disguise. */
const hostileText = fc.oneof(
  fc.constantFrom(
    '0x10',
    '1e1',
    '-1',
    '0',
    '2147483648',
    '99999999999999999999',
    '1.5',
    'NaN',
    'Infinity',
    '0000-01-01',
    '99999-01-01',
    '2101-01-01',
    '2025-02-30',
    '',
    ' ',
    '%ff',
    '../../etc/passwd',
    "'; drop table standard; --",
    '=1+1',
    '\u0000',
    '\r+1+1',
    '\ud800',
    'national',
    'GB/T 32400-2015',
    '02.2.4',
    '2025-10-09',
  ),
  fc.string({
    unit: fc.constantFrom(
      '\u0000',
      '\u0001',
      '\r',
      '\n',
      '\t',
      '\u007f',
      '\ud83d',
      '\ude00',
      'a',
      '1',
      '-',
      '=',
      '%',
      '云',
      ' ',
    ),
    maxLength: 12,
  }),
  fc.string({ maxLength: 30 }),
);

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileText },
  fc.integer(),
  fc.constantFrom(2 ** 31, 2 ** 53, -(2 ** 63), 1e308, -0, 0.5, 1),
  fc.boolean(),
  fc.constant(null),
  fc.array(hostileText, { maxLength: 3 }),
  fc.dictionary(hostileText, hostileText, { maxKeys: 2 }),
);

function encodeSegment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return '%ff'; // a lone surrogate cannot be encoded: send an undecodable escape instead
  }
}

export interface FuzzCase {
  operation: FuzzOperation;
  path: string;
  query: Record<string, unknown>;
  body: unknown;
}

export function fuzzCases(operations: FuzzOperation[]): fc.Arbitrary<FuzzCase> {
  return fc.constantFrom(...operations).chain((operation) =>
    fc
      .record({
        pathValues: fc.array(fc.oneof(hostileText, fc.integer({ min: 1, max: 5 }).map(String)), {
          minLength: operation.pathParams.length,
          maxLength: operation.pathParams.length,
        }),
        query: fc.record(Object.fromEntries(operation.queryParams.map((name) => [name, hostileValue])), {
          requiredKeys: [],
        }),
        body: fc.oneof(
          {
            weight: 5,
            arbitrary: fc.record(Object.fromEntries(operation.bodyFields.map((name) => [name, hostileValue])), {
              requiredKeys: [],
            }),
          },
          hostileValue,
        ),
      })
      .map(({ pathValues, query, body }) => {
        let index = 0;
        const path = operation.path.replace(/\{[^}]+\}/g, () => encodeSegment(pathValues[index++] ?? ''));
        return { operation, path, query, body };
      }),
  );
}

export interface FuzzResult {
  requests: number;
  statuses: Record<number, number>;
}

/**
 * Sends `runs` generated requests as `agent`; fails (with fast-check's shrunk counterexample) on a 5xx,
 * an error that is not problem+json, or a refused request that changed stored data.
 */
export async function fuzzRequests(options: {
  agent: Agent;
  db: Kysely<Database>;
  operations: FuzzOperation[];
  runs: number;
  seed?: number;
}): Promise<FuzzResult> {
  const { agent, db, operations } = options;
  const statuses: Record<number, number> = {};
  let fingerprint = JSON.stringify(await storedDataFingerprint(db));
  await fc.assert(
    fc.asyncProperty(fuzzCases(operations), async ({ operation, path, query, body }) => {
      const call = agent[operation.method](path)
        .query(query as Record<string, string>)
        .ok(() => true);
      const res =
        operation.method === 'get' || operation.method === 'delete'
          ? await call
          : await call.set('Content-Type', 'application/json').send(JSON.stringify(body) ?? 'null');
      statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      const what = `${operation.method.toUpperCase()} ${path} ${JSON.stringify(query)} ${JSON.stringify(body)}`;
      if (res.status >= 500) throw new Error(`${what} answered ${res.status}: ${res.text.slice(0, 300)}`);
      if (res.status >= 400) {
        if (!/^application\/problem\+json/.test(res.headers['content-type'] ?? '')) {
          throw new Error(`${what} answered ${res.status} without problem+json`);
        }
        const now = JSON.stringify(await storedDataFingerprint(db));
        if (now !== fingerprint) throw new Error(`${what} was refused (${res.status}) yet changed stored data`);
      } else {
        fingerprint = JSON.stringify(await storedDataFingerprint(db));
      }
    }),
    { numRuns: options.runs, ...(options.seed === undefined ? {} : { seed: options.seed }), endOnFailure: true },
  );
  return { requests: Object.values(statuses).reduce((sum, n) => sum + n, 0), statuses };
}
