import dayjs from 'dayjs';

/** A timestamp from the API (ISO 8601) in the reader's local time, to the minute. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—';
  const parsed = dayjs(value);
  return parsed.isValid() ? parsed.format('YYYY-MM-DD HH:mm') : value;
}

/** A calendar date `YYYY-MM-DD` is shown as it is: parsing it would risk a time-zone shift. */
export function formatCalendarDate(value: string | null | undefined): string {
  return value ?? '—';
}
