import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { CoverageRow } from '@cloudstd/shared/schemas/dashboard';
import type { ReportData, ReportLang, ReportStandard } from '@cloudstd/shared/schemas/report';
import {
  coverageStateLabels,
  progressStatusLabels,
  reportTitle,
  say,
  standardLevelLabels,
  type Bilingual,
} from './report-labels.ts';
import { formatGeneratedAt, type RenderMeta } from './render-meta.ts';

/*
 * The committee's A4 report, drawn with pdfkit. Chinese text uses Noto Sans SC (SIL OFL 1.1), shipped by
 * the npm package @expo-google-fonts/noto-sans-sc as static TrueType files: pdfkit embeds a subset of the
 * glyphs used, with a ToUnicode map, so text extraction (pdftotext, pdf.js) reads the Chinese back.
 */

const require = createRequire(import.meta.url);
const fontFiles = {
  regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
} as const;
const fontCache = new Map<keyof typeof fontFiles, Buffer>();

/** The font file's bytes, read once per process (10 MB each; each PDF embeds only the glyphs it uses). */
function fontData(weight: keyof typeof fontFiles): Buffer {
  let data = fontCache.get(weight);
  if (!data) {
    data = readFileSync(require.resolve(fontFiles[weight]));
    fontCache.set(weight, data);
  }
  return data;
}

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { top: 56, bottom: 64, left: 50, right: 50 };
const CONTENT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
const colors = {
  text: '#1f1f1f',
  muted: '#595959',
  rule: '#d9d9d9',
  headerFill: '#eef2fa',
  zebra: '#fafafa',
  partFill: '#f3f5f8',
  accent: '#1652d9',
  goal: '#1652d9',
  trajectory: '#8c8c8c',
  counted: '#1652d9',
  forecast: '#d46b08',
  asOf: '#cf1322',
  good: '#237804',
  warn: '#ad6800',
  bad: '#cf1322',
} as const;

const stateColors = { covered: colors.good, 'group-only': colors.warn, gap: colors.bad } as const;
const statusColors = {
  achieved: colors.good,
  on_track: colors.good,
  behind: colors.warn,
  at_risk: colors.bad,
} as const;

type Doc = PDFKit.PDFDocument;
type Align = 'left' | 'right' | 'center';

interface Column {
  header: string;
  width: number;
  align?: Align;
}

interface Cell {
  text: string;
  color?: string;
  bold?: boolean;
}

interface Row {
  cells: (Cell | string)[];
  fill?: string;
  bold?: boolean;
}

const bottomLimit = () => A4.height - MARGIN.bottom;

function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > bottomLimit()) {
    doc.addPage();
  }
}

/** A numbered section heading, kept with at least `keepWith` points of what follows it. */
function heading(doc: Doc, text: string, keepWith = 80): void {
  doc.y += 14;
  ensureSpace(doc, 30 + keepWith);
  doc.font('bold').fontSize(13).fillColor(colors.text).text(text, MARGIN.left, doc.y, { width: CONTENT_WIDTH });
  const y = doc.y + 2;
  doc
    .moveTo(MARGIN.left, y)
    .lineTo(MARGIN.left + 36, y)
    .lineWidth(2)
    .strokeColor(colors.accent)
    .stroke();
  doc.y = y + 8;
}

function paragraph(doc: Doc, text: string, options: { color?: string; size?: number } = {}): void {
  doc
    .font('regular')
    .fontSize(options.size ?? 9.5)
    .fillColor(options.color ?? colors.text)
    .text(text, MARGIN.left, doc.y, { width: CONTENT_WIDTH, lineGap: 2 });
}

const PAD = 4;

