import { importReportSchema, type ImportReport, type ImportRow } from '@cloudstd/shared/schemas/import';
import { expect } from 'vitest';
import type { TestContext } from '../../testing/test-app.ts';

type Agent = Awaited<ReturnType<TestContext['signedIn']>>;

/** A CSV as a spreadsheet program writes it: CRLF, quotes only where needed. */
export function csv(rows: readonly (readonly string[])[], delimiter = ','): string {
  const quote = (cell: string) => (/[",;\t\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
  return rows.map((row) => row.map(quote).join(delimiter)).join('\r\n') + '\r\n';
}

export function byRow(report: ImportReport): Map<number, ImportRow> {
  return new Map(report.rows.map((row) => [row.row, row]));
}

/** Each row's action and the columns of its errors, e.g. `{ 2: 'create', 3: 'error:number,directions' }`. */
export function outcomes(report: ImportReport): Record<number, string> {
  return Object.fromEntries(
    report.rows.map((row) => [
      row.row,
      row.action === 'error' ? `error:${row.errors.map((error) => error.column ?? '-').join(',')}` : row.action,
    ]),
  );
}

/**
 * Uploads to `POST /imports/{kind}` as `agent()` (read when called: agents sign in in `beforeAll`):
 * `upload` answers the raw response (a dry run unless the query says otherwise), `dryRun` and `commit`
 * expect 200 and answer the report.
 */
export function importUploads(kind: 'standards' | 'adoptions', agent: () => Agent) {
  const upload = (file: Buffer | string, name: string, query: Record<string, string> = {}, as: Agent = agent()) => {
    const search = new URLSearchParams({ dryRun: 'true', ...query });
    return as
      .post(`/api/v1/imports/${kind}?${search.toString()}`)
      .attach('file', typeof file === 'string' ? Buffer.from(file) : file, name);
  };
  const dryRun = async (file: Buffer | string, name: string, query: Record<string, string> = {}) => {
    const res = await upload(file, name, query);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return importReportSchema.parse(res.body);
  };
  const commit = async (file: Buffer | string, name: string) => {
    const res = await upload(file, name, { dryRun: 'false' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return importReportSchema.parse(res.body);
  };
  return { upload, dryRun, commit };
}
