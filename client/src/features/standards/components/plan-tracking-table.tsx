import { planStageLabels, standardLevelLabels } from '@cloudstd/shared/domain/labels';
import type { PlanTrackingItem } from '@cloudstd/shared/schemas/plan';
import { Table, Tag, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../lib/i18n.tsx';
import { standardsMessages as m } from '../messages.ts';

interface PlanTrackingTableProps {
  items: readonly PlanTrackingItem[];
  loading: boolean;
  empty: ReactNode;
}

/** 计划跟踪: each open plan with its due date, overdue days and its stage against the norm. */
export function PlanTrackingTable({ items, loading, empty }: PlanTrackingTableProps) {
  const { t } = useI18n();
  const columns: TableColumnsType<PlanTrackingItem> = [
    {
      title: t(m.planNumber),
      key: 'plan',
      width: 200,
      render: (_value, item) => (
        <>
          <Link to={`/standards/${String(item.id)}`} className="standard-number">
            {item.planNumber ?? item.number ?? `#${String(item.id)}`}
          </Link>
          {item.number && item.planNumber && <div className="standard-number">{item.number}</div>}
        </>
      ),
    },
    {
      title: t(m.titleZh),
      key: 'title',
      render: (_value, item) => (
        <>
          <span lang="zh-CN">{item.titleZh}</span>
          <div className="plan-meta">{t(standardLevelLabels[item.level])}</div>
        </>
      ),
    },
    {
      title: t(m.planDueOn),
      key: 'due',
      width: 180,
      render: (_value, item) => (
        <>
          <time dateTime={item.dueOn}>{item.dueOn}</time>
          {item.extensions > 0 && <div className="plan-meta">{t(m.extendedTimes, { count: item.extensions })}</div>}
        </>
      ),
    },
    {
      title: t(m.planOverdue),
      key: 'overdue',
      width: 140,
      render: (_value, item) =>
        item.overdue ? (
          <Tag color="red">{t(m.overdueDays, { days: item.overdueDays })}</Tag>
        ) : (
          <Tag color="green">{t(m.notOverdue)}</Tag>
        ),
    },
    {
      title: t(m.stage),
      key: 'stage',
      width: 260,
      render: (_value, item) => {
        if (item.stage === null || item.monthsInStage === null) return t(m.none);
        const months =
          item.stageNormMonths === null
            ? t(m.monthsNoNorm, { months: item.monthsInStage })
            : t(m.monthsOfNorm, { months: item.monthsInStage, norm: item.stageNormMonths });
        return (
          <>
            <strong>{t(planStageLabels[item.stage])}</strong>{' '}
            <span className="plan-meta">{t(m.stageSince, { date: item.stageSince ?? '' })}</span>
            <div>
              {months}{' '}
              {item.monthsOverNorm > 0 && <Tag color="orange">{t(m.overNorm, { months: item.monthsOverNorm })}</Tag>}
            </div>
          </>
        );
      },
    },
  ];
  return (
    <Table<PlanTrackingItem>
      rowKey="id"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      locale={{ emptyText: empty }}
      scroll={{ x: 960 }}
      size="middle"
    />
  );
}
