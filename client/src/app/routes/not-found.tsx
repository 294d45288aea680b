import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useI18n } from '../../lib/i18n.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';

export function NotFoundPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  useDocumentTitle(t('error.notFound.title'));
  return (
    <Result
      status="404"
      title={<h1 className="result-title">{t('error.notFound.title')}</h1>}
      subTitle={t('error.notFound.detail')}
      extra={
        <Button type="primary" onClick={() => void navigate('/')}>
          {t('action.backHome')}
        </Button>
      }
    />
  );
}
