import type { ImportRowError } from '@cloudstd/shared/schemas/import';
import { fieldErrorsFromIssues } from '@cloudstd/shared/schemas/messages';
import {
  createStandardInputSchema,
  planNumberSchema,
  standardNumberSchema,
  type CreateStandardInput,
} from '@cloudstd/shared/schemas/standard';
import { findCommittee } from '@cloudstd/shared/domain/committees';
import { parseStandardNumber } from '@cloudstd/shared/domain/standard-number';
import type { DirectionNames } from './direction-names.ts';
import { cellDate, cellText, splitList, type CellValue, type SheetRow } from './spreadsheet/cells.ts';
import type { MatchedColumn } from './spreadsheet/columns.ts';
import { columnOfField, standardColumnByKey, type StandardColumn } from './standards-columns.ts';

/** The fields one row gives (blank cells give nothing: an update keeps what is recorded). */
export type StandardRowValues = Partial<CreateStandardInput>;

/** A spreadsheet row read and checked on its own, before it is compared with the registry. */
export interface StandardRowReading {
  row: number;
  /** The row's cells as text, one per column of the file. */
  cells: string[];
  values: StandardRowValues;
  errors: ImportRowError[];
  /** What the preview should point out without stopping the row (a level never counted, a committee renamed). */
  warnings: ImportRowError[];
  /** The row's directions are a suggestion to check (an announcement's row as the editor left it). */
  suggested?: string[];
}

const rowSchema = createStandardInputSchema.partial();

const KINDS: Record<string, 'new' | 'revision'> = {
  制定: 'new',
  制订: 'new',
  新制定: 'new',
  新: 'new',
  new: 'new',
  修订: 'revision',
  修改: 'revision',
  revision: 'revision',
  revised: 'revision',
};

const DEGREES: Record<string, 'IDT' | 'MOD' | 'NEQ'> = {
  idt: 'IDT',
  mod: 'MOD',
  neq: 'NEQ',
  等同: 'IDT',
  等同采用: 'IDT',
  修改: 'MOD',
  修改采用: 'MOD',
  非等效: 'NEQ',
  非等效采用: 'NEQ',
};

type CellResult = { ok: true; value: unknown } | { ok: false; errors: { messageZh: string; messageEn: string }[] };

/** `ISO/IEC 17788:2014 IDT`, `ISO/IEC 17788:2014，IDT`, `IDT ISO/IEC 17788:2014`, `ISO/IEC 17788:2014（等同采用）`. */
export function readInternational(text: string): CellResult {
  const folded = text.normalize('NFKC');
  const degreePattern = /(?<![A-Za-z])(IDT|MOD|NEQ)(?![A-Za-z])|非等效采用|非等效|等同采用|修改采用|等同|修改/i;
  const found = degreePattern.exec(folded);
  const degree = found ? DEGREES[found[0].toLowerCase()] : undefined;
  const ref = (found ? folded.slice(0, found.index) + folded.slice(found.index + found[0].length) : folded)
    .replace(/[()[\]【】,;]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!degree) {
    return {
      ok: false,
      errors: [
        {
          messageZh: `请在国际标准号后注明采用程度 IDT、MOD 或 NEQ，如“${ref || 'ISO/IEC 17788:2014'} IDT”`,
          messageEn: `Add the degree of adoption (IDT, MOD or NEQ) after the number, e.g. “${ref || 'ISO/IEC 17788:2014'} IDT”`,
        },
      ],
    };
  }
  return { ok: true, value: { ref, degree } };
}

function readKind(text: string): CellResult {
  const kind = KINDS[text.normalize('NFKC').toLowerCase().replace(/\s+/g, '')];
  if (kind) return { ok: true, value: kind };
  return {
    ok: false,
    errors: [
      {
        messageZh: `制修订应为“制定”或“修订”，而不是“${text}”`,
        messageEn: `New or revision must be 制定 (new) or 修订 (revision), not “${text}”`,
      },
    ],
  };
}

/**
 * 项目周期: a number cell as it is, `18` or `18个月` as 18; anything else is passed on as written, so the API's
 * own rule (shared standard schema) refuses it with its message.
 */
function readMonths(cell: CellValue | undefined, text: string): unknown {
  if (typeof cell === 'number') return cell;
  const months = /^(\d+(?:\.\d+)?)\s*(?:个月|月|months?)?$/i.exec(text.normalize('NFKC'));
  return months ? Number(months[1]) : text;
}

