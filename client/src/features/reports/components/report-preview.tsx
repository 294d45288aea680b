import { DownloadOutlined } from '@ant-design/icons';
import { progressStatusLabels } from '@cloudstd/shared/domain/labels';
import { Button, Skeleton, Tag } from 'antd';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import { useReportPreview } from '../api/get-report-preview.ts';
import { reportsMessages as m } from '../messages.ts';
import { reportFileName, reportUrl, type ReportChoice, type ReportFormat } from '../utils/report-urls.ts';
import { formatHelp } from './report-controls.tsx';

const statusColors = { achieved: 'success', on_track: 'success', behind: 'warning', at_risk: 'error' } as const;

/** The figures the report will carry, and the download itself (a plain link: the browser saves the file). */
export function ReportPreview({
  choice,
  format,
  valid,
}: {
  choice: ReportChoice;
  format: ReportFormat;
  valid: boolean;
}) {
  const { t, lang } = useI18n();
  const preview = useReportPreview(choice, valid);
  // Every format follows the edition the report does (chosen, else the target set's): the CSVs name it.
  const edition = choice.framework ?? preview.data?.summary.framework.key;
  const fileName = reportFileName(format, choice.asOf, edition);

  let figures;
  if (!valid) figures = null;
  else if (preview.isError) figures = <ApiErrorAlert error={preview.error} onRetry={() => void preview.refetch()} />;
  else if (!preview.data) figures = <Skeleton active paragraph={{ rows: 2 }} />;
  else {
    const { summary, publishedSince } = preview.data;
    figures = (
      <dl className="report-figures" data-testid="report-preview">
        <div>
          <dt>{t(m.previewCounted)}</dt>
          <dd>
            <strong>{summary.standards.counted}</strong> / {summary.standards.goal}{' '}
            <Tag color={statusColors[summary.standards.status]}>
              {t(progressStatusLabels[summary.standards.status])}
            </Tag>
          </dd>
        </div>
        <div>
          <dt>{t(m.previewCovered)}</dt>
          <dd>
            <strong>{summary.coverage.covered}</strong> / {summary.coverage.total}
          </dd>
        </div>
        <div>
          <dt>{t(m.previewParts)}</dt>
          <dd>
            <strong>{summary.coverage.partsCovered}</strong> / {summary.coverage.partsTotal}
          </dd>
        </div>
        <div>
          <dt>{t(m.previewEnterprises)}</dt>
          <dd>
            <strong>{summary.enterprises.counted}</strong>
            {summary.enterprises.goal !== null && ` / ${summary.enterprises.goal}`}
          </dd>
        </div>
        <div>
          <dt>{t(m.previewPublished)}</dt>
          <dd>
            <strong>{publishedSince}</strong>{' '}
            <span className="report-muted">{t(m.previewPeriod, { since: choice.since, asOf: choice.asOf })}</span>
          </dd>
        </div>
      </dl>
    );
  }

  return (
    <section className="report-preview" aria-label={t(m.previewLabel, { asOf: choice.asOf })}>
      <h3 className="report-subheading">{t(m.previewTitle)}</h3>
      {figures}
      <p className="report-muted">{t(formatHelp[format])}</p>
      <div className="report-download">
        <Button
          type="primary"
          icon={<DownloadOutlined aria-hidden />}
          href={valid ? reportUrl(format, { ...choice, framework: edition }, lang) : undefined}
          download={fileName}
          disabled={!valid}
          data-testid="report-download"
        >
          {t(m.download)}
        </Button>
        <span className="report-muted">{t(m.fileName, { name: fileName })}</span>
      </div>
    </section>
  );
}
