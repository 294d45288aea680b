import { SearchOutlined } from '@ant-design/icons';
import { provinces } from '@cloudstd/shared/domain/credit-code-regions';
import { Button, Card, DatePicker, Input, Select, Switch, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../lib/i18n.tsx';
import { enterprisesMessages as m, suggestedIndustries } from '../messages.ts';
import { hasActiveEnterpriseFilters, type EnterprisesQuery } from '../utils/enterprises-query.ts';
import { StandardPicker } from './record-pickers.tsx';

interface EnterprisesFiltersProps {
  query: EnterprisesQuery;
  onChange: (changes: Partial<EnterprisesQuery>) => void;
  onClear: () => void;
  canSeeDeleted: boolean;
  /** The number of the standard the list is filtered to, once known. */
  standardLabel: string | null;
}

const ids = {
  q: 'enterprises-filter-q',
  industry: 'enterprises-filter-industry',
  province: 'enterprises-filter-province',
  standard: 'enterprises-filter-standard',
  adoptedFrom: 'enterprises-filter-adopted-from',
  adoptedTo: 'enterprises-filter-adopted-to',
  deleted: 'enterprises-filter-deleted',
} as const;

const DATE = 'YYYY-MM-DD';

/** The list's filters; each change goes to the URL (and from there to the query). */
export function EnterprisesFilters({
  query,
  onChange,
  onClear,
  canSeeDeleted,
  standardLabel,
}: EnterprisesFiltersProps) {
  const { t, lang } = useI18n();
  const [text, setText] = useState(query.q ?? '');
  const commit = (value: string) => {
    const trimmed = value.trim();
    if (trimmed !== (query.q ?? '')) onChange({ q: trimmed === '' ? undefined : trimmed });
  };
  const range: [Dayjs | null, Dayjs | null] = [
    query.adoptedFrom ? dayjs(query.adoptedFrom) : null,
    query.adoptedTo ? dayjs(query.adoptedTo) : null,
  ];
  return (
    <Card className="enterprises-filters">
      <form
        role="search"
        aria-label={t(m.filtersLabel)}
        className="enterprises-filter-grid"
        onSubmit={(event) => {
          event.preventDefault();
          commit(text);
        }}
      >
        <div className="enterprises-filter enterprises-filter-wide">
          <label htmlFor={ids.q}>{t(m.search)}</label>
          <Input.Search
            id={ids.q}
            key={query.q ?? ''}
            type="search"
            value={text}
            placeholder={t(m.searchPlaceholder)}
            allowClear
            autoComplete="off"
            onChange={(event) => {
              setText(event.target.value);
              if (event.target.value === '') commit('');
            }}
            onSearch={commit}
            enterButton={<Button type="primary" icon={<SearchOutlined aria-hidden />} aria-label={t(m.searchButton)} />}
          />
        </div>
        <div className="enterprises-filter">
          <label htmlFor={ids.industry}>{t(m.industry)}</label>
          <Select<string[]>
            id={ids.industry}
            mode="tags"
            allowClear
            value={query.industry ?? []}
            placeholder={t(m.anyIndustry)}
            options={suggestedIndustries.map((value) => ({ value, label: value }))}
            onChange={(industry) => {
              onChange({ industry });
            }}
            maxTagCount="responsive"
          />
        </div>
        <div className="enterprises-filter">
          <label htmlFor={ids.province}>{t(m.province)}</label>
          <Select<string[]>
            id={ids.province}
            mode="multiple"
            allowClear
            value={query.province ?? []}
            placeholder={t(m.anyProvince)}
            showSearch={{ optionFilterProp: 'label' }}
            options={provinces.map((item) => ({
              value: item.nameZh,
              label: lang === 'zh' ? item.nameZh : `${item.nameEn} ${item.nameZh}`,
            }))}
            onChange={(province) => {
              onChange({ province });
            }}
            maxTagCount="responsive"
          />
        </div>
        <div className="enterprises-filter">
          <label htmlFor={ids.adoptedFrom}>{t(m.adoptedBetween)}</label>
          <label htmlFor={ids.adoptedTo} className="visually-hidden">
            {t(m.adoptedTo)}
          </label>
          <DatePicker.RangePicker
            id={{ start: ids.adoptedFrom, end: ids.adoptedTo }}
            value={range}
            allowEmpty={[true, true]}
            format={DATE}
            placeholder={[t(m.adoptedFrom), t(m.adoptedTo)]}
            onChange={(dates) => {
              const [from, to] = dates ?? [null, null];
              onChange({
                adoptedFrom: from ? from.format(DATE) : undefined,
                adoptedTo: to ? to.format(DATE) : undefined,
              });
            }}
          />
        </div>
        <div className="enterprises-filter enterprises-filter-wide">
          <label htmlFor={ids.standard}>{t(m.standardFilter)}</label>
          {query.standard === undefined ? (
            <StandardPicker
              id={ids.standard}
              onChange={(standard) => {
                if (standard !== undefined) onChange({ standard });
              }}
            />
          ) : (
            <span className="enterprises-filter-chip">
              <Tag
                closable
                closeIcon
                onClose={() => {
                  onChange({ standard: undefined });
                }}
              >
                <Link to={`/standards/${String(query.standard)}`}>{standardLabel ?? `#${String(query.standard)}`}</Link>
              </Tag>
            </span>
          )}
        </div>
        {canSeeDeleted && (
          <div className="enterprises-filter">
            <label htmlFor={ids.deleted}>{t(m.showDeleted)}</label>
            <span className="enterprises-filter-switch-row">
              <Switch
                id={ids.deleted}
                checked={query.deleted === 'only'}
                onChange={(checked) => {
                  onChange({ deleted: checked ? 'only' : 'exclude' });
                }}
                aria-describedby={`${ids.deleted}-help`}
              />
              <span id={`${ids.deleted}-help`} className="enterprises-filter-help">
                {t(m.showDeletedHelp)}
              </span>
            </span>
          </div>
        )}
        {hasActiveEnterpriseFilters(query) && (
          <div className="enterprises-filter enterprises-filter-clear">
            <Button onClick={onClear}>{t(m.clearFilters)}</Button>
          </div>
        )}
      </form>
    </Card>
  );
}
