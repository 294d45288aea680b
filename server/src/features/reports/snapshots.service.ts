import type { Database } from '@cloudstd/db/tables';
import { todayInChina } from '@cloudstd/shared/domain/calendar';
import {
  reportDataSchema,
  type CreateSnapshotInput,
  type ReportLang,
  type Snapshot,
  type SnapshotComparison,
  type SnapshotDetail,
  type SnapshotList,
} from '@cloudstd/shared/schemas/report';
import type { Kysely } from 'kysely';
import { recordAudit } from '../../audit/record-audit.ts';
import type { Actor } from '../../http/actor.ts';
import type { Download } from '../../http/download.ts';
import { AppError } from '../../http/errors.ts';
import { isUniqueViolation } from '../../sql/errors.ts';
import { compareSnapshots } from './compare-snapshots.ts';
import { buildReportData, resolveReportScope } from './report-data.ts';
import { reportDownload } from './reports.service.ts';
import * as repo from './snapshots.repository.ts';

type Db = Kysely<Database>;

/** The one row → API mapping for snapshots. */
function snapshotRowToSnapshot(row: repo.SnapshotListRow): Snapshot {
  return {
    id: row.id,
    name: row.name,
    asOf: row.as_of,
    since: row.since,
    targetSet: { key: row.target_set_key, nameZh: row.target_set_name_zh, nameEn: row.target_set_name_en },
    createdAt: row.created_at.toISOString(),
    createdBy: row.created_by_name,
    standards: { counted: row.counted, goal: row.goal },
    coverage: { covered: row.covered, total: row.total },
  };
}

function notFound(id: number): AppError {
  return new AppError('NOT_FOUND', {
    detail: { zh: `报告快照 ${id} 不存在`, en: `Report snapshot ${id} does not exist` },
  });
}

function nameTaken(name: string): AppError {
  return new AppError('SNAPSHOT_NAME_TAKEN', {
    detail: { zh: `报告快照“${name}”已存在，请换一个名称`, en: `A snapshot named “${name}” already exists` },
  });
}

/**
 * Publishes the numbers as of a date under a name: the dashboard's figures and the standards and
 * enterprises behind them are frozen into the snapshot, so later corrections never change it. A date
 * after today would freeze numbers that can still move, so it is refused.
 */
export async function createSnapshot(db: Db, input: CreateSnapshotInput, actor: Actor): Promise<Snapshot> {
  if (input.asOf > todayInChina()) {
    throw new AppError('VALIDATION_FAILED', {
      errors: [
        {
          field: 'asOf',
          messageZh: '快照日期不能晚于今天：未来的数字仍可能变化',
          messageEn: 'A snapshot cannot be dated after today: those numbers may still change',
        },
      ],
    });
  }
  if (await repo.findSnapshotIdByName(db, input.name)) throw nameTaken(input.name);
  const scope = await resolveReportScope(db, input);
  const data = await buildReportData(db, scope);
  try {
    return await db.transaction().execute(async (trx) => {
      if (await repo.findSnapshotIdByName(trx, input.name)) throw nameTaken(input.name);
      const id = await repo.insertSnapshot(trx, {
        name: input.name,
        as_of: scope.asOf,
        since: scope.since,
        target_set_key: scope.set.key,
        target_set_name_zh: scope.set.nameZh,
        target_set_name_en: scope.set.nameEn,
        created_by: actor.id,
        payload: JSON.stringify(data),
      });
      const row = await repo.findSnapshot(trx, id);
      if (!row) throw notFound(id);
      const created = snapshotRowToSnapshot(row);
      await recordAudit(trx, {
        actorId: actor.id,
        action: 'create',
        entity: 'snapshot',
        entityId: id,
        after: {
          ...created,
          counted: data.counted.map((standard) => standard.id),
          enterprises: data.enterprises.length,
        },
        requestId: actor.requestId,
      });
      return created;
    });
  } catch (error) {
    // Another request published the same name between our check and our insert.
    if (isUniqueViolation(error)) throw nameTaken(input.name);
    throw error;
  }
}

export async function listSnapshots(db: Db): Promise<SnapshotList> {
  return { items: (await repo.listSnapshots(db)).map(snapshotRowToSnapshot) };
}

export async function getSnapshot(db: Db, id: number): Promise<SnapshotDetail> {
  const row = await repo.findSnapshot(db, id);
  if (!row) throw notFound(id);
  const data = reportDataSchema.parse(await repo.findSnapshotPayload(db, id));
  return { ...snapshotRowToSnapshot(row), data };
}

/** A snapshot's PDF or XLSX, rendered from its frozen numbers by the live report's renderers. */
export async function snapshotReport(
  db: Db,
  id: number,
  format: 'pdf' | 'xlsx',
  lang: ReportLang,
  actor: Actor,
): Promise<Download> {
  const snapshot = await getSnapshot(db, id);
  const { data } = snapshot;
  return reportDownload(
    format,
    {
      data,
      standards: () => [data.counted],
      enterprises: () => [data.enterprises],
    },
    {
      lang,
      generatedAt: new Date(),
      generatedBy: actor.username,
      snapshot: { name: snapshot.name, createdAt: new Date(snapshot.createdAt), createdBy: snapshot.createdBy },
    },
  );
}

/** What changed from snapshot `a` to snapshot `b`; a standard no longer counted is explained from the registry. */
export async function compareSnapshotsById(db: Db, a: number, b: number): Promise<SnapshotComparison> {
  const [from, to] = await Promise.all([getSnapshot(db, a), getSnapshot(db, b)]);
  const fromIds = new Set(from.data.counted.map((standard) => standard.id));
  const leaving = [...fromIds].filter((id) => !to.data.counted.some((standard) => standard.id === id));
  const states = new Map((await repo.findStandardStates(db, leaving)).map((row) => [row.id, row]));
  return compareSnapshots(from, to, (standard) => {
    const state = states.get(standard.id);
    if (!state || state.deleted_at !== null) return 'not-in-registry';
    if (state.withdrawn_on !== null && state.withdrawn_on <= to.asOf) return 'withdrawn';
    return 'no-longer-counted';
  });
}
