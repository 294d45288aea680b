import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useStandardSearch } from '../../../api/search-standards.ts';
import { pick, useI18n } from '../../../lib/i18n.tsx';
import { useEnterprises } from '../api/get-enterprises.ts';
import { enterprisesMessages as m } from '../messages.ts';

/** Typed text, settled: the search waits until typing pauses. */
function useSettled(text: string, delayMs = 250): string {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => {
      setSettled(text);
    }, delayMs);
    return () => {
      clearTimeout(timer);
    };
  }, [text, delayMs]);
  return settled;
}

interface PickerProps {
  id?: string;
  value?: number | undefined;
  onChange?: (value: number | undefined) => void;
  'aria-describedby'?: string;
}

/** Picks a registered standard by typing its number (in any form) or title; the server searches. */
export function StandardPicker({ id, value, onChange, ...rest }: PickerProps) {
  const { t, lang } = useI18n();
  const [text, setText] = useState('');
  const search = useStandardSearch(useSettled(text));
  const options = (search.data?.items ?? []).map((standard) => ({
    value: standard.id,
    label: `${standard.number ?? standard.planNumber ?? ''} ${pick(lang, standard.titleZh, standard.titleEn)}`.trim(),
  }));
  return (
    <Select<number>
      id={id}
      value={value}
      onChange={(next) => onChange?.(next)}
      showSearch={{ filterOption: false, onSearch: setText }}
      options={options}
      placeholder={t(m.pickStandard)}
      notFoundContent={search.isFetching ? t(m.searching) : text.trim() ? t(m.nothingFound) : null}
      loading={search.isFetching}
      allowClear
      aria-describedby={rest['aria-describedby']}
      data-testid="standard-picker"
    />
  );
}

/** Picks a live enterprise by typing its name or credit code. */
export function EnterprisePicker({ id, value, onChange, ...rest }: PickerProps) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const settled = useSettled(text).trim();
  const search = useEnterprises({ q: settled, pageSize: 20 }, { enabled: settled.length > 0 });
  const options = (search.data?.items ?? []).map((enterprise) => ({
    value: enterprise.id,
    label: `${enterprise.name}（${enterprise.creditCode}）`,
  }));
  return (
    <Select<number>
      id={id}
      value={value}
      onChange={(next) => onChange?.(next)}
      showSearch={{ filterOption: false, onSearch: setText }}
      options={settled ? options : []}
      placeholder={t(m.pickEnterprise)}
      notFoundContent={search.isFetching ? t(m.searching) : settled ? t(m.nothingFound) : null}
      loading={search.isFetching}
      allowClear
      aria-describedby={rest['aria-describedby']}
      data-testid="enterprise-picker"
    />
  );
}
