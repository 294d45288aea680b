import type { Database } from '@cloudstd/db/tables';
import { enterpriseSizeLabels } from '@cloudstd/shared/domain/labels';
import type { EnterpriseSize } from '@cloudstd/shared/schemas/enterprise';
import type {
  AdoptionImportColumnKey,
  ImportChange,
  ImportRow,
  ImportRowEnterprise,
  ImportRowError,
} from '@cloudstd/shared/schemas/import';
import type { Kysely } from 'kysely';
import {
  findAdoptions,
  findEnterprisesByCreditCodes,
  findStandardsByNumbers,
  type AdoptableStandard,
  type AdoptionFields,
  type AdoptionsWrite,
  type NewEnterpriseContent,
  type RecordedAdoption,
  type RegisteredEnterprise,
} from '../enterprises/enterprises.bulk.service.ts';
import type { AdoptionRowReading, AdoptionRowValues } from './adoption-rows.ts';

export interface AdoptionsImportPlan extends AdoptionsWrite {
  /** Index into the report's rows of each create. */
  createRows: readonly number[];
}

/** Enterprise facts a row may state; the first row stating one sets it for the file. */
const enterpriseFacts = [
  { field: 'name', column: 'enterprise', zh: '企业名称', en: 'name' },
  { field: 'industry', column: 'industry', zh: '行业', en: 'industry' },
  { field: 'province', column: 'province', zh: '省份', en: 'province' },
  { field: 'size', column: 'size', zh: '企业规模', en: 'size' },
] as const satisfies readonly {
  field: keyof AdoptionRowValues & keyof NewEnterpriseContent;
  column: AdoptionImportColumnKey;
  zh: string;
  en: string;
}[];

/** Names compare without regard to width (（）vs ()), case and spacing. */
function sameFact(a: string, b: string): boolean {
  const fold = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
  return fold(a) === fold(b);
}

/** A fact as a Chinese message shows it: a size in words (大型), anything else as written. */
function shown(field: string, value: string): string {
  return field === 'size' && value in enterpriseSizeLabels ? enterpriseSizeLabels[value as EnterpriseSize].zh : value;
}

const adoptionFields = [
  'adoptedOn',
  'evidence',
  'stages',
  'assessmentBody',
  'assessmentResult',
  'reference',
  'notes',
] as const satisfies readonly (keyof AdoptionFields)[];

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What the rows name that is recorded already, looked up at once. */
interface Recorded {
  enterpriseByCode: ReadonlyMap<string, RegisteredEnterprise>;
  /** A live standard wins over a deleted one of the same number. */
  standardByNumber: ReadonlyMap<string, AdoptableStandard>;
  adoptionByPair: ReadonlyMap<string, RecordedAdoption>;
}

/** What the rows above have said: new enterprises' facts (first statement wins) and the pairs seen. */
interface FileState {
  stated: Map<string, Map<string, { value: string; row: number }>>;
  rowOfPair: Map<string, number>;
}

/** One row's findings as they accumulate. */
interface RowCheck {
  reading: AdoptionRowReading;
  errors: ImportRowError[];
  warnings: ImportRowError[];
  hasError(column: AdoptionImportColumnKey): boolean;
}

const pairKey = (enterpriseId: number | string, standardId: number) => `${enterpriseId}:${standardId}`;

/** The enterprises, standards and recorded pairs the rows name; sorted, so concurrent imports lock in one order. */
async function findRecorded(
  db: Kysely<Database>,
  readings: readonly AdoptionRowReading[],
  lock: { lock: boolean },
): Promise<Recorded> {
  const codes = new Set<string>();
  const numbers = new Set<string>();
  for (const { values } of readings) {
    if (values.creditCode) codes.add(values.creditCode);
    if (values.standardNumber) numbers.add(values.standardNumber);
  }
  const [enterprises, standards] = await Promise.all([
    findEnterprisesByCreditCodes(db, [...codes].sort(), lock),
    findStandardsByNumbers(db, [...numbers].sort(), lock),
  ]);
  const standardByNumber = new Map<string, AdoptableStandard>();
  for (const standard of standards) {
    const seen = standardByNumber.get(standard.number);
    if (!seen || (seen.deleted && !standard.deleted)) standardByNumber.set(standard.number, standard);
  }
  const liveStandards = [...standardByNumber.values()].filter((standard) => !standard.deleted);
  const adoptions = await findAdoptions(
    db,
    enterprises.map((enterprise) => enterprise.id),
    liveStandards.map((standard) => standard.id),
    lock,
  );
  return {
    enterpriseByCode: new Map(enterprises.map((enterprise) => [enterprise.creditCode, enterprise])),
    standardByNumber,
    adoptionByPair: new Map(
      adoptions.map((adoption) => [pairKey(adoption.enterpriseId, adoption.standardId), adoption]),
    ),
  };
}

