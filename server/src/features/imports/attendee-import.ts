import type { Database } from '@cloudstd/db/tables';
import type { ImportChange, ImportRow, ImportRowError } from '@cloudstd/shared/schemas/import';
import type { Kysely } from 'kysely';
import { findEnterprisesByCreditCodes } from '../enterprises/enterprises.bulk.service.ts';
import type { AttendeeEntry } from '../events/events.service.ts';
import type { AttendeeRowReading } from './attendee-rows.ts';

/** The event's attendees as recorded, by credit code. */
export interface RecordedAttendee {
  creditCode: string;
  participants: number | null;
  notes: string | null;
}

export interface AttendeesImportPlan {
  /** Every attendee the file adds or changes (an enterprise listed twice is one, participants added up). */
  attendees: AttendeeEntry[];
  newEnterprises: number;
}

/**
 * Compares each row of an attendee list with the registry and the event's recorded attendees. The
 * enterprise is matched by credit code (a code failing its check character only when an admin recorded
 * it), else created from the row's name; an enterprise the event already lists is `unchanged`, or
 * `update`d when the row gives other participants or notes (blank cells keep); one listed again further
 * down the file is one attendee (its participants added to the first row's, a warning says so).
 */
export async function planAttendeesImport(
  db: Kysely<Database>,
  readings: readonly AttendeeRowReading[],
  recordedAttendees: readonly RecordedAttendee[],
  options: { lock: boolean },
): Promise<{ rows: ImportRow[]; plan: AttendeesImportPlan }> {
  const codes = [...new Set(readings.flatMap((reading) => reading.values.creditCode ?? []))].sort();
  const registered = new Map(
    (await findEnterprisesByCreditCodes(db, codes, options)).map((enterprise) => [enterprise.creditCode, enterprise]),
  );
  const recorded = new Map(recordedAttendees.map((attendee) => [attendee.creditCode, attendee]));
  const firstRowOf = new Map<string, { row: number; entry: AttendeeEntry }>();
  const changed = new Set<string>();
  const newCodes = new Set<string>();

  const rows = readings.map((reading): ImportRow => {
    const { values } = reading;
    const errors: ImportRowError[] = [...reading.errors];
    const warnings: ImportRowError[] = [];
    const code = values.creditCode ?? null;
    const enterprise = code === null ? undefined : registered.get(code);
    const result = (action: ImportRow['action'], changes: ImportChange[] = []): ImportRow => ({
      row: reading.row,
      number: null,
      action: errors.length > 0 ? 'error' : action,
      errors,
      changes: errors.length > 0 ? [] : changes,
      standardId: null,
      cells: reading.cells,
      warnings,
      enterprise:
        code === null
          ? null
          : enterprise
            ? { id: enterprise.id, creditCode: code, name: enterprise.name, isNew: false }
            : {
                id: null,
                creditCode: code,
                name: values.name ?? firstRowOf.get(code)?.entry.name ?? null,
                isNew: true,
              },
    });
    if (code === null) {
      if (!errors.some((error) => error.column === 'credit_code')) {
        errors.push({
          column: 'credit_code',
          messageZh: '请填写统一社会信用代码',
          messageEn: 'Enter the unified social credit code',
        });
      }
      return result('error');
    }
    if (reading.checksumError && !enterprise) {
      errors.push({
        column: 'credit_code',
        messageZh: `${reading.checksumError.messageZh}。导入不能越过校验：如确认代码无误，请由管理员先登记该企业并注明理由`,
        messageEn: `${reading.checksumError.messageEn}. An import cannot override the check: an administrator records the enterprise with a reason first`,
      });
    }
    const earlier = firstRowOf.get(code);
    if (!enterprise && !earlier && values.name === undefined && !errors.some((e) => e.column === 'enterprise')) {
      errors.push({
        column: 'enterprise',
        messageZh: `信用代码 ${code} 尚未登记：新企业须填写企业名称`,
        messageEn: `The credit code ${code} is not registered yet: a new enterprise needs its name`,
      });
    }
    if (enterprise && values.name !== undefined && values.name !== enterprise.name) {
      warnings.push({
        column: 'enterprise',
        messageZh: `企业 ${code} 登记的名称是“${enterprise.name}”，本行写作“${values.name}”；导入不修改企业信息`,
        messageEn: `Enterprise ${code} is registered as “${enterprise.name}”, this row says “${values.name}”; the import does not change enterprises`,
      });
    }
    if (errors.length > 0) return result('error');

    if (earlier) {
      // Attending twice is one attendance: the participants add up on the first row's entry.
      if (values.participants !== undefined) {
        earlier.entry.participants = (earlier.entry.participants ?? 0) + values.participants;
        changed.add(code);
      }
      warnings.push({
        column: 'credit_code',
        messageZh: `该企业已在第 ${earlier.row} 行出现，合并为一家参会企业（人数相加）`,
        messageEn: `This enterprise is on row ${earlier.row} already: one attendee (participants added up)`,
      });
      return result('unchanged');
    }
    const before = recorded.get(code);
    const entry: AttendeeEntry = {
      creditCode: code,
      name: enterprise?.name ?? values.name ?? '',
      participants: values.participants ?? before?.participants ?? null,
      notes: values.notes ?? before?.notes ?? null,
    };
    firstRowOf.set(code, { row: reading.row, entry });
    if (!enterprise) newCodes.add(code);
    if (!before) {
      changed.add(code);
      return result('create');
    }
    const changes: ImportChange[] = [];
    if (entry.participants !== before.participants)
      changes.push({ field: 'participants', from: before.participants, to: entry.participants });
    if (entry.notes !== before.notes) changes.push({ field: 'notes', from: before.notes, to: entry.notes });
    if (changes.length === 0) return result('unchanged');
    changed.add(code);
    return result('update', changes);
  });
  const attendees = [...firstRowOf.entries()].filter(([code]) => changed.has(code)).map(([, { entry }]) => entry);
  return { rows, plan: { attendees, newEnterprises: newCodes.size } };
}
