import { standardKindLabels } from '@cloudstd/shared/domain/labels';
import type { TargetSet, TargetMilestone } from '@cloudstd/shared/schemas/target-set';
import { Descriptions, Table, Typography, type TableColumnsType } from 'antd';
import { formatDateTime } from '../../../lib/format.ts';
import { pick, useI18n } from '../../../lib/i18n.tsx';
import { adminMessages as m } from '../messages.ts';
import { countableKinds } from '../utils/target-set-form-values.ts';

/** What a target set's row opens to: its key, source, parts goal, last change and milestones, read-only. */
export function TargetSetDetails({ targetSet }: { targetSet: TargetSet }) {
  const { t, lang } = useI18n();
  const list = (items: readonly string[]) => items.join(lang === 'zh' ? '、' : ', ');

  const columns: TableColumnsType<TargetMilestone> = [
    {
      key: 'name',
      title: t(m.milestoneName),
      render: (_value, milestone) => pick(lang, milestone.nameZh, milestone.nameEn),
    },
    { key: 'due', title: t(m.milestoneDue), dataIndex: 'dueOn' },
    {
      key: 'directions',
      title: t(m.milestoneDirections),
      render: (_value, milestone) => list(milestone.directions),
    },
    {
      key: 'kinds',
      title: t(m.milestoneKinds),
      render: (_value, milestone) =>
        list(
          countableKinds.filter((kind) => milestone.kinds.includes(kind)).map((kind) => t(standardKindLabels[kind])),
        ),
    },
    { key: 'tag', title: t(m.milestoneTag), render: (_value, milestone) => milestone.tag ?? '—' },
  ];

  return (
    <div className="target-set-details">
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'key', label: t(m.targetSetKey), children: <code>{targetSet.key}</code> },
          { key: 'source', label: t(m.source), children: targetSet.source ?? '—' },
          {
            key: 'parts',
            label: t(m.partsGoal),
            children: targetSet.partsGoal === null ? t(m.noGoal) : t(m.partsGoalValue, { count: targetSet.partsGoal }),
          },
          {
            key: 'updated',
            label: t(m.updatedColumn),
            children: (
              <>
                <time dateTime={targetSet.updatedAt}>{formatDateTime(targetSet.updatedAt)}</time>
                {' · '}
                {t(m.versionOf, { version: targetSet.version })}
              </>
            ),
          },
        ]}
      />
      <Typography.Title level={3} className="target-set-details-title">
        {t(m.milestonesHeading)}
      </Typography.Title>
      {targetSet.milestones.length === 0 ? (
        <Typography.Text type="secondary">{t(m.noMilestones)}</Typography.Text>
      ) : (
        <Table<TargetMilestone>
          rowKey="code"
          size="small"
          columns={columns}
          dataSource={targetSet.milestones}
          pagination={false}
          scroll={{ x: 'max-content' }}
        />
      )}
    </div>
  );
}
