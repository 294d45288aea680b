import { SearchOutlined } from '@ant-design/icons';
import { todayInChina } from '@cloudstd/shared/domain/calendar';
import { standardStatuses, type StandardStatus } from '@cloudstd/shared/domain/standard-status';
import type { FrameworkTreeNode } from '@cloudstd/shared/schemas/framework';
import type { StandardLevelValue } from '@cloudstd/shared/schemas/standard';
import { Button, Card, DatePicker, Input, Select, Switch, TreeSelect } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState, type ChangeEvent } from 'react';
import { useI18n } from '../../../lib/i18n.tsx';
import { standardsMessages as m } from '../messages.ts';
import {
  directionOptions,
  filterToSelection,
  matchesDirectionSearch,
  selectionToFilter,
} from '../utils/direction-tree.ts';
import {
  kindLabels,
  levelLabels,
  standardKinds,
  standardLevels,
  statusLabels,
  type StandardKind,
} from '../utils/standard-labels.ts';
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
    <Card className="standards-filters">
      <form
        role="search"
        aria-label={t(m.filtersLabel)}
        className="standards-filter-grid"
        onSubmit={(event) => {
          event.preventDefault();
        }}
      >
        <div className="standards-filter standards-filter-wide">
          <label htmlFor={ids.q}>{t(m.search)}</label>
          {/* Keyed by the URL's value: going back in history shows that query again. */}
          <CommitInput
            key={query.q ?? ''}
            id={ids.q}
            search
            buttonLabel={t(m.searchButton)}
            value={query.q ?? ''}
            placeholder={t(m.searchPlaceholder)}
            onCommit={(q) => {
              onChange({ q });
            }}
          />
        </div>
        <div className="standards-filter">
          <label htmlFor={ids.level}>{t(m.level)}</label>
          <Select<StandardLevelValue[]>
            id={ids.level}
            mode="multiple"
            allowClear
            value={query.level ?? []}
            placeholder={t(m.anyLevel)}
            options={standardLevels.map((level) => ({ value: level, label: t(levelLabels[level]) }))}
            onChange={(level) => {
              onChange({ level });
            }}
            maxTagCount="responsive"
          />
        </div>
        <div className="standards-filter">
          <label htmlFor={ids.kind}>{t(m.kind)}</label>
          <Select<StandardKind[]>
            id={ids.kind}
            mode="multiple"
            allowClear
            value={query.kind ?? []}
            placeholder={t(m.anyKind)}
            options={standardKinds.map((kind) => ({ value: kind, label: t(kindLabels[kind]) }))}
            onChange={(kind) => {
              onChange({ kind });
            }}
            maxTagCount="responsive"
          />
        </div>
        <div className="standards-filter">
          <label htmlFor={ids.status}>{t(m.status)}</label>
          <Select<StandardStatus[]>
            id={ids.status}
            mode="multiple"
            allowClear
            value={query.status ?? []}
            placeholder={t(m.anyStatus)}
            options={standardStatuses.map((status) => ({ value: status, label: t(statusLabels[status]) }))}
            onChange={(status) => {
              onChange({ status });
            }}
            maxTagCount="responsive"
          />
        </div>
        <div className="standards-filter">
          <label htmlFor={ids.asOf}>{t(m.asOf)}</label>
          <DatePicker
            id={ids.asOf}
            value={query.asOf ? dayjs(query.asOf) : null}
            placeholder={today}
            format={DATE}
            onChange={(date: Dayjs | null) => {
              onChange({ asOf: date ? date.format(DATE) : undefined });
            }}
            aria-describedby={`${ids.asOf}-help`}
            className="standards-filter-control"
          />
          <span id={`${ids.asOf}-help`} className="standards-filter-help">
            {t(m.asOfHelp)}
          </span>
        </div>
        <div className="standards-filter standards-filter-wide">
          <label htmlFor={ids.directions}>{t(m.directionFilter)}</label>
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
            className="standards-filter-control"
          />
        </div>
        <div className="standards-filter">
          <label htmlFor={ids.committee}>{t(m.committee)}</label>
          <CommitInput
            key={query.committee ?? ''}
            id={ids.committee}
            value={query.committee ?? ''}
            placeholder={t(m.committeeFilterPlaceholder)}
            onCommit={(committee) => {
              onChange({ committee });
            }}
          />
        </div>
        <div className="standards-filter">
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
            className="standards-filter-control"
          />
        </div>
        {canSeeDeleted && (
          <div className="standards-filter standards-filter-switch">
            <label htmlFor={ids.deleted}>{t(m.showDeleted)}</label>
            <span className="standards-filter-switch-row">
              <Switch
                id={ids.deleted}
                checked={query.deleted === 'only'}
                onChange={(checked) => {
                  onChange({ deleted: checked ? 'only' : 'exclude' });
                }}
                aria-describedby={`${ids.deleted}-help`}
              />
              <span id={`${ids.deleted}-help`} className="standards-filter-help">
                {t(m.showDeletedHelp)}
              </span>
            </span>
          </div>
        )}
        {hasActiveFilters(query) && (
          <div className="standards-filter standards-filter-clear">
            <Button onClick={onClear}>{t(m.clearFilters)}</Button>
          </div>
        )}
      </form>
    </Card>
  );
}

interface CommitInputProps {
  id: string;
  value: string;
  placeholder: string;
  search?: boolean;
  /** The search button's name for screen readers. */
  buttonLabel?: string;
  onCommit: (value: string | undefined) => void;
}

/**
 * A text filter applied on Enter (or the search button, or leaving the field), not on every key:
 * each applied search is one step in the browser history, not one per letter.
 */
function CommitInput({ id, value, placeholder, search = false, buttonLabel, onCommit }: CommitInputProps) {
  const [text, setText] = useState(value);
  const commit = (next: string) => {
    const trimmed = next.trim();
    if (trimmed !== value) onCommit(trimmed === '' ? undefined : trimmed);
  };
  const common = {
    id,
    value: text,
    placeholder,
    allowClear: true,
    autoComplete: 'off',
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      setText(event.target.value);
      // Clearing the box clears the filter at once.
      if (event.target.value === '') commit('');
    },
    onBlur: () => {
      commit(text);
    },
  };
  return search ? (
    <Input.Search
      {...common}
      type="search"
      onSearch={commit}
      enterButton={<Button type="primary" icon={<SearchOutlined aria-hidden />} aria-label={buttonLabel} />}
    />
  ) : (
    <Input
      {...common}
      onPressEnter={() => {
        commit(text);
      }}
    />
  );
}
