import type {
  CoverageResponse,
  DashboardSummary,
  MilestonesResponse,
  TimelineResponse,
} from '@cloudstd/shared/schemas/dashboard';
import type { TargetSet } from '@cloudstd/shared/schemas/target-set';

/**
 * The progress engine as reports read it. Features do not import each other, so app.ts hands these in
 * (server/src/reporting/progress-source.ts): a report shows exactly the dashboard's numbers, computed
 * by the dashboard's own code.
 */
export interface ProgressSource {
  /** The target set (default set; unknown key → 400), beside the as-of date. */
  resolve(query: { asOf: string; targetSet?: string | undefined }): Promise<{ asOf: string; set: TargetSet }>;
  summary(set: TargetSet, asOf: string): Promise<DashboardSummary>;
  coverage(asOf: string): Promise<CoverageResponse>;
  timeline(set: TargetSet, asOf: string): Promise<TimelineResponse>;
  milestones(set: TargetSet, asOf: string): Promise<MilestonesResponse>;
}
