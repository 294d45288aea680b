import type { Database } from '@cloudstd/db/tables';
import { parseCreditCode } from '@cloudstd/shared/domain/credit-code';
import type {
  CreateEventInput,
  Event,
  EventAttendeeInput,
  EventList,
  EventSummary,
  EventWriteResult,
  ListEventsQuery,
  UpdateEventInput,
} from '@cloudstd/shared/schemas/event';
import type { FieldError } from '@cloudstd/shared/schemas/messages';
import type { Kysely, Transaction } from 'kysely';
import { recordAudit } from '../../audit/record-audit.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, assertVersion } from '../../http/errors.ts';
import {
  ensureEnterprises,
  findEnterprisesByCreditCodes,
  findStandardsByNumbers,
  type RegisteredEnterprise,
} from '../enterprises/enterprises.bulk.service.ts';
import * as repo from './events.repository.ts';

/*
 * 宣贯 events: a training, seminar or campaign, the registered standards it covered and the enterprises
 * that attended (PRODUCT.md §4). The enterprise goal's rollup (migration 2026_12_04_400000_events_and_reach)
 * follows every write here through database triggers, in the same transaction.
 */

type Db = Kysely<Database> | Transaction<Database>;

function summaryOf(row: repo.EventRowWithDetails, standards: readonly repo.EventStandardRow[]): EventSummary {
  const own = standards.filter((standard) => standard.event_id === row.id);
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    mode: row.mode,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    organiser: row.organiser,
    province: row.province,
    city: row.city,
    standards: own.map((standard) => standard.number ?? standard.plan_number ?? standard.title_zh),
    standardDetails: own.map((standard) => ({
      id: standard.id,
      number: standard.number,
      titleZh: standard.title_zh,
      deleted: standard.deleted_at !== null,
    })),
    attendeeCount: row.attendee_count,
    participants: row.participants,
    notes: row.notes,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    createdBy: row.created_by_name,
    updatedBy: row.updated_by_name,
    deletedAt: row.deleted_at?.toISOString() ?? null,
  };
}

/** The one row → API mapping for events. */
export function eventRowToEvent(
  row: repo.EventRowWithDetails,
  standards: readonly repo.EventStandardRow[],
  attendees: readonly repo.EventAttendeeRowWithEnterprise[],
): Event {
  return {
    ...summaryOf(row, standards),
    attendees: attendees.map((attendee) => ({
      enterpriseId: attendee.enterprise_id,
      creditCode: attendee.credit_code,
      name: attendee.name,
      participants: attendee.participants,
      notes: attendee.notes,
    })),
  };
}

/** An event as its audit entries record it. */
function eventContent(event: Event) {
  return {
    title: event.title,
    kind: event.kind,
    mode: event.mode,
    startsOn: event.startsOn,
    endsOn: event.endsOn,
    organiser: event.organiser,
    province: event.province,
    city: event.city,
    standards: event.standards,
    attendees: event.attendees.map((attendee) => ({
      creditCode: attendee.creditCode,
      name: attendee.name,
      participants: attendee.participants,
      notes: attendee.notes,
    })),
    notes: event.notes,
  };
}

function eventNotFound(id: number): AppError {
  return new AppError('NOT_FOUND', { detail: { zh: `宣贯活动 ${id} 不存在`, en: `Event ${id} does not exist` } });
}

async function loadEvent(db: Db, id: number): Promise<Event> {
  const row = await repo.findEventById(db, id);
  if (!row) throw eventNotFound(id);
  const [standards, attendees] = await Promise.all([
    repo.listEventStandards(db, [id]),
    repo.listEventAttendees(db, id),
  ]);
  return eventRowToEvent(row, standards, attendees);
}

export function getEvent(db: Db, id: number): Promise<Event> {
  return loadEvent(db, id);
}

export async function listEventsPage(db: Db, query: ListEventsQuery): Promise<EventList> {
  if (query.from && query.to && query.from > query.to) {
    throw new AppError('VALIDATION_FAILED', {
      errors: [
        { field: 'to', messageZh: '结束日期不能早于开始日期', messageEn: 'The end date cannot precede the start' },
      ],
    });
  }
  const { rows, total } = await repo.listEvents(db, query);
  const standards = await repo.listEventStandards(
    db,
    rows.map((row) => row.id),
  );
  return { items: rows.map((row) => summaryOf(row, standards)), total, page: query.page, pageSize: query.pageSize };
}

