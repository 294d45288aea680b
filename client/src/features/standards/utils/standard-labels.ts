import { findIndustrySector } from '@cloudstd/shared/domain/industry-sectors';
import {
  standardKindLabels,
  standardLevelLabels,
  standardStatusLabels,
  yesNoLabels,
} from '@cloudstd/shared/domain/labels';
import { milestones, type MilestoneField, type StandardStatus } from '@cloudstd/shared/domain/standard-status';
import type { Standard, StandardLevelValue } from '@cloudstd/shared/schemas/standard';
import type { Bilingual, Lang } from '../../../lib/i18n.tsx';
import { standardsMessages as m } from '../messages.ts';

export type StandardKind = Standard['kind'];
export type AdoptionDegree = NonNullable<Standard['international']>['degree'];

export const standardLevels: readonly StandardLevelValue[] = ['national', 'industry', 'group', 'local', 'other'];
export const standardKinds: readonly StandardKind[] = ['new', 'revision'];
export const adoptionDegrees: readonly AdoptionDegree[] = ['IDT', 'MOD', 'NEQ'];

export const degreeLabels: Record<AdoptionDegree, Bilingual> = {
  IDT: m.degreeIDT,
  MOD: m.degreeMOD,
  NEQ: m.degreeNEQ,
};

/** A milestone's date field as a form label: 立项日期 / Approved on. */
export const milestoneLabels = Object.fromEntries(
  milestones.map((milestone) => [milestone.field, { zh: `${milestone.zh}日期`, en: `${milestone.en} on` }]),
) as Record<MilestoneField, Bilingual>;

/** The label of every field a standard shows or a history entry names. */
const fieldLabels: Record<string, Bilingual> = {
  number: m.number,
  planNumber: m.planNumber,
  level: m.level,
  sector: m.sector,
  titleZh: m.titleZh,
  titleEn: m.titleEn,
  kind: m.kind,
  replaces: m.replaces,
  replacedBy: m.replacedBy,
  directions: m.directions,
  ...milestoneLabels,
  status: m.status,
  committee: m.committee,
  international: m.international,
  planIssuedOn: m.planIssuedOn,
  planPeriodMonths: m.planPeriodMonths,
  planExtensions: m.planExtensions,
  planDueOn: m.planDueOn,
  planOverdue: m.planOverdue,
  draftingOrganisations: m.draftingOrganisations,
  tags: m.tags,
  notes: m.notes,
  version: m.version,
  createdAt: m.createdAt,
  updatedAt: m.updatedAt,
  createdBy: m.createdBy,
  updatedBy: m.updatedBy,
  deletedAt: m.deletedAtField,
};

/** History entries may name fields in camelCase (the API's) or snake_case (the table's). */
function camelCase(field: string): string {
  return field.replace(/_([a-z])/g, (_whole, letter: string) => letter.toUpperCase());
}

/** A field's label in `lang`; an unknown field is shown by its name. */
export function fieldLabel(field: string, lang: Lang): string {
  const label = fieldLabels[camelCase(field)];
  return label ? label[lang] : field;
}

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

const statusValues = Object.keys(standardStatusLabels) as StandardStatus[];

/**
 * A field's value as text in `lang`, for the detail page, the history and the conflict table:
 * enumerations by their label, lists joined, an empty value as a dash.
 */
export function formatFieldValue(field: string, value: unknown, lang: Lang): string {
  const name = camelCase(field);
  if (value === null || value === undefined || value === '') return m.none[lang];
  if (Array.isArray(value)) {
    if (value.length === 0) return m.none[lang];
    return value.map((item) => formatFieldValue(`${name}[]`, item, lang)).join(lang === 'zh' ? '、' : ', ');
  }
  if (name === 'level' && isOneOf(standardLevels, value)) return standardLevelLabels[value][lang];
  if (name === 'kind' && isOneOf(standardKinds, value)) return standardKindLabels[value][lang];
  if (name === 'status' && isOneOf(statusValues, value)) return standardStatusLabels[value][lang];
  if (name === 'sector' && typeof value === 'string') {
    const sector = findIndustrySector(value);
    return sector ? `${value} ${lang === 'zh' ? sector.sectorZh : sector.sectorEn}` : value;
  }
  if (typeof value === 'boolean') return (value ? yesNoLabels.yes : yesNoLabels.no)[lang];
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (name === 'international' && typeof value === 'object') {
    const { ref, degree } = value as { ref?: unknown; degree?: unknown };
    if (typeof ref === 'string') {
      const degreeText = isOneOf(adoptionDegrees, degree) ? degreeLabels[degree][lang] : '';
      if (!degreeText) return ref;
      return lang === 'zh' ? `${ref}（${degreeText}）` : `${ref} (${degreeText})`;
    }
  }
  if (name === 'planExtensions[]' && typeof value === 'object') {
    const { grantedOn, dueOn, reason } = value as { grantedOn?: unknown; dueOn?: unknown; reason?: unknown };
    if (typeof grantedOn === 'string' && typeof dueOn === 'string') {
      const why = typeof reason === 'string' ? reason : '';
      return lang === 'zh' ? `${grantedOn} 延期至 ${dueOn}（${why}）` : `${grantedOn}: extended to ${dueOn} (${why})`;
    }
  }
  return JSON.stringify(value);
}
