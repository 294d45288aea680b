import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useI18n } from '../../../lib/i18n.tsx';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { enterprisesMessages as m } from '../messages.ts';

export function EnterpriseNotFound() {
  const { t } = useI18n();
  const navigate = useNavigate();
  useDocumentTitle(t(m.notFound));
  return (
    <Result
      status="404"
      title={<h1 className="result-title">{t(m.notFound)}</h1>}
      subTitle={t(m.notFoundDetail)}
      extra={
        <Button type="primary" onClick={() => void navigate('/enterprises')}>
          {t(m.backToList)}
        </Button>
      }
    />
  );
}
