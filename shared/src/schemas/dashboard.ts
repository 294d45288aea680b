import { z } from 'zod';
import { asOfDateSchema } from './common.ts';
import { directionPathSchema } from './framework.ts';
import { enterpriseCountingSchema } from './target-set.ts';
import { internationalSummarySchema } from './international-item.ts';

export const progressStatusSchema = z.enum(['achieved', 'on_track', 'behind', 'at_risk']);
export const coverageStateSchema = z.enum(['covered', 'group-only', 'gap']);
export type CoverageState = z.infer<typeof coverageStateSchema>;

export const dashboardQuerySchema = z.strictObject({
  asOf: asOfDateSchema,
  targetSet: z.string().trim().max(100).optional(),
  /** The edition the view follows (unknown → 404); omitted: the target set's, else the default framework. */
  framework: z.string().trim().min(1).max(100).optional(),
});

/** The edition a view follows, as it names it. */
export const frameworkRefSchema = z.object({
  key: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  edition: z.string(),
});
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

const bilingualText = z.object({ zh: z.string(), en: z.string() });

export const forecastRuleSchema = z.object({
  /** Months from each stage to publication that the forecast assumed, and where each came from. */
  monthsToPublication: z.object({ submitted: z.number(), draft: z.number(), approved: z.number() }),
  source: z.object({
    submitted: z.enum(['registry', 'fallback']),
    draft: z.enum(['registry', 'fallback']),
    approved: z.enum(['registry', 'fallback']),
  }),
  pipeline: z.number().int(),
  expectedInWindow: z.number().int(),
  text: bilingualText,
});

export const dashboardSummarySchema = z.object({
  asOf: z.string(),
  framework: frameworkRefSchema,
  targetSet: z.object({
    key: z.string(),
    nameZh: z.string(),
    nameEn: z.string(),
    windowStart: z.string(),
    windowEnd: z.string(),
  }),
  standards: z.object({
    counted: z.number().int(),
    goal: z.number().int(),
    stretch: z.number().int().nullable(),
    expected: z.number(),
    status: progressStatusSchema,
    /** Standards per month still needed to reach the goal by the window's end; null once it closed. */
    pace: z.number().nullable(),
  }),
  enterprises: z.object({
    /** Distinct enterprises the set's rule counts at D (`counting`: reached, or implementing only). */
    counted: z.number().int(),
    goal: z.number().int().nullable(),
    status: progressStatusSchema.nullable(),
    counting: enterpriseCountingSchema,
    /** The split of the enterprises reached, disjoint parts adding up to `reached`: trained only (no
     * implementation yet), implementing without certificate or assessment, certified or assessed. */
    reached: z.number().int(),
    trainedOnly: z.number().int(),
    implementing: z.number().int(),
    certified: z.number().int(),
    /** The funnel: enterprises trained by D, and of them those also implementing by D. */
    funnel: z.object({ trained: z.number().int(), implementing: z.number().int() }),
  }),
  coverage: z.object({
    covered: z.number().int(),
    groupOnly: z.number().int(),
    gaps: z.number().int(),
    total: z.number().int(),
    partsCovered: z.number().int(),
    partsTotal: z.number().int(),
  }),
  forecast: z.object({ projected: z.number().int(), onTrack: z.boolean(), rule: forecastRuleSchema }),
  /** Share of counted national standards adopting an international standard (IDT/MOD/NEQ); null with none counted. */
  internationalShare: z.number().nullable(),
  /** The third goal's figures (international-item.ts). */
  international: internationalSummarySchema,
});
export type DashboardSummary = z.infer<typeof dashboardSummarySchema>;

export const coverageRowSchema = z.object({
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  /** `group › leaf`, what every view shows (shared/src/domain/direction-name.ts): names repeat. */
  path: directionPathSchema,
  partCode: z.string(),
  national: z.number().int(),
  industry: z.number().int(),
  group: z.number().int(),
  /** Local standards in force at D: shown apart, never part of the state (PRODUCT.md §3). */
  local: z.number().int(),
  pipeline: z.number().int(),
  state: coverageStateSchema,
});
export type CoverageRow = z.infer<typeof coverageRowSchema>;
export const coverageResponseSchema = z.object({
  asOf: z.string(),
  framework: frameworkRefSchema,
  items: z.array(coverageRowSchema),
});
export type CoverageResponse = z.infer<typeof coverageResponseSchema>;

export const timelinePointSchema = z.object({
  month: z.string(),
  /** Cumulative counted standards at the month's end (null after the as-of date). */
  standards: z.number().int().nullable(),
  enterprises: z.number().int().nullable(),
  /** The split of the enterprises reached at the month's end (null after the as-of date), as in the summary. */
  enterprisesSplit: z
    .object({ trainedOnly: z.number().int(), implementing: z.number().int(), certified: z.number().int() })
    .nullable(),
  /** The straight-line goal at the month's end. */
  trajectory: z.number(),
  /** The enterprise goal's straight line at the month's end (null when the set has no enterprise goal). */
  enterprisesTrajectory: z.number().nullable(),
});
export const timelineResponseSchema = z.object({
  asOf: z.string(),
  targetSet: z.string(),
  goal: z.number().int(),
  stretch: z.number().int().nullable(),
  enterprisesGoal: z.number().int().nullable(),
  points: z.array(timelinePointSchema),
});
export type TimelineResponse = z.infer<typeof timelineResponseSchema>;

export const milestoneProgressSchema = z.object({
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  dueOn: z.string(),
  directions: z.array(z.string()),
  met: z.boolean(),
  metBy: z
    .object({ id: z.number().int(), number: z.string().nullable(), titleZh: z.string(), publishedOn: z.string() })
    .nullable(),
});
export const milestonesResponseSchema = z.object({
  asOf: z.string(),
  targetSet: z.string(),
  items: z.array(milestoneProgressSchema),
});
export type MilestonesResponse = z.infer<typeof milestonesResponseSchema>;

/**
 * Standards existing at D by level, status, committee or part; enterprises counted at D under the target
 * set's rule (reached, or implementing only) by industry or province; adopters by standard.
 */
export const breakdownDimensionSchema = z.enum([
  'level',
  'status',
  'committee',
  'part',
  'industry',
  'province',
  'standard',
]);
export const breakdownQuerySchema = dashboardQuerySchema.extend({ by: breakdownDimensionSchema.default('level') });
export const breakdownResponseSchema = z.object({
  asOf: z.string(),
  by: breakdownDimensionSchema,
  /** `label` names a standard (by=standard, whose key is the standard's id). */
  items: z.array(z.object({ key: z.string(), count: z.number().int(), label: z.string().optional() })),
});
export type BreakdownResponse = z.infer<typeof breakdownResponseSchema>;
