import { provinces } from '@cloudstd/shared/domain/credit-code-regions';
import { DatePicker, Select, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { Link } from 'react-router';
import {
  ClearFilters,
  DeletedFilter,
  FilterField,
  ListFilters,
  SearchFilter,
} from '../../../components/list-filters.tsx';
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
  const range: [Dayjs | null, Dayjs | null] = [
    query.adoptedFrom ? dayjs(query.adoptedFrom) : null,
    query.adoptedTo ? dayjs(query.adoptedTo) : null,
  ];
  return (
    <ListFilters label={t(m.filtersLabel)}>
      <SearchFilter
        id={ids.q}
        label={t(m.search)}
        placeholder={t(m.searchPlaceholder)}
        buttonLabel={t(m.searchButton)}
        value={query.q}
        onCommit={(q) => {
          onChange({ q });
        }}
      />
      <FilterField id={ids.industry} label={t(m.industry)}>
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
      </FilterField>
      <FilterField id={ids.province} label={t(m.province)}>
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
      </FilterField>
      <div className="list-filter">
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
      <FilterField id={ids.standard} label={t(m.standardFilter)} wide>
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
      </FilterField>
      {canSeeDeleted && (
        <DeletedFilter
          id={ids.deleted}
          label={t(m.showDeleted)}
          help={t(m.showDeletedHelp)}
          checked={query.deleted === 'only'}
          onChange={(checked) => {
            onChange({ deleted: checked ? 'only' : 'exclude' });
          }}
        />
      )}
      {hasActiveEnterpriseFilters(query) && <ClearFilters label={t(m.clearFilters)} onClear={onClear} />}
    </ListFilters>
  );
}
