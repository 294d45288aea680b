import type { Database, FrameworkNodeRow, FrameworkRow } from '@cloudstd/db/tables';
import type {
  Direction,
  Framework,
  FrameworkSummary,
  FrameworkTreeNode,
  Placement,
  PlacementInput,
  UnplacedList,
} from '@cloudstd/shared/schemas/framework';
import { directionPathOf } from '@cloudstd/shared/domain/direction-name';
import type { Kysely } from 'kysely';
import { recordAudit } from '../../audit/record-audit.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import * as repo from './framework.repository.ts';

type Db = Kysely<Database>;

/**
 * The framework a view follows: `key` when given (unknown → 404 naming it), else the default framework.
 * Every view that takes `?framework=` resolves it here.
 */
export async function resolveFramework(db: Db, key?: string): Promise<FrameworkRow> {
  if (key !== undefined) {
    const framework = await repo.findFrameworkByKey(db, key);
    if (!framework) {
      throw new AppError('NOT_FOUND', {
        detail: { zh: `未知的标准体系：${key}`, en: `Unknown framework: ${key}` },
        extensions: { framework: key },
      });
    }
    return framework;
  }
  const framework = await repo.findDefaultFramework(db);
  if (!framework) {
    throw new AppError('NOT_FOUND', {
      detail: { zh: '尚未加载标准体系', en: 'No framework has been loaded yet' },
    });
  }
  return framework;
}

/**
 * Filters in an edition: `framework=<key>` resolved (unknown → 404), and every direction and part code of the
 * filter one of that edition's, else a 400 naming the field and the code.
 */
export async function resolveFrameworkFilter(
  db: Db,
  key: string,
  codes: { direction?: readonly string[] | undefined; part?: readonly string[] | undefined },
): Promise<FrameworkRow> {
  const framework = await resolveFramework(db, key);
  const nodes = await repo.listFrameworkNodes(db, framework.id);
  const known = {
    direction: new Set(nodes.filter((node) => node.kind === 'direction').map((node) => node.code)),
    part: new Set(nodes.filter((node) => node.kind === 'part').map((node) => node.code)),
  };
  const errors = (['direction', 'part'] as const).flatMap((field) =>
    (codes[field] ?? []).flatMap((code, index) =>
      known[field].has(code)
        ? []
        : [
            {
              field: `${field}.${index}`,
              messageZh: `${code} 不是 ${framework.key} 的${field === 'part' ? '部分' : '研制方向'}`,
              messageEn: `${code} is not a ${field === 'part' ? 'part' : 'direction'} of ${framework.key}`,
            },
          ],
    ),
  );
  if (errors.length > 0) throw new AppError('VALIDATION_FAILED', { errors });
  return framework;
}

function nodeRowToTreeNode(row: FrameworkNodeRow): FrameworkTreeNode {
  return { code: row.code, kind: row.kind, nameZh: row.name_zh, nameEn: row.name_en, scope: row.scope, children: [] };
}

/** A framework as a tree; nodes come in position order, so parents precede children. */
export async function getFrameworkTree(db: Db, key?: string): Promise<Framework> {
  const framework = await resolveFramework(db, key);
  const rows = await repo.listFrameworkNodes(db, framework.id);
  const byCode = new Map<string, FrameworkTreeNode>();
  const parts: FrameworkTreeNode[] = [];
  for (const row of rows) {
    const node = nodeRowToTreeNode(row);
    byCode.set(row.code, node);
    const parent = row.parent_code === null ? undefined : byCode.get(row.parent_code);
    (parent ? parent.children : parts).push(node);
  }
  return {
    key: framework.key,
    isDefault: framework.is_default,
    nameZh: framework.name_zh,
    nameEn: framework.name_en,
    edition: framework.edition,
    issuedOn: framework.issued_on,
    source: framework.source,
    directionCount: rows.filter((row) => row.kind === 'direction').length,
    parts,
  };
}

/** The research directions (leaves) of a framework in code order, each with its `group › leaf` path. */
export async function listDirections(db: Db, key?: string): Promise<Direction[]> {
  const framework = await resolveFramework(db, key);
  const rows = await repo.listFrameworkNodes(db, framework.id);
  const byCode = new Map(rows.map((row) => [row.code, row]));
  return rows
    .filter((row) => row.kind === 'direction')
    .map((row) => {
      const group = row.parent_code === row.part_code ? undefined : byCode.get(row.parent_code ?? '');
      return {
        code: row.code,
        nameZh: row.name_zh,
        nameEn: row.name_en,
        partCode: row.part_code,
        groupCode: group?.code ?? null,
        path: directionPathOf(
          { nameZh: row.name_zh, nameEn: row.name_en },
          group && { nameZh: group.name_zh, nameEn: group.name_en },
        ),
        scope: row.scope,
      };
    });
}

