import { CloseCircleFilled } from '@ant-design/icons';
import { Button } from 'antd';
import { useEffect } from 'react';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { useI18n } from '../lib/i18n.tsx';
import { isChunkLoadError, whenServerIsBack } from '../lib/outage.ts';
import { useDocumentTitle } from '../lib/use-document-title.ts';

/**
 * Shown when a page throws or its code fails to load (the server is down, or a new release replaced the
 * files). Plain markup rather than antd's Result: this is part of the entry chunk every visitor downloads.
 * A page whose code did not load reloads by itself once the server answers again: the reload also picks up
 * the file names of a new release.
 */
export function RouteError() {
  return <ErrorPage error={useRouteError()} />;
}

/** The error page for `error`: also what a page whose code could not load renders in its place (router.tsx). */
export function ErrorPage({ error }: { error: unknown }) {
  const { t } = useI18n();
  useDocumentTitle(t('error.page.title'));
  const codeMissing = isChunkLoadError(error);
  useEffect(() => {
    if (!codeMissing) return;
    return whenServerIsBack(() => {
      window.location.reload();
    });
  }, [codeMissing]);
  const detail = isRouteErrorResponse(error)
    ? `${String(error.status)} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : null;
  return (
    <div className="route-error" role="alert">
      <CloseCircleFilled className="route-error-icon" aria-hidden />
      <h1 className="result-title">{t('error.page.title')}</h1>
      <p>{t(codeMissing ? 'error.chunk.detail' : 'error.page.detail')}</p>
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
