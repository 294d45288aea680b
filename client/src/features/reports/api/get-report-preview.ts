import type { DashboardSummary } from '@cloudstd/shared/schemas/dashboard';
import type { StandardList } from '@cloudstd/shared/schemas/standard';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getDashboardSummary } from '../../../api/get-dashboard-summary.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import type { ReportChoice } from '../utils/report-urls.ts';

export const reportsKey = ['reports'] as const;

export interface ReportPreview {
  summary: DashboardSummary;
  /** Standards published from `since` to the as-of date (the report's "new" list). */
  publishedSince: number;
}

/** What the report will say: the dashboard's figures for the choice, and how many standards it lists as new. */
export async function getReportPreview(choice: ReportChoice, signal?: AbortSignal): Promise<ReportPreview> {
  const published = new URLSearchParams({
    asOf: choice.asOf,
    publishedFrom: choice.since,
    publishedTo: choice.asOf,
    pageSize: '1',
  });
  const [summary, list] = await Promise.all([
    getDashboardSummary({ asOf: choice.asOf, targetSet: choice.targetSet, framework: choice.framework }, signal),
    apiRequest<StandardList>(`/standards?${published.toString()}`, { signal }),
  ]);
  return { summary, publishedSince: list.total };
}

export function getReportPreviewQueryOptions(choice: ReportChoice) {
  return queryOptions({
    queryKey: [...reportsKey, 'preview', choice],
    queryFn: ({ signal }) => getReportPreview(choice, signal),
    staleTime: 30_000,
  });
}

export function useReportPreview(choice: ReportChoice, enabled: boolean) {
  return useQuery({ ...getReportPreviewQueryOptions(choice), enabled });
}
