import { Alert } from 'antd';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { describeError } from '../../../lib/api-client.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { standardsMessages as m } from '../messages.ts';
import { existingStandardOf } from '../utils/server-errors.ts';

interface StandardErrorAlertProps {
  error: unknown;
  onClose?: (() => void) | undefined;
  className?: string;
}

/** An API error about a standard; a taken number links to the record that holds it. */
export function StandardErrorAlert({ error, onClose, className }: StandardErrorAlertProps) {
  const { t, lang } = useI18n();
  const existing = existingStandardOf(error);
  if (!existing) return <ApiErrorAlert error={error} onClose={onClose} className={className} />;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      className={className}
      title={describeError(error, lang).title}
      description={
        <p className="alert-text" data-testid="number-taken">
          {t(m.numberTaken, { number: existing.number ?? existing.planNumber ?? '' })}{' '}
          <Link to={`/standards/${String(existing.id)}`}>
            {existing.number ?? existing.planNumber} {existing.titleZh}
          </Link>
        </p>
      }
      closable={onClose ? { onClose, 'aria-label': lang === 'zh' ? '关闭' : 'Close' } : false}
    />
  );
}
