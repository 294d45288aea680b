import type { Lang } from '../../../lib/i18n.tsx';

export type ReportFormat = 'pdf' | 'xlsx' | 'standards-csv' | 'coverage-csv';
export const reportFormats: readonly ReportFormat[] = ['pdf', 'xlsx', 'standards-csv', 'coverage-csv'];

/** What the committee asked for: the report's date, target set (undefined: the default) and "since" date. */
export interface ReportChoice {
  asOf: string;
  targetSet: string | undefined;
  since: string;
  /** The edition the report follows (undefined: the target set's, else the default). */
  framework?: string | undefined;
}

const API = '/api/v1';

/** The download's URL; the server names the file (Content-Disposition) and the page names the link the same. */
export function reportUrl(format: ReportFormat, choice: ReportChoice, lang: Lang): string {
  const params = new URLSearchParams({ asOf: choice.asOf });
  if (format === 'pdf' || format === 'xlsx') {
    if (choice.targetSet) params.set('targetSet', choice.targetSet);
    params.set('since', choice.since);
  }
  if (choice.framework) params.set('framework', choice.framework);
  if (lang === 'en') params.set('lang', 'en');
  const path = {
    pdf: '/reports/progress.pdf',
    xlsx: '/reports/progress.xlsx',
    'standards-csv': '/reports/standards.csv',
    'coverage-csv': '/reports/coverage.csv',
  }[format];
  return `${API}${path}?${params.toString()}`;
}

/**
 * The file name the server gives the download, e.g. 云计算标准进展报告_2026-11-21.pdf; the CSVs carry the
 * edition they follow (`framework`, the key), e.g. 标准清单_cloud-computing-2025_2026-11-21.csv.
 */
export function reportFileName(format: ReportFormat, asOf: string, framework: string | undefined): string {
  const dated = framework ? `${framework}_${asOf}` : asOf;
  return {
    pdf: `云计算标准进展报告_${asOf}.pdf`,
    xlsx: `云计算标准进展报告_${asOf}.xlsx`,
    'standards-csv': `标准清单_${dated}.csv`,
    'coverage-csv': `研制方向覆盖_${dated}.csv`,
  }[format];
}

export function snapshotReportUrl(id: number, format: 'pdf' | 'xlsx', lang: Lang): string {
  return `${API}/snapshots/${id}/progress.${format}${lang === 'en' ? '?lang=en' : ''}`;
}

export function snapshotFileName(name: string, asOf: string, format: 'pdf' | 'xlsx'): string {
  return `云计算标准进展报告_${name}_${asOf}.${format}`;
}