function datesError(startsOn: string, endsOn: string): FieldError | null {
  return endsOn < startsOn
    ? {
        field: 'endsOn',
        messageZh: `结束日期（${endsOn}）不能早于开始日期（${startsOn}）`,
        messageEn: `The end date (${endsOn}) cannot precede the start date (${startsOn})`,
      }
    : null;
}

/** The live standards these numbers name, or an error per unknown or deleted number (field `standards.<i>`). */
async function resolveStandards(db: Kysely<Database>, numbers: readonly string[], errors: FieldError[]) {
  const found = await findStandardsByNumbers(db, [...new Set(numbers)].sort(), { lock: true });
  const ids: number[] = [];
  numbers.forEach((number, index) => {
    const matches = found.filter((standard) => standard.number === number);
    const live = matches.find((standard) => !standard.deleted);
    if (live) {
      if (!ids.includes(live.id)) ids.push(live.id);
    } else if (matches.length > 0) {
      errors.push({
        field: `standards.${index}`,
        messageZh: `标准 ${number} 已删除`,
        messageEn: `Standard ${number} was deleted`,
      });
    } else {
      errors.push({
        field: `standards.${index}`,
        messageZh: `标准 ${number} 未登记：活动涵盖的标准须先登记`,
        messageEn: `Standard ${number} is not recorded: record the standards an event covers first`,
      });
    }
  });
  return ids;
}

export interface AttendeeEntry {
  creditCode: string;
  name: string;
  participants: number | null;
  notes: string | null;
}

/**
 * Checks an attendee list: every credit code must pass its check character unless an enterprise with
 * that code is registered (an admin recorded it with an override); each failure is an error naming the
 * row (`<prefix>.<i>.creditCode`). An enterprise listed twice is one attendee (participants added up).
 */
export async function checkAttendees(
  db: Kysely<Database>,
  attendees: readonly EventAttendeeInput[],
  prefix: string,
  errors: FieldError[],
): Promise<AttendeeEntry[]> {
  const failing = attendees.flatMap((attendee, index) => {
    const parsed = parseCreditCode(attendee.creditCode);
    return parsed.ok ? [] : [{ index, attendee, parsed }];
  });
  const registered = new Set(
    (
      await findEnterprisesByCreditCodes(
        db,
        failing.map((entry) => entry.attendee.creditCode),
        { lock: false },
      )
    ).map((enterprise) => enterprise.creditCode),
  );
  for (const { index, attendee, parsed } of failing) {
    if (parsed.ok || registered.has(attendee.creditCode)) continue;
    errors.push({
      field: `${prefix}.${index}.creditCode`,
      messageZh: `第 ${index + 1} 家参会企业（${attendee.name}）：${parsed.error.messageZh}`,
      messageEn: `Attendee ${index + 1} (${attendee.name}): ${parsed.error.messageEn}`,
    });
  }
  const merged = new Map<string, AttendeeEntry>();
  for (const attendee of attendees) {
    const seen = merged.get(attendee.creditCode);
    const participants = attendee.participants ?? null;
    if (!seen) {
      merged.set(attendee.creditCode, {
        creditCode: attendee.creditCode,
        name: attendee.name,
        participants,
        notes: attendee.notes ?? null,
      });
      continue;
    }
    if (participants !== null) seen.participants = (seen.participants ?? 0) + participants;
    seen.notes ??= attendee.notes ?? null;
  }
  return [...merged.values()];
}

