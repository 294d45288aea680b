import type { Database } from '@cloudstd/db/tables';
import type { ImportChange, ImportRow, ImportRowError } from '@cloudstd/shared/schemas/import';
import type { FieldError } from '@cloudstd/shared/schemas/messages';
import {
  standardContentFields,
  type CreateStandardInput,
  type StandardContent,
} from '@cloudstd/shared/schemas/standard';
import { standardNumberFamily } from '@cloudstd/shared/domain/standard-number';
import type { Kysely } from 'kysely';
import { AppError } from '../../http/errors.ts';
import { contentFromInput, standardContentProblems } from '../standards/standards.content.service.ts';
import {
  findLiveNumbers,
  findLiveStandardsByNumbers,
  type ExistingStandard,
} from '../standards/standards.bulk.service.ts';
import type { DirectionNames } from './direction-names.ts';
import { columnOfField } from './standards-columns.ts';
import type { StandardRowReading } from './standards-rows.ts';

export interface StandardsImportPlan {
  /** Index into the report's rows, and what to create. */
  creates: { index: number; content: StandardContent }[];
  updates: { index: number; id: number; before: StandardContent; after: StandardContent }[];
}

function inputOf(content: StandardContent): CreateStandardInput {
  const { sector: _sector, ...input } = content;
  return input;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return a.length === b.length && b.every((item) => set.has(item));
}

function changesBetween(before: StandardContent, after: StandardContent): ImportChange[] {
  return standardContentFields
    .filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
    .map((field) => ({ field, from: before[field], to: after[field] }));
}

function rowErrors(errors: readonly FieldError[]): ImportRowError[] {
  return errors.map((error) => ({
    column: columnOfField(error.field),
    messageZh: error.messageZh,
    messageEn: error.messageEn,
  }));
}

function labelOf(existing: ExistingStandard): string {
  const { number, planNumber, titleZh } = existing.content;
  return `${number ?? planNumber ?? existing.id}（${titleZh}）`;
}

function suggestedWarning(codes: readonly string[]): ImportRowError {
  return {
    column: 'directions',
    messageZh: `研制方向 ${codes.join('、')} 是系统建议，请核对（建议，请核对）`,
    messageEn: `The directions ${codes.join(', ')} are suggested — check them`,
  };
}

/**
 * Compares each read row with the registry and with the rows above it: matched by normalised number,
 * else by plan number; an existing record is updated with the fields the row gives (blank cells keep
 * what is recorded), a new one created. Every outcome is checked with the standards' own content rules.
 * The numbers of all rows are looked up at once (`lock` holds the matched records during a commit).
 * A new standard without directions gets `suggest`'s (marked `suggested`, to be confirmed by the commit).
 */
