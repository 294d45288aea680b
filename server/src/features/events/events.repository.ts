import type { Database, EventRow } from '@cloudstd/db/tables';
import type { ListEventsQuery } from '@cloudstd/shared/schemas/event';
import { sql, type Expression, type ExpressionBuilder, type Insertable, type Kysely, type SqlBool } from 'kysely';

type Db = Kysely<Database>;

export type EventRowWithDetails = EventRow & {
  created_by_name: string | null;
  updated_by_name: string | null;
  attendee_count: number;
  participants: number;
};

export interface EventStandardRow {
  event_id: number;
  id: number;
  number: string | null;
  plan_number: string | null;
  title_zh: string;
  deleted_at: Date | null;
}

export interface EventAttendeeRowWithEnterprise {
  enterprise_id: number;
  credit_code: string;
  name: string;
  participants: number | null;
  notes: string | null;
}

const username = (eb: ExpressionBuilder<Database, 'event'>, column: 'event.created_by' | 'event.updated_by') =>
  eb.selectFrom('app_user').select('username').whereRef('app_user.id', '=', sql.ref(column));

function selectEvents(db: Db) {
  return db
    .selectFrom('event')
    .selectAll('event')
    .select((eb) => [
      username(eb, 'event.created_by').as('created_by_name'),
      username(eb, 'event.updated_by').as('updated_by_name'),
      sql<number>`(select count(*)::int from event_attendee t where t.event_id = event.id)`.as('attendee_count'),
      sql<number>`(select coalesce(sum(t.participants), 0)::int from event_attendee t where t.event_id = event.id)`.as(
        'participants',
      ),
    ]);
}

export async function findEventById(db: Db, id: number): Promise<EventRowWithDetails | undefined> {
  return selectEvents(db).where('event.id', '=', id).executeTakeFirst();
}

