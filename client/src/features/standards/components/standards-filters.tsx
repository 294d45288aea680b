import { standardKindLabels, standardLevelLabels, standardStatusLabels } from '@cloudstd/shared/domain/labels';
import { todayInChina } from '@cloudstd/shared/domain/calendar';
import { standardStatuses, type StandardStatus } from '@cloudstd/shared/domain/standard-status';
import type { FrameworkTreeNode } from '@cloudstd/shared/schemas/framework';
import type { StandardLevelValue } from '@cloudstd/shared/schemas/standard';
import { DatePicker, Select, TreeSelect } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { CommitInput } from '../../../components/commit-input.tsx';
import {
  ClearFilters,
  DeletedFilter,
  FilterField,
  ListFilters,
  SearchFilter,
} from '../../../components/list-filters.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import { standardsMessages as m } from '../messages.ts';
import {
  directionOptions,
  filterToSelection,
  matchesDirectionSearch,
  selectionToFilter,
} from '../utils/direction-tree.ts';
import { standardKinds, standardLevels, type StandardKind } from '../utils/standard-labels.ts';
import { hasActiveFilters, type StandardsQuery } from '../utils/standards-query.ts';

interface StandardsFiltersProps {
  query: StandardsQuery;
  onChange: (changes: Partial<StandardsQuery>) => void;
  onClear: () => void;
  /** The framework's parts, for the part/direction tree; empty while it loads. */
  parts: readonly FrameworkTreeNode[];
  /** Editors and administrators may list (and restore) deleted standards. */
  canSeeDeleted: boolean;
}

const ids = {
  q: 'standards-filter-q',
  level: 'standards-filter-level',
  kind: 'standards-filter-kind',
  status: 'standards-filter-status',
  asOf: 'standards-filter-as-of',
  directions: 'standards-filter-directions',
  committee: 'standards-filter-committee',
  publishedFrom: 'standards-filter-published-from',
  publishedTo: 'standards-filter-published-to',
  deleted: 'standards-filter-deleted',
} as const;

const DATE = 'YYYY-MM-DD';

/** The list's filters; each change goes to the URL (and from there to the query). */
export function StandardsFilters({ query, onChange, onClear, parts, canSeeDeleted }: StandardsFiltersProps) {
  const { t, lang } = useI18n();
  const treeData = useMemo(() => directionOptions(parts, lang, { leavesOnly: false }), [parts, lang]);
  const today = todayInChina();
  const years: [Dayjs | null, Dayjs | null] = [
    query.publishedFrom ? dayjs(query.publishedFrom) : null,
    query.publishedTo ? dayjs(query.publishedTo) : null,
  ];

  return (
    <ListFilters label={t(m.filtersLabel)} className="standards-filters">
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
      <FilterField id={ids.level} label={t(m.level)}>
        <Select<StandardLevelValue[]>
          id={ids.level}
          mode="multiple"
          allowClear
          value={query.level ?? []}
          placeholder={t(m.anyLevel)}
          options={standardLevels.map((level) => ({ value: level, label: t(standardLevelLabels[level]) }))}
          onChange={(level) => {
            onChange({ level });
          }}
          maxTagCount="responsive"
        />
      </FilterField>
      <FilterField id={ids.kind} label={t(m.kind)}>
        <Select<StandardKind[]>
          id={ids.kind}
          mode="multiple"
          allowClear
          value={query.kind ?? []}
          placeholder={t(m.anyKind)}
          options={standardKinds.map((kind) => ({ value: kind, label: t(standardKindLabels[kind]) }))}
          onChange={(kind) => {
            onChange({ kind });
          }}
          maxTagCount="responsive"
        />
      </FilterField>
      <FilterField id={ids.status} label={t(m.status)}>
        <Select<StandardStatus[]>
          id={ids.status}
          mode="multiple"
          allowClear
          value={query.status ?? []}
          placeholder={t(m.anyStatus)}
          options={standardStatuses.map((status) => ({ value: status, label: t(standardStatusLabels[status]) }))}
          onChange={(status) => {
            onChange({ status });
          }}
          maxTagCount="responsive"
        />
      </FilterField>
      <FilterField id={ids.asOf} label={t(m.asOf)}>
        <DatePicker
          id={ids.asOf}
          value={query.asOf ? dayjs(query.asOf) : null}
          placeholder={today}
          format={DATE}
          onChange={(date: Dayjs | null) => {
            onChange({ asOf: date ? date.format(DATE) : undefined });
          }}
          aria-describedby={`${ids.asOf}-help`}
          className="list-filter-control"
        />
        <span id={`${ids.asOf}-help`} className="list-filter-help">
          {t(m.asOfHelp)}
        </span>
      </FilterField>
      <FilterField id={ids.directions} label={t(m.directionFilter)} wide>
        <TreeSelect<string[]>
          id={ids.directions}
          treeData={treeData}
          value={filterToSelection(query)}
          onChange={(selected) => {
            const filter = selectionToFilter(selected, parts);
            onChange({ part: filter.part, direction: filter.direction });
          }}
          treeCheckable
          showCheckedStrategy={TreeSelect.SHOW_PARENT}
          treeNodeLabelProp="label"
          showSearch={{ filterTreeNode: (input, node) => matchesDirectionSearch(input, node) }}
          placeholder={t(m.directionFilterPlaceholder)}
          allowClear
          maxTagCount="responsive"
          popupMatchSelectWidth={false}
          listHeight={360}
          className="list-filter-control"
        />
      </FilterField>
      <FilterField id={ids.committee} label={t(m.committee)}>
        <CommitInput
          key={query.committee ?? ''}
          id={ids.committee}
          value={query.committee ?? ''}
          placeholder={t(m.committeeFilterPlaceholder)}
          onCommit={(committee) => {
            onChange({ committee });
          }}
        />
      </FilterField>
      <div className="list-filter">
        <label htmlFor={ids.publishedFrom}>{t(m.publishedYears)}</label>
        <label htmlFor={ids.publishedTo} className="visually-hidden">
          {t(m.publishedToYear)}
        </label>
        <DatePicker.RangePicker
          id={{ start: ids.publishedFrom, end: ids.publishedTo }}
          picker="year"
          value={years}
          allowEmpty={[true, true]}
          placeholder={[t(m.publishedFromYear), t(m.publishedToYear)]}
          onChange={(range) => {
            const [from, to] = range ?? [null, null];
            onChange({
              publishedFrom: from ? from.startOf('year').format(DATE) : undefined,
              publishedTo: to ? to.endOf('year').format(DATE) : undefined,
            });
          }}
          className="list-filter-control"
        />
      </div>
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
      {hasActiveFilters(query) && <ClearFilters label={t(m.clearFilters)} onClear={onClear} />}
    </ListFilters>
  );
}
