import type { UnknownPredecessorList } from '@cloudstd/shared/schemas/standard';
import { Card, Empty, Table, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import { useUnknownPredecessors } from '../api/get-unknown-predecessors.ts';
import { standardsMessages as m } from '../messages.ts';
import '../standards.css';

type Item = UnknownPredecessorList['items'][number];

/**
 * 前身未登记: numbers a registered standard replaces that are not in the registry ("successor recorded,
 * predecessor unknown"), so staff can record the old standard and let its replacement take effect.
 */
export function UnknownPredecessorsPage() {
  const { t } = useI18n();
  const list = useUnknownPredecessors();
  const items = list.data?.items ?? [];
  const columns: TableColumnsType<Item> = [
    { key: 'predecessor', title: t(m.predecessorNumber), dataIndex: 'predecessor' },
    {
      key: 'successor',
      title: t(m.successor),
      render: (_value, item) => (
        <Link to={`/standards/${String(item.successor.id)}`}>
          {item.successor.number ?? '—'} {item.successor.titleZh}
        </Link>
      ),
    },
  ];
  return (
    <>
      <p className="breadcrumb-back">
        <Link to="/standards">← {t(m.backToList)}</Link>
      </p>
      <PageHeader title={t(m.unknownPredecessorsTitle)} subtitle={t(m.unknownPredecessorsSubtitle)} />
      <section aria-labelledby="unknown-predecessors-heading">
        <Card>
          <div className="section-heading">
            <Typography.Title level={2} id="unknown-predecessors-heading" className="section-title">
              {t(m.unknownPredecessorsTitle)}
            </Typography.Title>
            <Typography.Text type="secondary" role="status" aria-live="polite">
              {list.data ? t(m.unknownPredecessorsCount, { total: items.length }) : ''}
            </Typography.Text>
          </div>
          {list.isError ? (
            <ApiErrorAlert error={list.error} onRetry={() => void list.refetch()} />
          ) : (
            <Table<Item>
              rowKey={(item) => `${item.predecessor}:${String(item.successor.id)}`}
              columns={columns}
              dataSource={items}
              loading={list.isFetching}
              pagination={false}
              locale={{
                emptyText: <Empty description={t(m.unknownPredecessorsEmpty)} image={Empty.PRESENTED_IMAGE_SIMPLE} />,
              }}
            />
          )}
        </Card>
      </section>
    </>
  );
}
