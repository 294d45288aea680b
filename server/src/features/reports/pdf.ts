import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import {
  coverageStateLabels,
  progressStatusLabels,
  standardLevelLabels,
  yesNoLabels,
  type Bilingual,
} from '@cloudstd/shared/domain/labels';
import { directionLabel } from '@cloudstd/shared/domain/direction-name';
import type { CoverageRow } from '@cloudstd/shared/schemas/dashboard';
import type { ReportData, ReportLang, ReportStandard } from '@cloudstd/shared/schemas/report';
import { formatGeneratedAt, type RenderMeta } from './render-meta.ts';
import { progressChart } from './pdf-chart.ts';
import {
  colors,
  columnsOf,
  CONTENT_WIDTH,
  footer,
  heading,
  MARGIN,
  openA4Document,
  paragraph,
  table,
  type Doc,
  type Row,
} from './pdf-layout.ts';
import { enterprisesSection } from './pdf-enterprises.ts';
import { internationalSection } from './pdf-international.ts';
import { pdfMessages as m } from './pdf-messages.ts';
import { reportTitle } from './report-messages.ts';

/*
 * The committee's A4 progress report: what it says, section by section. How it is drawn lives in
 * pdf-layout.ts (tables, headings, page breaks) and pdf-chart.ts (the cumulative chart); its words in
 * pdf-messages.ts and, for the product's vocabulary, shared/src/domain/labels.ts.
 */

const stateColors = { covered: colors.good, 'group-only': colors.warn, gap: colors.bad } as const;
const statusColors = {
  achieved: colors.good,
  on_track: colors.good,
  behind: colors.warn,
  at_risk: colors.bad,
} as const;

type Say = (text: Bilingual) => string;

function standardLabel(standard: Pick<ReportStandard, 'number' | 'planNumber'>): string {
  return standard.number ?? standard.planNumber ?? '';
}

function titleBlock(doc: Doc, data: ReportData, meta: RenderMeta, t: Say): void {
  const { lang } = meta;
  const { summary } = data;
  const set = summary.targetSet;
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
  // The edition the directions, coverage and parts follow.
  doc.text(
    `${t(m.framework)}${lang === 'zh' ? '：' : ': '}${lang === 'zh' ? summary.framework.nameZh : summary.framework.nameEn}`,
  );
  doc.moveDown(0.3);
  const colon = lang === 'zh' ? '：' : ': ';
  const facts = [
    `${t(m.asOf)}${colon}${data.asOf}`,
    `${t(m.window)}${colon}${set.windowStart} – ${set.windowEnd}`,
    `${t(m.targetSet)}${colon}${set.key}`,
  ];
  paragraph(doc, facts.join('    '), { color: colors.text, size: 9.5 });
  if (meta.snapshot) {
    const { name, createdAt, createdBy } = meta.snapshot;
    const publishedAt = { zh: formatGeneratedAt(createdAt, 'zh'), en: formatGeneratedAt(createdAt, 'en') };
    paragraph(doc, t(m.snapshotNote(name, publishedAt, createdBy)), { color: colors.accent });
  }
  const { status, counted, expected, goal } = summary.standards;
  doc.moveDown(0.4);
  doc
    .font('bold')
    .fontSize(11)
    .fillColor(statusColors[status])
    .text(t(m.progressLine(progressStatusLabels[status], counted, expected, goal)), MARGIN.left, doc.y, {
      width: CONTENT_WIDTH,
    });
}