/** A registered enterprise is never changed by an import: each fact the row states otherwise is a warning. */
function warnOfOtherFacts(check: RowCheck, code: string, registered: RegisteredEnterprise): void {
  const { values } = check.reading;
  for (const fact of enterpriseFacts) {
    const given = values[fact.field];
    const recorded = registered[fact.field];
    if (given === undefined || (recorded !== null && sameFact(given, recorded))) continue;
    check.warnings.push({
      column: fact.column,
      messageZh:
        recorded === null
          ? `已登记的企业 ${code} 未填${fact.zh}，本行的“${shown(fact.field, given)}”不会写入；请在企业页面修改`
          : `企业 ${code} 登记的${fact.zh}是“${shown(fact.field, recorded)}”，本行写作“${shown(fact.field, given)}”；导入不修改企业信息，如需更正请在企业页面修改`,
      messageEn:
        recorded === null
          ? `The registered enterprise ${code} has no ${fact.en}; this row’s “${given}” is not written — edit the enterprise to set it`
          : `Enterprise ${code} is registered with the ${fact.en} “${recorded}”, this row says “${given}”; the import does not change enterprises — edit the enterprise to correct it`,
    });
  }
}

/** A new enterprise's facts: the first row stating each sets it, a later row may not contradict it. */
function collectNewFacts(check: RowCheck, code: string, file: FileState): string | null {
  const { values, row } = check.reading;
  let facts = file.stated.get(code);
  if (!facts) {
    facts = new Map();
    file.stated.set(code, facts);
  }
  for (const fact of enterpriseFacts) {
    const given = values[fact.field];
    if (given === undefined) continue;
    const first = facts.get(fact.field);
    if (!first) {
      facts.set(fact.field, { value: given, row });
    } else if (!sameFact(first.value, given)) {
      check.errors.push({
        column: fact.column,
        messageZh: `同一企业（${code}）的${fact.zh}在第 ${first.row} 行写作“${shown(fact.field, first.value)}”，本行却是“${shown(fact.field, given)}”`,
        messageEn: `The same enterprise (${code}) has the ${fact.en} “${first.value}” on row ${first.row} but “${given}” here`,
      });
    }
  }
  const name = facts.get('name')?.value ?? null;
  if (name === null && !check.hasError('enterprise')) {
    check.errors.push({
      column: 'enterprise',
      messageZh: `信用代码 ${code} 尚未登记：新企业须填写企业名称`,
      messageEn: `The credit code ${code} is not registered yet: a new enterprise needs its name`,
    });
  }
  return name;
}

/** The row's enterprise: registered (matched by credit code) or new; null when the code is missing or refused. */
function resolveEnterprise(
  check: RowCheck,
  registered: RegisteredEnterprise | undefined,
  file: FileState,
): ImportRowEnterprise | null {
  const code = check.reading.values.creditCode ?? null;
  if (code === null) {
    if (!check.hasError('credit_code')) {
      check.errors.push({
        column: 'credit_code',
        messageZh: '请填写统一社会信用代码',
        messageEn: 'Enter the unified social credit code',
      });
    }
    return null;
  }
  const { checksumError } = check.reading;
  if (checksumError && !registered) {
    check.errors.push({
      column: 'credit_code',
      messageZh: `${checksumError.messageZh}。导入不能越过校验：如确认代码无误，请由管理员在“贯标企业”页面登记该企业并注明理由，再导入`,
      messageEn: `${checksumError.messageEn}. An import cannot override the check: if the code is right, an administrator records the enterprise with a reason on the Enterprises page first`,
    });
    return null;
  }
  if (registered) {
    warnOfOtherFacts(check, code, registered);
    return { id: registered.id, creditCode: code, name: registered.name, isNew: false };
  }
  return { id: null, creditCode: code, name: collectNewFacts(check, code, file), isNew: true };
}