/** A table that breaks across pages, repeating its header; each row as tall as its tallest cell. */
function table(doc: Doc, columns: Column[], rows: Row[], fontSize = 8.5): void {
  const drawHeader = () => {
    doc.font('bold').fontSize(fontSize);
    const height =
      Math.max(...columns.map((column) => doc.heightOfString(column.header, { width: column.width - 2 * PAD }))) +
      2 * PAD;
    const top = doc.y;
    doc.rect(MARGIN.left, top, CONTENT_WIDTH, height).fill(colors.headerFill);
    let x = MARGIN.left;
    for (const column of columns) {
      doc
        .fillColor(colors.text)
        .text(column.header, x + PAD, top + PAD, { width: column.width - 2 * PAD, align: column.align ?? 'left' });
      x += column.width;
    }
    doc.y = top + height;
  };
  drawHeader();
  rows.forEach((row, index) => {
    const cells = row.cells.map((cell): Cell => (typeof cell === 'string' ? { text: cell } : cell));
    const height =
      Math.max(
        ...cells.map((cell, i) => {
          doc.font(cell.bold || row.bold ? 'bold' : 'regular').fontSize(fontSize);
          return doc.heightOfString(cell.text || ' ', { width: (columns[i]?.width ?? 40) - 2 * PAD });
        }),
      ) +
      2 * PAD;
    if (doc.y + height > bottomLimit()) {
      doc.addPage();
      drawHeader();
    }
    const top = doc.y;
    const fill = row.fill ?? (index % 2 === 1 ? colors.zebra : null);
    if (fill) doc.rect(MARGIN.left, top, CONTENT_WIDTH, height).fill(fill);
    let x = MARGIN.left;
    cells.forEach((cell, i) => {
      const column = columns[i];
      if (!column) return;
      doc
        .font(cell.bold || row.bold ? 'bold' : 'regular')
        .fontSize(fontSize)
        .fillColor(cell.color ?? colors.text)
        .text(cell.text, x + PAD, top + PAD, { width: column.width - 2 * PAD, align: column.align ?? 'left' });
      x += column.width;
    });
    doc
      .moveTo(MARGIN.left, top + height)
      .lineTo(MARGIN.left + CONTENT_WIDTH, top + height)
      .lineWidth(0.5)
      .strokeColor(colors.rule)
      .stroke();
    doc.y = top + height;
  });
  doc.x = MARGIN.left;
}

/** Column widths from proportions of the content width. */
function widths(...shares: number[]): number[] {
  const total = shares.reduce((sum, share) => sum + share, 0);
  return shares.map((share) => (share / total) * CONTENT_WIDTH);
}

function columnsOf(headers: string[], shares: number[], aligns: Align[] = []): Column[] {
  const w = widths(...shares);
  return headers.map((header, i) => ({ header, width: w[i] ?? 0, align: aligns[i] ?? 'left' }));
}

function niceMax(value: number): number {
  if (value <= 5) return 5;
  const step = 10 ** Math.floor(Math.log10(value));
  for (const factor of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) {
    if (factor * step >= value) return factor * step;
  }
  return 10 * step;
}

/**
 * The cumulative chart: counted standards by month against the goal band (minimum–stretch), the
 * straight-line trajectory, the forecast at the window's end and the as-of marker, with axes and a legend.
 */
