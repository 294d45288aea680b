import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Typography } from 'antd';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import { useDownloadBackup } from '../api/download-backup.ts';
import { adminMessages as m } from '../messages.ts';

/** 备份: an admin downloads a backup of the running database, restored on a server with `npm run db:restore`. */
export function BackupSection() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const download = useDownloadBackup();

  return (
    <Card title={t(m.backupHeading)}>
      <Typography.Paragraph>{t(m.backupIntro)}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t(m.backupRestoreHint)}</Typography.Paragraph>
      {download.isError && (
        <ApiErrorAlert error={download.error} onClose={() => download.reset()} className="admin-backup-error" />
      )}
      <Button
        type="primary"
        icon={<DownloadOutlined />}
        loading={download.isPending}
        onClick={() => {
          download.mutate(undefined, {
            onSuccess: (fileName) => void message.success(t(m.backupDownloaded, { fileName })),
          });
        }}
      >
        {t(m.downloadBackup)}
      </Button>
    </Card>
  );
}
