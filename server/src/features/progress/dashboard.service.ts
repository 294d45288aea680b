import type { Database } from '@cloudstd/db/tables';
import { monthEnd } from '@cloudstd/shared/domain/calendar';
import { directionPathOf } from '@cloudstd/shared/domain/direction-name';
import {
  expectedByDate,
  fallbackMonthsToPublication,
  minimumForecastSamples,
  progressStatus,
  requiredPace,
} from '@cloudstd/shared/domain/progress';
import type {
  BreakdownResponse,
  CoverageResponse,
  CoverageRow,
  DashboardSummary,
  MilestonesResponse,
  TimelineResponse,
} from '@cloudstd/shared/schemas/dashboard';
import type { InternationalProgress } from '@cloudstd/shared/schemas/international-item';
import type { TargetSet } from '@cloudstd/shared/schemas/target-set';
import type { Kysely } from 'kysely';
import { countedReachKind } from '../../sql/counted.ts';
import { resolveFramework } from '../framework/framework.service.ts';
import { getInternationalSeries, summariseInternationalItems } from '../international/international.service.ts';
import * as adoptions from './adoption.repository.ts';
import * as repo from './dashboard.repository.ts';
import { resolveTargetSet } from './targets.service.ts';

type Db = Kysely<Database>;
const DAYS_PER_MONTH = 30.4375;

/**
 * The data's version: the audit log's newest id, which every write advances in its own transaction. What
 * is cached against it (the dashboard's answers, the suggestions' index) never outlives the data.
 */
export function currentDataVersion(db: Db): Promise<number> {
  return repo.currentDataVersion(db);
}

/** covered: a national or industry standard in force; group-only: only group ones; otherwise a gap. */
function coverageState(row: { national: number; industry: number; group: number }): CoverageRow['state'] {
  if (row.national + row.industry > 0) return 'covered';
  return row.group > 0 ? 'group-only' : 'gap';
}

/** The edition a view names: key, names and edition label. */
export type FrameworkRef = CoverageResponse['framework'];

/** The framework of `?framework=` (unknown → 404), else the default one, as views name it. */
export async function resolveFrameworkRef(db: Db, key?: string): Promise<FrameworkRef & { id: number }> {
  const row = await resolveFramework(db, key);
  return { id: row.id, key: row.key, nameZh: row.name_zh, nameEn: row.name_en, edition: row.edition };
}

export async function getCoverage(
  db: Db,
  framework: FrameworkRef & { id: number },
  asOf: string,
): Promise<CoverageResponse> {
  const rows = await repo.countCoverageByDirection(db, framework.id, asOf);
  const { id: _id, ...ref } = framework;
  return {
    asOf,
    framework: ref,
    items: rows.map((row) => ({
      code: row.code,
      nameZh: row.name_zh,
      nameEn: row.name_en,
      path: directionPathOf(
        { nameZh: row.name_zh, nameEn: row.name_en },
        row.group_name_zh === null || row.group_name_en === null
          ? null
          : { nameZh: row.group_name_zh, nameEn: row.group_name_en },
      ),
      partCode: row.part_code,
      national: row.national,
      industry: row.industry,
      group: row.group,
      local: row.local,
      pipeline: row.pipeline,
      state: coverageState(row),
    })),
  };
}

/**
 * The forecast: counted standards plus pipeline standards expected to publish inside the window, each
 * expected at its latest stage's date plus the registry's median time from that stage to publication
 * (with at least `minimumForecastSamples` examples), else the fallback months.
 */
const stages = ['submitted', 'draft', 'approved'] as const;
type Stage = (typeof stages)[number];

/** The pipeline half of the forecast: how long each stage takes to publish, and what that lets in. */
async function pipelineOutlook(db: Db, set: TargetSet, asOf: string) {
  const medians = await repo.medianDaysToPublication(db, asOf);
  const months = {} as Record<Stage, number>;
  const source = {} as Record<Stage, 'registry' | 'fallback'>;
  for (const stage of stages) {
    const days = medians[`${stage}_days`];
    const enough = medians[`${stage}_samples`] >= minimumForecastSamples && days !== null;
    months[stage] = enough ? Math.round((Number(days) / DAYS_PER_MONTH) * 10) / 10 : fallbackMonthsToPublication[stage];
    source[stage] = enough ? 'registry' : 'fallback';
  }
  const { pipeline, expected_in_window: expectedInWindow } = await repo.countPipeline(db, set, asOf, months);
  return { months, source, pipeline, expectedInWindow };
}

