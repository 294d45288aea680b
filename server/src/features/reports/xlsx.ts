import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { ReportData, ReportEnterprise, ReportLang, ReportStandard } from '@cloudstd/shared/schemas/report';
import ExcelJS from 'exceljs';
import {
  chinaRoleLabels,
  coverageStateLabels,
  internationalBodyLabels,
  enterpriseSizeLabels,
  eventKindLabels,
  eventModeLabels,
  progressStatusLabels,
  yesNoLabels,
  type Bilingual,
} from '@cloudstd/shared/domain/labels';
import { coverageColumns, reportTitle, standardCells, standardColumns, xlsxMessages as m } from './report-messages.ts';
import { formatGeneratedAt, type RenderMeta } from './render-meta.ts';
import { internationalReportMessages as intl } from './international-report-messages.ts';

const DATE_FORMAT = 'yyyy-mm-dd';
/** One style object shared by every date cell (ExcelJS would otherwise allocate one per cell). */
const DATE_STYLE: Partial<ExcelJS.Style> = { numFmt: DATE_FORMAT };

const sheetNames = m.sheets;
export { sheetNames as xlsxSheetNames };

/** A calendar date as an Excel date: UTC midnight is a whole serial number, so no time and no zone shift. */
export function excelDate(date: string | null): Date | null {
  if (!date) return null;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

type Sheet = ExcelJS.Worksheet;

/** A report's enterprise size in words; a size the schema does not know (older data) as it is. */
function sizeLabel(size: string, lang: ReportLang): string {
  return size in enterpriseSizeLabels ? enterpriseSizeLabels[size as keyof typeof enterpriseSizeLabels][lang] : size;
}

interface ColumnSpec {
  header: string;
  width: number;
}

function addSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, columns: readonly ColumnSpec[]): Sheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  // Widths only: a column style would be copied into every cell of a 100,000-row sheet.
  sheet.columns = columns.map((column) => ({ width: column.width }));
  const header = sheet.addRow(columns.map((column) => column.header));
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF9' } };
  header.commit();
  return sheet;
}

/** Adds a row; date cells get the date format (no time shown), other cells keep their type's default. */
function addRow(sheet: Sheet, values: readonly (string | number | Date | null)[]): void {
  const row = sheet.addRow(values);
  values.forEach((value, index) => {
    if (value instanceof Date) row.getCell(index + 1).style = DATE_STYLE;
  });
  row.commit();
}

/**
 * Between chunks: lets the zip compress what was written (a turn of the event loop) and waits for the
 * socket when it is full, so neither a slow download nor a fast producer piles rows up in memory.
 */
async function drained(out: Writable): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  if (out.writableNeedDrain) await once(out, 'drain');
}

