import { Alert, Button } from 'antd';
import { describeError } from '../lib/api-client.ts';
import { useI18n } from '../lib/i18n.tsx';
import { isOutageError } from '../lib/outage.ts';
import { useOutageBannerCovers } from './outage-banner.tsx';

interface ApiErrorAlertProps {
  error: unknown;
  onRetry?: (() => void) | undefined;
  onClose?: (() => void) | undefined;
  className?: string;
}

/** An error from the API in the current language: title, detail, field errors and the request id for support. */
export function ApiErrorAlert({ error, onRetry, onClose, className }: ApiErrorAlertProps) {
  const { lang, t } = useI18n();
  const bannerCovers = useOutageBannerCovers();
  // A read that failed because the server is out of reach is the outage banner's to report, once for the
  // page; a failed write still says so where the user made it.
  if (bannerCovers && onRetry && isOutageError(error)) return null;
  const { title, detail, fieldErrors, requestId } = describeError(error, lang);
  const hasDescription = detail !== null || fieldErrors.length > 0 || requestId !== null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      className={className}
      title={title}
      description={
        hasDescription ? (
          <>
            {detail && <p className="alert-text">{detail}</p>}
            {fieldErrors.length > 0 && (
              <ul className="alert-list">
                {fieldErrors.map((fieldError) => (
                  <li key={`${fieldError.field}:${fieldError.message}`}>{fieldError.message}</li>
                ))}
              </ul>
            )}
            {requestId && (
              <p className="alert-request-id">
                {t('error.requestId')}: <code>{requestId}</code>
              </p>
            )}
          </>
        ) : undefined
      }
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('action.retry')}
          </Button>
        ) : undefined
      }
      closable={onClose ? { onClose, 'aria-label': lang === 'zh' ? '关闭' : 'Close' } : false}
    />
  );
}