function forecast(
  set: TargetSet,
  counted: number,
  { months, source, pipeline, expectedInWindow }: Awaited<ReturnType<typeof pipelineOutlook>>,
): DashboardSummary['forecast'] {
  const projected = counted + expectedInWindow;
  const describe = (stage: Stage, zh: string, en: string) => ({
    zh: `${zh} ${months[stage]} 个月（${source[stage] === 'registry' ? '登记数据中位数' : '默认值'}）`,
    en: `${en} ${months[stage]} months (${source[stage] === 'registry' ? 'registry median' : 'default'})`,
  });
  const parts = [
    describe('submitted', '报批→发布', 'submitted→published'),
    describe('draft', '征求意见→发布', 'draft→published'),
    describe('approved', '立项→发布', 'approved→published'),
  ];
  return {
    projected,
    onTrack: projected >= set.standardsGoal,
    rule: {
      monthsToPublication: months,
      source,
      pipeline,
      expectedInWindow,
      text: {
        zh: `已计入 ${counted} 项，加上在研 ${pipeline} 项中预计在 ${set.windowEnd} 前发布的 ${expectedInWindow} 项；预计时长：${parts.map((p) => p.zh).join('，')}。`,
        en: `${counted} counted, plus ${expectedInWindow} of ${pipeline} pipeline standards expected to publish by ${set.windowEnd}; assumed times: ${parts.map((p) => p.en).join(', ')}.`,
      },
    },
  };
}

/** The enterprise goal's count under the set's rule: reached (trained or implementing) or implementing only. */
function enterprisesCountedBy(set: TargetSet, reach: adoptions.ReachCounts): number {
  return reach[countedReachKind(set)];
}

/** The disjoint split of the enterprises reached: trained only, implementing (not certified), certified. */
function splitOf(reach: adoptions.ReachCounts) {
  return {
    trainedOnly: reach.reached - reach.implementing,
    implementing: reach.implementing - reach.certified,
    certified: reach.certified,
  };
}

export async function getSummary(
  db: Db,
  set: TargetSet,
  framework: FrameworkRef & { id: number },
  asOf: string,
): Promise<DashboardSummary> {
  // Independent reads side by side: on PostgreSQL they run on separate connections.
  // Distinct enterprises with an adoption of a registered standard dated on or before D (adoption.repository.ts).
  const [counts, coverage, outlook, reach, internationalItems] = await Promise.all([
    repo.countCountedStandards(db, set, asOf),
    getCoverage(db, framework, asOf),
    pipelineOutlook(db, set, asOf),
    adoptions.countReach(db, asOf),
    summariseInternationalItems(db, set.windowStart, asOf),
  ]);
  const enterprisesCounted = enterprisesCountedBy(set, reach);
  const internationalShare = counts.national === 0 ? null : counts.international / counts.national;
  const covered = coverage.items.filter((row) => row.state === 'covered');
  const parts = new Set(coverage.items.map((row) => row.partCode));
  const partsCovered = new Set(covered.map((row) => row.partCode));
  return {
    asOf,
    framework: coverage.framework,
    targetSet: {
      key: set.key,
      nameZh: set.nameZh,
      nameEn: set.nameEn,
      windowStart: set.windowStart,
      windowEnd: set.windowEnd,
    },
    standards: {
      counted: counts.counted,
      goal: set.standardsGoal,
      stretch: set.standardsStretch,
      expected: Math.round(expectedByDate(set.standardsGoal, set.windowStart, set.windowEnd, asOf) * 10) / 10,
      status: progressStatus(counts.counted, set.standardsGoal, set.windowStart, set.windowEnd, asOf),
      pace: requiredPace(counts.counted, set.standardsGoal, set.windowEnd, asOf),
    },
    enterprises: {
      counted: enterprisesCounted,
      goal: set.enterprisesGoal,
      counting: set.enterpriseCounting,
      reached: reach.reached,
      ...splitOf(reach),
      funnel: { trained: reach.trained, implementing: reach.trained_implementing },
      status:
        set.enterprisesGoal === null
          ? null
          : progressStatus(
              enterprisesCounted,
              set.enterprisesGoal,
              set.windowStart,
              set.enterprisesDue ?? set.windowEnd,
              asOf,
            ),
    },
    coverage: {
      covered: covered.length,
      groupOnly: coverage.items.filter((row) => row.state === 'group-only').length,
      gaps: coverage.items.filter((row) => row.state === 'gap').length,
      total: coverage.items.length,
      partsCovered: partsCovered.size,
      partsTotal: parts.size,
    },
    forecast: forecast(set, counts.counted, outlook),
    internationalShare,
    international: {
      share: internationalShare,
      adopting: counts.international,
      national: counts.national,
      ...internationalItems,
    },
  };
}