function overviewRows(data: ReportData, lang: ReportLang, meta: RenderMeta): (string | number | Date | null)[][] {
  const { summary } = data;
  const t = (text: Bilingual) => text[lang];
  const set = summary.targetSet;
  const rows: (string | number | Date | null)[][] = [
    [t(m.asOf), excelDate(data.asOf)],
    [t(m.targetSet), lang === 'zh' ? set.nameZh : set.nameEn],
    [t(m.framework), lang === 'zh' ? summary.framework.nameZh : summary.framework.nameEn],
    [t(m.window), `${set.windowStart} – ${set.windowEnd}`],
    [t(m.since), excelDate(data.since)],
    [t(m.progressStatus), t(progressStatusLabels[summary.standards.status])],
  ];
  if (meta.snapshot) {
    rows.push(
      [t(m.snapshot), meta.snapshot.name],
      [t(m.snapshotPublished), formatGeneratedAt(meta.snapshot.createdAt, lang)],
      [t(m.snapshotPublishedBy), meta.snapshot.createdBy],
    );
  }
  rows.push(
    [t(m.generatedAt), formatGeneratedAt(meta.generatedAt, lang)],
    [t(m.generatedBy), meta.generatedBy],
    [],
    [t(m.indicator), t(m.value), t(m.goal), t(m.status)],
    [
      t(m.countedStandards),
      summary.standards.counted,
      summary.standards.stretch === null
        ? summary.standards.goal
        : `${summary.standards.goal}–${summary.standards.stretch}`,
      t(progressStatusLabels[summary.standards.status]),
    ],
    [t(m.expectedOnLine), summary.standards.expected, null, null],
    [
      t(m.adoptingEnterprises),
      summary.enterprises.counted,
      summary.enterprises.goal,
      summary.enterprises.status ? t(progressStatusLabels[summary.enterprises.status]) : null,
    ],
    [t(m.reachTrainedOnly), summary.enterprises.trainedOnly, null, null],
    [t(m.reachImplementing), summary.enterprises.implementing, null, null],
    [t(m.reachCertified), summary.enterprises.certified, null, null],
    [t(m.funnelTrained), summary.enterprises.funnel.trained, null, null],
    [t(m.funnelImplementing), summary.enterprises.funnel.implementing, null, null],
    [t(m.directionsCovered), summary.coverage.covered, summary.coverage.total, null],
    [t(m.directionsGroupOnly), summary.coverage.groupOnly, null, null],
    [t(m.gapDirections), summary.coverage.gaps, null, null],
    [t(m.partsCovered), summary.coverage.partsCovered, summary.coverage.partsTotal, null],
    [
      t(m.forecastAtEnd),
      summary.forecast.projected,
      summary.standards.goal,
      t(summary.forecast.onTrack ? m.expectedToMeet : m.expectedToFallShort),
    ],
    [
      t(m.internationalShare),
      summary.internationalShare,
      null,
      `${summary.international.adopting}/${summary.international.national}`,
    ],
  );
  if (data.milestones.length > 0) {
    rows.push([
      t(m.milestonesMet),
      data.milestones.filter((milestone) => milestone.met).length,
      data.milestones.length,
      null,
    ]);
  }
  rows.push([], [t(m.forecastRule), summary.forecast.rule.text[lang]]);
  return rows;
}

/**
 * The progress workbook, streamed: 概览 (KPIs, date, set, who and when), 研制方向覆盖 (every direction,
 * zeros included), 标准清单 (every standard of the report, read in chunks) and 贯标企业. Dates are real
 * date cells without time; numbers, codes and credit codes are text cells; the header row is frozen.
 */
