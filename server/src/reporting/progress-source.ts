import type { Database } from '@cloudstd/db/tables';
import type { Kysely } from 'kysely';
import {
  getCoverage,
  getMilestones,
  getSummary,
  getTimeline,
  resolveDashboardQuery,
} from '../features/progress/dashboard.service.ts';
import type { ProgressSource } from '../features/reports/report-sources.ts';

/** The progress engine behind the reports' port: reports and dashboard share one implementation. */
export function createProgressSource(db: Kysely<Database>): ProgressSource {
  return {
    resolve: (query) => resolveDashboardQuery(db, query),
    summary: (set, asOf) => getSummary(db, set, asOf),
    coverage: (asOf) => getCoverage(db, asOf),
    timeline: (set, asOf) => getTimeline(db, set, asOf),
    milestones: (set, asOf) => getMilestones(db, set, asOf),
  };
}
