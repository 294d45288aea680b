import type { StandardDerivedColumn, StandardRow } from '@cloudstd/db/tables';
import { parsePlanNumber, parseStandardNumber } from '@cloudstd/shared/domain/standard-number';
import {
  checkMilestoneOrder,
  statusAsOf,
  type MilestoneDates,
  type StatusDates,
} from '@cloudstd/shared/domain/standard-status';
import { isPlanOverdue, planDueOn, planProblems } from '@cloudstd/shared/domain/plan-schedule';
import type { FieldError } from '@cloudstd/shared/schemas/messages';
import {
  standardContentFields,
  type CreateStandardInput,
  type PlanExtension,
  type Standard,
  type StandardContent,
  type UpdateStandardInput,
  internationalAdoptionView,
} from '@cloudstd/shared/schemas/standard';
import { AppError } from '../../http/errors.ts';
import type { StandardRowWithPeople } from './standards.repository.ts';

/*
 * The standard's content model: what a person records about a standard (StandardContent), how it maps
 * to and from the `standard` row, and the rules it must meet beyond its schema. Single edits
 * (standards.service.ts), bulk imports (standards.bulk.service.ts) and the reports all go through here.
 */

type ContentColumns = Omit<StandardRow, StandardDerivedColumn>;

export function milestoneDatesOfRow(
  row: Pick<StandardRow, 'approved_on' | 'draft_on' | 'submitted_on' | 'published_on' | 'in_force_on' | 'withdrawn_on'>,
): MilestoneDates {
  return {
    approvedOn: row.approved_on,
    draftOn: row.draft_on,
    submittedOn: row.submitted_on,
    publishedOn: row.published_on,
    inForceOn: row.in_force_on,
    withdrawnOn: row.withdrawn_on,
  };
}

/** What a row's status on a date depends on: its milestones and its successor's in-force date. */
export function statusDatesOfRow(
  row: Parameters<typeof milestoneDatesOfRow>[0] & Pick<StandardRow, 'replaced_on'>,
): StatusDates {
  return { ...milestoneDatesOfRow(row), replacedOn: row.replaced_on };
}

/** The one row → content mapping: what the API, the audit log and the reports show of a standard. */
export function standardRowToContent(row: ContentColumns, directions: string[]): StandardContent {
  return {
    number: row.number,
    planNumber: row.plan_number,
    level: row.level,
    sector: row.sector,
    titleZh: row.title_zh,
    titleEn: row.title_en,
    kind: row.kind,
    replaces: row.replaces,
    directions,
    ...milestoneDatesOfRow(row),
    committee: row.committee,
    international:
      row.international_ref && row.international_degree
        ? internationalAdoptionView(row.international_ref, row.international_degree)
        : null,
    planIssuedOn: row.plan_issued_on,
    planPeriodMonths: row.plan_period_months,
    planExtensions: row.plan_extensions.map(({ grantedOn, dueOn, reason }) => ({ grantedOn, dueOn, reason })),
    draftingOrganisations: row.drafting_organisations,
    tags: row.tags,
    notes: row.notes,
  };
}

/** A plan's due date (the latest extension's, else issue date + period), null without both; overdue at `asOf`. */
export function planScheduleOf(
  content: Pick<StandardContent, 'planIssuedOn' | 'planPeriodMonths' | 'planExtensions' | 'publishedOn'>,
  asOf: string,
): { planDueOn: string | null; planOverdue: boolean } {
  if (content.planIssuedOn === null || content.planPeriodMonths === null)
    return { planDueOn: null, planOverdue: false };
  const due = planDueOn(content.planIssuedOn, content.planPeriodMonths, content.planExtensions);
  return { planDueOn: due, planOverdue: isPlanOverdue(due, content.publishedOn, asOf) };
}

/** The province code of a local standard's number (`DB11/T 1234-2020` → `11`), else null. */
export function provinceOfNumber(number: string | null): string | null {
  if (number === null) return null;
  const parsed = parseStandardNumber(number);
  return parsed.ok ? (parsed.value.province?.code ?? null) : null;
}

/** The one row → API mapping for standards; `status` is computed as of `asOf`. */
export function standardRowToStandard(row: StandardRowWithPeople, directions: string[], asOf: string): Standard {
  const content = standardRowToContent(row, directions);
  return {
    id: row.id,
    ...content,
    status: statusAsOf(statusDatesOfRow(row), asOf),
    ...planScheduleOf(content, asOf),
    province: provinceOfNumber(row.number),
    replacedBy: row.replaced_by,
    replacedOn: row.replaced_on,
    withdrawalDerived: row.withdrawal_derived,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    createdBy: row.created_by_name,
    updatedBy: row.updated_by_name,
    deletedAt: row.deleted_at?.toISOString() ?? null,
  };
}

/** The content columns of a row holding this content (the inverse of standardRowToContent). */
export function contentToRow(content: StandardContent) {
  return {
    number: content.number,
    plan_number: content.planNumber,
    level: content.level,
    sector: content.sector,
    title_zh: content.titleZh,
    title_en: content.titleEn,
    kind: content.kind,
    replaces: content.replaces,
    approved_on: content.approvedOn,
    draft_on: content.draftOn,
    submitted_on: content.submittedOn,
    published_on: content.publishedOn,
    in_force_on: content.inForceOn,
    withdrawn_on: content.withdrawnOn,
    committee: content.committee,
    international_ref: content.international?.ref ?? null,
    international_degree: content.international?.degree ?? null,
    plan_issued_on: content.planIssuedOn,
    plan_period_months: content.planPeriodMonths,
    plan_extensions: JSON.stringify(content.planExtensions),
    drafting_organisations: content.draftingOrganisations,
    tags: content.tags,
    notes: content.notes,
  };
}

