import type { Database, StandardRow } from '@cloudstd/db/tables';
import { standardNumberFamily } from '@cloudstd/shared/domain/standard-number';
import { statusAsOf } from '@cloudstd/shared/domain/standard-status';
import type { ReplacementChain, StandardContent, UnknownPredecessorList } from '@cloudstd/shared/schemas/standard';
import type { FieldError } from '@cloudstd/shared/schemas/messages';
import type { Kysely } from 'kysely';
import { recordAudit } from '../../audit/record-audit.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import { standardRowToContent, statusDatesOfRow, validationError } from './standards.content.service.ts';
import * as repo from './standards.repository.ts';

/*
 * Replacement (代替 / 被代替), PRODUCT.md §3. A standard's `replaces` is what people record; the replaced
 * standard's `replaced_by`, `replaced_on` and (unless it has its own) its withdrawal date follow from it
 * here, on every save, deletion and restore of either side, audited on the replaced record. Removing
 * the replacement undoes what it derived.
 */

type Db = Kysely<Database>;

/** A replacement's withdrawal needs a publication date before it (the lifecycle's rule). */
function derivedWithdrawal(predecessor: StandardRow, successor: StandardRow): string | null {
  const inForce = successor.in_force_on;
  if (inForce === null || predecessor.published_on === null || inForce <= predecessor.published_on) return null;
  return inForce;
}

async function auditedChange(
  db: Db,
  predecessor: StandardRow,
  changes: Pick<StandardRow, 'replaced_by' | 'replaced_on' | 'withdrawn_on' | 'withdrawal_derived'>,
  actor: Actor,
  importId: number | null,
): Promise<void> {
  const unchanged = (Object.keys(changes) as (keyof typeof changes)[]).every(
    (key) => predecessor[key] === changes[key],
  );
  if (unchanged) return;
  const directions = (await repo.findDirectionCodes(db, [predecessor.id])).get(predecessor.id) ?? [];
  const before = { ...standardRowToContent(predecessor, directions), replacedBy: predecessor.replaced_by };
  await repo.updateStandard(db, predecessor.id, { ...changes, updated_by: actor.id });
  const after = {
    ...standardRowToContent({ ...predecessor, ...changes }, directions),
    replacedBy: changes.replaced_by,
  };
  await recordAudit(db, {
    actorId: actor.id,
    action: changes.replaced_by === null ? 'unreplace' : 'replace',
    entity: 'standard',
    entityId: predecessor.id,
    before,
    after,
    requestId: actor.requestId,
    importId,
  });
}

function link(db: Db, predecessor: StandardRow, successor: StandardRow, actor: Actor, importId: number | null) {
  const derived = derivedWithdrawal(predecessor, successor);
  const ownWithdrawal = predecessor.withdrawn_on !== null && !predecessor.withdrawal_derived;
  return auditedChange(
    db,
    predecessor,
    {
      replaced_by: successor.number,
      replaced_on: successor.in_force_on,
      withdrawn_on: ownWithdrawal ? predecessor.withdrawn_on : derived,
      withdrawal_derived: ownWithdrawal ? false : derived !== null,
    },
    actor,
    importId,
  );
}

function unlink(db: Db, predecessor: StandardRow, actor: Actor, importId: number | null) {
  return auditedChange(
    db,
    predecessor,
    {
      replaced_by: null,
      replaced_on: null,
      withdrawn_on: predecessor.withdrawal_derived ? null : predecessor.withdrawn_on,
      withdrawal_derived: false,
    },
    actor,
    importId,
  );
}

/**
 * Brings the replacement links of one standard in line with what is recorded, after it was saved,
 * deleted or restored (`previousNumber`: its number before the save, when it changed). As a successor,
 * its live predecessors get `replaced_by` and a derived withdrawal, and those it no longer replaces are
 * released; as a predecessor, it follows the live standard that names its number.
 */