function readCell(column: StandardColumn, cell: CellValue | undefined, directions: DirectionNames): CellResult {
  const text = cellText(cell).trim();
  switch (column.cell) {
    case 'text':
      return { ok: true, value: text };
    case 'date': {
      const date = cellDate(cell);
      if (date === null) return { ok: true, value: undefined };
      return date.ok ? { ok: true, value: date.value } : { ok: false, errors: [date] };
    }
    case 'months':
      return { ok: true, value: readMonths(cell, text) };
    case 'list':
      return { ok: true, value: splitList(text) };
    case 'organisations':
      // Names may hold commas (“XX有限公司，北京分公司”): only ; and 、 (and line breaks) separate them.
      return {
        ok: true,
        value: text
          .split(/[;；、\r\n]+/)
          .map((name) => name.trim())
          .filter((name) => name !== ''),
      };
    case 'kind':
      return readKind(text);
    case 'international':
      return readInternational(text);
    case 'directions': {
      const found = splitList(text).map((entry) => directions.lookup(entry));
      const errors = found.flatMap((result) => (result.ok ? [] : [result]));
      if (errors.length > 0) return { ok: false, errors };
      return { ok: true, value: [...new Set(found.flatMap((result) => (result.ok ? [result.code] : [])))] };
    }
  }
}

/**
 * Reads one row: each known, non-blank cell becomes a field (dates, lists, directions, kind and
 * international adoption parsed here), then the fields go through the same zod schema as the API's
 * create request, and each issue is mapped back to the column it came from.
 */
export function readStandardRow(
  sheetRow: SheetRow,
  columns: readonly MatchedColumn[],
  directions: DirectionNames,
): StandardRowReading {
  const raw: Record<string, unknown> = {};
  const errors: ImportRowError[] = [];
  const failed = new Set<string>();
  for (const column of columns) {
    const spec = column.key === null ? undefined : standardColumnByKey.get(column.key as StandardColumn['key']);
    const cell = sheetRow.cells[column.index];
    if (!spec || cellText(cell).trim() === '') continue;
    const result = readCell(spec, cell, directions);
    if (result.ok) {
      if (result.value !== undefined) raw[spec.field] = result.value;
    } else {
      failed.add(spec.key);
      errors.push(...result.errors.map((error) => ({ column: spec.key, ...error })));
    }
  }
  // An announcement lists what a standard replaces but rarely says "revision": replacing makes it one.
  if (Array.isArray(raw.replaces) && raw.replaces.length > 0 && raw.kind === undefined && !failed.has('kind')) {
    raw.kind = 'revision';
  }

  let values: StandardRowValues = {};
  const parsed = rowSchema.safeParse(raw, { reportInput: true });
  if (parsed.success) {
    values = parsed.data;
  } else {
    for (const error of fieldErrorsFromIssues(parsed.error.issues)) {
      const column = columnOfField(error.field);
      if (column !== null && failed.has(column)) continue;
      errors.push({ column, messageZh: error.messageZh, messageEn: error.messageEn });
    }
    // Keep what did parse (a bad cell is its own error, not also a missing title), and at least the
    // number, so the row can still be matched to the registry.
    const refused = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
    const rest = rowSchema.safeParse(Object.fromEntries(Object.entries(raw).filter(([field]) => !refused.has(field))));
    if (rest.success) values = rest.data;
    const number = standardNumberSchema.safeParse(raw.number);
    const planNumber = planNumberSchema.safeParse(raw.planNumber);
    if (number.success) values.number = number.data;
    if (planNumber.success) values.planNumber = planNumber.data;
  }
  return {
    row: sheetRow.row,
    cells: columns.map((column) => cellText(sheetRow.cells[column.index])),
    values,
    errors,
    warnings: rowWarnings(values, raw),
  };
}

/** A local or alliance/enterprise number is recorded but never counted; a committee typed otherwise is normalised. */
function rowWarnings(values: StandardRowValues, raw: Record<string, unknown>): ImportRowError[] {
  const warnings: ImportRowError[] = [];
  const parsed = values.number ? parseStandardNumber(values.number) : null;
  if (parsed?.ok && parsed.value.level === 'local') {
    const province = parsed.value.province;
    warnings.push({
      column: 'number',
      messageZh: `地方标准（${province?.nameZh ?? ''}）：登记，但不计入目标、不计入覆盖`,
      messageEn: `A local standard (${province?.nameEn ?? ''}): recorded, never counted toward a goal or coverage`,
    });
  } else if (parsed?.ok && parsed.value.level === 'other') {
    warnings.push({
      column: 'number',
      messageZh: '联盟/企业标准：按原样登记，不计入目标',
      messageEn: 'An alliance or enterprise document: kept as written, never counted',
    });
  }
  const typed = typeof raw.committee === 'string' ? raw.committee.trim() : '';
  if (values.committee && typed !== '' && typed !== values.committee) {
    const name = findCommittee(values.committee);
    warnings.push({
      column: 'committee',
      messageZh: `归口单位“${typed}”按 ${values.committee}${name ? `（${name.nameZh}）` : ''} 登记`,
      messageEn: `The committee “${typed}” is recorded as ${values.committee}${name ? ` (${name.nameEn})` : ''}`,
    });
  }
  return warnings;
}