function progressChart(doc: Doc, data: ReportData, lang: ReportLang): void {
  const t = (text: Bilingual) => say(text, lang);
  const { timeline, summary } = data;
  const points = timeline.points;
  if (points.length === 0) return;
  const chartHeight = 190;
  ensureSpace(doc, chartHeight + 70);
  const left = MARGIN.left + 30;
  const right = MARGIN.left + CONTENT_WIDTH - 10;
  const top = doc.y + 10;
  const bottom = top + chartHeight;
  const counted = points.map((point) => point.standards).filter((value): value is number => value !== null);
  const yMax = niceMax(
    Math.max(timeline.goal, timeline.stretch ?? 0, summary.forecast.projected, ...counted, 1) * 1.08,
  );
  const xOf = (index: number) => left + (points.length === 1 ? 0 : (index / (points.length - 1)) * (right - left));
  const yOf = (value: number) => bottom - (value / yMax) * (bottom - top);

  // Grid and y-axis labels.
  doc.font('regular').fontSize(7.5);
  for (let i = 0; i <= 5; i++) {
    const value = (yMax / 5) * i;
    const y = yOf(value);
    doc.moveTo(left, y).lineTo(right, y).lineWidth(0.4).strokeColor(colors.rule).stroke();
    doc.fillColor(colors.muted).text(String(Math.round(value)), MARGIN.left, y - 4, { width: 26, align: 'right' });
  }
  // The goal band, minimum to stretch.
  const stretch = timeline.stretch;
  if (stretch !== null && stretch > timeline.goal) {
    doc
      .rect(left, yOf(stretch), right - left, yOf(timeline.goal) - yOf(stretch))
      .fillOpacity(0.1)
      .fill(colors.goal)
      .fillOpacity(1);
  }
  const goalLine = (value: number, label: string) => {
    doc
      .moveTo(left, yOf(value))
      .lineTo(right, yOf(value))
      .lineWidth(0.8)
      .dash(4, { space: 3 })
      .strokeColor(colors.goal)
      .stroke()
      .undash();
    doc
      .fillColor(colors.goal)
      .fontSize(7.5)
      .text(label, left + 4, yOf(value) - 13, { lineBreak: false });
  };
  goalLine(timeline.goal, t({ zh: `最低目标 ${timeline.goal}`, en: `Minimum goal ${timeline.goal}` }));
  if (stretch !== null && stretch > timeline.goal) {
    goalLine(stretch, t({ zh: `争取目标 ${stretch}`, en: `Stretch goal ${stretch}` }));
  }
  // x-axis: each January and the window's first month.
  doc.moveTo(left, bottom).lineTo(right, bottom).lineWidth(0.8).strokeColor(colors.muted).stroke();
  points.forEach((point, index) => {
    if (index !== 0 && !point.month.endsWith('-01')) return;
    const x = xOf(index);
    doc
      .moveTo(x, bottom)
      .lineTo(x, bottom + 3)
      .lineWidth(0.6)
      .strokeColor(colors.muted)
      .stroke();
    doc
      .fillColor(colors.muted)
      .fontSize(7.5)
      .text(point.month, x - 20, bottom + 5, { width: 40, align: 'center' });
  });
  // Straight-line trajectory.
  doc.moveTo(xOf(0), yOf(points[0]?.trajectory ?? 0));
  points.forEach((point, index) => doc.lineTo(xOf(index), yOf(point.trajectory)));
  doc.lineWidth(1).dash(5, { space: 3 }).strokeColor(colors.trajectory).stroke().undash();
  // Counted so far.
  let lastIndex = -1;
  points.forEach((point, index) => {
    if (point.standards === null) return;
    if (lastIndex === -1) doc.moveTo(xOf(index), yOf(point.standards));
    else doc.lineTo(xOf(index), yOf(point.standards));
    lastIndex = index;
  });
  if (lastIndex >= 0) doc.lineWidth(2).strokeColor(colors.counted).stroke();
  // Forecast: from the last counted month to the projection at the window's end.
  const lastPoint = lastIndex >= 0 ? points[lastIndex] : undefined;
  if (lastPoint && lastPoint.standards !== null && lastIndex < points.length - 1) {
    const endX = xOf(points.length - 1);
    const endY = yOf(summary.forecast.projected);
    doc
      .moveTo(xOf(lastIndex), yOf(lastPoint.standards))
      .lineTo(endX, endY)
      .lineWidth(1.5)
      .dash(2, { space: 2 })
      .strokeColor(colors.forecast)
      .stroke()
      .undash();
    doc.circle(endX, endY, 2.5).fill(colors.forecast);
    doc
      .fillColor(colors.forecast)
      .fontSize(7.5)
      .text(String(summary.forecast.projected), endX - 30, endY - 12, { width: 28, align: 'right' });
  }
  // The as-of marker.
  const asOfIndex = points.findIndex((point) => point.month === data.asOf.slice(0, 7));
  if (asOfIndex >= 0) {
    const x = xOf(asOfIndex);
    doc.moveTo(x, top).lineTo(x, bottom).lineWidth(0.8).strokeColor(colors.asOf).stroke();
    const label = t({ zh: `截至 ${data.asOf}`, en: `As of ${data.asOf}` });
    const labelWidth = doc.fontSize(7.5).widthOfString(label);
    const labelX = x + labelWidth + 4 > right ? x - labelWidth - 3 : x + 3;
    doc.fillColor(colors.asOf).text(label, labelX, top + 2, { lineBreak: false });
  }
  // Legend.
  const legendY = bottom + 22;
  let x = left;
  const legend = (label: string, draw: (x: number, y: number) => void) => {
    draw(x, legendY + 4);
    doc
      .fillColor(colors.text)
      .fontSize(8)
      .text(label, x + 22, legendY, { lineBreak: false });
    x += 22 + doc.widthOfString(label) + 16;
  };
  legend(t({ zh: '已计入标准（累计）', en: 'Counted standards (cumulative)' }), (lx, ly) =>
    doc
      .moveTo(lx, ly)
      .lineTo(lx + 16, ly)
      .lineWidth(2)
      .strokeColor(colors.counted)
      .stroke(),
  );
  legend(t({ zh: '直线进度', en: 'Straight-line trajectory' }), (lx, ly) =>
    doc
      .moveTo(lx, ly)
      .lineTo(lx + 16, ly)
      .lineWidth(1)
      .dash(5, { space: 3 })
      .strokeColor(colors.trajectory)
      .stroke()
      .undash(),
  );
  legend(t({ zh: '预测', en: 'Forecast' }), (lx, ly) =>
    doc
      .moveTo(lx, ly)
      .lineTo(lx + 16, ly)
      .lineWidth(1.5)
      .dash(2, { space: 2 })
      .strokeColor(colors.forecast)
      .stroke()
      .undash(),
  );
  legend(t({ zh: '目标区间', en: 'Goal band' }), (lx, ly) =>
    doc
      .rect(lx, ly - 4, 16, 8)
      .fillOpacity(0.15)
      .fill(colors.goal)
      .fillOpacity(1),
  );
  legend(t({ zh: '截至日期', en: 'As-of date' }), (lx, ly) =>
    doc
      .moveTo(lx + 8, ly - 5)
      .lineTo(lx + 8, ly + 5)
      .lineWidth(0.8)
      .strokeColor(colors.asOf)
      .stroke(),
  );
  doc.x = MARGIN.left;
  doc.y = legendY + 18;
}

