import type { ImportKind } from '@cloudstd/shared/schemas/import';
import { roleAllows } from '@cloudstd/shared/schemas/user';
import { Card, Spin, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { ForbiddenResult } from '../../../components/forbidden-result.tsx';
import { useCurrentUser } from '../../../lib/current-user.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import { ImportCheckReport } from '../components/import-check-report.tsx';
import { ChooseAnotherFileButton, ImportDropzone } from '../components/import-dropzone.tsx';
import { ImportDone } from '../components/import-done.tsx';
import { ImportFileDetails } from '../components/import-file-details.tsx';
import { AnnouncementWorkflow } from '../components/announcement-workflow.tsx';
import { ImportHeader, type ImportMode } from '../components/import-header.tsx';
import { ImportHelp } from '../components/import-help.tsx';
import { useImportWorkflow } from '../hooks/use-import-workflow.ts';
import { importMessages as m } from '../messages.ts';
import { writableCount } from '../utils/import-rows.ts';
import '../imports.css';

/** The event an attendee list adds to (`?kind=attendees&event=<id>`, opened from the event's page). */
function eventOf(params: URLSearchParams): number | undefined {
  const id = Number(params.get('event'));
  return Number.isInteger(id) && id > 0 ? id : undefined;
}

/** What the page imports, from the URL (`?kind=adoptions`, `?kind=announcement`); standards when absent or unknown. */
function kindOf(params: URLSearchParams): ImportMode {
  const kind = params.get('kind');
  if (kind === 'attendees' && eventOf(params) !== undefined) return 'attendees';
  return kind === 'adoptions' || kind === 'announcement' ? kind : 'standards';
}

export function ImportPage() {
  const { t } = useI18n();
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  if (!roleAllows(user.role, 'editor')) return <ForbiddenResult detail={t(m.editorsOnly)} />;
  const kind = kindOf(params);
  // The edition a standards file is read in, kept in the URL (`?framework=`); none: the default edition.
  const framework = kind === 'standards' ? (params.get('framework') ?? undefined) : undefined;
  const event = kind === 'attendees' ? eventOf(params) : undefined;
  const chooseKind = (next: ImportMode) => {
    setParams(next === 'standards' ? {} : { kind: next });
  };
  if (kind === 'announcement') {
    return (
      <>
        <ImportHeader kind={kind} onKind={chooseKind} disabled={false} />
        <AnnouncementWorkflow />
      </>
    );
  }
  const chooseFramework = (next: string) => {
    setParams({ framework: next });
  };
  // A new kind, edition or event starts a new workflow: a file checked in one is not checked in the other.
  return (
    <ImportWorkflow
      key={`${kind}:${framework ?? ''}:${event ?? ''}`}
      kind={kind}
      onKind={chooseKind}
      framework={framework}
      onFramework={chooseFramework}
      event={event}
    />
  );
}

/** Upload → check (every row's outcome) → fix and upload again → import; then the totals and links. */
function ImportWorkflow({
  kind,
  onKind,
  framework,
  onFramework,
  event,
}: {
  kind: ImportKind;
  onKind: (kind: ImportMode) => void;
  framework: string | undefined;
  onFramework: (key: string) => void;
  event: number | undefined;
}) {
  const { t } = useI18n();
  const workflow = useImportWorkflow(kind, framework, event);
  const { file, report, check, commit, busy } = workflow;
  const header = (
    <ImportHeader
      kind={kind}
      onKind={onKind}
      framework={framework}
      onFramework={onFramework}
      disabled={commit.isPending}
    />
  );

  if (commit.data) {
    return (
      <>
        {header}
        <ImportDone report={commit.data} onAgain={workflow.startOver} />
      </>
    );
  }

  return (
    <>
      {header}
      {!file ? (
        <section aria-labelledby="import-upload-heading" className="import-section">
          <Card className="import-card">
            <Typography.Title level={2} id="import-upload-heading" className="section-title">
              {t(m.uploadHeading)}
            </Typography.Title>
            <ImportDropzone onFile={workflow.choose} />
          </Card>
        </section>
      ) : (
        <section aria-labelledby="import-report-heading" className="import-section">
          <Card className="import-card">
            <div className="section-heading">
              <Typography.Title level={2} id="import-report-heading" className="section-title">
                {t(m.reportHeading)}
              </Typography.Title>
              <ChooseAnotherFileButton onFile={workflow.choose} disabled={busy} />
            </div>
            <ImportFileDetails
              fileName={file.name}
              sheets={workflow.sheets}
              sheet={workflow.sheet}
              onSheet={workflow.chooseSheet}
              report={report}
              disabled={busy}
            />
            {busy ? (
              <div className="import-pending" role="status">
                <Spin />
                <span>
                  {commit.isPending
                    ? t(m.committing, { count: report ? writableCount(report) : 0 })
                    : t(m.checking, { name: file.name })}
                </span>
              </div>
            ) : check.isError ? (
              <>
                <ApiErrorAlert error={check.error} className="import-alert" />
                <ImportDropzone onFile={workflow.choose} />
              </>
            ) : (
              report && <ImportCheckReport kind={kind} report={report} workflow={workflow} />
            )}
          </Card>
        </section>
      )}
      <ImportHelp kind={kind} />
    </>
  );
}
