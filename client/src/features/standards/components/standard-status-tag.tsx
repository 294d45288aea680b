import { standardStatusLabels } from '@cloudstd/shared/domain/labels';
import type { StandardStatus } from '@cloudstd/shared/domain/standard-status';
import { Tag } from 'antd';
import { useI18n } from '../../../lib/i18n.tsx';

const statusColors: Record<StandardStatus, string> = {
  none: 'default',
  approved: 'geekblue',
  draft: 'gold',
  submitted: 'orange',
  published: 'green',
  in_force: 'cyan',
  withdrawn: 'default',
  replaced: 'purple',
};

/** The lifecycle status as a coloured tag that also says it in words. */
export function StandardStatusTag({ status }: { status: StandardStatus }) {
  const { t } = useI18n();
  return (
    <Tag
      color={statusColors[status]}
      className={
        status === 'withdrawn' || status === 'replaced' ? 'standard-tag standard-tag-withdrawn' : 'standard-tag'
      }
      data-status={status}
    >
      {t(standardStatusLabels[status])}
    </Tag>
  );
}
