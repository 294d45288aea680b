import { enterpriseSizeLabels } from '@cloudstd/shared/domain/labels';
import { UndoOutlined } from '@ant-design/icons';
import type { Enterprise } from '@cloudstd/shared/schemas/enterprise';
import { Button, Table, Tooltip, type TableColumnsType, type TableProps } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { enterprisesMessages as m } from '../messages.ts';
import { enterprisePageSizes, type EnterpriseSortField, type EnterprisesQuery } from '../utils/enterprises-query.ts';

interface EnterprisesTableProps {
  enterprises: readonly Enterprise[];
  total: number;
  query: EnterprisesQuery;
  loading: boolean;
  onChange: (changes: Partial<EnterprisesQuery>) => void;
  onRestore?: ((enterprise: Enterprise) => void) | undefined;
  restoringId: Enterprise['id'] | null;
  empty: ReactNode;
}

const sortable: readonly string[] = ['name', 'creditCode', 'firstAdoptedOn', 'updatedAt'];

export function EnterprisesTable({
  enterprises,
  total,
  query,
  loading,
  onChange,
  onRestore,
  restoringId,
  empty,
}: EnterprisesTableProps) {
  const { t } = useI18n();
  const deletedView = query.deleted === 'only';
  const sortOrderOf = (key: EnterpriseSortField): SortOrder =>
    query.sort === key ? (query.order === 'asc' ? 'ascend' : 'descend') : null;
  const sorted = (key: EnterpriseSortField) => ({
    key,
    sorter: true,
    sortOrder: sortOrderOf(key),
    sortDirections: ['ascend', 'descend'] as SortOrder[],
  });
  const notRecorded = <span className="text-secondary">—</span>;
  const columns: TableColumnsType<Enterprise> = [
    {
      ...sorted('name'),
      title: t(m.name),
      render: (_value, enterprise) => (
        <Link to={`/enterprises/${String(enterprise.id)}`} className="enterprise-link">
          {enterprise.name}
        </Link>
      ),
    },
    {
      ...sorted('creditCode'),
      title: t(m.creditCode),
      render: (_value, enterprise) => (
        <span className="credit-code">
          {enterprise.creditCode}
          {enterprise.creditCodeOverride && (
            <Tooltip title={enterprise.creditCodeOverride.reason}>
              <span className="credit-code-flag" aria-label={t(m.overrideLabel)}>
                {' '}
                ⚠
              </span>
            </Tooltip>
          )}
        </span>
      ),
    },
    { key: 'industry', title: t(m.industry), render: (_value, enterprise) => enterprise.industry ?? notRecorded },
    { key: 'province', title: t(m.province), render: (_value, enterprise) => enterprise.province ?? notRecorded },
    {
      key: 'size',
      title: t(m.size),
      render: (_value, enterprise) => (enterprise.size ? t(enterpriseSizeLabels[enterprise.size]) : notRecorded),
    },
    { key: 'adoptionCount', title: t(m.adoptionCount), dataIndex: 'adoptionCount', align: 'right' },
    {
      ...sorted('firstAdoptedOn'),
      title: t(m.firstAdoptedOn),
      className: 'nowrap',
      render: (_value, enterprise) => enterprise.firstAdoptedOn ?? notRecorded,
    },
    deletedView
      ? {
          key: 'deletedAt',
          title: t(m.deletedAt),
          render: (_value, enterprise) => formatDateTime(enterprise.deletedAt),
        }
      : {
          ...sorted('updatedAt'),
          title: t(m.updatedAt),
          className: 'nowrap',
          render: (_value, enterprise) => (
            <time dateTime={enterprise.updatedAt}>{formatDateTime(enterprise.updatedAt)}</time>
          ),
        },
  ];
  if (deletedView && onRestore) {
    columns.push({
      key: 'actions',
      title: t(m.actions),
      render: (_value, enterprise) => (
        <Button
          size="small"
          icon={<UndoOutlined aria-hidden />}
          loading={restoringId === enterprise.id}
          onClick={() => {
            onRestore(enterprise);
          }}
          autoInsertSpace={false}
          aria-label={`${t(m.restore)} ${enterprise.name}`}
        >
          {t(m.restore)}
        </Button>
      ),
    });
  }
  const handleChange: TableProps<Enterprise>['onChange'] = (pagination, _filters, sorter, extra) => {
    if (extra.action === 'sort') {
      const single = Array.isArray(sorter) ? sorter[0] : sorter;
      const key = single?.columnKey;
      if (single?.order && typeof key === 'string' && sortable.includes(key)) {
        onChange({ sort: key as EnterpriseSortField, order: single.order === 'ascend' ? 'asc' : 'desc', page: 1 });
      } else {
        onChange({ sort: 'updatedAt', order: 'desc', page: 1 });
      }
      return;
    }
    onChange({ page: pagination.current ?? 1, pageSize: pagination.pageSize ?? query.pageSize });
  };
  return (
    <Table<Enterprise>
      rowKey="id"
      columns={columns}
      dataSource={[...enterprises]}
      loading={loading}
      onChange={handleChange}
      locale={{ emptyText: empty }}
      scroll={{ x: 'max-content' }}
      pagination={{
        current: query.page,
        pageSize: query.pageSize,
        total,
        showSizeChanger: true,
        pageSizeOptions: enterprisePageSizes.map(String),
        showTotal: (count) => t(m.resultCount, { total: count }),
      }}
    />
  );
}
