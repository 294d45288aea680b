import type { Database } from '@cloudstd/db/tables';
import type { StandardContent } from '@cloudstd/shared/schemas/standard';
import type { Kysely } from 'kysely';
import { recordAudits, type AuditEntry } from '../../audit/record-audit.ts';
import type { Actor } from '../../http/actor.ts';
import { contentToRow, standardRowToContent } from './standards.content.service.ts';
import * as bulk from './standards.bulk.repository.ts';
import { syncReplacements } from './standards.replacement.service.ts';
import * as repo from './standards.repository.ts';
import { findDirectionCodes, findNumbersReplacedByLive } from './standards.repository.ts';

/**
 * The registry as a bulk import sees it: the same content model (standards.content.service.ts) and audit
 * entries as one-by-one edits (standards.service.ts), but reading and writing thousands of standards
 * in a few statements. The imports feature calls it.
 */

/** A recorded standard as an import compares a row with it. */
export interface ExistingStandard {
  id: number;
  version: number;
  content: StandardContent;
}

export interface BulkWrite {
  creates: readonly StandardContent[];
  updates: readonly { id: number; before: StandardContent; after: StandardContent }[];
}

/** Live standards with one of these numbers or plan numbers, as the API would show their content. */
export async function findLiveStandardsByNumbers(
  db: Kysely<Database>,
  keys: { numbers: readonly string[]; planNumbers: readonly string[]; lock: boolean },
): Promise<ExistingStandard[]> {
  const rows = await bulk.findLiveStandardsByNumbers(db, keys.numbers, keys.planNumbers, { lock: keys.lock });
  const directions = await findDirectionCodes(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({
    id: row.id,
    version: row.version,
    content: standardRowToContent(row, directions.get(row.id) ?? []),
  }));
}

function keyOf(numbers: { number: string | null; planNumber?: string | null; plan_number?: string | null }): string {
  return numbers.number ?? `plan:${numbers.planNumber ?? numbers.plan_number ?? ''}`;
}

/**
 * Creates and updates many standards inside the caller's transaction, with one audit entry per
 * change (the same before/after shape as single edits) carrying the import's id. Content must already
 * satisfy `standardContentProblems`; directions are stored and audited in framework order. Returns the
 * new ids in the order of `creates`.
 */
export async function writeStandards(
  db: Kysely<Database>,
  plan: BulkWrite,
  actor: Actor,
  importId: number | null,
): Promise<number[]> {
  const nodes = await bulk.findDirectionNodes(db);
  const ordered = (content: StandardContent): StandardContent => ({
    ...content,
    directions: [...content.directions].sort((a, b) => (nodes.get(a)?.position ?? 0) - (nodes.get(b)?.position ?? 0)),
  });
  const linksOf = (id: number, content: StandardContent) =>
    content.directions.map((code) => ({ standard_id: id, direction_id: nodes.get(code)?.id ?? 0 }));

  const creates = plan.creates.map(ordered);
  const inserted = await bulk.insertStandards(
    db,
    creates.map((content) => ({ ...contentToRow(content), created_by: actor.id, updated_by: actor.id })),
  );
  const idByKey = new Map(inserted.map((row) => [keyOf(row), row.id]));
  const createdIds = creates.map((content) => {
    const id = idByKey.get(keyOf(content));
    if (id === undefined) throw new Error(`bulk insert lost ${keyOf(content)}`);
    return id;
  });

  const updates = plan.updates.map((update) => ({ ...update, after: ordered(update.after) }));
  await bulk.updateStandardsContent(
    db,
    updates.map(({ id, after }) => ({ id, row: contentToRow(after) })),
    actor.id,
  );
  const redirected = updates.filter(
    ({ before, after }) => JSON.stringify(before.directions) !== JSON.stringify(after.directions),
  );
  await bulk.replaceDirectionsOf(
    db,
    redirected.map(({ id }) => id),
    [
      ...creates.flatMap((content, index) => linksOf(createdIds[index] ?? 0, content)),
      ...redirected.flatMap(({ id, after }) => linksOf(id, after)),
    ],
  );

  const common = { actorId: actor.id, entity: 'standard', requestId: actor.requestId, importId };
  await recordAudits(db, [
    ...creates.map((content, index): AuditEntry => ({
      ...common,
      action: 'create',
      entityId: createdIds[index] ?? 0,
      after: content,
    })),
    ...updates.map(({ id, before, after }): AuditEntry => ({
      ...common,
      action: 'update',
      entityId: id,
      before,
      after,
    })),
  ]);
  await syncImportedReplacements(db, creates, createdIds, updates, actor, importId);
  return createdIds;
}

/**
 * Replacement links after an import (standards.replacement.service.ts): only the rows that replace
 * something, replaced something, or whose number a live standard replaces — a revision and its
 * predecessor in one file included.
 */
async function syncImportedReplacements(
  db: Kysely<Database>,
  creates: readonly StandardContent[],
  createdIds: readonly number[],
  updates: readonly { id: number; before: StandardContent; after: StandardContent }[],
  actor: Actor,
  importId: number | null,
): Promise<void> {
  const written = [
    ...creates.map((content, index) => ({ id: createdIds[index] ?? 0, before: null, after: content })),
    ...updates,
  ];
  const replaced = await findNumbersReplacedByLive(
    db,
    written.map(({ after }) => after.number).filter((n): n is string => n !== null),
  );
  for (const { id, before, after } of written) {
    const involved =
      after.replaces.length > 0 ||
      (before?.replaces.length ?? 0) > 0 ||
      (after.number !== null && replaced.has(after.number));
    if (!involved) continue;
    const previousNumber = before !== null && before.number !== after.number ? before.number : null;
    await syncReplacements(db, id, previousNumber, actor, importId);
  }
}

/** Every live standard's number: how an import finds earlier editions of the numbers it brings. */
export function findLiveNumbers(db: Kysely<Database>): Promise<string[]> {
  return repo.findLiveNumbers(db);
}