/** The standard must be recorded under the row's number and not deleted. */
function checkStandard(check: RowCheck, standard: AdoptableStandard | undefined): void {
  const number = check.reading.values.standardNumber;
  if (number === undefined) {
    if (!check.hasError('standard_number')) {
      check.errors.push({
        column: 'standard_number',
        messageZh: '请填写所贯标准的标准号',
        messageEn: 'Enter the number of the standard adopted',
      });
    }
  } else if (!standard) {
    check.errors.push({
      column: 'standard_number',
      messageZh: `标准 ${number} 尚未登记；请先登记或导入该标准`,
      messageEn: `The standard ${number} is not recorded; record or import it first`,
    });
  } else if (standard.deleted) {
    check.errors.push({
      column: 'standard_number',
      messageZh: `标准 ${standard.number}（${standard.titleZh}）已删除，不能登记贯标`,
      messageEn: `The standard ${standard.number} (${standard.titleZh}) was deleted; it cannot be adopted`,
    });
  }
}

/** No date after today; a date before the standard was published is worth a second look. */
function checkDate(check: RowCheck, standard: AdoptableStandard | undefined, today: string): void {
  const { adoptedOn } = check.reading.values;
  if (adoptedOn === undefined) return;
  if (adoptedOn > today) {
    check.errors.push({
      column: 'adopted_on',
      messageZh: `实施日期 ${adoptedOn} 晚于今天（${today}）`,
      messageEn: `The adoption date ${adoptedOn} is later than today (${today})`,
    });
  }
  if (standard?.publishedOn && adoptedOn < standard.publishedOn && !check.hasError('adopted_on')) {
    check.warnings.push({
      column: 'adopted_on',
      messageZh: `实施日期 ${adoptedOn} 早于标准 ${standard.number} 的发布日期 ${standard.publishedOn}，请核对`,
      messageEn: `The adoption date ${adoptedOn} is before ${standard.number} was published (${standard.publishedOn}); check it`,
    });
  }
}

/** One enterprise-standard pair per file: the later row naming it again is an error. */
function checkPairOnce(check: RowCheck, code: string, standard: AdoptableStandard, file: FileState): void {
  const pair = pairKey(code, standard.id);
  const earlier = file.rowOfPair.get(pair);
  if (earlier === undefined) {
    file.rowOfPair.set(pair, check.reading.row);
    return;
  }
  check.errors.push({
    column: 'standard_number',
    messageZh: `第 ${earlier} 行已是该企业（${code}）贯标 ${standard.number} 的记录`,
    messageEn: `Row ${earlier} already records this enterprise (${code}) adopting ${standard.number}`,
  });
}

/** A new adoption needs its date and its evidence; a recorded one keeps what the row leaves blank. */
function requireNewAdoptionFields(check: RowCheck): void {
  const { values } = check.reading;
  if (values.adoptedOn === undefined && !check.hasError('adopted_on')) {
    check.errors.push({
      column: 'adopted_on',
      messageZh: '新的贯标记录须填写实施日期',
      messageEn: 'A new adoption needs its date',
    });
  }
  if (values.evidence === undefined && !check.hasError('evidence')) {
    check.errors.push({
      column: 'evidence',
      messageZh: '新的贯标记录须填写证明类型（证书、评估、自我声明或其他）',
      messageEn: 'A new adoption needs its evidence (certificate, assessment, self_declaration or other)',
    });
  }
}

/** A new enterprise as the file states it: the first statement of each fact. */
function newEnterpriseOf(code: string, file: FileState): NewEnterpriseContent {
  const facts = file.stated.get(code);
  const fact = (field: string) => facts?.get(field)?.value ?? null;
  return {
    name: fact('name') ?? '',
    creditCode: code,
    industry: fact('industry'),
    province: fact('province'),
    size: fact('size') as EnterpriseSize | null,
  };
}