function standardLabel(standard: Pick<ReportStandard, 'number' | 'planNumber'>): string {
  return standard.number ?? standard.planNumber ?? '';
}

function coverageTable(doc: Doc, data: ReportData, lang: ReportLang): void {
  const t = (text: Bilingual) => say(text, lang);
  const columns = columnsOf(
    [
      t({ zh: '编码', en: 'Code' }),
      t({ zh: '研制方向', en: 'Direction' }),
      t({ zh: '国家', en: 'Nat.' }),
      t({ zh: '行业', en: 'Ind.' }),
      t({ zh: '团体', en: 'Group' }),
      t({ zh: '在研', en: 'Pipe.' }),
      t({ zh: '状态', en: 'State' }),
    ],
    [9, 38, 7, 7, 7, 7, 15],
    ['left', 'left', 'right', 'right', 'right', 'right', 'left'],
  );
  const byPart = new Map<string, CoverageRow[]>();
  for (const row of data.coverage) byPart.set(row.partCode, [...(byPart.get(row.partCode) ?? []), row]);
  const rows: Row[] = [];
  for (const part of data.parts) {
    const items = byPart.get(part.code) ?? [];
    const covered = items.filter((item) => item.state === 'covered').length;
    rows.push({
      fill: colors.partFill,
      bold: true,
      cells: [
        part.code,
        lang === 'zh'
          ? `${part.nameZh}（已覆盖 ${covered}/${items.length}）`
          : `${part.nameEn} (covered ${covered}/${items.length})`,
        String(items.reduce((sum, item) => sum + item.national, 0)),
        String(items.reduce((sum, item) => sum + item.industry, 0)),
        String(items.reduce((sum, item) => sum + item.group, 0)),
        String(items.reduce((sum, item) => sum + item.pipeline, 0)),
        '',
      ],
    });
    for (const item of items) {
      rows.push({
        fill: '#ffffff',
        cells: [
          item.code,
          lang === 'zh' ? item.nameZh : item.nameEn,
          String(item.national),
          String(item.industry),
          String(item.group),
          String(item.pipeline),
          { text: t(coverageStateLabels[item.state]), color: stateColors[item.state] },
        ],
      });
    }
  }
  table(doc, columns, rows, 8.5);
}

