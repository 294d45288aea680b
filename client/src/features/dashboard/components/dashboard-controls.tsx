import { PrinterOutlined } from '@ant-design/icons';
import type { TargetSet } from '@cloudstd/shared/schemas/target-set';
import { Button, DatePicker, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { pick, useI18n } from '../../../lib/i18n.tsx';
import { dashboardMessages as m } from '../messages.ts';
import type { DashboardSearch } from '../utils/dashboard-search.ts';

const DATE = 'YYYY-MM-DD';
const ids = { asOf: 'dashboard-as-of', targetSet: 'dashboard-target-set' } as const;

interface DashboardControlsProps {
  /** The date the figures are for (today when the URL names none). */
  asOf: string;
  today: string;
  /** The chosen set's key, or undefined while the default's key is not known. */
  targetSet: string | undefined;
  targetSets: readonly TargetSet[] | undefined;
  loadingTargetSets: boolean;
  onChange: (changes: DashboardSearch) => void;
  /** The edition switcher (a shared component the page passes in). */
  framework?: ReactNode;
}

/** The as-of date and the target set; both go to the URL, so the view can be shared as a link. */
export function DashboardControls({
  asOf,
  today,
  targetSet,
  targetSets,
  loadingTargetSets,
  onChange,
  framework,
}: DashboardControlsProps) {
  const { t, lang } = useI18n();
  return (
    <div className="dash-controls" role="group" aria-label={t(m.controlsLabel)}>
      <div className="dash-control">
        <label htmlFor={ids.asOf}>{t(m.asOf)}</label>
        <DatePicker
          id={ids.asOf}
          value={dayjs(asOf)}
          format={DATE}
          placeholder={today}
          allowClear={asOf !== today}
          aria-describedby={`${ids.asOf}-help`}
          onChange={(date: Dayjs | null) => {
            const next = date?.format(DATE);
            onChange({ asOf: next === today ? undefined : next });
          }}
        />
        <span id={`${ids.asOf}-help`} className="visually-hidden">
          {t(m.asOfHelp)}
        </span>
      </div>
      <div className="dash-control dash-control-wide">
        <label htmlFor={ids.targetSet}>{t(m.targetSet)}</label>
        <Select<string>
          id={ids.targetSet}
          value={targetSet}
          loading={loadingTargetSets}
          popupMatchSelectWidth={false}
          className="dash-target-set"
          options={(targetSets ?? []).map((set) => ({
            value: set.key,
            label: set.isDefault
              ? t(m.defaultSet, { name: pick(lang, set.nameZh, set.nameEn) })
              : pick(lang, set.nameZh, set.nameEn),
          }))}
          onChange={(key) => {
            onChange({ targetSet: key });
          }}
        />
      </div>
      {framework}
      <Button
        icon={<PrinterOutlined aria-hidden />}
        className="dash-print"
        onClick={() => {
          window.print();
        }}
      >
        {t(m.print)}
      </Button>
    </div>
  );
}
