import { CalendarOutlined } from '@ant-design/icons';
import { parseSpreadsheetDate } from '@cloudstd/shared/domain/spreadsheet-date';
import { Button, Calendar, Input, Popover, Space } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { pick, useI18n, type Lang } from '../lib/i18n.tsx';

const DATE = 'YYYY-MM-DD';

interface DateInputProps {
  /** `YYYY-MM-DD`, or the text as typed while it is not a date (the form's check says why). */
  value?: string | null;
  onChange?: (value: string | null) => void;
  id?: string;
  /** Days the calendar does not offer (typed ones are the form check's to refuse, with a message). */
  disabledDate?: (date: string) => boolean;
  'aria-invalid'?: boolean | 'true' | 'false';
  'aria-describedby'?: string;
}

/**
 * A date typed as text or picked from a calendar. Unlike a date picker, a typed date that does not exist
 * (2025-02-30) is never emptied or rolled over: it stays as typed for the form's check to flag
 * (`dateTextProblem`), so nothing the user typed is lost. A typed date in another common form (2025/2/3,
 * 2025年2月3日) becomes `2025-02-03` when the field is left.
 */
export function DateInput({ value, onChange, id, disabledDate, ...aria }: DateInputProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const text = value ?? '';
  const parsed = text === '' ? null : parseSpreadsheetDate(text);
  return (
    <Space.Compact className="full-width">
      <Input
        id={id}
        value={text}
        placeholder={DATE}
        autoComplete="off"
        inputMode="numeric"
        {...aria}
        onChange={(event) => onChange?.(event.target.value === '' ? null : event.target.value)}
        onBlur={() => {
          if (parsed?.ok && parsed.value !== text) onChange?.(parsed.value);
        }}
        // Enter confirms what was typed; it must not also submit the whole form.
        onKeyDown={(event) => {
          if (event.key === 'Enter') event.preventDefault();
        }}
      />
      <Popover
        open={open}
        onOpenChange={setOpen}
        trigger="click"
        placement="bottomRight"
        content={
          <div className="date-input-calendar">
            <Calendar
              fullscreen={false}
              value={parsed?.ok ? dayjs(parsed.value) : undefined}
              disabledDate={disabledDate ? (date) => disabledDate(date.format(DATE)) : undefined}
              onSelect={(date, { source }) => {
                if (source !== 'date') return;
                onChange?.(date.format(DATE));
                setOpen(false);
              }}
            />
          </div>
        }
      >
        <Button icon={<CalendarOutlined aria-hidden />} aria-label={t('date.pick')} aria-expanded={open} />
      </Popover>
    </Space.Compact>
  );
}

/** Why a date field's text is not a date (zh or en), or null when it is one or is empty. */
export function dateTextProblem(value: unknown, lang: Lang): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  const parsed = parseSpreadsheetDate(value);
  return parsed.ok ? null : pick(lang, parsed.messageZh, parsed.messageEn);
}
