import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import {
  checkFrameworkTree,
  flattenFrameworkTree,
  type FlatFrameworkNode,
} from '@cloudstd/shared/domain/framework-tree';
import { frameworkFileSchema, type FrameworkFile } from '@cloudstd/shared/schemas/framework';
import { fieldErrorsFromIssues, type FieldError } from '@cloudstd/shared/schemas/messages';
import type { Kysely } from 'kysely';
import type { Database } from '../tables.ts';

/** The framework every installation starts with: the draft cloud-computing guideline's tree. */
export const defaultFrameworkPath = createRequire(import.meta.url).resolve(
  '@cloudstd/shared/framework/cloud-computing-draft.json',
);

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

export async function loadFrameworkFromFile(
  db: Kysely<Database>,
  filePath: string,
  options: { makeDefault?: boolean } = {},
): Promise<LoadFrameworkResult> {
  const text = await readFile(filePath, 'utf8');
  return loadFramework(db, parseFrameworkFile(text, filePath), options);
}
