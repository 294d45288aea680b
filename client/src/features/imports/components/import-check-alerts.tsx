import type { ImportKind, ImportReport } from '@cloudstd/shared/schemas/import';
import { Alert, Button } from 'antd';
import { useI18n } from '../../../lib/i18n.tsx';
import { importMessages as m } from '../messages.ts';
import { importReadiness, warningCount } from '../utils/import-rows.ts';

interface ImportCheckAlertsProps {
  kind: ImportKind;
  report: ImportReport;
  onDownloadReport: () => void;
  downloading: boolean;
}

/** What the check found, in one line each: errors (with the marked workbook), or what an import would write; warnings; unknown columns. */
export function ImportCheckAlerts({ kind, report, onDownloadReport, downloading }: ImportCheckAlertsProps) {
  const { t, lang } = useI18n();
  const readiness = importReadiness(report);
  const warned = warningCount(report.rows);
  return (
    <>
      {readiness === 'errors' ? (
        <Alert
          type="error"
          showIcon
          className="import-alert"
          title={t(m.errorsFound, { count: report.totals.error })}
          action={
            <Button size="small" loading={downloading} onClick={onDownloadReport}>
              {t(m.downloadErrors)}
            </Button>
          }
        />
      ) : readiness === 'ready' ? (
        <Alert
          type="success"
          showIcon
          className="import-alert"
          title={
            kind === 'adoptions'
              ? t(m.readyToImportAdoptions, {
                  create: report.totals.create,
                  update: report.totals.update,
                  enterprises: report.totals.newEnterprises ?? 0,
                })
              : t(m.readyToImport, { create: report.totals.create, update: report.totals.update })
          }
          description={t(m.blankCellsKeep)}
        />
      ) : (
        <Alert type="info" showIcon className="import-alert" title={t(m.nothingToDo)} />
      )}
      {warned > 0 && (
        <Alert type="warning" showIcon className="import-alert" title={t(m.warningsFound, { count: warned })} />
      )}
      {report.unknownColumns.length > 0 && (
        <Alert
          type="warning"
          showIcon
          className="import-alert"
          title={t(m.unknownColumns, { columns: report.unknownColumns.join(lang === 'zh' ? '、' : ', ') })}
        />
      )}
    </>
  );
}
