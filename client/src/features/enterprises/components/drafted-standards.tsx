import { standardLevelLabels, standardStatusLabels } from '@cloudstd/shared/domain/labels';
import type { DraftedStandards, Enterprise } from '@cloudstd/shared/schemas/enterprise';
import { Card, Empty, Table, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import { useDraftedStandards } from '../api/get-drafted-standards.ts';
import { enterprisesMessages as m } from '../messages.ts';

type Drafted = DraftedStandards['items'][number];

/** 参与起草的标准: registered standards whose 起草单位 include the enterprise's exact name. */
export function DraftedStandardsCard({ enterprise }: { enterprise: Pick<Enterprise, 'id'> }) {
  const { t } = useI18n();
  const drafted = useDraftedStandards(enterprise.id);
  const items = drafted.data?.items ?? [];
  const columns: TableColumnsType<Drafted> = [
    {
      title: t(m.draftedStandard),
      key: 'standard',
      render: (_value, item) => (
        <>
          <Link to={`/standards/${String(item.id)}`}>{item.number ?? item.planNumber ?? `#${String(item.id)}`}</Link>
          <div lang="zh-CN">{item.titleZh}</div>
        </>
      ),
    },
    {
      title: t(m.draftedLevel),
      key: 'level',
      width: 110,
      render: (_value, item) => t(standardLevelLabels[item.level]),
    },
    {
      title: t(m.draftedStatus),
      key: 'status',
      width: 110,
      render: (_value, item) => t(standardStatusLabels[item.status]),
    },
  ];
  return (
    <section aria-labelledby="enterprise-drafted-heading">
      <Card
        title={
          <Typography.Title level={2} id="enterprise-drafted-heading" className="section-title">
            {t(m.draftedHeading)}
          </Typography.Title>
        }
        extra={
          drafted.data && (
            <span className="text-secondary" role="status">
              {t(m.draftedTotal, { total: items.length })}
            </span>
          )
        }
      >
        <Typography.Paragraph type="secondary">{t(m.draftedHelp)}</Typography.Paragraph>
        {drafted.isError ? (
          <ApiErrorAlert error={drafted.error} onRetry={() => void drafted.refetch()} />
        ) : (
          <Table<Drafted>
            rowKey="id"
            columns={columns}
            dataSource={items}
            loading={drafted.isFetching}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            locale={{ emptyText: <Empty description={t(m.noDrafted)} image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
            size="small"
          />
        )}
      </Card>
    </section>
  );
}