export async function writeProgressXlsx(
  out: Writable,
  data: ReportData,
  standards: AsyncIterable<ReportStandard[]> | Iterable<ReportStandard[]>,
  enterprises: AsyncIterable<ReportEnterprise[]> | Iterable<ReportEnterprise[]>,
  meta: RenderMeta,
): Promise<void> {
  const { lang } = meta;
  const t = (text: Bilingual) => text[lang];
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = meta.generatedBy ?? '云标看板';
  workbook.created = meta.generatedAt;
  workbook.title = t(reportTitle);

  const overview = workbook.addWorksheet(t(sheetNames.overview), { views: [{ state: 'frozen', ySplit: 1 }] });
  overview.columns = [{ width: 34 }, { width: 40 }, { width: 14 }, { width: 16 }];
  const title = overview.addRow([t(reportTitle)]);
  title.font = { bold: true, size: 14 };
  title.commit();
  for (const values of overviewRows(data, lang, meta)) {
    const row = overview.addRow(values);
    row.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = DATE_FORMAT;
    });
    if (values[0] === t(m.indicator)) row.font = { bold: true };
    if (values[0] === t(m.internationalShare)) {
      row.getCell(2).numFmt = '0.0%';
    }
    row.commit();
  }
  overview.commit();

  const partNames = new Map(data.parts.map((part) => [part.code, lang === 'zh' ? part.nameZh : part.nameEn]));
  const coverage = addSheet(
    workbook,
    t(sheetNames.coverage),
    coverageColumns.map((column) => ({
      header: column[lang],
      width: column.width,
    })),
  );
  for (const item of data.coverage) {
    coverage
      .addRow([
        item.partCode,
        partNames.get(item.partCode) ?? item.partCode,
        item.code,
        item.path[lang],
        item.national,
        item.industry,
        item.group,
        item.local,
        item.pipeline,
        t(coverageStateLabels[item.state]),
      ])
      .commit();
  }
  coverage.commit();

  const counted = new Set(data.counted.map((standard) => standard.id));
  const columns = [
    ...standardColumns.map((column) => ({
      header: column[lang],
      width: column.width,
    })),
    { header: t(m.counted), width: 10 },
  ];
  const list = addSheet(workbook, t(sheetNames.standards), columns);
  for await (const chunk of standards) {
    for (const standard of chunk) {
      const cells = standardCells(standard, lang);
      addRow(list, [
        ...standardColumns.map((column) => (column.kind === 'date' ? excelDate(cells[column.key]) : cells[column.key])),
        t(counted.has(standard.id) ? yesNoLabels.yes : yesNoLabels.no),
      ]);
    }
    await drained(out);
  }
  list.commit();

  const adopters = addSheet(
    workbook,
    t(sheetNames.enterprises),
    m.enterpriseColumns.map((column) => ({ header: t(column), width: column.width })),
  );
  let enterpriseRows = 0;
  for await (const chunk of enterprises) {
    for (const enterprise of chunk) {
      addRow(adopters, [
        enterprise.name,
        enterprise.creditCode,
        enterprise.industry,
        enterprise.province,
        enterprise.size ? sizeLabel(enterprise.size, lang) : null,
        excelDate(enterprise.firstAdoptedOn),
        enterprise.standards.length,
        enterprise.standards.join(';'),
        excelDate(enterprise.firstTrainedOn ?? null),
      ]);
      enterpriseRows++;
    }
    await drained(out);
  }
  if (enterpriseRows === 0) {
    adopters.addRow([t(m.noEnterprises(data.asOf))]).commit();
  }
  adopters.commit();

  const events = addSheet(
    workbook,
    t(sheetNames.events),
    m.eventColumns.map((column) => ({ header: t(column), width: column.width })),
  );
  for (const event of data.events ?? []) {
    addRow(events, [
      excelDate(event.startsOn),
      excelDate(event.endsOn),
      event.title,
      t(eventKindLabels[event.kind]),
      t(eventModeLabels[event.mode]),
      event.organiser,
      [event.province, event.city].filter(Boolean).join(' '),
      event.standards.join(';'),
      event.attendees,
      event.participants,
    ]);
  }
  if ((data.events ?? []).length === 0) events.addRow([t(m.noEvents(data.asOf))]).commit();
  events.commit();
  internationalSheet(workbook, data, lang);
  await workbook.commit();
}

/** 国际标准: the items at D (latest stage first) with their stage dates as they stood at D. */
function internationalSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, data: ReportData, lang: ReportLang): void {
  const t = (text: Bilingual) => text[lang];
  const c = intl.columns;
  const stageColumns = Object.entries(intl.stageLabels).map(([stage, label]) => ({ stage, label }));
  const sheet = addSheet(workbook, t(intl.sheet), [
    ...[c.body, c.committee, c.reference, c.titleEn, c.titleZh, c.stage, c.chinaRole, c.experts, c.relatedStandard].map(
      (column) => ({ header: t(column), width: column.width }),
    ),
    ...stageColumns.map(({ label }) => ({ header: t(label), width: 12 })),
  ]);
  const items = data.international?.items;
  if (items === undefined) {
    sheet.addRow([t(intl.notRecorded)]).commit();
  } else if (items.length === 0) {
    sheet.addRow([t(intl.noItems)]).commit();
  }
  for (const item of items ?? []) {
    addRow(sheet, [
      t(internationalBodyLabels[item.body]),
      item.committee,
      item.reference,
      item.titleEn,
      item.titleZh,
      t(intl.stageLabels[item.stage]),
      t(chinaRoleLabels[item.chinaRole]),
      item.experts.join(';') || null,
      item.relatedStandard,
      ...stageColumns.map(({ stage }) => excelDate(item.stages.find((s) => s.stage === stage)?.on ?? null)),
    ]);
  }
  sheet.commit();
}
