import { parseCreditCode } from '@cloudstd/shared/domain/credit-code';
import {
  createAdoptionInputSchema,
  adoptionStages,
  createEnterpriseInputSchema,
  type AdoptionEvidence,
  type AdoptionStage,
  type EnterpriseSize,
} from '@cloudstd/shared/schemas/enterprise';
import type { AdoptionImportColumnKey, ImportRowError } from '@cloudstd/shared/schemas/import';
import { fieldErrorsFromIssues } from '@cloudstd/shared/schemas/messages';
import { standardNumberSchema } from '@cloudstd/shared/schemas/standard';
import type { z } from 'zod';
import { adoptionColumnByKey, type AdoptionColumn } from './adoption-columns.ts';
import { cellDate, cellText, type CellValue, type SheetRow } from './spreadsheet/cells.ts';
import type { MatchedColumn } from './spreadsheet/columns.ts';

/** What one row says (blank cells say nothing: a recorded value is kept). */
export interface AdoptionRowValues {
  name?: string;
  /** Normalised; may fail its check character (see `checksumError`). */
  creditCode?: string;
  industry?: string;
  province?: string;
  size?: EnterpriseSize;
  standardNumber?: string;
  adoptedOn?: string;
  evidence?: AdoptionEvidence;
  stages?: AdoptionStage[];
  assessmentBody?: string;
  assessmentResult?: string;
  reference?: string;
  notes?: string;
}

/** A spreadsheet row read and checked on its own, before it is compared with the registry. */
export interface AdoptionRowReading {
  row: number;
  cells: string[];
  values: AdoptionRowValues;
  errors: ImportRowError[];
  /**
   * The credit code is well formed but fails its check character. Whether that is an error depends on
   * the registry: a code an admin recorded with an override is matched; any other is refused.
   */
  checksumError?: { messageZh: string; messageEn: string };
}

type Problem = { messageZh: string; messageEn: string };
type CellResult = { ok: true; value: string } | { ok: false; errors: Problem[] };

/** Folds a cell for lookup in a vocabulary: full width → half, lower case, no spaces, hyphens as underscores. */
function vocabularyKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '').replace(/[-－]/g, '_');
}

const EVIDENCE: Record<string, AdoptionEvidence> = {
  证书: 'certificate',
  认证证书: 'certificate',
  贯标证书: 'certificate',
  证书认证: 'certificate',
  certificate: 'certificate',
  评估: 'assessment',
  评估报告: 'assessment',
  评价: 'assessment',
  测评: 'assessment',
  评测: 'assessment',
  assessment: 'assessment',
  自我声明: 'self_declaration',
  自声明: 'self_declaration',
  声明: 'self_declaration',
  self_declaration: 'self_declaration',
  selfdeclaration: 'self_declaration',
  自评: 'self_assessment',
  对标达标自评: 'self_assessment',
  自我评估: 'self_assessment',
  self_assessment: 'self_assessment',
  selfassessment: 'self_assessment',
  培训: 'training',
  宣贯培训: 'training',
  参加培训: 'training',
  training: 'training',
  其他: 'other',
  其它: 'other',
  other: 'other',
};

const SIZES: Record<string, EnterpriseSize> = {
  大型: 'large',
  大: 'large',
  large: 'large',
  中型: 'medium',
  中: 'medium',
  medium: 'medium',
  小型: 'small',
  小: 'small',
  small: 'small',
  微型: 'micro',
  微: 'micro',
  micro: 'micro',
};

/** The evidence vocabulary as a cell may write it (zh or en), or null. */
export function readEvidence(text: string): AdoptionEvidence | null {
  return EVIDENCE[vocabularyKey(text)] ?? null;
}

const STAGES: Record<string, AdoptionStage> = {
  研发: 'research',
  研究开发: 'research',
  research: 'research',
  'r&d': 'research',
  设计: 'design',
  design: 'design',
  交付部署: 'delivery',
  交付: 'delivery',
  部署: 'delivery',
  delivery: 'delivery',
  运营运维: 'operations',
  运营: 'operations',
  运维: 'operations',
  operations: 'operations',
  质量管理: 'quality',
  质量: 'quality',
  quality: 'quality',
};

/** 研发；设计 … (zh or en, separated by ; ； 、 , or ，), or the first word not understood. */
export function readStages(text: string): { ok: true; stages: AdoptionStage[] } | { ok: false; word: string } {
  const found = new Set<AdoptionStage>();
  for (const word of text
    .split(/[;；、,，]/)
    .map((part) => part.trim())
    .filter(Boolean)) {
    const stage = STAGES[vocabularyKey(word)];
    if (!stage) return { ok: false, word };
    found.add(stage);
  }
  return { ok: true, stages: adoptionStages.filter((stage) => found.has(stage)) };
}

/** 大型 / 中型 / 小型 / 微型 (also with 企业, or in English), or null. */
export function readSize(text: string): EnterpriseSize | null {
  return SIZES[vocabularyKey(text).replace(/企业$/, '')] ?? null;
}

/** Runs one value through a field schema of the API's own contract; its issues become the cell's errors. */
function throughSchema(schema: z.ZodType<unknown>, text: string): CellResult {
  const parsed = schema.safeParse(text, { reportInput: true });
  if (parsed.success) return { ok: true, value: typeof parsed.data === 'string' ? parsed.data : text };
  return { ok: false, errors: fieldErrorsFromIssues(parsed.error.issues) };
}

