import { standardLevelLabels } from '@cloudstd/shared/domain/labels';
import type { StandardLevelValue } from '@cloudstd/shared/schemas/standard';
import { Tag } from 'antd';
import { useI18n } from '../../../lib/i18n.tsx';

const levelColors: Record<StandardLevelValue, string> = {
  national: 'red',
  industry: 'blue',
  group: 'purple',
  local: 'green',
  other: 'default',
};

/** The level as a coloured tag that also says it in words. */
export function StandardLevelTag({ level }: { level: StandardLevelValue }) {
  const { t } = useI18n();
  return (
    <Tag color={levelColors[level]} className="standard-tag" data-level={level}>
      {t(standardLevelLabels[level])}
    </Tag>
  );
}
