import { importReportSchema, type ImportReport } from '@cloudstd/shared/schemas/import';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, apiRequestFile, isApiError } from '../../../lib/api-client.ts';

export interface ImportStandardsRequest {
  file: File;
  /** The worksheet to read (XLSX); the first one when not given. */
  sheet?: string | undefined;
}

function importPath(query: { dryRun: boolean; sheet?: string | undefined; format?: 'xlsx' }): string {
  const search = new URLSearchParams({ dryRun: String(query.dryRun) });
  if (query.sheet) search.set('sheet', query.sheet);
  if (query.format) search.set('format', query.format);
  return `/imports/standards?${search.toString()}`;
}

function formOf(file: File): FormData {
  const form = new FormData();
  form.append('file', file);
  return form;
}

/** Checks the file: every row's outcome, nothing written. */
export function checkStandardsImport({ file, sheet }: ImportStandardsRequest): Promise<ImportReport> {
  return apiRequest<ImportReport>(importPath({ dryRun: true, sheet }), { method: 'POST', body: formOf(file) });
}

/** Applies every row in one transaction, or none (422 IMPORT_HAS_ERRORS with the report). */
export function commitStandardsImport({ file, sheet }: ImportStandardsRequest): Promise<ImportReport> {
  return apiRequest<ImportReport>(importPath({ dryRun: false, sheet }), { method: 'POST', body: formOf(file) });
}

/** The check as a workbook: the file's rows with the problems marked, to fix and upload again. */
export function downloadStandardsImportReport({ file, sheet }: ImportStandardsRequest) {
  return apiRequestFile(importPath({ dryRun: true, sheet, format: 'xlsx' }), { method: 'POST', body: formOf(file) });
}

export const standardsTemplateUrl = '/api/v1/imports/standards/template.xlsx';

/** The report a refused commit carries (rows changed since the check, for instance), or null. */
export function refusedImportReport(error: unknown): ImportReport | null {
  if (!isApiError(error, 'IMPORT_HAS_ERRORS')) return null;
  const parsed = importReportSchema.safeParse(error.problem?.report);
  return parsed.success ? parsed.data : null;
}

export function useCheckStandardsImport() {
  return useMutation({ mutationFn: checkStandardsImport });
}

export function useCommitStandardsImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: commitStandardsImport,
    // Standards, their histories and every dashboard figure may have changed.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

export function useDownloadStandardsImportReport() {
  return useMutation({ mutationFn: downloadStandardsImportReport });
}
