import { internationalStageKeys } from '@cloudstd/shared/domain/international-stage';
import { chinaRoleLabels, internationalBodyLabels, type Bilingual } from '@cloudstd/shared/domain/labels';
import type { ReportData, ReportLang } from '@cloudstd/shared/schemas/report';
import { internationalReportMessages as m } from './international-report-messages.ts';
import { colors, columnsOf, heading, paragraph, table, type Doc, type Row } from './pdf-layout.ts';

type Say = (text: Bilingual) => string;

/**
 * The report's international page: the items at D grouped by stage (latest first), then the
 * international standards published with China leading and the national standards converted from
 * international ones since the window opened.
 */
export function internationalSection(doc: Doc, data: ReportData, lang: ReportLang, t: Say): void {
  doc.addPage();
  heading(doc, t(m.heading));
  const international = data.international;
  if (international === null) {
    paragraph(doc, t(m.notRecorded), { color: colors.muted });
    return;
  }
  const windowStart = data.summary.targetSet.windowStart;
  paragraph(doc, t(m.intro(data.asOf, windowStart)), { color: colors.muted, size: 8 });
  doc.moveDown(0.3);
  const c = m.columns;
  const title = (item: { titleZh: string | null; titleEn: string }) =>
    lang === 'zh' ? (item.titleZh ?? item.titleEn) : item.titleEn;

  heading(doc, t(m.byStage), 60);
  if (international.items.length === 0) {
    paragraph(doc, t(m.noItems));
  } else {
    const rows: Row[] = [];
    for (const stage of [...internationalStageKeys].reverse()) {
      const items = international.items.filter((item) => item.stage === stage);
      if (items.length === 0) continue;
      rows.push({
        fill: colors.partFill,
        bold: true,
        cells: [t(m.stageCount(m.stageLabels[stage], items.length)), '', '', ''],
      });
      for (const item of items) {
        rows.push({
          fill: '#ffffff',
          cells: [
            `${t(internationalBodyLabels[item.body])} ${item.reference}`,
            title(item),
            t(chinaRoleLabels[item.chinaRole]),
            item.relatedStandard ?? '',
          ],
        });
      }
    }
    table(
      doc,
      columnsOf([t(c.reference), t(c.titleEn), t(c.chinaRole), t(c.relatedStandard)], [26, 44, 12, 18]),
      rows,
      8,
    );
  }

  heading(doc, t(m.led), 60);
  if (international.led.length === 0) {
    paragraph(doc, t(m.noLed));
  } else {
    table(
      doc,
      columnsOf([t(c.reference), t(c.titleEn), t(c.committee), t(c.publishedOn)], [24, 44, 18, 14]),
      international.led.map((item) => ({
        cells: [
          `${t(internationalBodyLabels[item.body])} ${item.reference}`,
          title(item),
          item.committee ?? '',
          item.publishedOn,
        ],
      })),
      8,
    );
  }

  heading(doc, t(m.converted), 60);
  if (international.converted.length === 0) {
    paragraph(doc, t(m.noConverted));
  } else {
    table(
      doc,
      columnsOf([t(c.number), t(c.titleZh), t(c.international), t(c.publishedOn)], [20, 42, 24, 14]),
      international.converted.map((standard) => ({
        cells: [
          standard.number ?? '',
          standard.titleZh,
          `${standard.internationalRef ?? ''} ${standard.degree ?? ''}`.trim(),
          standard.publishedOn,
        ],
      })),
      8,
    );
  }
}
