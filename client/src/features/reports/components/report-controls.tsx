import type { TargetSet } from '@cloudstd/shared/schemas/target-set';
import { DatePicker, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { pick, useI18n } from '../../../lib/i18n.tsx';
import { reportsMessages as m } from '../messages.ts';
import { reportFormats, type ReportChoice, type ReportFormat } from '../utils/report-urls.ts';

const DATE = 'YYYY-MM-DD';
const ids = { asOf: 'report-as-of', targetSet: 'report-target-set', since: 'report-since', format: 'report-format' };

const formatLabels = {
  pdf: m.formatPdf,
  xlsx: m.formatXlsx,
  'standards-csv': m.formatStandardsCsv,
  'coverage-csv': m.formatCoverageCsv,
} as const;

export const formatHelp = {
  pdf: m.formatHelpPdf,
  xlsx: m.formatHelpXlsx,
  'standards-csv': m.formatHelpStandardsCsv,
  'coverage-csv': m.formatHelpCoverageCsv,
} as const;

interface ReportControlsProps {
  choice: ReportChoice;
  format: ReportFormat;
  targetSets: readonly TargetSet[] | undefined;
  sinceInvalid: boolean;
  onChange: (changes: Partial<ReportChoice> & { format?: ReportFormat }) => void;
}

/** As-of date, target set, "since" date and format: what the report is about and what file it becomes. */
export function ReportControls({ choice, format, targetSets, sinceInvalid, onChange }: ReportControlsProps) {
  const { t, lang } = useI18n();
  const defaultKey = targetSets?.find((set) => set.isDefault)?.key;
  return (
    <div className="report-controls">
      <div className="report-control">
        <label htmlFor={ids.asOf}>{t(m.asOf)}</label>
        <DatePicker
          id={ids.asOf}
          value={dayjs(choice.asOf)}
          format={DATE}
          allowClear={false}
          onChange={(date: Dayjs | null) => {
            if (date) onChange({ asOf: date.format(DATE) });
          }}
        />
      </div>
      <div className="report-control report-control-wide">
        <label htmlFor={ids.targetSet}>{t(m.targetSet)}</label>
        <Select<string>
          id={ids.targetSet}
          value={choice.targetSet ?? defaultKey}
          loading={targetSets === undefined}
          popupMatchSelectWidth={false}
          options={(targetSets ?? []).map((set) => ({
            value: set.key,
            label: set.isDefault
              ? t(m.defaultSet, { name: pick(lang, set.nameZh, set.nameEn) })
              : pick(lang, set.nameZh, set.nameEn),
          }))}
          onChange={(key) => onChange({ targetSet: key === defaultKey ? undefined : key })}
        />
      </div>
      <div className="report-control">
        <label htmlFor={ids.since}>{t(m.since)}</label>
        <DatePicker
          id={ids.since}
          value={dayjs(choice.since)}
          format={DATE}
          allowClear={false}
          status={sinceInvalid ? 'error' : undefined}
          aria-invalid={sinceInvalid}
          aria-describedby={`${ids.since}-help`}
          onChange={(date: Dayjs | null) => {
            if (date) onChange({ since: date.format(DATE) });
          }}
        />
        <span id={`${ids.since}-help`} className={sinceInvalid ? 'report-error' : 'report-help'}>
          {t(sinceInvalid ? m.sinceAfterAsOf : m.sinceHelp)}
        </span>
      </div>
      <div className="report-control report-control-format" role="group" aria-labelledby={ids.format}>
        <span id={ids.format} className="report-control-label">
          {t(m.format)}
        </span>
        <Radio.Group
          value={format}
          optionType="button"
          onChange={(event) => onChange({ format: event.target.value as ReportFormat })}
          options={reportFormats.map((value) => ({ value, label: t(formatLabels[value]) }))}
        />
      </div>
    </div>
  );
}
