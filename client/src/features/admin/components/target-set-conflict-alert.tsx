import { Alert } from 'antd';
import { formatDateTime } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import type { TargetSetConflict } from '../hooks/use-target-set-save.ts';
import { adminMessages as m } from '../messages.ts';
import { describeChanges } from '../utils/target-set-labels.ts';

/** Someone saved the set meanwhile: which version is now in the form, and the changes not saved. */
export function TargetSetConflictAlert({ conflict, onClose }: { conflict: TargetSetConflict; onClose: () => void }) {
  const { t, lang } = useI18n();
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      className="form-alert"
      data-testid="target-set-conflict"
      title={t(m.conflictTitle)}
      description={
        <>
          <p className="alert-text">
            {t(m.conflictDetail, { version: conflict.current.version, at: formatDateTime(conflict.current.updatedAt) })}
          </p>
          <p className="alert-text">{t(m.conflictUnsaved)}</p>
          <ul className="alert-list">
            {describeChanges(conflict.unsaved, lang).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      }
      closable={{ onClose, 'aria-label': lang === 'zh' ? '关闭' : 'Close' }}
    />
  );
}
