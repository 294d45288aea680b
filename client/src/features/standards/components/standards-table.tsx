import { UndoOutlined } from '@ant-design/icons';
import type { Direction } from '@cloudstd/shared/schemas/framework';
import type { Standard } from '@cloudstd/shared/schemas/standard';
import { Button, Table, type TableColumnsType, type TableProps } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatCalendarDate, formatDateTime } from '../../../lib/format.ts';
import { pick, useI18n } from '../../../lib/i18n.tsx';
import { standardsMessages as m } from '../messages.ts';
import { milestoneLabels } from '../utils/standard-labels.ts';
import { pageSizes, type StandardSortField, type StandardsQuery } from '../utils/standards-query.ts';
import { DirectionChips } from './direction-chips.tsx';
import { StandardLevelTag } from './standard-level-tag.tsx';
import { StandardStatusTag } from './standard-status-tag.tsx';

interface StandardsTableProps {
  standards: readonly Standard[];
  total: number;
  query: StandardsQuery;
  loading: boolean;
  directions: ReadonlyMap<string, Direction>;
  onChange: (changes: Partial<StandardsQuery>) => void;
  /** Set in the deleted view for users who may restore. */
  onRestore?: ((standard: Standard) => void) | undefined;
  restoringId: Standard['id'] | null;
  /** Shown instead of the table's own empty text. */
  empty: ReactNode;
}

const sortableColumns: readonly string[] = ['number', 'titleZh', 'level', 'publishedOn', 'updatedAt'];

function isSortField(key: unknown): key is StandardSortField {
  return typeof key === 'string' && sortableColumns.includes(key);
}

/** The standard's identifier as the list shows it: its number, else its plan number, else a dash. */
function StandardIdentifier({ standard }: { standard: Standard }) {
  const { t } = useI18n();
  if (standard.number) return <span className="standard-number">{standard.number}</span>;
  if (standard.planNumber) {
    return (
      <span className="standard-number standard-plan-number">
        <span className="standard-plan-label">{t(m.planNumberShort)}</span> {standard.planNumber}
      </span>
    );
  }
  return <span className="standard-number">{t(m.noNumber)}</span>;
}

export function StandardsTable({
  standards,
  total,
  query,
  loading,
  directions,
  onChange,
  onRestore,
  restoringId,
  empty,
}: StandardsTableProps) {
  const { t, lang } = useI18n();
  const deletedView = query.deleted === 'only';
  const sortOrderOf = (key: StandardSortField): SortOrder =>
    query.sort === key ? (query.order === 'asc' ? 'ascend' : 'descend') : null;
  const sortable = (key: StandardSortField) => ({
    key,
    sorter: true,
    sortOrder: sortOrderOf(key),
    sortDirections: ['ascend', 'descend'] as SortOrder[],
  });

  const columns: TableColumnsType<Standard> = [
    {
      ...sortable('number'),
      title: t(m.number),
      dataIndex: 'number',
      render: (_value, standard) => (
        <Link to={`/standards/${String(standard.id)}`} className="standard-link">
          <StandardIdentifier standard={standard} />
        </Link>
      ),
    },
    {
      ...sortable('titleZh'),
      title: t(m.title),
      dataIndex: 'titleZh',
      render: (_value, standard) => (
        <Link to={`/standards/${String(standard.id)}`} className="standard-title-link">
          {pick(lang, standard.titleZh, standard.titleEn)}
        </Link>
      ),
    },
    {
      ...sortable('level'),
      title: t(m.level),
      dataIndex: 'level',
      render: (_value, standard) => <StandardLevelTag level={standard.level} />,
    },
    {
      key: 'status',
      title: query.asOf ? `${t(m.status)} (${query.asOf})` : t(m.status),
      dataIndex: 'status',
      render: (_value, standard) => <StandardStatusTag status={standard.status} />,
    },
    {
      key: 'directions',
      title: t(m.directions),
      dataIndex: 'directions',
      render: (_value, standard) => <DirectionChips codes={standard.directions} directions={directions} />,
    },
    {
      ...sortable('publishedOn'),
      title: t(milestoneLabels.publishedOn),
      dataIndex: 'publishedOn',
      render: (_value, standard) => formatCalendarDate(standard.publishedOn),
    },
    {
      key: 'committee',
      title: t(m.committee),
      dataIndex: 'committee',
      render: (_value, standard) => standard.committee ?? '—',
    },
    deletedView
      ? {
          key: 'deletedAt',
          title: t(m.deletedAt),
          dataIndex: 'deletedAt',
          render: (_value, standard) =>
            standard.deletedAt ? <time dateTime={standard.deletedAt}>{formatDateTime(standard.deletedAt)}</time> : '—',
        }
      : {
          ...sortable('updatedAt'),
          title: t(m.updatedAt),
          dataIndex: 'updatedAt',
          render: (_value, standard) => <time dateTime={standard.updatedAt}>{formatDateTime(standard.updatedAt)}</time>,
        },
  ];
  if (deletedView && onRestore) {
    columns.push({
      key: 'actions',
      title: t(m.actions),
      render: (_value, standard) => (
        <Button
          size="small"
          icon={<UndoOutlined aria-hidden />}
          loading={restoringId === standard.id}
          onClick={() => {
            onRestore(standard);
          }}
          autoInsertSpace={false}
          aria-label={`${t(m.restore)} ${standard.number ?? standard.planNumber ?? standard.titleZh}`}
        >
          {t(m.restore)}
        </Button>
      ),
    });
  }

  const handleChange: TableProps<Standard>['onChange'] = (pagination, _filters, sorter, extra) => {
    if (extra.action === 'sort') {
      const single = Array.isArray(sorter) ? sorter[0] : sorter;
      const key = single?.columnKey;
      if (single?.order && isSortField(key)) {
        onChange({ sort: key, order: single.order === 'ascend' ? 'asc' : 'desc', page: 1 });
      }
      return;
    }
    if (extra.action === 'paginate') {
      const pageSize = pagination.pageSize ?? query.pageSize;
      onChange({ page: pageSize === query.pageSize ? (pagination.current ?? 1) : 1, pageSize });
    }
  };

  return (
    <Table<Standard>
      data-testid="standards-table"
      aria-label={t(deletedView ? m.showDeleted : m.pageTitle)}
      rowKey="id"
      columns={columns}
      dataSource={standards}
      loading={loading}
      onChange={handleChange}
      locale={{ emptyText: empty }}
      pagination={{
        current: query.page,
        pageSize: query.pageSize,
        total,
        showSizeChanger: true,
        pageSizeOptions: pageSizes.map(String),
        showTotal: (count, [from, to]) => t(m.rangeOfTotal, { from, to, total: count }),
        hideOnSinglePage: false,
      }}
      scroll={{ x: 'max-content' }}
      rowClassName={(standard) => (standard.status === 'withdrawn' ? 'standard-row-withdrawn' : '')}
    />
  );
}
