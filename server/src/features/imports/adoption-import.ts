import type { Database } from '@cloudstd/db/tables';
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

const sizeNames: Record<EnterpriseSize, string> = { large: '大型', medium: '中型', small: '小型', micro: '微型' };

/** Names compare without regard to width (（）vs ()), case and spacing. */
function sameFact(a: string, b: string): boolean {
  const fold = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
  return fold(a) === fold(b);
}

function shown(field: string, value: string): string {
  return field === 'size' ? (sizeNames[value as EnterpriseSize] ?? value) : value;
}

const adoptionFields = [
  'adoptedOn',
  'evidence',
  'reference',
  'notes',
] as const satisfies readonly (keyof AdoptionFields)[];

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
  const codes = new Set<string>();
  const numbers = new Set<string>();
  for (const { values } of readings) {
    if (values.creditCode) codes.add(values.creditCode);
    if (values.standardNumber) numbers.add(values.standardNumber);
  }
  const lock = { lock: options.lock };
  // Sorted, so concurrent imports take their row locks in the same order.
  const [enterprises, standards] = await Promise.all([
    findEnterprisesByCreditCodes(db, [...codes].sort(), lock),
    findStandardsByNumbers(db, [...numbers].sort(), lock),
  ]);
  const enterpriseByCode = new Map(enterprises.map((enterprise) => [enterprise.creditCode, enterprise]));
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
  const adoptionByPair = new Map(
    adoptions.map((adoption) => [`${adoption.enterpriseId}:${adoption.standardId}`, adoption]),
  );

  /** Per new credit code: each fact as first stated, and the row stating it. */
  const stated = new Map<string, Map<string, { value: string; row: number }>>();
  const rowOfPair = new Map<string, number>();
  const newEnterprises = new Map<string, NewEnterpriseContent>();
  const creates: AdoptionsImportPlan['creates'][number][] = [];
  const createRows: number[] = [];
  const updates: AdoptionsImportPlan['updates'][number][] = [];

  const rows = readings.map((reading, index): ImportRow => {
    const { values } = reading;
    const errors = [...reading.errors];
    const warnings: ImportRowError[] = [];
    const hasError = (column: AdoptionImportColumnKey) => errors.some((error) => error.column === column);
    const code = values.creditCode ?? null;
    const registered = code === null ? undefined : enterpriseByCode.get(code);
    const standard = values.standardNumber === undefined ? undefined : standardByNumber.get(values.standardNumber);
    let enterprise: ImportRowEnterprise | null = null;

    const result = (action: ImportRow['action'], changes: ImportChange[]): ImportRow => ({
      row: reading.row,
      number: values.standardNumber ?? null,
      action: errors.length > 0 ? 'error' : action,
      errors,
      changes: errors.length > 0 ? [] : changes,
      standardId: standard && !standard.deleted ? standard.id : null,
      cells: reading.cells,
      warnings,
      enterprise,
    });

    // The enterprise.
    if (code === null) {
      if (!hasError('credit_code')) {
        errors.push({
          column: 'credit_code',
          messageZh: '请填写统一社会信用代码',
          messageEn: 'Enter the unified social credit code',
        });
      }
    } else if (reading.checksumError && !registered) {
      errors.push({
        column: 'credit_code',
        messageZh: `${reading.checksumError.messageZh}。导入不能越过校验：如确认代码无误，请由管理员在“贯标企业”页面登记该企业并注明理由，再导入`,
        messageEn: `${reading.checksumError.messageEn}. An import cannot override the check: if the code is right, an administrator records the enterprise with a reason on the Enterprises page first`,
      });
    } else if (registered) {
      enterprise = { id: registered.id, creditCode: code, name: registered.name, isNew: false };
      for (const fact of enterpriseFacts) {
        const given = values[fact.field];
        const recorded = registered[fact.field];
        if (given === undefined || (recorded !== null && sameFact(given, recorded))) continue;
        warnings.push({
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
    } else {
      let facts = stated.get(code);
      if (!facts) {
        facts = new Map();
        stated.set(code, facts);
      }
      for (const fact of enterpriseFacts) {
        const given = values[fact.field];
        if (given === undefined) continue;
        const first = facts.get(fact.field);
        if (!first) {
          facts.set(fact.field, { value: given, row: reading.row });
        } else if (!sameFact(first.value, given)) {
          errors.push({
            column: fact.column,
            messageZh: `同一企业（${code}）的${fact.zh}在第 ${first.row} 行写作“${shown(fact.field, first.value)}”，本行却是“${shown(fact.field, given)}”`,
            messageEn: `The same enterprise (${code}) has the ${fact.en} “${first.value}” on row ${first.row} but “${given}” here`,
          });
        }
      }
      const name = facts.get('name')?.value ?? null;
      if (name === null && !hasError('enterprise')) {
        errors.push({
          column: 'enterprise',
          messageZh: `信用代码 ${code} 尚未登记：新企业须填写企业名称`,
          messageEn: `The credit code ${code} is not registered yet: a new enterprise needs its name`,
        });
      }
      enterprise = { id: null, creditCode: code, name, isNew: true };
    }

    // The standard.
    if (values.standardNumber === undefined) {
      if (!hasError('standard_number')) {
        errors.push({
          column: 'standard_number',
          messageZh: '请填写所贯标准的标准号',
          messageEn: 'Enter the number of the standard adopted',
        });
      }
    } else if (!standard) {
      errors.push({
        column: 'standard_number',
        messageZh: `标准 ${values.standardNumber} 尚未登记；请先登记或导入该标准`,
        messageEn: `The standard ${values.standardNumber} is not recorded; record or import it first`,
      });
    } else if (standard.deleted) {
      errors.push({
        column: 'standard_number',
        messageZh: `标准 ${standard.number}（${standard.titleZh}）已删除，不能登记贯标`,
        messageEn: `The standard ${standard.number} (${standard.titleZh}) was deleted; it cannot be adopted`,
      });
    }

    // The date.
    if (values.adoptedOn !== undefined && values.adoptedOn > options.today) {
      errors.push({
        column: 'adopted_on',
        messageZh: `实施日期 ${values.adoptedOn} 晚于今天（${options.today}）`,
        messageEn: `The adoption date ${values.adoptedOn} is later than today (${options.today})`,
      });
    }
    if (
      values.adoptedOn !== undefined &&
      standard?.publishedOn &&
      values.adoptedOn < standard.publishedOn &&
      !hasError('adopted_on')
    ) {
      warnings.push({
        column: 'adopted_on',
        messageZh: `实施日期 ${values.adoptedOn} 早于标准 ${standard.number} 的发布日期 ${standard.publishedOn}，请核对`,
        messageEn: `The adoption date ${values.adoptedOn} is before ${standard.number} was published (${standard.publishedOn}); check it`,
      });
    }

    // The pair: once per file.
    if (code !== null && standard && !standard.deleted) {
      const pair = `${code}:${standard.id}`;
      const earlier = rowOfPair.get(pair);
      if (earlier === undefined) {
        rowOfPair.set(pair, reading.row);
      } else {
        errors.push({
          column: 'standard_number',
          messageZh: `第 ${earlier} 行已是该企业（${code}）贯标 ${standard.number} 的记录`,
          messageEn: `Row ${earlier} already records this enterprise (${code}) adopting ${standard.number}`,
        });
      }
    }

    const recorded = registered && standard ? adoptionByPair.get(`${registered.id}:${standard.id}`) : undefined;
    if (!recorded) {
      if (values.adoptedOn === undefined && !hasError('adopted_on')) {
        errors.push({
          column: 'adopted_on',
          messageZh: '新的贯标记录须填写实施日期',
          messageEn: 'A new adoption needs its date',
        });
      }
      if (values.evidence === undefined && !hasError('evidence')) {
        errors.push({
          column: 'evidence',
          messageZh: '新的贯标记录须填写证明类型（证书、评估、自我声明或其他）',
          messageEn: 'A new adoption needs its evidence (certificate, assessment, self_declaration or other)',
        });
      }
    }
    const { adoptedOn, evidence } = values;
    if (errors.length > 0 || code === null || !standard) return result('error', []);

    if (!registered && !newEnterprises.has(code)) {
      const facts = stated.get(code);
      const fact = (field: string) => facts?.get(field)?.value ?? null;
      newEnterprises.set(code, {
        name: fact('name') ?? '',
        creditCode: code,
        industry: fact('industry'),
        province: fact('province'),
        size: fact('size') as EnterpriseSize | null,
      });
    }
    if (!recorded) {
      // Both were required above, so this only narrows their types.
      if (adoptedOn === undefined || evidence === undefined) return result('error', []);
      creates.push({
        creditCode: code,
        standardId: standard.id,
        adoptedOn,
        evidence,
        reference: values.reference ?? null,
        notes: values.notes ?? null,
      });
      createRows.push(index);
      return result('create', []);
    }
    const after: AdoptionFields = {
      adoptedOn: adoptedOn ?? recorded.adoptedOn,
      evidence: evidence ?? recorded.evidence,
      reference: values.reference ?? recorded.reference,
      notes: values.notes ?? recorded.notes,
    };
    const changes = adoptionFields
      .filter((field) => after[field] !== recorded[field])
      .map((field) => ({ field, from: recorded[field], to: after[field] }));
    if (changes.length === 0) return result('unchanged', []);
    updates.push({ id: recorded.id, before: recorded, after });
    return result('update', changes);
  });
  return { rows, plan: { enterprises: [...newEnterprises.values()], creates, createRows, updates } };
}