function footer(doc: Doc, meta: RenderMeta): void {
  const range = doc.bufferedPageRange();
  const t = (text: Bilingual) => say(text, meta.lang);
  const left = [
    t({ zh: '云标看板', en: 'Cloud Standards Tracker' }),
    `${t({ zh: '生成时间', en: 'Generated' })} ${formatGeneratedAt(meta.generatedAt, meta.lang)}`,
    meta.generatedBy ? `${t({ zh: '生成人', en: 'by' })} ${meta.generatedBy}` : null,
    meta.snapshot ? `${t({ zh: '快照', en: 'Snapshot' })} ${meta.snapshot.name}` : null,
  ]
    .filter(Boolean)
    .join(' · ');
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing below the bottom margin would otherwise start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = A4.height - 40;
    doc
      .moveTo(MARGIN.left, y - 6)
      .lineTo(A4.width - MARGIN.right, y - 6)
      .lineWidth(0.5)
      .strokeColor(colors.rule)
      .stroke();
    doc.font('regular').fontSize(7.5).fillColor(colors.muted);
    doc.text(left, MARGIN.left, y, { width: CONTENT_WIDTH * 0.75, lineBreak: false });
    const pageText = t({ zh: `第 ${i + 1} 页 / 共 ${range.count} 页`, en: `Page ${i + 1} of ${range.count}` });
    doc.text(pageText, MARGIN.left, y, { width: CONTENT_WIDTH, align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}

/** Renders the A4 committee report into `out` and resolves when it is written. */
export async function writeProgressPdf(out: Writable, data: ReportData, meta: RenderMeta): Promise<void> {
  const { lang } = meta;
  const t = (text: Bilingual) => say(text, lang);
  const { summary } = data;
  const set = summary.targetSet;
  // Loaded on the first PDF, not at start-up: most processes never render one.
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    info: {
      Title: `${t(reportTitle)} ${data.asOf}`,
      Author: meta.generatedBy ?? '云标看板',
      Creator: '云标看板 Cloud Standards Tracker',
      CreationDate: meta.generatedAt,
    },
    lang: lang === 'zh' ? 'zh-CN' : 'en',
  });
  doc.pipe(out);
  doc.registerFont('regular', fontData('regular'));
  doc.registerFont('bold', fontData('bold'));

  // Title block.
  doc
    .font('bold')
    .fontSize(lang === 'zh' ? 20 : 17)
    .fillColor(colors.text)
    .text(t(reportTitle), { align: 'left' });
  doc.moveDown(0.2);
  doc
    .font('regular')
    .fontSize(11)
    .fillColor(colors.muted)
    .text(lang === 'zh' ? set.nameZh : set.nameEn);
  doc.moveDown(0.3);
  const colon = lang === 'zh' ? '：' : ': ';
  const facts = [
    `${t({ zh: '截至日期', en: 'As of' })}${colon}${data.asOf}`,
    `${t({ zh: '统计窗口', en: 'Window' })}${colon}${set.windowStart} – ${set.windowEnd}`,
    `${t({ zh: '目标集', en: 'Target set' })}${colon}${set.key}`,
  ];
  paragraph(doc, facts.join('    '), { color: colors.text, size: 9.5 });
  if (meta.snapshot) {
    paragraph(
      doc,
      t({
        zh: `报告快照 ${meta.snapshot.name}：发布于 ${formatGeneratedAt(meta.snapshot.createdAt, 'zh')}${meta.snapshot.createdBy ? `，发布人 ${meta.snapshot.createdBy}` : ''}。以下数字为发布时冻结的数字。`,
        en: `Snapshot ${meta.snapshot.name}, published ${formatGeneratedAt(meta.snapshot.createdAt, 'en')}${meta.snapshot.createdBy ? ` by ${meta.snapshot.createdBy}` : ''}. The figures below are those frozen at publication.`,
      }),
      { color: colors.accent },
    );
  }
  const status = summary.standards.status;
  doc.moveDown(0.4);
  doc
    .font('bold')
    .fontSize(11)
    .fillColor(statusColors[status])
    .text(
      t({
        zh: `进展状态：${progressStatusLabels[status].zh}（已计入 ${summary.standards.counted} 项，按直线进度应达到 ${summary.standards.expected} 项，最低目标 ${summary.standards.goal} 项）`,
        en: `Progress: ${progressStatusLabels[status].en} (${summary.standards.counted} counted; ${summary.standards.expected} expected on the straight line; minimum goal ${summary.standards.goal})`,
      }),
      MARGIN.left,
      doc.y,
      { width: CONTENT_WIDTH },
    );

  heading(doc, t({ zh: '一、主要指标', en: '1. Key figures' }));
  const pct = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)}%`);
  const kpiRows: Row[] = [
    {
      cells: [
        t({ zh: '计入目标的国家和行业标准', en: 'Counted national and industry standards' }),
        String(summary.standards.counted),
        summary.standards.stretch === null
          ? String(summary.standards.goal)
          : `${summary.standards.goal}–${summary.standards.stretch}`,
        { text: t(progressStatusLabels[status]), color: statusColors[status], bold: true },
      ],
    },
    {
      cells: [
        t({ zh: '按直线进度应达到', en: 'Expected on the straight line' }),
        String(summary.standards.expected),
        '',
        summary.standards.pace === null
          ? ''
          : t({
              zh: `每月还需 ${summary.standards.pace.toFixed(1)} 项`,
              en: `${summary.standards.pace.toFixed(1)} a month still needed`,
            }),
      ],
    },
    {
      cells: [
        t({ zh: '贯标企业', en: 'Adopting enterprises' }),
        String(summary.enterprises.counted),
        summary.enterprises.goal === null ? '—' : String(summary.enterprises.goal),
        summary.enterprises.status
          ? {
              text: t(progressStatusLabels[summary.enterprises.status]),
              color: statusColors[summary.enterprises.status],
              bold: true,
            }
          : '',
      ],
    },
    {
      cells: [
        t({ zh: '已覆盖研制方向', en: 'Directions covered' }),
        `${summary.coverage.covered}/${summary.coverage.total}`,
        '',
        t({
          zh: `仅团体标准 ${summary.coverage.groupOnly}，空白 ${summary.coverage.gaps}`,
          en: `group only ${summary.coverage.groupOnly}, gaps ${summary.coverage.gaps}`,
        }),
      ],
    },
    {
      cells: [
        t({ zh: '已覆盖部分', en: 'Parts covered' }),
        `${summary.coverage.partsCovered}/${summary.coverage.partsTotal}`,
        '',
        '',
      ],
    },
    {
      cells: [
        t({ zh: '窗口结束时预计', en: 'Forecast at the window’s end' }),
        String(summary.forecast.projected),
        String(summary.standards.goal),
        {
          text: t(
            summary.forecast.onTrack
              ? { zh: '预计达成', en: 'Expected to meet' }
              : { zh: '预计未达成', en: 'Expected to fall short' },
          ),
          color: summary.forecast.onTrack ? colors.good : colors.bad,
        },
      ],
    },
    {
      cells: [
        t({ zh: '国家标准采用国际标准比例', en: 'National standards adopting international ones' }),
        pct(summary.internationalShare),
        '',
        `${summary.international.adopting}/${summary.international.national}`,
      ],
    },
  ];
  if (data.milestones.length > 0) {
    kpiRows.push({
      cells: [
        t({ zh: '已完成里程碑', en: 'Milestones met' }),
        `${data.milestones.filter((milestone) => milestone.met).length}/${data.milestones.length}`,
        '',
        '',
      ],
    });
  }
  table(
    doc,
    columnsOf(
      [
        t({ zh: '指标', en: 'Indicator' }),
        t({ zh: '数值', en: 'Value' }),
        t({ zh: '目标', en: 'Goal' }),
        t({ zh: '状态', en: 'Status' }),
      ],
      [40, 14, 14, 32],
      ['left', 'right', 'right', 'left'],
    ),
    kpiRows,
    9,
  );
  doc.moveDown(0.4);
  paragraph(doc, `${t({ zh: '预测规则：', en: 'Forecast rule: ' })}${summary.forecast.rule.text[lang]}`, {
    color: colors.muted,
    size: 8,
  });

  heading(doc, t({ zh: '二、累计进展', en: '2. Cumulative progress' }));
  progressChart(doc, data, lang);

  heading(doc, t({ zh: '三、研制方向覆盖', en: '3. Coverage by part and direction' }), 160);
  paragraph(
    doc,
    t({
      zh: '已覆盖：有现行国家或行业标准；仅团体标准：只有团体标准；空白：尚无现行标准。数字为截至日期现行的标准数，“在研”为已立项、征求意见或报批而未发布的项目。',
      en: 'Covered: a national or industry standard in force; group only: only group standards; gap: no standard in force. Counts are standards in force at the as-of date; pipeline counts projects approved, out for comment or submitted but not yet published.',
    }),
    { color: colors.muted, size: 8 },
  );
  doc.moveDown(0.3);
  coverageTable(doc, data, lang);

  heading(doc, t({ zh: '四、空白方向', en: '4. Gaps' }));
  const gaps = data.coverage.filter((row) => row.state === 'gap');
  if (gaps.length === 0) {
    paragraph(doc, t({ zh: '所有研制方向均已有现行标准。', en: 'Every direction has a standard in force.' }));
  } else {
    paragraph(
      doc,
      t({
        zh: `共 ${gaps.length} 个研制方向尚无现行标准；括号内为该方向的在研项目数。`,
        en: `${gaps.length} directions have no standard in force; in brackets, the projects under way in each.`,
      }),
      { color: colors.muted, size: 8 },
    );
    doc.moveDown(0.3);
    table(
      doc,
      columnsOf(
        [
          t({ zh: '部分', en: 'Part' }),
          t({ zh: '空白方向', en: 'Gap directions' }),
          t({ zh: '在研项目', en: 'Pipeline' }),
        ],
        [22, 66, 12],
        ['left', 'left', 'right'],
      ),
      data.parts.flatMap((part): Row[] => {
        const inPart = gaps.filter((row) => row.partCode === part.code);
        if (inPart.length === 0) return [];
        const list = inPart
          .map((row) => {
            const pipeline = row.pipeline > 0 ? (lang === 'zh' ? `（${row.pipeline}）` : ` (${row.pipeline})`) : '';
            return `${row.code} ${lang === 'zh' ? row.nameZh : row.nameEn}${pipeline}`;
          })
          .join(lang === 'zh' ? '；' : '; ');
        return [
          {
            cells: [
              `${part.code} ${lang === 'zh' ? part.nameZh : part.nameEn}`,
              list,
              String(inPart.reduce((sum, row) => sum + row.pipeline, 0)),
            ],
          },
        ];
      }),
    );
  }

  heading(
    doc,
    t({
      zh: `五、新发布标准（${data.since} 至 ${data.asOf}）`,
      en: `5. Published from ${data.since} to ${data.asOf}`,
    }),
  );
  if (data.published.length === 0) {
    paragraph(doc, t({ zh: '此期间没有发布标准。', en: 'No standard was published in this period.' }));
  } else {
    const countedIds = new Set(data.counted.map((standard) => standard.id));
    table(
      doc,
      columnsOf(
        [
          t({ zh: '标准号', en: 'Number' }),
          t({ zh: '标准名称', en: 'Title' }),
          t({ zh: '级别', en: 'Level' }),
          t({ zh: '发布日期', en: 'Published' }),
          t({ zh: '研制方向', en: 'Directions' }),
          t({ zh: '计入目标', en: 'Counted' }),
        ],
        [18, 39, 9, 12, 12, 10],
      ),
      data.published.map((standard) => ({
        cells: [
          standardLabel(standard),
          lang === 'zh' ? standard.titleZh : (standard.titleEn ?? standard.titleZh),
          standardLevelLabels[standard.level][lang],
          standard.publishedOn ?? '',
          standard.directions.join(' '),
          countedIds.has(standard.id) ? t({ zh: '是', en: 'Yes' }) : t({ zh: '否', en: 'No' }),
        ],
      })),
      8,
    );
  }

  if (data.milestones.length > 0) {
    heading(doc, t({ zh: '六、里程碑', en: '6. Milestones' }));
    table(
      doc,
      columnsOf(
        [
          t({ zh: '里程碑', en: 'Milestone' }),
          t({ zh: '截止', en: 'Due' }),
          t({ zh: '方向', en: 'Directions' }),
          t({ zh: '完成情况', en: 'Met by' }),
        ],
        [38, 12, 18, 32],
      ),
      data.milestones.map((milestone) => ({
        cells: [
          lang === 'zh' ? milestone.nameZh : milestone.nameEn,
          milestone.dueOn,
          milestone.directions.join(' '),
          milestone.metBy
            ? { text: `${milestone.metBy.number ?? ''} ${milestone.metBy.publishedOn}`, color: colors.good }
            : { text: t({ zh: '未完成', en: 'Not met' }), color: colors.bad },
        ],
      })),
      8,
    );
  }

  footer(doc, meta);
  doc.end();
  await finished(out);
}
