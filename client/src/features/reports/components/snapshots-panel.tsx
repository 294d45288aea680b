import { FilePdfOutlined, FileExcelOutlined } from '@ant-design/icons';
import type { Snapshot } from '@cloudstd/shared/schemas/report';
import { Alert, App, Button, Input, Space, Table } from 'antd';
import { useState } from 'react';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { pick, useI18n } from '../../../lib/i18n.tsx';
import { useCreateSnapshot } from '../api/create-snapshot.ts';
import { useSnapshots } from '../api/get-snapshots.ts';
import { reportsMessages as m } from '../messages.ts';
import { snapshotFileName, snapshotReportUrl, type ReportChoice } from '../utils/report-urls.ts';

interface SnapshotsPanelProps {
  choice: ReportChoice;
  canPublish: boolean;
  valid: boolean;
}

/** The published snapshots with their files, and (for editors and admins) publishing the current choice. */
export function SnapshotsPanel({ choice, canPublish, valid }: SnapshotsPanelProps) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const snapshots = useSnapshots();
  const create = useCreateSnapshot();
  const [name, setName] = useState('');
  const [nameMissing, setNameMissing] = useState(false);

  const publish = () => {
    const trimmed = name.trim();
    if (!trimmed) {
      setNameMissing(true);
      return;
    }
    create.mutate(
      {
        name: trimmed,
        asOf: choice.asOf,
        since: choice.since,
        ...(choice.targetSet ? { targetSet: choice.targetSet } : {}),
        ...(choice.framework ? { framework: choice.framework } : {}),
      },
      {
        onSuccess: (snapshot) => {
          setName('');
          void message.success(t(m.published, { name: snapshot.name }));
        },
      },
    );
  };

  return (
    <div className="report-snapshots">
      <p className="report-muted">{t(m.snapshotsHelp)}</p>
      {canPublish && (
        <div className="report-publish">
          <label htmlFor="snapshot-name">{t(m.snapshotName)}</label>
          <Space.Compact>
            <Input
              id="snapshot-name"
              value={name}
              maxLength={50}
              placeholder={t(m.snapshotNamePlaceholder)}
              status={nameMissing ? 'error' : undefined}
              aria-invalid={nameMissing}
              aria-describedby="snapshot-name-help"
              onChange={(event) => {
                setName(event.target.value);
                setNameMissing(false);
              }}
              onPressEnter={publish}
            />
            <Button type="primary" onClick={publish} loading={create.isPending} disabled={!valid}>
              {t(m.publish)}
            </Button>
          </Space.Compact>
          <span id="snapshot-name-help" className={nameMissing ? 'report-error' : 'report-help'}>
            {nameMissing ? t(m.nameRequired) : t(m.publishHelp)}
          </span>
        </div>
      )}
      {create.isError && <ApiErrorAlert error={create.error} />}
      {snapshots.isError ? (
        <ApiErrorAlert error={snapshots.error} onRetry={() => void snapshots.refetch()} />
      ) : (
        <Table<Snapshot>
          rowKey="id"
          size="small"
          loading={snapshots.isPending}
          dataSource={snapshots.data?.items}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Alert type="info" title={t(m.snapshotsEmpty)} showIcon={false} /> }}
          columns={[
            { title: t(m.snapshotName), dataIndex: 'name', render: (value: string) => <strong>{value}</strong> },
            { title: t(m.snapshotAsOf), dataIndex: 'asOf' },
            {
              title: t(m.snapshotSet),
              render: (_, snapshot) => pick(lang, snapshot.targetSet.nameZh, snapshot.targetSet.nameEn),
            },
            {
              title: t(m.snapshotCounted),
              align: 'right',
              render: (_, snapshot) => `${snapshot.standards.counted} / ${snapshot.standards.goal}`,
            },
            {
              title: t(m.snapshotCovered),
              align: 'right',
              render: (_, snapshot) => `${snapshot.coverage.covered} / ${snapshot.coverage.total}`,
            },
            {
              title: t(m.snapshotPublished),
              render: (_, snapshot) => `${formatDateTime(snapshot.createdAt)} · ${snapshot.createdBy ?? '—'}`,
            },
            {
              title: t(m.snapshotFiles),
              render: (_, snapshot) => (
                <Space size="small">
                  <Button
                    size="small"
                    icon={<FilePdfOutlined aria-hidden />}
                    href={snapshotReportUrl(snapshot.id, 'pdf', lang)}
                    download={snapshotFileName(snapshot.name, snapshot.asOf, 'pdf')}
                    aria-label={`PDF ${snapshot.name}`}
                  >
                    PDF
                  </Button>
                  <Button
                    size="small"
                    icon={<FileExcelOutlined aria-hidden />}
                    href={snapshotReportUrl(snapshot.id, 'xlsx', lang)}
                    download={snapshotFileName(snapshot.name, snapshot.asOf, 'xlsx')}
                    aria-label={`Excel ${snapshot.name}`}
                  >
                    Excel
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      )}
    </div>
  );
}
