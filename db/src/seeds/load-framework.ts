import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import {
  checkFrameworkCrosswalk,
  checkFrameworkTree,
  flattenFrameworkTree,
  type FlatFrameworkNode,
} from '@cloudstd/shared/domain/framework-tree';
import { frameworkFileSchema, type FrameworkFile } from '@cloudstd/shared/schemas/framework';
import { fieldErrorsFromIssues, type FieldError } from '@cloudstd/shared/schemas/messages';
import type { Kysely } from 'kysely';
import type { Database } from '../tables.ts';

const require = createRequire(import.meta.url);
/** The draft cloud-computing guideline's tree (征求意见稿, 50 directions). */
export const draftFrameworkPath = require.resolve('@cloudstd/shared/framework/cloud-computing-draft.json');
/** The final 2025 edition's tree (53 directions) with its crosswalk to the draft: the default framework. */
export const finalFrameworkPath = require.resolve('@cloudstd/shared/framework/cloud-computing-2025.json');

export class FrameworkFileError extends Error {
  constructor(
    readonly source: string,
    readonly errors: FieldError[],
  ) {
    super(
      `framework file ${source} is invalid:\n${errors.map((e) => `  ${e.field || '(file)'}: ${e.messageEn}`).join('\n')}`,
    );
  }
}

/** Parses and checks a framework file's text; throws FrameworkFileError naming every problem. */
export function parseFrameworkFile(text: string, source: string): FrameworkFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new FrameworkFileError(source, [
      { field: '', messageZh: `不是有效的 JSON：${String(error)}`, messageEn: `not valid JSON: ${String(error)}` },
    ]);
  }
  const parsed = frameworkFileSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) throw new FrameworkFileError(source, fieldErrorsFromIssues(parsed.error.issues));
  const treeErrors = checkFrameworkTree(parsed.data);
  if (treeErrors.length > 0) throw new FrameworkFileError(source, treeErrors);
  return parsed.data;
}

export interface LoadFrameworkResult {
  key: string;
  changed: boolean;
  directions: number;
}

const nodeFields = ['kind', 'parentCode', 'partCode', 'nameZh', 'nameEn', 'scope', 'position'] as const;

/**
 * Loads a framework by its key in one transaction: inserts it, or brings its nodes in line with the file.
 * Loading the same file again writes nothing. Node ids stay stable, so references to directions survive.
 */
export async function loadFramework(
  db: Kysely<Database>,
  file: FrameworkFile,
  options: { makeDefault?: boolean } = {},
): Promise<LoadFrameworkResult> {
  const nodes = flattenFrameworkTree(file);
  const directions = nodes.filter((node) => node.kind === 'direction').length;
  return db.transaction().execute(async (trx) => {
    await checkAgainstLoadedFrameworks(trx, file);
    const hasDefault = await trx.selectFrom('framework').select('id').where('is_default', '=', true).executeTakeFirst();
    const existing = await trx.selectFrom('framework').selectAll().where('key', '=', file.key).executeTakeFirst();
    const makeDefault = Boolean(options.makeDefault) || (!hasDefault && !existing) || Boolean(existing?.is_default);
    const meta = {
      name_zh: file.nameZh,
      name_en: file.nameEn,
      edition: file.edition,
      issued_on: file.issuedOn,
      source: file.source,
    };
    let frameworkId: number;
    let changed = false;
    if (!existing) {
      if (makeDefault) await trx.updateTable('framework').set({ is_default: false }).execute();
      const inserted = await trx
        .insertInto('framework')
        .values({ key: file.key, ...meta, is_default: makeDefault })
        .returning('id')
        .executeTakeFirstOrThrow();
      frameworkId = inserted.id;
      changed = true;
    } else {
      frameworkId = existing.id;
      const metaChanged = (Object.keys(meta) as (keyof typeof meta)[]).some((k) => existing[k] !== meta[k]);
      if (metaChanged || existing.is_default !== makeDefault) {
        if (makeDefault && !existing.is_default)
          await trx.updateTable('framework').set({ is_default: false }).execute();
        await trx
          .updateTable('framework')
          .set({ ...meta, is_default: makeDefault, updated_at: new Date() })
          .where('id', '=', frameworkId)
          .execute();
        changed = true;
      }
    }

    const stored = await trx.selectFrom('framework_node').selectAll().where('framework_id', '=', frameworkId).execute();
    const storedByCode = new Map(
      stored.map((row): [string, FlatFrameworkNode & { id: number }] => [
        row.code,
        {
          id: row.id,
          code: row.code,
          kind: row.kind,
          parentCode: row.parent_code,
          partCode: row.part_code,
          nameZh: row.name_zh,
          nameEn: row.name_en,
          scope: row.scope,
          position: row.position,
        },
      ]),
    );
    const wanted = new Set(nodes.map((node) => node.code));
    const removed = stored.filter((row) => !wanted.has(row.code));
    if (removed.length > 0) {
      await trx
        .deleteFrom('framework_node')
        .where(
          'id',
          'in',
          removed.map((row) => row.id),
        )
        .execute();
      changed = true;
    }
    for (const node of nodes) {
      const row = {
        kind: node.kind,
        parent_code: node.parentCode,
        part_code: node.partCode,
        name_zh: node.nameZh,
        name_en: node.nameEn,
        scope: node.scope,
        position: node.position,
      };
      const current = storedByCode.get(node.code);
      if (!current) {
        await trx
          .insertInto('framework_node')
          .values({ framework_id: frameworkId, code: node.code, ...row })
          .execute();
        changed = true;
      } else if (nodeFields.some((field) => current[field] !== node[field])) {
        await trx.updateTable('framework_node').set(row).where('id', '=', current.id).execute();
        changed = true;
      }
    }
    if (await syncCrosswalk(trx, frameworkId, file)) changed = true;
    if (changed) {
      await trx
        .insertInto('audit_log')
        .values({
          actor_id: null,
          action: existing ? 'update' : 'create',
          entity: 'framework',
          entity_id: file.key,
          before: existing ? JSON.stringify({ nodes: stored.length }) : null,
          after: JSON.stringify({ nodes: nodes.length, directions }),
          request_id: null,
        })
        .execute();
    }
    return { key: file.key, changed, directions };
  });
}

