import { DownloadOutlined, InboxOutlined, ReloadOutlined, CheckCircleOutlined } from '@ant-design/icons';
import { IMPORT_MAX_FILE_BYTES, IMPORT_MAX_ROWS, type ImportKind } from '@cloudstd/shared/schemas/import';
import { roleAllows } from '@cloudstd/shared/schemas/user';
import { Alert, App, Button, Card, Radio, Select, Space, Spin, Switch, Typography, Upload } from 'antd';
import { useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { ForbiddenResult } from '../../../components/forbidden-result.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { useCurrentUser } from '../../../lib/current-user.tsx';
import { downloadBlob } from '../../../lib/download.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import {
  importTemplateUrl,
  refusedImportReport,
  useCheckImport,
  useCommitImport,
  useDownloadImportReport,
} from '../api/import-spreadsheet.ts';
import { ImportDone } from '../components/import-done.tsx';
import { ImportRowsTable } from '../components/import-rows-table.tsx';
import { ImportTotals } from '../components/import-totals.tsx';
import { importCapabilities, importMessages as m } from '../messages.ts';
import { warningCount, writableCount } from '../utils/import-rows.ts';
import '../imports.css';

const maxMegabytes = IMPORT_MAX_FILE_BYTES / 1024 / 1024;
const accept = '.xlsx,.xlsm,.csv,.tsv,.txt';

/** What the page imports, from the URL (`?kind=adoptions`); standards when absent or unknown. */
function kindOf(params: URLSearchParams): ImportKind {
  return params.get('kind') === 'adoptions' ? 'adoptions' : 'standards';
}

export function ImportPage() {
  const { t } = useI18n();
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  if (!roleAllows(user.role, 'editor')) return <ForbiddenResult detail={t(m.editorsOnly)} />;
  const kind = kindOf(params);
  const chooseKind = (next: ImportKind) => {
    setParams(next === 'standards' ? {} : { kind: next });
  };
  // A new kind starts a new workflow: a file checked as standards is not a file of adoptions.
  return <ImportWorkflow key={kind} kind={kind} onKind={chooseKind} />;
}

