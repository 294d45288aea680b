import type { ImportColumn, ImportReport, ImportRow, ImportRowError } from '@cloudstd/shared/schemas/import';

/** The rows to show: all of them, or only those with errors. */
export function visibleRows(rows: readonly ImportRow[], errorsOnly: boolean): readonly ImportRow[] {
  return errorsOnly ? rows.filter((row) => row.action === 'error') : rows;
}

/** How many rows a commit would write. */
export function writableCount(report: Pick<ImportReport, 'totals'>): number {
  return report.totals.create + report.totals.update;
}

export interface SplitProblems {
  byColumn: Map<string, ImportRowError[]>;
  rowLevel: ImportRowError[];
}

function splitByColumn(problems: readonly ImportRowError[], columns: readonly ImportColumn[]): SplitProblems {
  const present = new Set(columns.flatMap((column) => (column.key === null ? [] : [column.key])));
  const byColumn = new Map<string, ImportRowError[]>();
  const rowLevel: ImportRowError[] = [];
  for (const problem of problems) {
    if (problem.column !== null && present.has(problem.column)) {
      byColumn.set(problem.column, [...(byColumn.get(problem.column) ?? []), problem]);
    } else {
      rowLevel.push(problem);
    }
  }
  return { byColumn, rowLevel };
}

/** A row's errors split into those shown in a cell of the file and those about the row (or a column it lacks). */
export function splitErrors(row: Pick<ImportRow, 'errors'>, columns: readonly ImportColumn[]): SplitProblems {
  return splitByColumn(row.errors, columns);
}

/** The same for a row's warnings (a suspected revision, a local number, a renamed committee…), which never stop an import. */
export function splitWarnings(row: Pick<ImportRow, 'warnings'>, columns: readonly ImportColumn[]): SplitProblems {
  return splitByColumn(row.warnings ?? [], columns);
}

/**
 * What a checked file allows: `errors` (fix them and upload again), `ready` (rows to write), or
 * `nothing` (every row is already as the file says).
 */
export function importReadiness(report: Pick<ImportReport, 'totals'>): 'errors' | 'ready' | 'nothing' {
  if (report.totals.error > 0) return 'errors';
  return writableCount(report) > 0 ? 'ready' : 'nothing';
}

/** The name the check's workbook is saved under when the server names none: `标准.xlsx` → `标准-导入检查.xlsx`. */
export function importReportFileName(uploadedName: string): string {
  return `${uploadedName.replace(/\.[^.]*$/, '')}-导入检查.xlsx`;
}

/** How many rows carry a warning. */
export function warningCount(rows: readonly Pick<ImportRow, 'warnings'>[]): number {
  return rows.filter((row) => (row.warnings?.length ?? 0) > 0).length;
}

/** A changed value as text: lists joined, an international adoption as `ref degree`, nothing as a dash. */
export function formatImportValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map(formatImportValue).join('、');
  if (typeof value === 'object') {
    const { ref, degree } = value as { ref?: unknown; degree?: unknown };
    if (typeof ref === 'string' && typeof degree === 'string') return `${ref} ${degree}`;
    return JSON.stringify(value);
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** How many rows (without errors) carry directions the import suggested, to be checked before the commit. */
export function suggestedCount(rows: readonly Pick<ImportRow, 'suggested' | 'action'>[]): number {
  return rows.filter((row) => row.suggested !== undefined && row.action !== 'error').length;
}
