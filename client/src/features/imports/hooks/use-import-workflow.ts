import { IMPORT_MAX_FILE_BYTES, type ImportKind } from '@cloudstd/shared/schemas/import';
import { App } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../lib/api-client.ts';
import { downloadBlob } from '../../../lib/download.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import {
  refusedImportReport,
  useCheckImport,
  useCommitImport,
  useDownloadImportReport,
} from '../api/import-spreadsheet.ts';
import { importMessages as m } from '../messages.ts';
import { importReportFileName } from '../utils/import-rows.ts';

export const IMPORT_MAX_MEGABYTES = IMPORT_MAX_FILE_BYTES / 1024 / 1024;

/**
 * The import's state and steps: choose a file (it is checked at once), pick another sheet, download the
 * check as a workbook, import, start over. The report shown is the check's, or a refused import's own.
 * `framework`: the edition a standards file's directions are read in (undefined: the default edition);
 * `event`: the 宣贯 event an attendee list adds to.
 */
export function useImportWorkflow(kind: ImportKind, framework?: string, event?: number) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
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
      { kind, file: next, sheet: sheetName, framework, event },
      {
        onSuccess: (result) => {
          setSheets(result.sheets ?? []);
        },
      },
    );
  };

  return {
    file,
    sheet,
    sheets,
    errorsOnly,
    setErrorsOnly,
    check,
    commit,
    download,
    /** A refused import's report: its alert is the report itself, not an error banner. */
    refused,
    report,
    busy: check.isPending || commit.isPending,
    choose: (next: File) => {
      if (next.size > IMPORT_MAX_FILE_BYTES) {
        void message.error(t(m.tooLarge, { size: IMPORT_MAX_MEGABYTES }));
        return;
      }
      setFile(next);
      setSheet(undefined);
      setSheets([]);
      setErrorsOnly(false);
      runCheck(next, undefined);
    },
    chooseSheet: (name: string) => {
      if (!file) return;
      setSheet(name);
      runCheck(file, name);
    },
    startOver: () => {
      setFile(null);
      setSheet(undefined);
      setSheets([]);
      check.reset();
      commit.reset();
      download.reset();
    },
    downloadReport: () => {
      if (!file) return;
      download.mutate(
        { kind, file, sheet, framework, event },
        {
          onSuccess: ({ blob, fileName }) => {
            downloadBlob(blob, fileName ?? importReportFileName(file.name));
          },
          onError: (error) => {
            void message.error(errorMessage(error, lang));
          },
        },
      );
    },
    importFile: (confirmSuggested = false) => {
      if (file) commit.mutate({ kind, file, sheet, framework, event, confirmSuggested });
    },
  };
}

export type ImportWorkflowState = ReturnType<typeof useImportWorkflow>;
