import type { ImportReport } from '@cloudstd/shared/schemas/import';
import { Button, Card, Result, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../../lib/i18n.tsx';
import { importMessages as m } from '../messages.ts';
import { writableCount } from '../utils/import-rows.ts';
import { ImportRowsTable } from './import-rows-table.tsx';

/** After a commit: what was written, with links to the standards (or enterprises) and the dashboard. */
export function ImportDone({ report, onAgain }: { report: ImportReport; onAgain: () => void }) {
  const { t } = useI18n();
  const { totals } = report;
  const adoptions = report.kind === 'adoptions' || report.kind === 'attendees';
  const detail = adoptions
    ? t(m.doneDetailAdoptions, {
        create: totals.create,
        update: totals.update,
        unchanged: totals.unchanged,
        enterprises: totals.newEnterprises ?? 0,
      })
    : t(m.doneDetail, { create: totals.create, update: totals.update, unchanged: totals.unchanged });
  const rowsLabel = adoptions ? m.importedAdoptionsLabel : m.importedRowsLabel;
  return (
    <>
      <Card className="import-card">
        <Result
          status="success"
          title={<h2 className="result-title">{t(m.doneTitle)}</h2>}
          subTitle={
            <span role="status" data-testid="import-done">
              {writableCount(report) > 0 ? detail : t(m.doneNothing)}
            </span>
          }
          extra={
            <Space wrap>
              {adoptions ? (
                <Link to="/enterprises">
                  <Button type="primary" tabIndex={-1}>
                    {t(m.viewEnterprises)}
                  </Button>
                </Link>
              ) : (
                <Link to="/standards?sort=updatedAt&order=desc">
                  <Button type="primary" tabIndex={-1}>
                    {t(m.viewStandards)}
                  </Button>
                </Link>
              )}
              <Link to="/">
                <Button tabIndex={-1}>{t(m.viewDashboard)}</Button>
              </Link>
              <Button onClick={onAgain}>{t(m.importAnother)}</Button>
            </Space>
          }
        />
      </Card>
      <section aria-labelledby="import-done-rows" className="import-section">
        <Card className="import-card">
          <Typography.Title level={2} id="import-done-rows" className="section-title">
            {t(rowsLabel)}
          </Typography.Title>
          <ImportRowsTable report={report} errorsOnly={false} linkRecords label={t(rowsLabel)} />
        </Card>
      </section>
    </>
  );
}
