import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/** `date` columns travel as `YYYY-MM-DD` strings on both drivers (see connect.ts). */
type CalendarDate = string;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string | null, string | null>;

export interface FrameworkTable {
  id: Generated<number>;
  key: string;
  name_zh: string;
  name_en: string;
  edition: string;
  issued_on: CalendarDate | null;
  source: string | null;
  is_default: boolean;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface FrameworkNodeTable {
  id: Generated<number>;
  framework_id: number;
  code: string;
  kind: 'part' | 'group' | 'direction';
  parent_code: string | null;
  part_code: string;
  name_zh: string;
  name_en: string;
  scope: string | null;
  position: number;
}

export interface AppUserTable {
  id: Generated<number>;
  username: string;
  password_hash: string;
  role: 'viewer' | 'editor' | 'admin';
  disabled: boolean;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface SessionTable {
  /** SHA-256 of the cookie's token: a stolen database dump holds no usable sessions. */
  token_hash: string;
  user_id: number;
  created_at: CreatedAt;
  last_seen_at: Date;
  expires_at: Date;
}

export interface LoginAttemptTable {
  id: Generated<number>;
  username: string;
  ip: string;
  succeeded: boolean;
  attempted_at: CreatedAt;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: CreatedAt;
  actor_id: number | null;
  action: string;
  entity: string;
  entity_id: string;
  before: Json;
  after: Json;
  request_id: string | null;
  /** The import (data_import) that made this change, if an import did. */
  import_id: number | null;
}

export interface StandardTable {
  id: Generated<number>;
  number: string | null;
  plan_number: string | null;
  level: 'national' | 'industry' | 'group' | 'local' | 'other';
  sector: string | null;
  title_zh: string;
  title_en: string | null;
  kind: 'new' | 'revision';
  replaces: string[];
  approved_on: CalendarDate | null;
  draft_on: CalendarDate | null;
  submitted_on: CalendarDate | null;
  published_on: CalendarDate | null;
  in_force_on: CalendarDate | null;
  withdrawn_on: CalendarDate | null;
  committee: string | null;
  international_ref: string | null;
  international_degree: 'IDT' | 'MOD' | 'NEQ' | null;
  tags: string[];
  notes: string | null;
  /** The successor's number when a registered standard replaces this one (kept by the standards service). */
  replaced_by: Generated<string | null>;
  /** The successor's in-force date: from then on a withdrawn standard is 被代替 (replaced). */
  replaced_on: Generated<CalendarDate | null>;
  /** True when withdrawn_on was derived from the successor's in-force date (undone with the replacement). */
  withdrawal_derived: Generated<boolean>;
  /** 计划下达日期: with the period, when the plan is due (shared/src/domain/plan-schedule.ts). */
  plan_issued_on: CalendarDate | null;
  /** 项目周期 in months (> 0). */
  plan_period_months: number | null;
  /** 延期: JSON `[{grantedOn, dueOn, reason}]`, written as JSON text; the latest new due date applies. */
  plan_extensions: ColumnType<PlanExtensionRecord[], string | undefined, string>;
  /** 起草单位, in the order recorded. */
  drafting_organisations: ColumnType<string[], string[] | undefined, string[]>;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  created_by: number | null;
  updated_by: number | null;
  deleted_at: Date | null;
}

/** One recorded extension of a plan (延期). */
export interface PlanExtensionRecord {
  grantedOn: CalendarDate;
  dueOn: CalendarDate;
  reason: string;
}

export interface StandardDirectionTable {
  standard_id: number;
  direction_id: number;
  /** `filed` by an editor; `override`: an editor's placement in another edition; `derived` by triggers. */
  origin: Generated<'filed' | 'derived' | 'override'>;
}

/** A direction and the other edition's direction it continues (a framework file's crosswalk). */
export interface DirectionCrosswalkTable {
  direction_id: number;
  continues_id: number;
}

/** Maintained by triggers (migration 2026_11_21_130000_coverage_rollup): never written by the app. */
export interface DirectionMonthRollupTable {
  direction_id: number;
  level: string;
  /** The first day of the month. */
  month: string;
  current_delta: number;
  pipeline_delta: number;
}

/** The same deltas per year (`year` is 1 January). */
export interface DirectionYearRollupTable {
  direction_id: number;
  level: string;
  year: string;
  current_delta: number;
  pipeline_delta: number;
}

export interface EnterpriseTable {
  id: Generated<number>;
  name: string;
  /** Normalised, 18 characters; unique among live enterprises. */
  credit_code: string;
  industry: string | null;
  province: string | null;
  size: 'large' | 'medium' | 'small' | 'micro' | null;
  notes: string | null;
  credit_code_override_reason: string | null;
  credit_code_override_by: number | null;
  credit_code_override_at: Date | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  created_by: number | null;
  updated_by: number | null;
  deleted_at: Date | null;
}

export interface AdoptionTable {
  id: Generated<number>;
  enterprise_id: number;
  standard_id: number;
  adopted_on: CalendarDate;
  evidence: 'certificate' | 'assessment' | 'self_assessment' | 'self_declaration' | 'training' | 'other';
  /** The 对标达标 stages where it is applied (migration 2026_12_04_400000); empty: not stated (未注明). */
  stages: ColumnType<AdoptionStage[], AdoptionStage[] | undefined, AdoptionStage[]>;
  /** A third-party assessment's body and result. */
  assessment_body: ColumnType<string | null, string | null | undefined, string | null>;
  assessment_result: ColumnType<string | null, string | null | undefined, string | null>;
  reference: string | null;
  notes: string | null;
  created_at: CreatedAt;
  created_by: number | null;
}

type AdoptionStage = 'research' | 'design' | 'delivery' | 'operations' | 'quality';

/** A 宣贯 event (migration 2026_12_04_400000_events_and_reach); soft-deleted. */
export interface EventTable {
  id: Generated<number>;
  title: string;
  kind: 'training' | 'seminar' | 'campaign';
  mode: 'online' | 'on_site' | 'hybrid';
  starts_on: CalendarDate;
  ends_on: CalendarDate;
  organiser: string | null;
  province: string | null;
  city: string | null;
  notes: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  created_by: number | null;
  updated_by: number | null;
  deleted_at: Date | null;
}

export interface EventStandardTable {
  event_id: number;
  standard_id: number;
}

/** One enterprise at one event (attending twice is one row). */
export interface EventAttendeeTable {
  event_id: number;
  enterprise_id: number;
  participants: number | null;
  notes: string | null;
}

/** Maintained by triggers (migration 2026_12_04_400000_events_and_reach): never written by the app. */
export interface EnterpriseReachTable {
  enterprise_id: number;
  trained_on: CalendarDate | null;
  implementing_on: CalendarDate | null;
  certified_on: CalendarDate | null;
  reached_on: CalendarDate;
  trained_implementing_on: CalendarDate | null;
}

/** Maintained by triggers: per kind (reached, trained, implementing, certified, trained_implementing) and month. */
export interface EnterpriseReachMonthTable {
  kind: string;
  month: CalendarDate;
  enterprises: number;
}

/** Maintained by triggers (migration 2026_11_21_150000_enterprises): never written by the app. */
export interface EnterpriseFirstAdoptionTable {
  enterprise_id: number;
  first_on: CalendarDate;
}

/** Maintained by triggers (migration 2026_11_21_150000_enterprises): never written by the app. */
export interface EnterpriseAdoptionMonthTable {
  /** The first day of the month. */
  month: CalendarDate;
  enterprises: number;
}

export interface TargetSetTable {
  id: Generated<number>;
  key: string;
  name_zh: string;
  name_en: string;
  source: string | null;
  is_default: boolean;
  standards_goal: number;
  standards_stretch: number | null;
  window_start: CalendarDate;
  window_end: CalendarDate;
  counted_levels: ('national' | 'industry' | 'group')[];
  counted_kinds: ('new' | 'revision')[];
  enterprises_goal: number | null;
  enterprises_due: CalendarDate | null;
  parts_goal: number | null;
  /** Which enterprises the goal counts: trained or implementing ('reached'), or implementing only. */
  enterprise_counting: 'reached' | 'implementing_only';
  /** The framework the set's goals follow (by key: frameworks load after migrations). */
  framework_key: string;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  updated_by: number | null;
}

export interface TargetMilestoneTable {
  id: Generated<number>;
  target_set_id: number;
  code: string;
  name_zh: string;
  name_en: string;
  due_on: CalendarDate;
  direction_codes: string[];
  kinds: ('new' | 'revision')[];
  tag: string | null;
  position: number;
}

/** One committed or refused bulk import (migration 2026_11_21_140000_imports). */
export interface DataImportTable {
  id: Generated<number>;
  kind: string;
  file_name: string;
  file_sha256: string;
  file_size: number;
  sheet: string | null;
  user_id: number | null;
  created_at: CreatedAt;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: number;
  committed: boolean;
}

/** A published report (migration 2026_11_21_160000_snapshots): `payload` is the frozen ReportData. */
export interface SnapshotTable {
  id: Generated<number>;
  name: string;
  as_of: CalendarDate;
  since: CalendarDate;
  target_set_key: string;
  target_set_name_zh: string;
  target_set_name_en: string;
  created_by: number | null;
  created_at: CreatedAt;
  payload: Json;
}

export interface Database {
  framework: FrameworkTable;
  framework_node: FrameworkNodeTable;
  app_user: AppUserTable;
  session: SessionTable;
  login_attempt: LoginAttemptTable;
  audit_log: AuditLogTable;
  standard: StandardTable;
  standard_direction: StandardDirectionTable;
  direction_crosswalk: DirectionCrosswalkTable;
  data_import: DataImportTable;
  direction_month_rollup: DirectionMonthRollupTable;
  direction_year_rollup: DirectionYearRollupTable;
  target_set: TargetSetTable;
  target_milestone: TargetMilestoneTable;
  enterprise: EnterpriseTable;
  adoption: AdoptionTable;
  enterprise_first_adoption: EnterpriseFirstAdoptionTable;
  enterprise_adoption_month: EnterpriseAdoptionMonthTable;
  event: EventTable;
  event_standard: EventStandardTable;
  event_attendee: EventAttendeeTable;
  enterprise_reach: EnterpriseReachTable;
  enterprise_reach_month: EnterpriseReachMonthTable;
  snapshot: SnapshotTable;
  standard_review: StandardReviewTable;
  international_item: InternationalItemTable;
  international_item_stage: InternationalItemStageTable;
}

/** An international standardisation item (migration 2026_12_04_500000_international_items). */
export interface InternationalItemTable {
  id: Generated<number>;
  body: 'iso' | 'iec' | 'iso_iec_jtc1' | 'itu_t' | 'other';
  committee: string | null;
  reference: string;
  title_en: string;
  title_zh: string | null;
  china_role: 'led' | 'co_edited' | 'participated';
  experts: string[];
  related_standard_id: number | null;
  notes: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  created_by: number | null;
  updated_by: number | null;
  deleted_at: Date | null;
}

/** A stage an international item reached, and when; `rank` is the stage's place in the stage order. */
export interface InternationalItemStageTable {
  item_id: number;
  stage: 'proposal' | 'np' | 'wd' | 'cd' | 'dis' | 'fdis' | 'published';
  rank: number;
  reached_on: CalendarDate;
}

/** A five-year review's outcome (复审): 继续有效 confirmed, 修订 revise, 废止 withdraw. */
export interface StandardReviewTable {
  id: Generated<number>;
  standard_id: number;
  outcome: 'confirmed' | 'revise' | 'withdraw';
  reviewed_on: CalendarDate;
  notes: string | null;
  created_by: number | null;
  created_at: CreatedAt;
}

export type FrameworkRow = Selectable<FrameworkTable>;
export type FrameworkNodeRow = Selectable<FrameworkNodeTable>;
export type NewFrameworkNode = Insertable<FrameworkNodeTable>;
export type AppUserRow = Selectable<AppUserTable>;
export type AppUserUpdate = Updateable<AppUserTable>;
export type AuditLogRow = Selectable<AuditLogTable>;
export type StandardRow = Selectable<StandardTable>;
export type NewStandard = Insertable<StandardTable>;
/** A standard's columns that nobody types: keys, bookkeeping, and the replacement the registry derives. */
export type StandardDerivedColumn =
  | 'id'
  | 'version'
  | 'created_at'
  | 'updated_at'
  | 'created_by'
  | 'updated_by'
  | 'deleted_at'
  | 'replaced_by'
  | 'replaced_on'
  | 'withdrawal_derived';
export type StandardUpdate = Updateable<StandardTable>;
export type TargetSetRow = Selectable<TargetSetTable>;
export type TargetMilestoneRow = Selectable<TargetMilestoneTable>;
export type SnapshotRow = Selectable<SnapshotTable>;
export type EnterpriseRow = Selectable<EnterpriseTable>;
export type NewEnterprise = Insertable<EnterpriseTable>;
export type EnterpriseUpdate = Updateable<EnterpriseTable>;
export type AdoptionRow = Selectable<AdoptionTable>;
export type NewAdoption = Insertable<AdoptionTable>;
export type EventRow = Selectable<EventTable>;
export type EventAttendeeRow = Selectable<EventAttendeeTable>;
export type InternationalItemRow = Selectable<InternationalItemTable>;
export type NewInternationalItem = Insertable<InternationalItemTable>;
export type InternationalItemUpdate = Updateable<InternationalItemTable>;