const textSchemas: Partial<Record<AdoptionImportColumnKey, z.ZodType<unknown>>> = {
  enterprise: createEnterpriseInputSchema.shape.name,
  industry: createEnterpriseInputSchema.shape.industry,
  province: createEnterpriseInputSchema.shape.province,
  reference: createAdoptionInputSchema.shape.reference,
  assessment_body: createAdoptionInputSchema.shape.assessmentBody,
  assessment_result: createAdoptionInputSchema.shape.assessmentResult,
  notes: createAdoptionInputSchema.shape.notes,
};

function readCell(column: AdoptionColumn, cell: CellValue | undefined): CellResult {
  const text = cellText(cell).trim();
  switch (column.cell) {
    case 'text': {
      const schema = textSchemas[column.key];
      return schema ? throughSchema(schema, text) : { ok: true, value: text };
    }
    case 'creditCode':
      // Checked in readAdoptionRow, which needs the whole result.
      return { ok: true, value: text };
    case 'standardNumber':
      return throughSchema(standardNumberSchema, text);
    case 'date': {
      const date = cellDate(cell);
      if (date === null) return { ok: true, value: '' };
      return date.ok ? { ok: true, value: date.value } : { ok: false, errors: [date] };
    }
    case 'evidence': {
      const evidence = readEvidence(text);
      if (evidence) return { ok: true, value: evidence };
      return {
        ok: false,
        errors: [
          {
            messageZh: `证明类型应为“证书”“评估”“自评”“自我声明”“培训”或“其他”，而不是“${text}”`,
            messageEn: `Evidence must be certificate (证书), assessment (评估), self_assessment (自评), self_declaration (自我声明), training (培训) or other (其他), not “${text}”`,
          },
        ],
      };
    }
    case 'stages':
      // Read in readAdoptionRow: the value is a list.
      return { ok: true, value: text };
    case 'size': {
      const size = readSize(text);
      if (size) return { ok: true, value: size };
      return {
        ok: false,
        errors: [
          {
            messageZh: `企业规模应为“大型”“中型”“小型”或“微型”，而不是“${text}”`,
            messageEn: `Size must be large (大型), medium (中型), small (小型) or micro (微型), not “${text}”`,
          },
        ],
      };
    }
  }
}

const fieldOf: Record<AdoptionImportColumnKey, keyof AdoptionRowValues> = {
  enterprise: 'name',
  credit_code: 'creditCode',
  industry: 'industry',
  province: 'province',
  size: 'size',
  standard_number: 'standardNumber',
  adopted_on: 'adoptedOn',
  evidence: 'evidence',
  reference: 'reference',
  stages: 'stages',
  assessment_body: 'assessmentBody',
  assessment_result: 'assessmentResult',
  notes: 'notes',
};

/**
 * Reads one row: each known, non-blank cell is parsed by its column (the enterprise and adoption
 * fields through the API's own schemas, so the limits are the same) and each problem is reported on
 * the column it came from. The credit code is normalised (full width, spaces, lower case) and checked
 * against GB 32100-2015.
 */
export function readAdoptionRow(sheetRow: SheetRow, columns: readonly MatchedColumn[]): AdoptionRowReading {
  const values: AdoptionRowValues = {};
  const errors: ImportRowError[] = [];
  let checksumError: AdoptionRowReading['checksumError'];
  for (const column of columns) {
    const spec = column.key === null ? undefined : adoptionColumnByKey.get(column.key as AdoptionImportColumnKey);
    const cell = sheetRow.cells[column.index];
    if (!spec || cellText(cell).trim() === '') continue;
    if (spec.cell === 'creditCode') {
      const parsed = parseCreditCode(cellText(cell));
      if (parsed.ok) {
        values.creditCode = parsed.value.canonical;
      } else if (parsed.described) {
        values.creditCode = parsed.described.canonical;
        checksumError = { messageZh: parsed.error.messageZh, messageEn: parsed.error.messageEn };
      } else {
        errors.push({ column: spec.key, messageZh: parsed.error.messageZh, messageEn: parsed.error.messageEn });
      }
      continue;
    }
    if (spec.cell === 'stages') {
      const read = readStages(cellText(cell));
      if (read.ok) values.stages = read.stages;
      else
        errors.push({
          column: spec.key,
          messageZh: `应用环节应为研发、设计、交付部署、运营运维或质量管理，而不是“${read.word}”`,
          messageEn: `Stages must be R&D (研发), design (设计), delivery (交付部署), operations (运营运维) or quality (质量管理), not “${read.word}”`,
        });
      continue;
    }
    const result = readCell(spec, cell);
    if (!result.ok) {
      errors.push(...result.errors.map((error) => ({ column: spec.key, ...error })));
    } else if (result.value !== '') {
      Object.assign(values, { [fieldOf[spec.key]]: result.value });
    }
  }
  return {
    row: sheetRow.row,
    cells: columns.map((column) => cellText(sheetRow.cells[column.index])),
    values,
    errors,
    ...(checksumError ? { checksumError } : {}),
  };
}
