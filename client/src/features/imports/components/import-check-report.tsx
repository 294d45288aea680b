import { CheckCircleOutlined } from '@ant-design/icons';
import type { ImportKind, ImportReport } from '@cloudstd/shared/schemas/import';
import { Button, Checkbox, Space, Switch, Typography } from 'antd';
import { useState } from 'react';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import type { ImportWorkflowState } from '../hooks/use-import-workflow.ts';
import { importMessages as m } from '../messages.ts';
import { suggestedCount, writableCount } from '../utils/import-rows.ts';
import { ImportCheckAlerts } from './import-check-alerts.tsx';
import { ImportRowsTable } from './import-rows-table.tsx';
import { ImportTotals } from './import-totals.tsx';

/** A checked file's report: totals, what it means, the import button, and every row with its outcome. */
export function ImportCheckReport({
  kind,
  report,
  workflow,
}: {
  kind: ImportKind;
  report: ImportReport;
  workflow: ImportWorkflowState;
}) {
  const { t } = useI18n();
  const { commit, refused, download, errorsOnly, setErrorsOnly } = workflow;
  const hasErrors = report.totals.error > 0;
  const writable = writableCount(report);
  const suggested = suggestedCount(report.rows);
  const [confirmed, setConfirmed] = useState(false);
  return (
    <>
      <ImportTotals totals={report.totals} />
      <div className="import-alerts" aria-live="polite">
        {commit.isError && !refused && (
          <ApiErrorAlert error={commit.error} onClose={() => commit.reset()} className="import-alert" />
        )}
        <ImportCheckAlerts
          kind={kind}
          report={report}
          onDownloadReport={workflow.downloadReport}
          downloading={download.isPending}
        />
      </div>
      <div className="import-toolbar">
        {hasErrors && (
          <label className="import-switch">
            <Switch checked={errorsOnly} onChange={setErrorsOnly} />
            <span>{t(m.errorsOnly)}</span>
          </label>
        )}
        <Space wrap className="import-toolbar-actions">
          {hasErrors && <Typography.Text type="secondary">{t(m.commitDisabledErrors)}</Typography.Text>}
          {suggested > 0 && !hasErrors && (
            <Checkbox checked={confirmed} onChange={(event) => setConfirmed(event.target.checked)}>
              {t(m.confirmSuggested, { count: suggested })}
            </Checkbox>
          )}
          <Button
            type="primary"
            icon={<CheckCircleOutlined aria-hidden />}
            disabled={hasErrors || writable === 0 || (suggested > 0 && !confirmed)}
            onClick={() => workflow.importFile(suggested > 0 && confirmed)}
          >
            {t(m.commit, { count: writable })}
          </Button>
        </Space>
      </div>
      <ImportRowsTable report={report} errorsOnly={errorsOnly} label={t(m.rowsLabel)} />
    </>
  );
}
