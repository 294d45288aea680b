import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useI18n } from '../lib/i18n.tsx';
import { useDocumentTitle } from '../lib/use-document-title.ts';

/** What a signed-in user sees on a page their role does not open; `detail` says who may (administrators by default). */
export function ForbiddenResult({ detail }: { detail?: string | undefined }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  useDocumentTitle(t('error.forbidden.title'));
  return (
    <Result
      status="403"
      title={<h1 className="result-title">{t('error.forbidden.title')}</h1>}
      subTitle={detail ?? t('error.forbidden.detail')}
      extra={
        <Button type="primary" onClick={() => void navigate('/')}>
          {t('action.backHome')}
        </Button>
      }
    />
  );
}
