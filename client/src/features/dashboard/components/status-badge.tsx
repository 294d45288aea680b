import {
  CheckCircleOutlined,
  ClockCircleOutlined,
  ExclamationCircleOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { progressStatusLabels } from '@cloudstd/shared/domain/labels';
import type { ProgressStatus } from '@cloudstd/shared/domain/progress';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n.tsx';
import { dashboardMessages as m } from '../messages.ts';

const appearance: Record<ProgressStatus, { color: string; icon: ReactNode }> = {
  achieved: { color: 'success', icon: <CheckCircleOutlined aria-hidden /> },
  on_track: { color: 'processing', icon: <ClockCircleOutlined aria-hidden /> },
  behind: { color: 'warning', icon: <ExclamationCircleOutlined aria-hidden /> },
  at_risk: { color: 'error', icon: <WarningOutlined aria-hidden /> },
};

/** A progress status in words (已达成 / 进度正常 / 进度滞后 / 存在风险, the words of the PDF too) with an icon; the colour only repeats it. */
export function StatusBadge({ status }: { status: ProgressStatus }) {
  const { t } = useI18n();
  const { color, icon } = appearance[status];
  return (
    <Tag color={color} icon={icon} className="status-badge" data-status={status}>
      <span className="visually-hidden">{t(m.statusPrefix)}</span>
      {t(progressStatusLabels[status])}
    </Tag>
  );
}
