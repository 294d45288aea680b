import { enterpriseCountingLabels, enterpriseReachLabels, type Bilingual } from '@cloudstd/shared/domain/labels';
import type { ReportData, ReportEnterprise, ReportLang } from '@cloudstd/shared/schemas/report';
import { enterpriseReportMessages as m } from './enterprise-report-messages.ts';
import {
  colors,
  columnsOf,
  CONTENT_WIDTH,
  heading,
  MARGIN,
  paragraph,
  table,
  type Doc,
  type Row,
} from './pdf-layout.ts';

type Say = (text: Bilingual) => string;

/** The events the page lists at most; the workbook's 宣贯活动 sheet has them all. */
const EVENTS_LISTED = 15;
const TOP = 10;

/** Counted enterprises per value of `key` (unstated last as its own row), the largest first, the rest summed. */
function topCounts(enterprises: ReportEnterprise[], key: 'province' | 'industry', t: Say): Row[] {
  const counts = new Map<string | null, number>();
  for (const enterprise of enterprises) {
    const value = enterprise[key]?.trim() || null;
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  const sorted = [...counts.entries()].sort(
    ([a, x], [b, y]) => y - x || (a === null ? 1 : b === null ? -1 : a.localeCompare(b, 'zh-CN')),
  );
  const rows: Row[] = sorted.slice(0, TOP).map(([value, count]) => ({
    cells: [value ?? t(m.notStated), String(count)],
  }));
  const rest = sorted.slice(TOP);
  if (rest.length > 0) {
    const others = String(rest.reduce((sum, [, count]) => sum + count, 0));
    rows.push({
      cells: [
        { text: t(m.others(rest.length)), color: colors.muted },
        { text: others, color: colors.muted },
      ],
    });
  }
  return rows;
}

/**
 * The report's enterprise-goal page: the enterprises counted against the goal, the split of those reached
 * (trained only / implementing / certified or assessed), the funnel from training to implementation, the
 * 宣贯 events held in the window, and the counted enterprises by province and industry. A snapshot frozen
 * before events were recorded (`events` null) says so and shows what it kept.
 */
export function enterprisesSection(doc: Doc, data: ReportData, lang: ReportLang, t: Say): void {
  doc.addPage();
  heading(doc, t(m.heading));
  const { enterprises } = data.summary;
  const windowStart = data.summary.targetSet.windowStart;
  const colon = lang === 'zh' ? '：' : ': ';
  paragraph(doc, t(m.intro(data.asOf, windowStart)), { color: colors.muted, size: 8 });
  doc.moveDown(0.3);
  paragraph(doc, `${t(m.counting)}${colon}${t(enterpriseCountingLabels[enterprises.counting])}`, { size: 9.5 });
  doc.moveDown(0.2);
  doc
    .font('bold')
    .fontSize(11)
    .fillColor(colors.text)
    .text(t(m.countedLine(enterprises.counted, enterprises.goal)), MARGIN.left, doc.y, { width: CONTENT_WIDTH });

  if (data.events === null) {
    doc.moveDown(0.3);
    paragraph(doc, t(m.notRecorded), { color: colors.accent });
  } else {
    heading(doc, t(m.split), 60);
    const pct = (value: number) =>
      enterprises.reached === 0 ? '—' : `${((value / enterprises.reached) * 100).toFixed(1)}%`;
    const parts = (['trainedOnly', 'implementing', 'certified'] as const).map((part): Row => ({
      cells: [t(enterpriseReachLabels[part]), String(enterprises[part]), pct(enterprises[part])],
    }));
    table(
      doc,
      columnsOf([t(m.split), t(m.enterprises), t(m.share)], [60, 20, 20], ['left', 'right', 'right']),
      [...parts, { bold: true, cells: [t(m.reached), String(enterprises.reached), ''] }],
      9,
    );

    heading(doc, t(m.funnel), 40);
    paragraph(doc, t(m.funnelLine(enterprises.funnel.trained, enterprises.funnel.implementing)), {
      color: colors.text,
    });

    heading(doc, t(m.events), 60);
    const held = data.events
      .filter((event) => event.startsOn >= windowStart && event.startsOn <= data.asOf)
      .sort((a, b) => b.startsOn.localeCompare(a.startsOn) || b.id - a.id);
    if (held.length === 0) {
      paragraph(doc, t(m.noEvents));
    } else {
      const attendances = held.reduce((sum, event) => sum + event.attendees, 0);
      paragraph(doc, t(m.eventsLine(held.length, attendances)), { color: colors.text });
      doc.moveDown(0.3);
      table(
        doc,
        columnsOf(m.eventColumns.map(t), [16, 48, 24, 12], ['left', 'left', 'left', 'right']),
        held.slice(0, EVENTS_LISTED).map((event) => ({
          cells: [
            event.endsOn === event.startsOn ? event.startsOn : `${event.startsOn} – ${event.endsOn}`,
            event.title,
            event.organiser ?? '',
            String(event.attendees),
          ],
        })),
        8,
      );
      if (held.length > EVENTS_LISTED) {
        paragraph(doc, t(m.moreEvents(held.length - EVENTS_LISTED)), { color: colors.muted, size: 8 });
      }
    }
  }

  for (const [key, title, column] of [
    ['province', m.byProvince, m.province],
    ['industry', m.byIndustry, m.industry],
  ] as const) {
    heading(doc, t(title), 60);
    if (data.enterprises.length === 0) {
      paragraph(doc, t(m.noEnterprises));
      continue;
    }
    table(
      doc,
      columnsOf([t(column), t(m.enterprises)], [70, 30], ['left', 'right']),
      topCounts(data.enterprises, key, t),
      8.5,
    );
  }
}