export async function planStandardsImport(
  db: Kysely<Database>,
  readings: readonly StandardRowReading[],
  directions: DirectionNames,
  options: { lock: boolean; suggest?: (titleZh: string) => string[] },
): Promise<{ rows: ImportRow[]; plan: StandardsImportPlan }> {
  const numbers = new Set<string>();
  const planNumbers = new Set<string>();
  for (const { values } of readings) {
    if (values.number) numbers.add(values.number);
    if (values.planNumber) planNumbers.add(values.planNumber);
  }
  const existing = await findLiveStandardsByNumbers(db, {
    numbers: [...numbers],
    planNumbers: [...planNumbers],
    lock: options.lock,
  });
  const byNumber = new Map(existing.flatMap((s) => (s.content.number ? [[s.content.number, s] as const] : [])));
  const byPlan = new Map(existing.flatMap((s) => (s.content.planNumber ? [[s.content.planNumber, s] as const] : [])));
  const known = directions.anyEditionLeaves;
  const inFrameworkOrder = (codes: readonly string[]) =>
    [...codes].sort((a, b) => (directions.positions.get(a) ?? 0) - (directions.positions.get(b) ?? 0));

  const rowOfNumber = new Map<string, number>();
  const rowOfPlan = new Map<string, number>();
  const rowOfRecord = new Map<number, number>();
  const plan: StandardsImportPlan = { creates: [], updates: [] };

  const rows = readings.map((reading, index): ImportRow => {
    let { values } = reading;
    let suggested = reading.suggested;
    const errors = [...reading.errors];
    const number = values.number ?? null;
    const planNumber = values.planNumber ?? null;
    const result = (action: ImportRow['action'], changes: ImportChange[], standardId: number | null): ImportRow => ({
      row: reading.row,
      number: number ?? planNumber,
      action: errors.length > 0 ? 'error' : action,
      errors,
      changes: errors.length > 0 ? [] : changes,
      standardId,
      cells: reading.cells,
      ...(errors.length > 0
        ? {}
        : {
            ...(suggested ? { suggested } : {}),
            ...(suggested || reading.warnings.length > 0
              ? { warnings: [...(suggested ? [suggestedWarning(suggested)] : []), ...reading.warnings] }
              : {}),
          }),
    });

    if (number === null && planNumber === null) {
      if (!errors.some((error) => error.column === 'number' || error.column === 'plan_number')) {
        errors.push({
          column: 'number',
          messageZh: '请填写标准号（未发布的项目填写计划号）',
          messageEn: 'Enter the standard number (or, for a project not yet published, the plan number)',
        });
      }
      return result('error', [], null);
    }
    const duplicateNumber = number === null ? undefined : rowOfNumber.get(number);
    const duplicatePlan = planNumber === null ? undefined : rowOfPlan.get(planNumber);
    if (number !== null && duplicateNumber === undefined) rowOfNumber.set(number, reading.row);
    if (planNumber !== null && duplicatePlan === undefined) rowOfPlan.set(planNumber, reading.row);
    if (duplicateNumber !== undefined) {
      errors.push({
        column: 'number',
        messageZh: `标准号 ${number} 与第 ${duplicateNumber} 行重复`,
        messageEn: `The number ${number} is already on row ${duplicateNumber}`,
      });
    } else if (duplicatePlan !== undefined) {
      errors.push({
        column: 'plan_number',
        messageZh: `计划号 ${planNumber} 与第 ${duplicatePlan} 行重复`,
        messageEn: `The plan number ${planNumber} is already on row ${duplicatePlan}`,
      });
    }

    const matchedByNumber = number === null ? undefined : byNumber.get(number);
    const matchedByPlan = planNumber === null ? undefined : byPlan.get(planNumber);
    const target = matchedByNumber ?? matchedByPlan;
    if (matchedByNumber && matchedByPlan && matchedByNumber.id !== matchedByPlan.id) {
      errors.push({
        column: 'plan_number',
        messageZh: `计划号 ${planNumber} 已属于另一项标准 ${labelOf(matchedByPlan)}`,
        messageEn: `The plan number ${planNumber} belongs to another standard, ${labelOf(matchedByPlan)}`,
      });
    } else if (!matchedByNumber && matchedByPlan && matchedByPlan.content.number !== null && number !== null) {
      errors.push({
        column: 'plan_number',
        messageZh: `计划号 ${planNumber} 属于已有标准号的 ${labelOf(matchedByPlan)}，与本行标准号 ${number} 不符`,
        messageEn: `The plan number ${planNumber} belongs to ${labelOf(matchedByPlan)}, which has another number than ${number}`,
      });
    }
    if (target) {
      const earlier = rowOfRecord.get(target.id);
      if (earlier !== undefined && duplicateNumber === undefined && duplicatePlan === undefined) {
        errors.push({
          column: null,
          messageZh: `本行与第 ${earlier} 行指向同一项标准 ${labelOf(target)}`,
          messageEn: `This row and row ${earlier} both name the standard ${labelOf(target)}`,
        });
      }
      rowOfRecord.set(target.id, earlier ?? reading.row);
    } else {
      if (values.titleZh === undefined && !errors.some((error) => error.column === 'title_zh')) {
        errors.push({
          column: 'title_zh',
          messageZh: '新建标准须填写标准名称',
          messageEn: 'A new standard needs its Chinese title',
        });
      }
      const proposal =
        values.directions === undefined && values.titleZh ? options.suggest?.(values.titleZh) : undefined;
      if (proposal && proposal.length > 0) {
        values = { ...values, directions: proposal };
        suggested = proposal;
      } else if (values.directions === undefined && !errors.some((error) => error.column === 'directions')) {
        errors.push({
          column: 'directions',
          messageZh: '新建标准须填写至少一个研制方向',
          messageEn: 'A new standard needs at least one research direction',
        });
      }
    }
    if (errors.length > 0) return result('error', [], target?.id ?? null);

    const before = target?.content;
    let content: StandardContent;
    try {
      content = contentFromInput({ ...(before ? inputOf(before) : {}), ...values } as CreateStandardInput);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      errors.push(...rowErrors(error.options.errors ?? []));
      return result('error', [], target?.id ?? null);
    }
    content.directions = inFrameworkOrder(content.directions);
    if (before) {
      // The same members in another order are no change.
      for (const field of ['tags', 'replaces'] as const) {
        if (sameSet(before[field], content[field])) content[field] = before[field];
      }
    }
    errors.push(...rowErrors(standardContentProblems(content, known)));
    if (errors.length > 0) return result('error', [], target?.id ?? null);

    if (!target || !before) {
      plan.creates.push({ index, content });
      return result('create', [], null);
    }
    const changes = changesBetween(before, content);
    if (changes.length === 0) return result('unchanged', [], target.id);
    plan.updates.push({ index, id: target.id, before, after: content });
    return result('update', changes, target.id);
  });
  await warnOfEarlierEditions(db, rows, plan, readings);
  return { rows, plan };
}

/**
 * Revision detection in the preview: a new standard recorded as new whose number family has an earlier
 * edition, registered or on another row of the file, is most likely its revision — a warning naming it.
 */
async function warnOfEarlierEditions(
  db: Kysely<Database>,
  rows: ImportRow[],
  plan: StandardsImportPlan,
  readings: readonly StandardRowReading[],
): Promise<void> {
  const candidates = plan.creates.filter(({ content }) => content.kind === 'new' && content.replaces.length === 0);
  if (candidates.length === 0) return;
  const inFile = readings.flatMap(({ values }) => (values.number ? [values.number] : []));
  const editions = new Map<string, { number: string; year: number }[]>();
  for (const number of [...(await findLiveNumbers(db)), ...inFile]) {
    const family = standardNumberFamily(number);
    if (family === null) continue;
    const list = editions.get(family.family) ?? [];
    if (!list.some((edition) => edition.number === number)) list.push({ number, year: family.year });
    editions.set(family.family, list);
  }
  for (const { index, content } of candidates) {
    const own = content.number === null ? null : standardNumberFamily(content.number);
    const row = rows[index];
    if (own === null || row === undefined) continue;
    const earlier = (editions.get(own.family) ?? [])
      .filter((edition) => edition.year < own.year)
      .sort((a, b) => b.year - a.year)
      .map((edition) => edition.number);
    if (earlier.length === 0) continue;
    const list = earlier.join('、');
    (row.warnings ??= []).push({
      column: 'kind',
      messageZh: `${list} 已登记或在本文件中：${content.number ?? ''} 应是它的修订版，建议填写“修订”并在代替标准号中填写 ${earlier[0] ?? ''}`,
      messageEn: `${list} is recorded or in this file: ${content.number ?? ''} looks like its revision; consider kind “revision” replacing ${earlier[0] ?? ''}`,
    });
  }
}