/** Writes the attendees (creating unknown enterprises); `replace` removes those not listed. */
export async function writeAttendees(
  trx: Kysely<Database>,
  eventId: number,
  attendees: readonly AttendeeEntry[],
  options: { replace: boolean; actor: Actor; importId: number | null },
): Promise<RegisteredEnterprise[]> {
  const { byCode, created } = await ensureEnterprises(trx, attendees, options.actor, options.importId);
  const writes = attendees.map((attendee) => {
    const enterprise = byCode.get(attendee.creditCode);
    if (!enterprise) throw new Error(`no enterprise for ${attendee.creditCode}`);
    return { enterpriseId: enterprise.id, participants: attendee.participants, notes: attendee.notes };
  });
  if (options.replace)
    await repo.removeOtherAttendees(
      trx,
      eventId,
      writes.map((write) => write.enterpriseId),
    );
  await repo.upsertEventAttendees(trx, eventId, writes);
  return created;
}

function refuse(errors: FieldError[]): void {
  if (errors.length > 0) throw new AppError('VALIDATION_FAILED', { errors });
}

const createdList = (created: readonly RegisteredEnterprise[]) =>
  created.map((enterprise) => ({ id: enterprise.id, name: enterprise.name, creditCode: enterprise.creditCode }));

/** Records an event with its standards and attendees (unknown enterprises created), all or nothing, audited. */
export async function createEvent(
  db: Kysely<Database>,
  input: CreateEventInput,
  actor: Actor,
): Promise<EventWriteResult> {
  return db.transaction().execute(async (trx) => {
    const endsOn = input.endsOn ?? input.startsOn;
    const errors: FieldError[] = [];
    const dates = datesError(input.startsOn, endsOn);
    if (dates) errors.push(dates);
    const standardIds = await resolveStandards(trx, input.standards, errors);
    const attendees = await checkAttendees(trx, input.attendees, 'attendees', errors);
    refuse(errors);
    const id = await repo.insertEvent(trx, {
      title: input.title,
      kind: input.kind,
      mode: input.mode,
      starts_on: input.startsOn,
      ends_on: endsOn,
      organiser: input.organiser ?? null,
      province: input.province ?? null,
      city: input.city ?? null,
      notes: input.notes ?? null,
      created_by: actor.id,
      updated_by: actor.id,
    });
    await repo.replaceEventStandards(trx, id, standardIds);
    const created = await writeAttendees(trx, id, attendees, { replace: true, actor, importId: null });
    const event = await loadEvent(trx, id);
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'create',
      entity: 'event',
      entityId: id,
      after: eventContent(event),
      requestId: actor.requestId,
    });
    return { ...event, createdEnterprises: createdList(created) };
  });
}

const sameList = (a: readonly unknown[], b: readonly unknown[]) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Applies the fields given to the version the caller edited (409 with the current event otherwise);
 * `standards` and `attendees` replace the lists. A request that changes nothing writes nothing.
 */
export async function updateEvent(
  db: Kysely<Database>,
  id: number,
  input: UpdateEventInput,
  actor: Actor,
): Promise<EventWriteResult> {
  return db.transaction().execute(async (trx) => {
    const locked = await repo.lockEvent(trx, id);
    if (!locked || locked.deleted_at !== null) throw eventNotFound(id);
    const current = await loadEvent(trx, id);
    assertVersion(input.version, current);
    const startsOn = input.startsOn ?? current.startsOn;
    // A new start without an end keeps a one-day event one day long.
    const endsOn =
      input.endsOn ?? (input.endsOn === null || current.startsOn === current.endsOn ? startsOn : current.endsOn);
    const errors: FieldError[] = [];
    const dates = datesError(startsOn, endsOn);
    if (dates) errors.push(dates);
    const standardIds = input.standards ? await resolveStandards(trx, input.standards, errors) : null;
    const attendees = input.attendees ? await checkAttendees(trx, input.attendees, 'attendees', errors) : null;
    refuse(errors);

    const fields = {
      title: input.title ?? current.title,
      kind: input.kind ?? current.kind,
      mode: input.mode ?? current.mode,
      starts_on: startsOn,
      ends_on: endsOn,
      organiser: input.organiser === undefined ? current.organiser : input.organiser,
      province: input.province === undefined ? current.province : input.province,
      city: input.city === undefined ? current.city : input.city,
      notes: input.notes === undefined ? current.notes : input.notes,
    };
    const fieldsChanged =
      fields.title !== current.title ||
      fields.kind !== current.kind ||
      fields.mode !== current.mode ||
      fields.starts_on !== current.startsOn ||
      fields.ends_on !== current.endsOn ||
      fields.organiser !== current.organiser ||
      fields.province !== current.province ||
      fields.city !== current.city ||
      fields.notes !== current.notes;
    const standardsChanged =
      standardIds !== null &&
      !sameList(
        [...standardIds].sort((a, b) => a - b),
        current.standardDetails.map((standard) => standard.id).sort((a, b) => a - b),
      );
    const attendeesChanged =
      attendees !== null &&
      !sameList(
        attendees
          .map((attendee) => [attendee.creditCode, attendee.participants, attendee.notes])
          .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
        current.attendees
          .map((attendee) => [attendee.creditCode, attendee.participants, attendee.notes])
          .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
      );
    if (!fieldsChanged && !standardsChanged && !attendeesChanged) return { ...current, createdEnterprises: [] };

    await repo.updateEvent(trx, id, { ...fields, updated_by: actor.id });
    if (standardIds !== null && standardsChanged) await repo.replaceEventStandards(trx, id, standardIds);
    const created =
      attendees !== null && attendeesChanged
        ? await writeAttendees(trx, id, attendees, { replace: true, actor, importId: null })
        : [];
    const updated = await loadEvent(trx, id);
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'update',
      entity: 'event',
      entityId: id,
      before: eventContent(current),
      after: eventContent(updated),
      requestId: actor.requestId,
    });
    return { ...updated, createdEnterprises: createdList(created) };
  });
}

