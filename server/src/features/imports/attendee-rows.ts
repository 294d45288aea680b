import { parseCreditCode } from '@cloudstd/shared/domain/credit-code';
import { eventAttendeeInputSchema } from '@cloudstd/shared/schemas/event';
import type { AttendeeImportColumnKey, ImportRowError } from '@cloudstd/shared/schemas/import';
import { fieldErrorsFromIssues } from '@cloudstd/shared/schemas/messages';
import { attendeeColumnByKey } from './attendee-columns.ts';
import { cellText, type SheetRow } from './spreadsheet/cells.ts';
import type { MatchedColumn } from './spreadsheet/columns.ts';

/** What one attendee row says (blank cells say nothing). */
export interface AttendeeRowValues {
  name?: string;
  /** Normalised; may fail its check character (see `checksumError`). */
  creditCode?: string;
  participants?: number;
  notes?: string;
}

export interface AttendeeRowReading {
  row: number;
  cells: string[];
  values: AttendeeRowValues;
  errors: ImportRowError[];
  /** Well formed but failing its check character: an error unless the code is registered (an admin's override). */
  checksumError?: { messageZh: string; messageEn: string };
}

const textSchemas = {
  enterprise: eventAttendeeInputSchema.shape.name,
  notes: eventAttendeeInputSchema.shape.notes,
} as const;

/**
 * Reads one attendee row: the name and notes through the API's own schema (same limits), the credit
 * code normalised and checked against GB 32100-2015, the participants a positive whole number.
 */
export function readAttendeeRow(sheetRow: SheetRow, columns: readonly MatchedColumn[]): AttendeeRowReading {
  const values: AttendeeRowValues = {};
  const errors: ImportRowError[] = [];
  let checksumError: AttendeeRowReading['checksumError'];
  for (const column of columns) {
    const key = column.key as AttendeeImportColumnKey | null;
    const spec = key === null ? undefined : attendeeColumnByKey.get(key);
    const text = cellText(sheetRow.cells[column.index]).trim();
    if (!spec || text === '') continue;
    if (spec.key === 'credit_code') {
      const parsed = parseCreditCode(text);
      if (parsed.ok) values.creditCode = parsed.value.canonical;
      else if (parsed.described) {
        values.creditCode = parsed.described.canonical;
        checksumError = { messageZh: parsed.error.messageZh, messageEn: parsed.error.messageEn };
      } else errors.push({ column: spec.key, messageZh: parsed.error.messageZh, messageEn: parsed.error.messageEn });
    } else if (spec.key === 'participants') {
      const count = Number(text.normalize('NFKC').replace(/人$/, ''));
      if (Number.isInteger(count) && count > 0 && count <= 100_000) values.participants = count;
      else
        errors.push({
          column: spec.key,
          messageZh: `参会人数应为正整数，而不是“${text}”`,
          messageEn: `Participants must be a positive whole number, not “${text}”`,
        });
    } else {
      const parsed = textSchemas[spec.key].safeParse(text, { reportInput: true });
      if (!parsed.success) {
        errors.push(
          ...fieldErrorsFromIssues(parsed.error.issues).map((error) => ({
            column: spec.key,
            messageZh: error.messageZh,
            messageEn: error.messageEn,
          })),
        );
      } else if (typeof parsed.data === 'string' && parsed.data !== '') {
        values[spec.key === 'enterprise' ? 'name' : 'notes'] = parsed.data;
      }
    }
  }
  return {
    row: sheetRow.row,
    cells: columns.map((column) => cellText(sheetRow.cells[column.index])),
    values,
    errors,
    ...(checksumError ? { checksumError } : {}),
  };
}
