import type { ImportAction } from '@cloudstd/shared/schemas/import';
import { Tag } from 'antd';
import { useI18n } from '../../../lib/i18n.tsx';
import { importMessages as m } from '../messages.ts';

const looks = {
  create: { color: 'blue', label: m.actionCreate },
  update: { color: 'gold', label: m.actionUpdate },
  unchanged: { color: 'default', label: m.actionUnchanged },
  error: { color: 'red', label: m.actionError },
} as const;

export function ImportActionTag({ action }: { action: ImportAction }) {
  const { t } = useI18n();
  const look = looks[action];
  return (
    <Tag color={look.color} className="import-action-tag">
      {t(look.label)}
    </Tag>
  );
}
