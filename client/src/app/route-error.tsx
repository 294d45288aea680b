import { CloseCircleFilled } from '@ant-design/icons';
import { Button } from 'antd';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { useI18n } from '../lib/i18n.tsx';
import { useDocumentTitle } from '../lib/use-document-title.ts';

/**
 * Shown when a page throws or its code fails to load (typically after a new release replaced the files).
 * Plain markup rather than antd's Result: this is part of the entry chunk every visitor downloads.
 */
export function RouteError() {
  const error = useRouteError();
  const { t } = useI18n();
  useDocumentTitle(t('error.page.title'));
  const detail = isRouteErrorResponse(error)
    ? `${String(error.status)} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : null;
  return (
    <div className="route-error" role="alert">
      <CloseCircleFilled className="route-error-icon" aria-hidden />
      <h1 className="result-title">{t('error.page.title')}</h1>
      <p>{t('error.page.detail')}</p>
      {detail && <code className="route-error-detail">{detail}</code>}
      <p>
        <Button
          type="primary"
          onClick={() => {
            window.location.reload();
          }}
        >
          {t('action.reload')}
        </Button>
      </p>
    </div>
  );
}