export async function syncReplacements(
  db: Db,
  id: number,
  previousNumber: string | null,
  actor: Actor,
  importId: number | null = null,
): Promise<void> {
  const saved = await repo.lockStandard(db, id);
  if (!saved) return;
  const live = saved.deleted_at === null && saved.number !== null;
  const wanted = new Set(live ? saved.replaces : []);
  const names = [saved.number, previousNumber].filter((n): n is string => n !== null);
  for (const predecessor of await repo.findLiveReplacedBy(db, names)) {
    if (!wanted.has(predecessor.number ?? '')) await unlink(db, predecessor, actor, importId);
  }
  if (live) {
    for (const predecessor of await repo.findLiveStandardsByNumbers(db, [...wanted])) {
      await link(db, predecessor, saved, actor, importId);
    }
  }
  if (saved.deleted_at !== null || saved.number === null) return;
  const [successor] = await repo.findLiveSuccessorsOf(db, saved.number, saved.id);
  if (successor) await link(db, saved, successor, actor, importId);
  else if (saved.replaced_by !== null) await unlink(db, saved, actor, importId);
}

/**
 * The replacement rules beyond the schema: a standard never replaces itself, replacements never form a
 * cycle, and a replacement is not published before a registered standard it replaces.
 */
export async function replacementProblems(db: Db, content: StandardContent, selfId?: number): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  if (content.replaces.length === 0) return errors;
  // Replacing itself is a content problem (standardContentProblems), found before this runs.
  if (content.number !== null && content.replaces.includes(content.number)) return errors;
  const predecessors = (await repo.findLiveStandardsByNumbers(db, content.replaces)).filter((row) => row.id !== selfId);
  for (const predecessor of predecessors) {
    if (
      content.publishedOn !== null &&
      predecessor.published_on !== null &&
      content.publishedOn < predecessor.published_on
    ) {
      errors.push({
        field: 'replaces',
        messageZh: `代替标准的发布日期（${content.publishedOn}）早于被代替标准 ${predecessor.number ?? ''} 的发布日期（${predecessor.published_on}）`,
        messageEn: `The replacing standard is published (${content.publishedOn}) before ${predecessor.number ?? ''}, which it replaces, was published (${predecessor.published_on})`,
      });
    }
  }
  if (content.number !== null) {
    // Walk down the recorded replacements: meeting this standard's own number again is a cycle.
    const seen = new Set<string>();
    let frontier = predecessors;
    for (let depth = 0; depth < 50 && frontier.length > 0; depth++) {
      const next = frontier.flatMap((row) => row.replaces).filter((n) => !seen.has(n));
      if (next.includes(content.number)) {
        errors.push({
          field: 'replaces',
          messageZh: `代替关系形成循环：${content.number} 已被它所代替的标准（直接或间接）代替`,
          messageEn: `The replacements would form a cycle: ${content.number} is already replaced, directly or not, by a standard it replaces`,
        });
        break;
      }
      next.forEach((n) => seen.add(n));
      frontier = await repo.findLiveStandardsByNumbers(db, next);
    }
  }
  return errors;
}

export async function checkReplacements(db: Db, content: StandardContent, selfId?: number): Promise<void> {
  const errors = await replacementProblems(db, content, selfId);
  if (errors.length > 0) throw validationError(errors);
}