export function contentOf(standard: Standard): StandardContent {
  return Object.fromEntries(standardContentFields.map((field) => [field, standard[field]])) as StandardContent;
}

export function validationError(errors: FieldError[]): AppError {
  return new AppError('VALIDATION_FAILED', { errors });
}

/** Level and sector follow from the number, else the plan number, else the level given (group projects). */
export function classify(
  content: Pick<StandardContent, 'number' | 'planNumber'> & { level?: Standard['level'] | undefined },
) {
  if (content.number) {
    const parsed = parseStandardNumber(content.number);
    if (parsed.ok) return { level: parsed.value.level, sector: parsed.value.sector?.code ?? null };
  }
  if (content.planNumber) {
    const parsed = parsePlanNumber(content.planNumber);
    if (parsed.ok) {
      const sector =
        parsed.value.level === 'industry' ? (/-([A-Z]{2,3})$/.exec(parsed.value.canonical)?.[1] ?? null) : null;
      return { level: parsed.value.level, sector };
    }
  }
  if (content.level) return { level: content.level, sector: null };
  throw validationError([
    {
      field: 'number',
      messageZh: '请填写标准号或计划号（团体标准项目尚无编号时请选择级别）',
      messageEn: 'Enter the number or the plan number (or the level, for a group project without either)',
    },
  ]);
}

/** A create request's content: level and sector classified, lists de-duplicated, empty texts null. */
export function contentFromInput(input: CreateStandardInput): StandardContent {
  const number = input.number ?? null;
  const planNumber = input.planNumber ?? null;
  const { level, sector } = classify({ number, planNumber, level: input.level });
  return {
    number,
    planNumber,
    level,
    sector,
    titleZh: input.titleZh,
    titleEn: input.titleEn || null,
    kind: input.kind ?? 'new',
    replaces: [...new Set(input.replaces ?? [])],
    directions: [...new Set(input.directions)],
    approvedOn: input.approvedOn ?? null,
    draftOn: input.draftOn ?? null,
    submittedOn: input.submittedOn ?? null,
    publishedOn: input.publishedOn ?? null,
    inForceOn: input.inForceOn ?? null,
    withdrawnOn: input.withdrawnOn ?? null,
    committee: input.committee ?? null,
    international: input.international
      ? internationalAdoptionView(input.international.ref, input.international.degree)
      : null,
    planIssuedOn: input.planIssuedOn ?? null,
    planPeriodMonths: input.planPeriodMonths ?? null,
    planExtensions: inGrantOrder(input.planExtensions ?? []),
    draftingOrganisations: [...new Set(input.draftingOrganisations ?? [])],
    tags: [...new Set(input.tags ?? [])],
    notes: input.notes || null,
  };
}

/** Extensions in the order they were granted (a later grant extends the one before). */
function inGrantOrder(extensions: readonly PlanExtension[]): PlanExtension[] {
  return [...extensions].sort((a, b) => a.grantedOn.localeCompare(b.grantedOn) || a.dueOn.localeCompare(b.dueOn));
}

/** The rules a standard's content must meet beyond its schema: lifecycle order, known directions, kind. */
export function standardContentProblems(content: StandardContent, knownDirections: ReadonlySet<string>): FieldError[] {
  const errors: FieldError[] = checkMilestoneOrder(content, content.number !== null).map((problem) => ({ ...problem }));
  content.directions.forEach((code, index) => {
    if (!knownDirections.has(code)) {
      errors.push({
        field: `directions.${index}`,
        messageZh: `未知的研制方向：${code}`,
        messageEn: `Unknown research direction: ${code}`,
      });
    }
  });
  if (content.kind === 'new' && content.replaces.length > 0) {
    errors.push({
      field: 'replaces',
      messageZh: '制定（新）标准不替代其他标准，请将类型改为修订',
      messageEn: 'Only a revision replaces other standards',
    });
  }
  if (content.number !== null && content.replaces.includes(content.number)) {
    errors.push({
      field: 'replaces',
      messageZh: `标准 ${content.number} 不能代替它自己`,
      messageEn: `${content.number} cannot replace itself`,
    });
  }
  errors.push(...planProblems(content));
  return errors;
}

/**
 * The content after an edit: the fields given replace those recorded (undefined keeps them), then
 * level and sector are classified again — from the level given, else from the numbers, else the level
 * recorded when neither number changed — and lists are de-duplicated, empty texts null.
 */
export function contentWithChanges(
  before: StandardContent,
  changes: Omit<UpdateStandardInput, 'version'>,
): StandardContent {
  const { international, ...rest } = definedOnly(changes);
  const next = {
    ...before,
    ...rest,
    ...(international === undefined
      ? {}
      : { international: international && internationalAdoptionView(international.ref, international.degree) }),
  };
  const { level, sector } = classify({
    number: next.number,
    planNumber: next.planNumber,
    level:
      changes.level ?? (changes.number === undefined && changes.planNumber === undefined ? before.level : undefined),
  });
  return {
    ...next,
    level,
    sector,
    titleEn: next.titleEn || null,
    notes: next.notes || null,
    replaces: [...new Set(next.replaces)],
    directions: [...new Set(next.directions)],
    planExtensions: inGrantOrder(next.planExtensions),
    draftingOrganisations: [...new Set(next.draftingOrganisations)],
    tags: [...new Set(next.tags)],
  };
}

function definedOnly<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}