/** Upload → check (every row's outcome) → fix and upload again → import; then the totals and links. */
function ImportWorkflow({ kind, onKind }: { kind: ImportKind; onKind: (kind: ImportKind) => void }) {
  const { t, lang } = useI18n();
  const kindLabelId = useId();
  const { message } = App.useApp();
  const sheetLabelId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [sheet, setSheet] = useState<string | undefined>(undefined);
  // The workbook's sheets stay selectable when the chosen one cannot be read.
  const [sheets, setSheets] = useState<readonly string[]>([]);
  const [errorsOnly, setErrorsOnly] = useState(false);
  const check = useCheckImport();
  const commit = useCommitImport();
  const download = useDownloadImportReport();

  const refused = refusedImportReport(commit.error);
  const report = refused ?? check.data ?? null;

  const runCheck = (next: File, sheetName: string | undefined) => {
    commit.reset();
    download.reset();
    check.mutate(
      { kind, file: next, sheet: sheetName },
      {
        onSuccess: (result) => {
          setSheets(result.sheets ?? []);
        },
      },
    );
  };
  const choose = (next: File) => {
    if (next.size > IMPORT_MAX_FILE_BYTES) {
      void message.error(t(m.tooLarge, { size: maxMegabytes }));
      return;
    }
    setFile(next);
    setSheet(undefined);
    setSheets([]);
    setErrorsOnly(false);
    runCheck(next, undefined);
  };
  const chooseSheet = (name: string) => {
    if (!file) return;
    setSheet(name);
    runCheck(file, name);
  };
  const startOver = () => {
    setFile(null);
    setSheet(undefined);
    setSheets([]);
    check.reset();
    commit.reset();
    download.reset();
  };
  const downloadReport = () => {
    if (!file) return;
    download.mutate(
      { kind, file, sheet },
      {
        onSuccess: ({ blob, fileName }) => {
          downloadBlob(blob, fileName ?? `${file.name.replace(/\.[^.]*$/, '')}-导入检查.xlsx`);
        },
        onError: (error) => {
          void message.error(errorMessage(error, lang));
        },
      },
    );
  };
  // antd hands over the file; returning false keeps it from uploading on its own.
  const beforeUpload = (next: File) => {
    choose(next);
    return false;
  };

  const header = (
    <>
      <PageHeader
        title={t(m.pageTitle)}
        subtitle={t(m.pageSubtitle)}
        extra={
          <Button href={importTemplateUrl(kind)} download icon={<DownloadOutlined aria-hidden />}>
            {t(m.downloadTemplate)}
          </Button>
        }
      />
      <div className="import-kind">
        <span className="import-kind-label" id={kindLabelId}>
          {t(m.kindLabel)}
        </span>
        <Radio.Group
          aria-labelledby={kindLabelId}
          optionType="button"
          buttonStyle="solid"
          value={kind}
          disabled={commit.isPending}
          onChange={(event) => {
            onKind(event.target.value as ImportKind);
          }}
          options={[
            { value: 'standards', label: t(m.kindStandards) },
            { value: 'adoptions', label: t(m.kindAdoptions) },
          ]}
        />
      </div>
    </>
  );

  if (commit.data) {
    return (
      <>
        {header}
        <ImportDone report={commit.data} onAgain={startOver} />
      </>
    );
  }

  const dropzone = (
    <Upload.Dragger
      accept={accept}
      multiple={false}
      showUploadList={false}
      beforeUpload={beforeUpload}
      data-testid="import-dropzone"
    >
      <p className="ant-upload-drag-icon">
        <InboxOutlined aria-hidden />
      </p>
      <p className="ant-upload-text">{t(m.dropHint)}</p>
      <p className="ant-upload-hint">
        {t(m.dropDetail, { size: maxMegabytes, rows: IMPORT_MAX_ROWS.toLocaleString() })}
      </p>
    </Upload.Dragger>
  );
  const busy = check.isPending || commit.isPending;
  const writable = report ? writableCount(report) : 0;
  const hasErrors = (report?.totals.error ?? 0) > 0;
  const warned = report ? warningCount(report.rows) : 0;

  return (
    <>
      {header}
      {!file ? (
        <section aria-labelledby="import-upload-heading" className="import-section">
          <Card className="import-card">
            <Typography.Title level={2} id="import-upload-heading" className="section-title">
              {t(m.uploadHeading)}
            </Typography.Title>
            {dropzone}
          </Card>
        </section>
      ) : (
        <section aria-labelledby="import-report-heading" className="import-section">
          <Card className="import-card">
            <div className="section-heading">
              <Typography.Title level={2} id="import-report-heading" className="section-title">
                {t(m.reportHeading)}
              </Typography.Title>
              <Upload accept={accept} multiple={false} showUploadList={false} beforeUpload={beforeUpload}>
                <Button icon={<ReloadOutlined aria-hidden />} disabled={busy}>
                  {t(m.chooseAnother)}
                </Button>
              </Upload>
            </div>
            <dl className="import-file">
              <div>
                <dt>{t(m.fileLabel)}</dt>
                <dd>{file.name}</dd>
              </div>
              {sheets.length > 1 && (
                <div>
                  <dt id={sheetLabelId}>{t(m.sheetLabel)}</dt>
                  <dd>
                    <Select
                      aria-labelledby={sheetLabelId}
                      value={sheet ?? report?.sheet}
                      options={sheets.map((name) => ({ value: name, label: name }))}
                      onChange={chooseSheet}
                      disabled={busy}
                      className="import-sheet-select"
                    />
                  </dd>
                </div>
              )}
              {report && report.headerRow > 1 && (
                <div>
                  <dt>{t(m.headerRowLabel)}</dt>
                  <dd className="import-file-note">{t(m.headerRowValue, { row: report.headerRow })}</dd>
                </div>
              )}
            </dl>

            {busy ? (
              <div className="import-pending" role="status">
                <Spin />
                <span>
                  {commit.isPending ? t(m.committing, { count: writable }) : t(m.checking, { name: file.name })}
                </span>
              </div>
            ) : check.isError ? (
              <>
                <ApiErrorAlert error={check.error} className="import-alert" />
                {dropzone}
              </>
            ) : (
              report && (
                <>
                  <ImportTotals totals={report.totals} />
                  <div className="import-alerts" aria-live="polite">
                    {commit.isError && !refused && (
                      <ApiErrorAlert error={commit.error} onClose={() => commit.reset()} className="import-alert" />
                    )}
                    {hasErrors ? (
                      <Alert
                        type="error"
                        showIcon
                        className="import-alert"
                        title={t(m.errorsFound, { count: report.totals.error })}
                        action={
                          <Button size="small" loading={download.isPending} onClick={downloadReport}>
                            {t(m.downloadErrors)}
                          </Button>
                        }
                      />
                    ) : writable > 0 ? (
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
                      <Alert
                        type="warning"
                        showIcon
                        className="import-alert"
                        title={t(m.warningsFound, { count: warned })}
                      />
                    )}
                    {report.unknownColumns.length > 0 && (
                      <Alert
                        type="warning"
                        showIcon
                        className="import-alert"
                        title={t(m.unknownColumns, {
                          columns: report.unknownColumns.join(lang === 'zh' ? '、' : ', '),
                        })}
                      />
                    )}
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
                      <Button
                        type="primary"
                        icon={<CheckCircleOutlined aria-hidden />}
                        disabled={hasErrors || writable === 0}
                        onClick={() => {
                          commit.mutate({ kind, file, sheet });
                        }}
                      >
                        {t(m.commit, { count: writable })}
                      </Button>
                    </Space>
                  </div>
                  <ImportRowsTable report={report} errorsOnly={errorsOnly} label={t(m.rowsLabel)} />
                </>
              )
            )}
          </Card>
        </section>
      )}

      <section aria-labelledby="import-help-heading" className="import-section">
        <Card className="import-card">
          <Typography.Title level={2} id="import-help-heading" className="section-title">
            {t(m.helpHeading)}
          </Typography.Title>
          <ul className="import-help">
            {importCapabilities[kind].map((capability) => (
              <li key={capability.en}>
                <CheckCircleOutlined aria-hidden className="import-help-check" />
                <span>{t(capability)}</span>
              </li>
            ))}
          </ul>
        </Card>
      </section>
    </>
  );
}