/** A recorded adoption with the row's fields on top (blank cells keep), and what that changes. */
function updatedAdoption(values: AdoptionRowValues, recorded: RecordedAdoption) {
  const after: AdoptionFields = {
    adoptedOn: values.adoptedOn ?? recorded.adoptedOn,
    evidence: values.evidence ?? recorded.evidence,
    stages: values.stages ?? recorded.stages,
    assessmentBody: values.assessmentBody ?? recorded.assessmentBody,
    assessmentResult: values.assessmentResult ?? recorded.assessmentResult,
    reference: values.reference ?? recorded.reference,
    notes: values.notes ?? recorded.notes,
  };
  const changes: ImportChange[] = adoptionFields
    .filter((field) => !sameValue(after[field], recorded[field]))
    .map((field) => ({ field, from: recorded[field], to: after[field] }));
  return { after, changes };
}

/**
 * Compares each read row with the registry and with the rows above it. The enterprise is matched by
 * credit code (a registered one is never changed by the import: a different name, industry, province or
 * size is a warning), else created from the first row naming the code; rows of one code may not
 * contradict each other. The standard must be recorded under the row's number and not deleted. The
 * enterprise-standard pair is new (create), recorded with the same fields (unchanged), or recorded
 * with other fields (update: blank cells keep what is recorded); the same pair twice in the file is an
 * error on the later row. All codes, numbers and existing pairs are looked up at once.
 */
export async function planAdoptionsImport(
  db: Kysely<Database>,
  readings: readonly AdoptionRowReading[],
  options: { lock: boolean; today: string },
): Promise<{ rows: ImportRow[]; plan: AdoptionsImportPlan }> {
  const recorded = await findRecorded(db, readings, { lock: options.lock });
  const file: FileState = { stated: new Map(), rowOfPair: new Map() };
  const newEnterprises = new Map<string, NewEnterpriseContent>();
  const creates: AdoptionsImportPlan['creates'][number][] = [];
  const createRows: number[] = [];
  const updates: AdoptionsImportPlan['updates'][number][] = [];

  const rows = readings.map((reading, index): ImportRow => {
    const { values } = reading;
    const errors = [...reading.errors];
    const check: RowCheck = {
      reading,
      errors,
      warnings: [],
      hasError: (column) => errors.some((error) => error.column === column),
    };
    const code = values.creditCode ?? null;
    const registered = code === null ? undefined : recorded.enterpriseByCode.get(code);
    const standard =
      values.standardNumber === undefined ? undefined : recorded.standardByNumber.get(values.standardNumber);

    const enterprise = resolveEnterprise(check, registered, file);
    checkStandard(check, standard);
    checkDate(check, standard, options.today);
    if (code !== null && standard && !standard.deleted) checkPairOnce(check, code, standard, file);
    const adoption =
      registered && standard ? recorded.adoptionByPair.get(pairKey(registered.id, standard.id)) : undefined;
    if (!adoption) requireNewAdoptionFields(check);

    const result = (action: ImportRow['action'], changes: ImportChange[] = []): ImportRow => ({
      row: reading.row,
      number: values.standardNumber ?? null,
      action: errors.length > 0 ? 'error' : action,
      errors,
      changes: errors.length > 0 ? [] : changes,
      standardId: standard && !standard.deleted ? standard.id : null,
      cells: reading.cells,
      warnings: check.warnings,
      enterprise,
    });
    const { adoptedOn, evidence } = values;
    if (errors.length > 0 || code === null || !standard) return result('error');

    if (!registered && !newEnterprises.has(code)) newEnterprises.set(code, newEnterpriseOf(code, file));
    if (!adoption) {
      // Both were required above, so this only narrows their types.
      if (adoptedOn === undefined || evidence === undefined) return result('error');
      creates.push({
        creditCode: code,
        standardId: standard.id,
        adoptedOn,
        evidence,
        stages: values.stages ?? [],
        assessmentBody: values.assessmentBody ?? null,
        assessmentResult: values.assessmentResult ?? null,
        reference: values.reference ?? null,
        notes: values.notes ?? null,
      });
      createRows.push(index);
      return result('create');
    }
    const { after, changes } = updatedAdoption(values, adoption);
    if (changes.length === 0) return result('unchanged');
    updates.push({ id: adoption.id, before: adoption, after });
    return result('update', changes);
  });
  return { rows, plan: { enterprises: [...newEnterprises.values()], creates, createRows, updates } };
}
