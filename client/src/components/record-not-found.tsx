import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useI18n, type Bilingual } from '../lib/i18n.tsx';
import { useDocumentTitle } from '../lib/use-document-title.ts';

interface RecordNotFoundProps {
  /** A feature's messages: the page heading, the explanation and the button back to its list. */
  messages: { notFound: Bilingual; notFoundDetail: Bilingual; backToList: Bilingual };
  listPath: string;
}

/** A record's page when the record does not exist (404), with the way back to its list. */
export function RecordNotFound({ messages, listPath }: RecordNotFoundProps) {
  const { t } = useI18n();
  const navigate = useNavigate();
  useDocumentTitle(t(messages.notFound));
  return (
    <Result
      status="404"
      title={<h1 className="result-title">{t(messages.notFound)}</h1>}
      subTitle={t(messages.notFoundDetail)}
      extra={
        <Button type="primary" onClick={() => void navigate(listPath)}>
          {t(messages.backToList)}
        </Button>
      }
    />
  );
}