/** The chain through a standard, oldest first: its first recorded predecessors back, its successors forward. */
export async function getReplacementChain(db: Kysely<Database>, id: number, asOf: string): Promise<ReplacementChain> {
  const self = await repo.findStandardById(db, id);
  if (!self) {
    throw new AppError('NOT_FOUND', { detail: { zh: `标准 ${id} 不存在`, en: `Standard ${id} does not exist` } });
  }
  const item = (row: StandardRow) => ({
    id: row.id,
    number: row.number ?? '',
    titleZh: row.title_zh,
    publishedOn: row.published_on,
    inForceOn: row.in_force_on,
    withdrawnOn: row.withdrawn_on,
    status: statusAsOf(statusDatesOfRow(row), asOf),
  });
  const unknown = (number: string) => ({
    id: null,
    number,
    titleZh: null,
    publishedOn: null,
    inForceOn: null,
    withdrawnOn: null,
    status: null,
  });
  const seen = new Set<string>([self.number ?? `#${self.id}`]);
  const older: ReplacementChain['items'] = [];
  let current: StandardRow = self;
  while (older.length < 20) {
    const previous = current.replaces.find((n) => !seen.has(n));
    if (previous === undefined) break;
    seen.add(previous);
    const [row] = await repo.findLiveStandardsByNumbers(db, [previous]);
    if (!row) {
      older.unshift(unknown(previous));
      break;
    }
    older.unshift(item(row));
    current = row;
  }
  const newer: ReplacementChain['items'] = [];
  current = self;
  while (newer.length < 20 && current.number !== null) {
    const [next] = await repo.findLiveSuccessorsOf(db, current.number, current.id);
    if (!next || seen.has(next.number ?? `#${next.id}`)) break;
    seen.add(next.number ?? `#${next.id}`);
    newer.push(item(next));
    current = next;
  }
  return { items: [...older, item(self), ...newer] };
}

/** Replaced numbers not in the registry, with the standard that says it replaces them. */
export async function listUnknownPredecessors(db: Kysely<Database>): Promise<UnknownPredecessorList> {
  const rows = await repo.listUnknownPredecessors(db);
  return {
    items: rows.map((row) => ({
      predecessor: row.predecessor,
      successor: { id: row.id, number: row.number, titleZh: row.title_zh },
    })),
  };
}

/** Registered editions of this number's family with an earlier year, latest first (`GB/T 32399-2015` for `-2024`). */
export async function findEarlierEditions(db: Db, number: string | null) {
  const own = number === null ? null : standardNumberFamily(number);
  if (own === null) return [];
  const rows = await repo.findLiveStandardsOfFamily(db, own.family);
  return rows
    .map((row) => ({ row, year: standardNumberFamily(row.number ?? '')?.year ?? own.year }))
    .filter(({ year }) => year < own.year)
    .sort((a, b) => b.year - a.year)
    .map(({ row }) => ({ id: row.id, number: row.number ?? '', titleZh: row.title_zh }));
}

/**
 * Revision detection on create and on an edit that changes the number: a new number whose family has an
 * earlier registered edition is its revision. With no kind given (create) it is recorded as one, replacing
 * the latest earlier edition; recorded as new (an edit keeps the recorded kind) it needs `saveAsNew` (the
 * caller audits the choice), else 409 REVISION_SUSPECTED naming them.
 */
export async function applyRevisionDetection(
  db: Db,
  content: StandardContent,
  input: { kind?: string | undefined; saveAsNew?: boolean | undefined },
  selfId?: number,
): Promise<{ content: StandardContent; savedAsNewDespite: string[] }> {
  if (content.kind !== 'new' || content.replaces.length > 0) return { content, savedAsNewDespite: [] };
  // An edited record is never its own earlier edition.
  const earlier = (await findEarlierEditions(db, content.number)).filter((edition) => edition.id !== selfId);
  const [latest] = earlier;
  if (latest === undefined) return { content, savedAsNewDespite: [] };
  if (input.kind === undefined) {
    return { content: { ...content, kind: 'revision', replaces: [latest.number] }, savedAsNewDespite: [] };
  }
  if (input.saveAsNew === true) return { content, savedAsNewDespite: earlier.map((edition) => edition.number) };
  const numbers = earlier.map((edition) => edition.number).join('、');
  throw new AppError('REVISION_SUSPECTED', {
    detail: {
      zh: `${numbers} 已登记：${content.number ?? ''} 应是它的修订版（修订，代替 ${latest.number}）；确需按制定登记请明确选择“仍按制定保存”`,
      en: `${numbers} is recorded: ${content.number ?? ''} looks like its revision (replacing ${latest.number}); to record it as new anyway, choose so explicitly`,
    },
    extensions: { earlier, proposal: { kind: 'revision', replaces: [latest.number] } },
  });
}
