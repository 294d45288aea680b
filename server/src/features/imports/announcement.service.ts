import { createHash } from 'node:crypto';
import type { Database } from '@cloudstd/db/tables';
import { ANNOUNCEMENT_MAX_BYTES, parseAnnouncement } from '@cloudstd/shared/domain/announcement';
import type {
  AnnouncementImportInput,
  AnnouncementReadInput,
  AnnouncementReading,
  ImportQuery,
  ImportReport,
} from '@cloudstd/shared/schemas/import';
import type { Kysely } from 'kysely';
import type { Actor } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import type { DirectionSuggestions } from '../framework/suggest.service.ts';
import { DirectionNames } from './direction-names.ts';
import { applyImport, standardsPlanner, suggestTopDirection } from './imports.service.ts';
import * as repo from './imports.repository.ts';
import type { MatchedColumn } from './spreadsheet/columns.ts';
import { readStandardRow } from './standards-rows.ts';

/** Rows at least this cloud-related are pre-selected. */
const RELEVANT = 0.5;

/** The columns an announcement's chosen rows fill, in the standards import's own keys. */
const COLUMNS: readonly MatchedColumn[] = [
  { index: 0, header: '标准编号', key: 'number' },
  { index: 1, header: '标准名称', key: 'title_zh' },
  { index: 2, header: '代替标准号', key: 'replaces' },
  { index: 3, header: '发布日期', key: 'published_on' },
  { index: 4, header: '实施日期', key: 'implemented_on' },
  { index: 5, header: '研制方向', key: 'directions' },
];

/**
 * Reads a pasted announcement: every row with its own errors, how cloud-related it is (pre-selected when
 * relevant and readable) and the directions suggested for it. Writes nothing.
 */
export async function readAnnouncement(
  suggestions: DirectionSuggestions,
  input: AnnouncementReadInput,
): Promise<AnnouncementReading> {
  const bytes = Buffer.byteLength(input.text, 'utf8');
  if (bytes > ANNOUNCEMENT_MAX_BYTES) {
    throw new AppError('PAYLOAD_TOO_LARGE', {
      detail: {
        zh: `粘贴的内容有 ${(bytes / 1024 / 1024).toFixed(1)} MB，超过 5 MB：请分几次粘贴`,
        en: `The pasted text is ${(bytes / 1024 / 1024).toFixed(1)} MB, more than 5 MB: paste it in parts`,
      },
    });
  }
  const parsed = parseAnnouncement(input.text);
  if (parsed.length === 0) {
    throw new AppError('ANNOUNCEMENT_NO_ROWS', {
      detail: {
        zh: '没有找到“序号 标准编号 标准名称 … 实施日期”这样的行：请从公告中复制标准列表（含标准编号）后粘贴',
        en: 'No rows like “No. · standard number · title · … · in-force date” were found: copy the announcement’s table (with the standard numbers) and paste it',
      },
    });
  }
  const { key, suggester } = await suggestions.forFramework(input.framework);
  const rows = parsed.map((row) => {
    const relevance = row.titleZh === '' ? { score: 0, words: [] } : suggester.relevance(row.titleZh);
    return {
      ...row,
      relevance: relevance.score,
      relevanceWords: relevance.words,
      selected: relevance.score >= RELEVANT && row.errors.length === 0,
      suggestions: row.titleZh === '' ? [] : suggester.suggest(row.titleZh, { limit: 3 }),
    };
  });
  return {
    framework: key,
    rows,
    totals: {
      rows: rows.length,
      selected: rows.filter((row) => row.selected).length,
      errors: rows.filter((row) => row.errors.length > 0).length,
    },
  };
}

/**
 * The chosen rows of an announcement through the standards import: the same checks, dry-run report and
 * atomic, audited commit; every row is published on the announcement's date. An empty directions list on
 * a new standard gets the top suggestion, and rows left `suggested` need `confirmSuggested` to commit.
 */
export async function importAnnouncement(
  db: Kysely<Database>,
  suggestions: DirectionSuggestions,
  input: AnnouncementImportInput,
  query: Pick<ImportQuery, 'dryRun' | 'confirmSuggested'>,
  actor: Actor,
): Promise<ImportReport> {
  const directions = new DirectionNames(await repo.listAllFrameworkNodes(db));
  const readings = input.rows.map((row) => {
    const cells = [
      row.number,
      row.titleZh,
      row.replaces.join('；'),
      input.publishedOn,
      row.inForceOn ?? '',
      row.directions.join('；'),
    ];
    const reading = readStandardRow({ row: row.line, cells }, COLUMNS, directions);
    return row.suggested && row.directions.length > 0 ? { ...reading, suggested: row.directions } : reading;
  });
  const { key, suggester } = await suggestions.forFramework(input.framework);
  const planner = standardsPlanner(readings, directions, suggestTopDirection(suggester), actor);
  const digest = createHash('sha256').update(JSON.stringify(input)).digest('hex');
  return applyImport(
    db,
    'standards',
    planner,
    {
      described: {
        kind: 'standards',
        dryRun: query.dryRun,
        fileName: `公告 ${input.publishedOn} (${key})`,
        headerRow: 0,
        columns: COLUMNS.map((column) => ({ ...column })),
        unknownColumns: [],
      },
      file: { file_name: `announcement-${input.publishedOn}`, file_sha256: digest, file_size: 0, sheet: null },
    },
    query,
    actor,
  );
}
