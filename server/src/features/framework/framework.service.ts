import type { Database, FrameworkNodeRow } from '@cloudstd/db/tables';
import type { Direction, Framework, FrameworkTreeNode } from '@cloudstd/shared/schemas/framework';
import type { Kysely } from 'kysely';
import { AppError } from '../../http/errors.ts';
import { findDefaultFramework, listFrameworkNodes } from './framework.repository.ts';

async function defaultFrameworkOrThrow(db: Kysely<Database>) {
  const framework = await findDefaultFramework(db);
  if (!framework) {
    throw new AppError('NOT_FOUND', {
      detail: { zh: '尚未加载标准体系', en: 'No framework has been loaded yet' },
    });
  }
  return framework;
}

function nodeRowToTreeNode(row: FrameworkNodeRow): FrameworkTreeNode {
  return { code: row.code, kind: row.kind, nameZh: row.name_zh, nameEn: row.name_en, scope: row.scope, children: [] };
}

/** The default framework as a tree; nodes come in position order, so parents precede children. */
export async function getFrameworkTree(db: Kysely<Database>): Promise<Framework> {
  const framework = await defaultFrameworkOrThrow(db);
  const rows = await listFrameworkNodes(db, framework.id);
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
    nameZh: framework.name_zh,
    nameEn: framework.name_en,
    edition: framework.edition,
    issuedOn: framework.issued_on,
    source: framework.source,
    directionCount: rows.filter((row) => row.kind === 'direction').length,
    parts,
  };
}

/** The research directions (leaves) of the default framework in code order. */
export async function listDirections(db: Kysely<Database>): Promise<Direction[]> {
  const framework = await defaultFrameworkOrThrow(db);
  const rows = await listFrameworkNodes(db, framework.id, 'direction');
  return rows.map((row) => ({
    code: row.code,
    nameZh: row.name_zh,
    nameEn: row.name_en,
    partCode: row.part_code,
    groupCode: row.parent_code === row.part_code ? null : row.parent_code,
    scope: row.scope,
  }));
}
