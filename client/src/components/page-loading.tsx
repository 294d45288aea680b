import { Spin } from 'antd';
import { useI18n } from '../lib/i18n.tsx';

/** A centred spinner with a text for screen readers, while a page or its data loads. */
export function PageLoading({ fullScreen = false }: { fullScreen?: boolean }) {
  const { t } = useI18n();
  return (
    <div className={fullScreen ? 'page-loading page-loading-full' : 'page-loading'} role="status" aria-live="polite">
      <Spin size="large" />
      <span className="visually-hidden">{t('state.loading')}</span>
    </div>
  );
}