function monthsOfWindow(start: string, end: string): string[] {
  const months: string[] = [];
  let [year, month] = start.split('-').map(Number) as [number, number];
  const last = end.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) return months;
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
}

/** Monthly cumulative counted standards over the window (to the as-of date), beside the straight-line goal. */
export async function getTimeline(db: Db, set: TargetSet, asOf: string): Promise<TimelineResponse> {
  const [{ published, withdrawn }, enterprisesBy] = await Promise.all([
    repo.countCountedByMonth(db, set, asOf),
    adoptions.countReachByMonth(db, asOf),
  ]);
  const publishedBy = new Map(published.map((row) => [row.month, row.count]));
  const withdrawnBy = new Map(withdrawn.map((row) => [row.month, row.count]));
  const enterprisesGoal = set.enterprisesGoal;
  let cumulative = 0;
  const points = monthsOfWindow(set.windowStart, set.windowEnd).map((month) => {
    cumulative += (publishedBy.get(month) ?? 0) - (withdrawnBy.get(month) ?? 0);
    const end = monthEnd(month);
    const reached = month <= asOf.slice(0, 7);
    const reach = reached ? enterprisesBy.at(month) : null;
    return {
      month,
      standards: reached ? cumulative : null,
      enterprises: reach ? enterprisesCountedBy(set, reach) : null,
      enterprisesSplit: reach ? splitOf(reach) : null,
      trajectory: Math.round(expectedByDate(set.standardsGoal, set.windowStart, set.windowEnd, end) * 100) / 100,
      enterprisesTrajectory:
        enterprisesGoal === null
          ? null
          : Math.round(
              expectedByDate(enterprisesGoal, set.windowStart, set.enterprisesDue ?? set.windowEnd, end) * 100,
            ) / 100,
    };
  });
  return {
    asOf,
    targetSet: set.key,
    goal: set.standardsGoal,
    stretch: set.standardsStretch,
    enterprisesGoal,
    points,
  };
}

/**
 * The international panel: items by stage and by China's role month by month since the window opened,
 * the China-led items published since then, and the counted national standards converted from
 * international ones (the same rule as the summary's share).
 */
export async function getInternational(db: Db, set: TargetSet, asOf: string): Promise<InternationalProgress> {
  const [series, converted] = await Promise.all([
    getInternationalSeries(db, set.windowStart, asOf),
    repo.listConvertedStandards(db, set, asOf),
  ]);
  return {
    asOf,
    targetSet: set.key,
    windowStart: set.windowStart,
    ...series,
    converted: converted.map((row) => ({
      id: row.id,
      number: row.number,
      titleZh: row.title_zh,
      publishedOn: row.published_on ?? '',
      internationalRef: row.international_ref,
      degree: row.international_degree,
    })),
  };
}

export async function getMilestones(db: Db, set: TargetSet, asOf: string): Promise<MilestonesResponse> {
  const items = await Promise.all(
    set.milestones.map(async (milestone) => {
      const standard = await repo.findMilestoneStandard(db, set, milestone, asOf);
      return {
        code: milestone.code,
        nameZh: milestone.nameZh,
        nameEn: milestone.nameEn,
        dueOn: milestone.dueOn,
        directions: milestone.directions,
        met: standard !== undefined,
        metBy: standard
          ? {
              id: standard.id,
              number: standard.number,
              titleZh: standard.title_zh,
              publishedOn: standard.published_on ?? '',
            }
          : null,
      };
    }),
  );
  return { asOf, targetSet: set.key, items };
}

export async function getBreakdown(
  db: Db,
  by: BreakdownResponse['by'],
  asOf: string,
  frameworkId: number,
  /** Whose rule the enterprise dimensions (industry, province) count by. */
  set: TargetSet,
): Promise<BreakdownResponse> {
  if (by === 'industry' || by === 'province' || by === 'standard') {
    return { asOf, by, items: await adoptions.countAdoptionBreakdown(db, by, asOf, set) };
  }
  const rows = await repo.countBreakdown(db, by, asOf, frameworkId);
  return { asOf, by, items: rows.map((row) => ({ key: row.key, count: row.count })) };
}

/**
 * The request's as-of date (the query schema resolved it), target set (default set) and framework: `framework`
 * when given (unknown → 404), else the target set's own framework when it is loaded, else the default one.
 */
export async function resolveDashboardQuery(
  db: Db,
  query: { asOf: string; targetSet?: string | undefined; framework?: string | undefined },
) {
  const set = await resolveTargetSet(db, query.targetSet);
  const framework =
    query.framework !== undefined
      ? await resolveFrameworkRef(db, query.framework)
      : await resolveFrameworkRef(db, set.framework).catch(() => resolveFrameworkRef(db));
  return { asOf: query.asOf, set, framework };
}