/** Locks the row for the rest of the transaction: concurrent edits of one event queue here. */
export async function lockEvent(db: Db, id: number): Promise<EventRow | undefined> {
  return db.selectFrom('event').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function insertEvent(db: Db, row: Insertable<Database['event']>): Promise<number> {
  const inserted = await db.insertInto('event').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

export async function updateEvent(
  db: Db,
  id: number,
  changes: Partial<Omit<EventRow, 'id' | 'version' | 'created_at' | 'updated_at' | 'created_by'>>,
): Promise<void> {
  await db
    .updateTable('event')
    .set({ ...changes, version: sql`version + 1`, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function listEventStandards(db: Db, eventIds: readonly number[]): Promise<EventStandardRow[]> {
  if (eventIds.length === 0) return [];
  return db
    .selectFrom('event_standard')
    .innerJoin('standard', 'standard.id', 'event_standard.standard_id')
    .select([
      'event_standard.event_id',
      'standard.id',
      'standard.number',
      'standard.plan_number',
      'standard.title_zh',
      'standard.deleted_at',
    ])
    .where('event_standard.event_id', 'in', [...eventIds])
    .orderBy('event_standard.event_id')
    .orderBy('standard.number')
    .execute();
}

export async function listEventAttendees(db: Db, eventId: number): Promise<EventAttendeeRowWithEnterprise[]> {
  return db
    .selectFrom('event_attendee')
    .innerJoin('enterprise', 'enterprise.id', 'event_attendee.enterprise_id')
    .select([
      'event_attendee.enterprise_id',
      'enterprise.credit_code',
      'enterprise.name',
      'event_attendee.participants',
      'event_attendee.notes',
    ])
    .where('event_attendee.event_id', '=', eventId)
    .orderBy('enterprise.name')
    .orderBy('enterprise.id')
    .execute();
}

/** Makes the event cover exactly these standards (one statement each way, so the rollup refreshes once). */
export async function replaceEventStandards(db: Db, eventId: number, standardIds: readonly number[]): Promise<void> {
  let removal = db.deleteFrom('event_standard').where('event_id', '=', eventId);
  if (standardIds.length > 0) removal = removal.where('standard_id', 'not in', [...standardIds]);
  await removal.execute();
  if (standardIds.length === 0) return;
  await db
    .insertInto('event_standard')
    .values(standardIds.map((standardId) => ({ event_id: eventId, standard_id: standardId })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export interface AttendeeWrite {
  enterpriseId: number;
  participants: number | null;
  notes: string | null;
}

/** Adds or updates these attendees (an enterprise is one row per event); others stay. */
export async function upsertEventAttendees(
  db: Db,
  eventId: number,
  attendees: readonly AttendeeWrite[],
): Promise<void> {
  for (let start = 0; start < attendees.length; start += 1000) {
    await db
      .insertInto('event_attendee')
      .values(
        attendees.slice(start, start + 1000).map((attendee) => ({
          event_id: eventId,
          enterprise_id: attendee.enterpriseId,
          participants: attendee.participants,
          notes: attendee.notes,
        })),
      )
      .onConflict((oc) =>
        oc
          .columns(['event_id', 'enterprise_id'])
          .doUpdateSet((eb) => ({ participants: eb.ref('excluded.participants'), notes: eb.ref('excluded.notes') }))
          .where(
            sql<SqlBool>`(event_attendee.participants, event_attendee.notes) is distinct from (excluded.participants, excluded.notes)`,
          ),
      )
      .execute();
  }
}

/** Removes the attendees not among these enterprises. */
export async function removeOtherAttendees(db: Db, eventId: number, keep: readonly number[]): Promise<void> {
  let removal = db.deleteFrom('event_attendee').where('event_id', '=', eventId);
  if (keep.length > 0) removal = removal.where('enterprise_id', 'not in', [...keep]);
  await removal.execute();
}

/** One page of events with the list's filters and the total. */
export async function listEvents(
  db: Db,
  query: ListEventsQuery,
): Promise<{ rows: EventRowWithDetails[]; total: number }> {
  const filters = (eb: ExpressionBuilder<Database, 'event'>) => {
    const conditions: Expression<SqlBool>[] = [
      query.deleted === 'only' ? eb('event.deleted_at', 'is not', null) : eb('event.deleted_at', 'is', null),
    ];
    if (query.q) {
      const pattern = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      conditions.push(eb.or([eb('event.title', 'ilike', pattern), eb('event.organiser', 'ilike', pattern)]));
    }
    if (query.kind) conditions.push(eb('event.kind', '=', query.kind));
    if (query.mode) conditions.push(eb('event.mode', '=', query.mode));
    if (query.province) conditions.push(eb('event.province', '=', query.province));
    if (query.from) conditions.push(eb('event.starts_on', '>=', query.from));
    if (query.to) conditions.push(eb('event.starts_on', '<=', query.to));
    if (query.asOf) conditions.push(eb('event.starts_on', '<=', query.asOf));
    if (query.standard !== undefined) {
      const standardId = query.standard;
      conditions.push(
        eb.exists(
          eb
            .selectFrom('event_standard')
            .select(sql`1`.as('one'))
            .whereRef('event_standard.event_id', '=', 'event.id')
            .where('event_standard.standard_id', '=', standardId),
        ),
      );
    }
    if (query.enterprise !== undefined) {
      const enterpriseId = query.enterprise;
      conditions.push(
        eb.exists(
          eb
            .selectFrom('event_attendee')
            .select(sql`1`.as('one'))
            .whereRef('event_attendee.event_id', '=', 'event.id')
            .where('event_attendee.enterprise_id', '=', enterpriseId),
        ),
      );
    }
    return eb.and(conditions);
  };
  const countRow = await db
    .selectFrom('event')
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .where(filters)
    .executeTakeFirstOrThrow();
  const rows = await selectEvents(db)
    .where(filters)
    .orderBy('event.starts_on', query.order)
    .orderBy('event.id', query.order)
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  return { rows, total: Number(countRow.total) };
}

/** Live events started on or before D, oldest first (the reports' 宣贯活动 sheet). */
export async function listEventsStartedBy(db: Db, asOf: string): Promise<EventRowWithDetails[]> {
  return selectEvents(db)
    .where('event.deleted_at', 'is', null)
    .where('event.starts_on', '<=', asOf)
    .orderBy('event.starts_on')
    .orderBy('event.id')
    .execute();
}
