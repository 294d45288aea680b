import type { EventAttendeeInput } from '@cloudstd/shared/schemas/event';

/**
 * Attendees pasted one per line — name, credit code, participants (optional) — separated by tabs (a
 * spreadsheet's copy) or commas; blank lines are skipped. The codes are checked by the server.
 */
export function parseAttendeeLines(
  text: string,
): { ok: true; attendees: EventAttendeeInput[] } | { ok: false; line: number } {
  const attendees: EventAttendeeInput[] = [];
  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const cells = line.split(/\t|,|，/).map((cell) => cell.trim());
    const [name, creditCode, participants] = cells;
    if (!name || !creditCode || cells.length > 4) return { ok: false, line: index + 1 };
    const count = participants ? Number(participants) : null;
    if (count !== null && !(Number.isInteger(count) && count > 0)) return { ok: false, line: index + 1 };
    attendees.push({ name, creditCode, participants: count });
  }
  return { ok: true, attendees };
}
