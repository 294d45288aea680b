import { InboxOutlined, ReloadOutlined } from '@ant-design/icons';
import { IMPORT_MAX_ROWS } from '@cloudstd/shared/schemas/import';
import { Button, Upload } from 'antd';
import { useI18n } from '../../../lib/i18n.tsx';
import { IMPORT_MAX_MEGABYTES } from '../hooks/use-import-workflow.ts';
import { importMessages as m } from '../messages.ts';

const accept = '.xlsx,.xlsm,.csv,.tsv,.txt';

/** antd hands over the file; returning false keeps it from uploading on its own. */
function keep(onFile: (file: File) => void) {
  return (file: File) => {
    onFile(file);
    return false;
  };
}

/** Drop or pick a spreadsheet; it is checked at once. */
export function ImportDropzone({ onFile }: { onFile: (file: File) => void }) {
  const { t } = useI18n();
  return (
    <Upload.Dragger
      accept={accept}
      multiple={false}
      showUploadList={false}
      beforeUpload={keep(onFile)}
      data-testid="import-dropzone"
    >
      <p className="ant-upload-drag-icon">
        <InboxOutlined aria-hidden />
      </p>
      <p className="ant-upload-text">{t(m.dropHint)}</p>
      <p className="ant-upload-hint">
        {t(m.dropDetail, { size: IMPORT_MAX_MEGABYTES, rows: IMPORT_MAX_ROWS.toLocaleString() })}
      </p>
    </Upload.Dragger>
  );
}

/** Another file (a corrected one, usually) in place of the checked one. */
export function ChooseAnotherFileButton({ onFile, disabled }: { onFile: (file: File) => void; disabled: boolean }) {
  const { t } = useI18n();
  return (
    <Upload accept={accept} multiple={false} showUploadList={false} beforeUpload={keep(onFile)}>
      <Button icon={<ReloadOutlined aria-hidden />} disabled={disabled}>
        {t(m.chooseAnother)}
      </Button>
    </Upload>
  );
}