function keyFigures(doc: Doc, data: ReportData, lang: ReportLang, t: Say): void {
  const { summary } = data;
  const status = summary.standards.status;
  const pct = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)}%`);
  const rows: Row[] = [
    {
      cells: [
        t(m.countedStandards),
        String(summary.standards.counted),
        summary.standards.stretch === null
          ? String(summary.standards.goal)
          : `${summary.standards.goal}–${summary.standards.stretch}`,
        { text: t(progressStatusLabels[status]), color: statusColors[status], bold: true },
      ],
    },
    {
      cells: [
        t(m.expectedOnLine),
        String(summary.standards.expected),
        '',
        summary.standards.pace === null ? '' : t(m.pace(summary.standards.pace.toFixed(1))),
      ],
    },
    {
      cells: [
        t(m.adoptingEnterprises),
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
        t(m.directionsCovered),
        `${summary.coverage.covered}/${summary.coverage.total}`,
        '',
        t(m.coverageRest(summary.coverage.groupOnly, summary.coverage.gaps)),
      ],
    },
    { cells: [t(m.partsCovered), `${summary.coverage.partsCovered}/${summary.coverage.partsTotal}`, '', ''] },
    {
      cells: [
        t(m.forecastAtEnd),
        String(summary.forecast.projected),
        String(summary.standards.goal),
        {
          text: t(summary.forecast.onTrack ? m.expectedToMeet : m.expectedToFallShort),
          color: summary.forecast.onTrack ? colors.good : colors.bad,
        },
      ],
    },
    {
      cells: [
        t(m.internationalShare),
        pct(summary.internationalShare),
        '',
        `${summary.international.adopting}/${summary.international.national}`,
      ],
    },
  ];
  if (data.milestones.length > 0) {
    const met = data.milestones.filter((milestone) => milestone.met).length;
    rows.push({ cells: [t(m.milestonesMet), `${met}/${data.milestones.length}`, '', ''] });
  }
  heading(doc, t(m.keyFigures));
  table(
    doc,
    columnsOf(
      [t(m.indicator), t(m.value), t(m.goal), t(m.status)],
      [40, 14, 14, 32],
      ['left', 'right', 'right', 'left'],
    ),
    rows,
    9,
  );
  doc.moveDown(0.4);
  paragraph(doc, `${t(m.forecastRule)}${summary.forecast.rule.text[lang]}`, { color: colors.muted, size: 8 });
}

function coverageSection(doc: Doc, data: ReportData, lang: ReportLang, t: Say): void {
  heading(doc, t(m.coverage), 160);
  paragraph(doc, t(m.coverageExplained), { color: colors.muted, size: 8 });
  doc.moveDown(0.3);
  const columns = columnsOf(
    m.coverageHeaders.map(t),
    [9, 38, 7, 7, 7, 7, 15],
    ['left', 'left', 'right', 'right', 'right', 'right', 'left'],
  );
  const byPart = new Map<string, CoverageRow[]>();
  for (const row of data.coverage) byPart.set(row.partCode, [...(byPart.get(row.partCode) ?? []), row]);
  const rows: Row[] = [];
  for (const part of data.parts) {
    const items = byPart.get(part.code) ?? [];
    const covered = items.filter((item) => item.state === 'covered').length;
    const name = { zh: part.nameZh, en: part.nameEn };
    rows.push({
      fill: colors.partFill,
      bold: true,
      cells: [
        part.code,
        t(m.partCovered(name, covered, items.length)),
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
          item.path[lang],
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

function gapsSection(doc: Doc, data: ReportData, lang: ReportLang, t: Say): void {
  heading(doc, t(m.gaps));
  const gaps = data.coverage.filter((row) => row.state === 'gap');
  if (gaps.length === 0) {
    paragraph(doc, t(m.noGaps));
    return;
  }
  paragraph(doc, t(m.gapsIntro(gaps.length)), { color: colors.muted, size: 8 });
  doc.moveDown(0.3);
  const rows = data.parts.flatMap((part): Row[] => {
    const inPart = gaps.filter((row) => row.partCode === part.code);
    if (inPart.length === 0) return [];
    const list = inPart
      .map((row) => {
        const pipeline = row.pipeline > 0 ? (lang === 'zh' ? `（${row.pipeline}）` : ` (${row.pipeline})`) : '';
        return `${directionLabel(row, lang)}${pipeline}`;
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
  });
  table(doc, columnsOf(m.gapHeaders.map(t), [22, 66, 12], ['left', 'left', 'right']), rows);
}

function publishedSection(doc: Doc, data: ReportData, lang: ReportLang, t: Say): void {
  heading(doc, t(m.published(data.since, data.asOf)));
  if (data.published.length === 0) {
    paragraph(doc, t(m.nonePublished));
    return;
  }
  const countedIds = new Set(data.counted.map((standard) => standard.id));
  table(
    doc,
    columnsOf(m.publishedHeaders.map(t), [18, 39, 9, 12, 12, 10]),
    data.published.map((standard) => ({
      cells: [
        standardLabel(standard),
        lang === 'zh' ? standard.titleZh : (standard.titleEn ?? standard.titleZh),
        t(standardLevelLabels[standard.level]),
        standard.publishedOn ?? '',
        standard.directions.join(' '),
        t(countedIds.has(standard.id) ? yesNoLabels.yes : yesNoLabels.no),
      ],
    })),
    8,
  );
}

function milestonesSection(doc: Doc, data: ReportData, lang: ReportLang, t: Say): void {
  if (data.milestones.length === 0) return;
  heading(doc, t(m.milestones));
  table(
    doc,
    columnsOf(m.milestoneHeaders.map(t), [38, 12, 18, 32]),
    data.milestones.map((milestone) => ({
      cells: [
        lang === 'zh' ? milestone.nameZh : milestone.nameEn,
        milestone.dueOn,
        milestone.directions.join(' '),
        milestone.metBy
          ? { text: `${milestone.metBy.number ?? ''} ${milestone.metBy.publishedOn}`, color: colors.good }
          : { text: t(m.notMet), color: colors.bad },
      ],
    })),
    8,
  );
}

function footerText(meta: RenderMeta, t: Say): string {
  return [
    t(m.product),
    `${t(m.generated)} ${formatGeneratedAt(meta.generatedAt, meta.lang)}`,
    meta.generatedBy ? `${t(m.by)} ${meta.generatedBy}` : null,
    meta.snapshot ? `${t(m.snapshot)} ${meta.snapshot.name}` : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** Renders the A4 committee report into `out` and resolves when it is written. */
export async function writeProgressPdf(out: Writable, data: ReportData, meta: RenderMeta): Promise<void> {
  const { lang } = meta;
  const t: Say = (text) => text[lang];
  const doc = await openA4Document(out, {
    lang,
    info: {
      Title: `${t(reportTitle)} ${data.asOf}`,
      Author: meta.generatedBy ?? '云标看板',
      Creator: '云标看板 Cloud Standards Tracker',
      CreationDate: meta.generatedAt,
    },
  });
  titleBlock(doc, data, meta, t);
  keyFigures(doc, data, lang, t);
  heading(doc, t(m.cumulativeProgress));
  progressChart(doc, data, lang);
  coverageSection(doc, data, lang, t);
  gapsSection(doc, data, lang, t);
  publishedSection(doc, data, lang, t);
  milestonesSection(doc, data, lang, t);
  enterprisesSection(doc, data, lang, t);
  internationalSection(doc, data, lang, t);
  footer(doc, footerText(meta, t), (page, pages) => t(m.page(page, pages)));
  doc.end();
  await finished(out);
}