/**
 * What only the database can tell: codes are keys across editions (a code another framework uses is refused),
 * and a crosswalk's other side must be a loaded framework's directions. Throws FrameworkFileError with every
 * reason before anything is written.
 */
async function checkAgainstLoadedFrameworks(trx: Kysely<Database>, file: FrameworkFile): Promise<void> {
  const codes = flattenFrameworkTree(file).map((node) => node.code);
  const taken = await trx
    .selectFrom('framework_node')
    .innerJoin('framework', 'framework.id', 'framework_node.framework_id')
    .select(['framework_node.code', 'framework.key'])
    .where('framework.key', '<>', file.key)
    .where('framework_node.code', 'in', codes)
    .orderBy('framework_node.position')
    .execute();
  const errors: FieldError[] = taken.map((row) => ({
    field: 'parts',
    messageZh: `${row.code}：编码已被体系 ${row.key} 使用（编码在各体系间唯一）`,
    messageEn: `${row.code}: the code is already used by framework ${row.key} (codes are unique across frameworks)`,
  }));
  if (file.crosswalk) {
    const other = await trx
      .selectFrom('framework_node')
      .innerJoin('framework', 'framework.id', 'framework_node.framework_id')
      .select('framework_node.code')
      .where('framework.key', '=', file.crosswalk.framework)
      .where('framework_node.kind', '=', 'direction')
      .execute();
    const otherLoaded = await trx
      .selectFrom('framework')
      .select('id')
      .where('key', '=', file.crosswalk.framework)
      .executeTakeFirst();
    errors.push(...checkFrameworkCrosswalk(file, otherLoaded ? new Set(other.map((row) => row.code)) : null));
  }
  if (errors.length > 0) throw new FrameworkFileError(file.key, errors);
}

/** Brings the framework's crosswalk rows in line with the file; returns whether anything changed. */
async function syncCrosswalk(trx: Kysely<Database>, frameworkId: number, file: FrameworkFile): Promise<boolean> {
  const stored = await trx
    .selectFrom('direction_crosswalk')
    .innerJoin('framework_node as own', 'own.id', 'direction_crosswalk.direction_id')
    .select(['direction_crosswalk.direction_id', 'direction_crosswalk.continues_id'])
    .where('own.framework_id', '=', frameworkId)
    .execute();
  let wanted: { direction_id: number; continues_id: number }[] = [];
  if (file.crosswalk) {
    const pairs = file.crosswalk.directions.flatMap((entry) =>
      entry.continues.map((code) => ({ own: entry.code, other: code })),
    );
    const own = await trx
      .selectFrom('framework_node')
      .select(['code', 'id'])
      .where('framework_id', '=', frameworkId)
      .execute();
    const other = await trx
      .selectFrom('framework_node')
      .innerJoin('framework', 'framework.id', 'framework_node.framework_id')
      .select(['framework_node.code', 'framework_node.id'])
      .where('framework.key', '=', file.crosswalk.framework)
      .execute();
    const ownIds = new Map(own.map((row) => [row.code, row.id]));
    const otherIds = new Map(other.map((row) => [row.code, row.id]));
    wanted = pairs.flatMap(({ own: ownCode, other: otherCode }) => {
      const directionId = ownIds.get(ownCode);
      const continuesId = otherIds.get(otherCode);
      return directionId === undefined || continuesId === undefined
        ? []
        : [{ direction_id: directionId, continues_id: continuesId }];
    });
  }
  const key = (row: { direction_id: number; continues_id: number }) => `${row.direction_id}:${row.continues_id}`;
  const storedKeys = new Set(stored.map(key));
  const wantedKeys = new Set(wanted.map(key));
  if (stored.length === wanted.length && wanted.every((row) => storedKeys.has(key(row)))) return false;
  // One delete and one insert: the triggers re-derive every standard's placements once per statement.
  const removed = stored.filter((row) => !wantedKeys.has(key(row)));
  for (const row of removed) {
    await trx
      .deleteFrom('direction_crosswalk')
      .where('direction_id', '=', row.direction_id)
      .where('continues_id', '=', row.continues_id)
      .execute();
  }
  const added = wanted.filter((row) => !storedKeys.has(key(row)));
  if (added.length > 0) await trx.insertInto('direction_crosswalk').values(added).execute();
  return true;
}

/**
 * The frameworks every start loads: the draft, then the final 2025 edition with its crosswalk to the draft,
 * which becomes the default when it is first loaded (an admin's later choice of default is kept).
 */
export async function loadShippedFrameworks(db: Kysely<Database>): Promise<LoadFrameworkResult[]> {
  const draft = await loadFrameworkFromFile(db, draftFrameworkPath);
  const finalLoaded = await db
    .selectFrom('framework')
    .select('id')
    .where('key', '=', 'cloud-computing-2025')
    .executeTakeFirst();
  const final = await loadFrameworkFromFile(db, finalFrameworkPath, { makeDefault: !finalLoaded });
  return [draft, final];
}

export async function loadFrameworkFromFile(
  db: Kysely<Database>,
  filePath: string,
  options: { makeDefault?: boolean } = {},
): Promise<LoadFrameworkResult> {
  const text = await readFile(filePath, 'utf8');
  return loadFramework(db, parseFrameworkFile(text, filePath), options);
}
