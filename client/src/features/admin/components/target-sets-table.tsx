import { standardKindLabels, standardLevelLabels } from '@cloudstd/shared/domain/labels';
import type { TargetSet } from '@cloudstd/shared/schemas/target-set';
import { Button, Table, Tag, type TableColumnsType } from 'antd';
import { pick, useI18n } from '../../../lib/i18n.tsx';
import { adminMessages as m } from '../messages.ts';
import { countableKinds, countableLevels } from '../utils/target-set-form-values.ts';
import { TargetSetDetails } from './target-set-details.tsx';

interface TargetSetsTableProps {
  targetSets: readonly TargetSet[];
  loading: boolean;
  onEdit: (targetSet: TargetSet) => void;
}

/** Each target set's goals and counting rules at a glance; a row opens to its source, history and milestones. */
export function TargetSetsTable({ targetSets, loading, onEdit }: TargetSetsTableProps) {
  const { t, lang } = useI18n();
  const count = (value: number) => value.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en');

  const columns: TableColumnsType<TargetSet> = [
    {
      key: 'name',
      title: t(m.targetSetName),
      render: (_value, set) => (
        <span className="target-set-name">
          <strong>{pick(lang, set.nameZh, set.nameEn)}</strong>
          {set.isDefault && (
            <Tag color="blue" className="target-set-default" data-testid="target-set-default">
              {t(m.defaultSet)}
            </Tag>
          )}
        </span>
      ),
    },
    {
      key: 'window',
      title: t(m.window),
      render: (_value, set) => t(m.windowRange, { start: set.windowStart, end: set.windowEnd }),
    },
    {
      key: 'goals',
      title: t(m.goalsColumn),
      render: (_value, set) => (
        <div className="target-set-lines">
          <span data-testid="target-set-standards-goal">
            {t(m.standardsGoalLine, {
              goal:
                set.standardsStretch === null
                  ? t(m.goalOnly, { goal: count(set.standardsGoal) })
                  : t(m.goalWithStretch, { goal: count(set.standardsGoal), stretch: count(set.standardsStretch) }),
            })}
          </span>
          <span>
            {t(m.enterprisesGoalLine, {
              goal:
                set.enterprisesGoal === null
                  ? t(m.noGoal)
                  : set.enterprisesDue === null
                    ? t(m.enterprisesGoalOnly, { goal: count(set.enterprisesGoal) })
                    : t(m.enterprisesGoalDue, { goal: count(set.enterprisesGoal), due: set.enterprisesDue }),
            })}
          </span>
        </div>
      ),
    },
    {
      key: 'counted',
      title: t(m.countedColumn),
      render: (_value, set) => (
        <div className="target-set-lines">
          <div>
            {countableLevels
              .filter((level) => set.countedLevels.includes(level))
              .map((level) => (
                <Tag key={level}>{t(standardLevelLabels[level])}</Tag>
              ))}
          </div>
          <div>
            {countableKinds
              .filter((kind) => set.countedKinds.includes(kind))
              .map((kind) => (
                <Tag key={kind} color="geekblue">
                  {t(standardKindLabels[kind])}
                </Tag>
              ))}
          </div>
        </div>
      ),
    },
    {
      key: 'actions',
      title: t(m.actions),
      fixed: 'right',
      render: (_value, set) => (
        <Button
          size="small"
          onClick={() => {
            onEdit(set);
          }}
          aria-label={t(m.editTargetSet, { name: pick(lang, set.nameZh, set.nameEn) })}
        >
          {t(m.edit)}
        </Button>
      ),
    },
  ];

  return (
    <Table<TargetSet>
      rowKey="key"
      columns={columns}
      dataSource={targetSets}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      expandable={{ expandedRowRender: (set) => <TargetSetDetails targetSet={set} /> }}
      data-testid="target-sets-table"
    />
  );
}
