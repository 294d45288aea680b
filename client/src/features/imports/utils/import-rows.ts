import type { ImportColumn, ImportReport, ImportRow, ImportRowError } from '@cloudstd/shared/schemas/import';

/** The rows to show: all of them, or only those with errors. */
export function visibleRows(rows: readonly ImportRow[], errorsOnly: boolean): readonly ImportRow[] {
  return errorsOnly ? rows.filter((row) => row.action === 'error') : rows;
}

/** How many standards a commit would write. */
export function writableCount(report: Pick<ImportReport, 'totals'>): number {
  return report.totals.create + report.totals.update;
}

/** A row's errors split into those shown in a cell of the file and those about the row (or a column it lacks). */
export function splitErrors(
  row: Pick<ImportRow, 'errors'>,
  columns: readonly ImportColumn[],
): { byColumn: Map<string, ImportRowError[]>; rowLevel: ImportRowError[] } {
  const present = new Set(columns.flatMap((column) => (column.key === null ? [] : [column.key])));
  const byColumn = new Map<string, ImportRowError[]>();
  const rowLevel: ImportRowError[] = [];
  for (const error of row.errors) {
    if (error.column !== null && present.has(error.column)) {
      byColumn.set(error.column, [...(byColumn.get(error.column) ?? []), error]);
    } else {
      rowLevel.push(error);
    }
  }
  return { byColumn, rowLevel };
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