export async function listLoadedFrameworks(db: Db): Promise<FrameworkSummary[]> {
  const rows = await repo.listFrameworks(db);
  return rows.map((row) => ({
    key: row.key,
    nameZh: row.name_zh,
    nameEn: row.name_en,
    edition: row.edition,
    issuedOn: row.issued_on,
    isDefault: row.is_default,
    directionCount: Number(row.direction_count ?? 0),
  }));
}

async function placementOf(db: Db, framework: FrameworkRow, standardId: number): Promise<Placement> {
  const rows = await repo.findPlacementRows(db, framework.id, standardId);
  const origin = rows.some((row) => row.origin === 'filed')
    ? 'filed'
    : rows.some((row) => row.origin === 'override')
      ? 'override'
      : rows.length > 0
        ? 'derived'
        : 'none';
  return {
    framework: framework.key,
    standardId,
    origin,
    directions: rows.filter((row) => origin === 'filed' || row.origin === origin).map((row) => row.code),
  };
}

async function standardOrThrow(db: Db, id: number): Promise<void> {
  if (!(await repo.standardExists(db, id))) {
    throw new AppError('NOT_FOUND', { detail: { zh: `标准 ${id} 不存在`, en: `Standard ${id} does not exist` } });
  }
}

/** A standard's directions in an edition: filed there, an editor's override, or derived through the crosswalk. */
export async function getPlacement(db: Db, key: string, standardId: number): Promise<Placement> {
  const framework = await resolveFramework(db, key);
  await standardOrThrow(db, standardId);
  return placementOf(db, framework, standardId);
}

/**
 * Places a standard explicitly in an edition it is not filed in (e.g. a draft 02.3 standard under a final
 * direction), or with an empty list returns it to the crosswalk's placement. Audited in the same transaction.
 */
export async function setPlacement(
  db: Db,
  key: string,
  standardId: number,
  input: PlacementInput,
  actor: Actor,
): Promise<Placement> {
  return db.transaction().execute(async (trx) => {
    const framework = await resolveFramework(trx, key);
    await standardOrThrow(trx, standardId);
    const before = await placementOf(trx, framework, standardId);
    if (before.origin === 'filed') {
      throw new AppError('PLACEMENT_IS_FILED', {
        detail: {
          zh: `该标准按 ${framework.key} 的研制方向登记，请直接修改其研制方向`,
          en: `The standard is filed under ${framework.key}'s directions: change its directions instead`,
        },
      });
    }
    const nodes = await repo.listFrameworkNodes(trx, framework.id, 'direction');
    const ids = new Map(nodes.map((node) => [node.code, node.id]));
    const unknown = [...new Set(input.directions)].filter((code) => !ids.has(code));
    if (unknown.length > 0) {
      throw new AppError('VALIDATION_FAILED', {
        errors: unknown.map((code) => ({
          field: 'directions',
          messageZh: `${code} 不是 ${framework.key} 的研制方向`,
          messageEn: `${code} is not a direction of ${framework.key}`,
        })),
      });
    }
    const codes = [...new Set(input.directions)];
    await repo.replaceOverrideRows(
      trx,
      framework.id,
      standardId,
      codes.map((code) => ids.get(code) ?? 0),
    );
    const after = await placementOf(trx, framework, standardId);
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'update',
      entity: 'standard_placement',
      entityId: standardId,
      before,
      after,
      requestId: actor.requestId,
    });
    return after;
  });
}

/** The standards an edition's views cannot place through the crosswalk: listed to resolve, never dropped. */
export async function listUnplaced(db: Db, key?: string): Promise<UnplacedList> {
  const framework = await resolveFramework(db, key);
  const rows = await repo.listUnplacedStandards(db, framework.id);
  return {
    framework: framework.key,
    items: rows.map((row) => ({
      id: row.id,
      number: row.number,
      planNumber: row.plan_number,
      titleZh: row.title_zh,
      filedUnder: row.filed,
    })),
  };
}
