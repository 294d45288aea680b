import { useEffect } from 'react';
import { useI18n } from './i18n.tsx';

/** Names the browser tab (and what screen readers announce on navigation) after the page. */
export function useDocumentTitle(pageTitle: string | null): void {
  const { t } = useI18n();
  const appName = t('app.name');
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} · ${appName}` : appName;
  }, [pageTitle, appName]);
}
