import { importReportSchema, type ImportKind, type ImportReport } from '@cloudstd/shared/schemas/import';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, apiRequestFile, isApiError } from '../../../lib/api-client.ts';

/** `POST /imports/standards` and `POST /imports/adoptions`: one endpoint shape, two kinds of file. */
export interface ImportRequest {
  kind: ImportKind;
  file: File;
  /** The worksheet to read (XLSX); the first one when not given. */
  sheet?: string | undefined;
  /** Standards: the edition the directions column is written in; the default edition when not given. */
  framework?: string | undefined;
  /** Attendee lists: the 宣贯 event they add to. */
  event?: number | undefined;
  /** The editor checked the directions the import suggested for empty cells (a commit needs it when any). */
  confirmSuggested?: boolean;
}

function importPath(
  kind: ImportKind,
  query: {
    dryRun: boolean;
    sheet?: string | undefined;
    framework?: string | undefined;
    format?: 'xlsx';
    event?: number | undefined;
    confirmSuggested?: boolean | undefined;
  },
): string {
  const search = new URLSearchParams({ dryRun: String(query.dryRun) });
  if (query.event !== undefined) search.set('event', String(query.event));
  if (query.confirmSuggested) search.set('confirmSuggested', 'true');
  if (query.sheet) search.set('sheet', query.sheet);
  if (kind === 'standards' && query.framework) search.set('framework', query.framework);
  if (query.format) search.set('format', query.format);
  return `/imports/${kind}?${search.toString()}`;
}

function formOf(file: File): FormData {
  const form = new FormData();
  form.append('file', file);
  return form;
}

/** Checks the file: every row's outcome, nothing written. */
export function checkImport({ kind, file, sheet, framework, event }: ImportRequest): Promise<ImportReport> {
  return apiRequest<ImportReport>(importPath(kind, { dryRun: true, sheet, framework, event }), {
    method: 'POST',
    body: formOf(file),
  });
}

/** Applies every row in one transaction, or none (422 IMPORT_HAS_ERRORS with the report). */
export function commitImport({
  kind,
  file,
  sheet,
  framework,
  event,
  confirmSuggested,
}: ImportRequest): Promise<ImportReport> {
  return apiRequest<ImportReport>(importPath(kind, { dryRun: false, sheet, framework, event, confirmSuggested }), {
    method: 'POST',
    body: formOf(file),
  });
}

/** The check as a workbook: the file's rows with the problems marked, to fix and upload again. */
export function downloadImportReport({ kind, file, sheet, framework, event }: ImportRequest) {
  return apiRequestFile(importPath(kind, { dryRun: true, sheet, framework, format: 'xlsx', event }), {
    method: 'POST',
    body: formOf(file),
  });
}

/** `GET /imports/{kind}/template.xlsx` (standards: of an edition), downloaded by a plain link. */
export function importTemplateUrl(kind: ImportKind, framework?: string): string {
  const path = `/api/v1/imports/${kind}/template.xlsx`;
  return kind === 'standards' && framework ? `${path}?framework=${encodeURIComponent(framework)}` : path;
}

/** The report a refused commit carries (rows changed since the check, for instance), or null. */
export function refusedImportReport(error: unknown): ImportReport | null {
  if (!isApiError(error, 'IMPORT_HAS_ERRORS')) return null;
  const parsed = importReportSchema.safeParse(error.problem?.report);
  return parsed.success ? parsed.data : null;
}

export function useCheckImport() {
  return useMutation({ mutationFn: checkImport });
}

export function useCommitImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: commitImport,
    // Standards, enterprises, their histories and every dashboard figure may have changed.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

export function useDownloadImportReport() {
  return useMutation({ mutationFn: downloadImportReport });
}