/** Soft deletion: the event leaves lists and its attendees' reach (unless reached otherwise); restorable. */
export async function deleteEvent(db: Kysely<Database>, id: number, actor: Actor): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const locked = await repo.lockEvent(trx, id);
    if (!locked || locked.deleted_at !== null) throw eventNotFound(id);
    await repo.updateEvent(trx, id, { deleted_at: new Date(), updated_by: actor.id });
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'delete',
      entity: 'event',
      entityId: id,
      requestId: actor.requestId,
    });
  });
}

export async function restoreEvent(db: Kysely<Database>, id: number, actor: Actor): Promise<Event> {
  return db.transaction().execute(async (trx) => {
    const locked = await repo.lockEvent(trx, id);
    if (!locked) throw eventNotFound(id);
    if (locked.deleted_at === null) return loadEvent(trx, id);
    await repo.updateEvent(trx, id, { deleted_at: null, updated_by: actor.id });
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'restore',
      entity: 'event',
      entityId: id,
      requestId: actor.requestId,
    });
    return loadEvent(trx, id);
  });
}

/** The live events started on or before D with their standards and attendance, oldest first (reports). */
export async function listEventsStartedBy(db: Db, asOf: string): Promise<EventSummary[]> {
  const rows = await repo.listEventsStartedBy(db, asOf);
  const standards = await repo.listEventStandards(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => summaryOf(row, standards));
}

/** A live event for an attendee import to add to (404 otherwise), locked until the transaction ends. */
export async function findEventForImport(db: Kysely<Database>, id: number, options: { lock: boolean }) {
  const row = options.lock ? await repo.lockEvent(db, id) : await repo.findEventById(db, id);
  if (!row || row.deleted_at !== null) throw eventNotFound(id);
  const attendees = await repo.listEventAttendees(db, id);
  return {
    id: row.id,
    title: row.title,
    attendees: attendees.map((attendee) => ({
      enterpriseId: attendee.enterprise_id,
      creditCode: attendee.credit_code,
      participants: attendee.participants,
      notes: attendee.notes,
    })),
  };
}

/** Records an import's additions to an event's attendees in the audit log (one entry, as an event update). */
export async function auditAttendeeImport(
  db: Kysely<Database>,
  eventId: number,
  before: Event,
  actor: Actor,
  importId: number,
): Promise<void> {
  const after = await loadEvent(db, eventId);
  await repo.updateEvent(db, eventId, { updated_by: actor.id });
  await recordAudit(db, {
    actorId: actor.id,
    action: 'update',
    entity: 'event',
    entityId: eventId,
    before: eventContent(before),
    after: eventContent(after),
    requestId: actor.requestId,
    importId,
  });
}
