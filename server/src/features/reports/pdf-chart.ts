import type { Bilingual } from '@cloudstd/shared/domain/labels';
import type { ReportData, ReportLang } from '@cloudstd/shared/schemas/report';
import { colors, CONTENT_WIDTH, ensureSpace, MARGIN, type Doc } from './pdf-layout.ts';
import { pdfMessages } from './pdf-messages.ts';

const chartColors = {
  text: colors.text,
  muted: colors.muted,
  rule: colors.rule,
  goal: '#1652d9',
  trajectory: '#8c8c8c',
  counted: '#1652d9',
  forecast: '#d46b08',
  asOf: '#cf1322',
} as const;

/** A round number at or above `value` for the top of the y axis (5, 10, 15, 20, 25, 30, 40, 50, 60, 80, 100…). */
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
export function progressChart(doc: Doc, data: ReportData, lang: ReportLang): void {
  const t = (text: Bilingual) => text[lang];
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
    doc.moveTo(left, y).lineTo(right, y).lineWidth(0.4).strokeColor(chartColors.rule).stroke();
    doc.fillColor(chartColors.muted).text(String(Math.round(value)), MARGIN.left, y - 4, { width: 26, align: 'right' });
  }
  // The goal band, minimum to stretch.
  const stretch = timeline.stretch;
  if (stretch !== null && stretch > timeline.goal) {
    doc
      .rect(left, yOf(stretch), right - left, yOf(timeline.goal) - yOf(stretch))
      .fillOpacity(0.1)
      .fill(chartColors.goal)
      .fillOpacity(1);
  }
  const goalLine = (value: number, label: string) => {
    doc
      .moveTo(left, yOf(value))
      .lineTo(right, yOf(value))
      .lineWidth(0.8)
      .dash(4, { space: 3 })
      .strokeColor(chartColors.goal)
      .stroke()
      .undash();
    doc
      .fillColor(chartColors.goal)
      .fontSize(7.5)
      .text(label, left + 4, yOf(value) - 13, { lineBreak: false });
  };
  goalLine(timeline.goal, t(pdfMessages.minimumGoal(timeline.goal)));
  if (stretch !== null && stretch > timeline.goal) {
    goalLine(stretch, t(pdfMessages.stretchGoal(stretch)));
  }
  // x-axis: each January and the window's first month.
  doc.moveTo(left, bottom).lineTo(right, bottom).lineWidth(0.8).strokeColor(chartColors.muted).stroke();
  points.forEach((point, index) => {
    if (index !== 0 && !point.month.endsWith('-01')) return;
    const x = xOf(index);
    doc
      .moveTo(x, bottom)
      .lineTo(x, bottom + 3)
      .lineWidth(0.6)
      .strokeColor(chartColors.muted)
      .stroke();
    doc
      .fillColor(chartColors.muted)
      .fontSize(7.5)
      .text(point.month, x - 20, bottom + 5, { width: 40, align: 'center' });
  });
  // Straight-line trajectory.
  doc.moveTo(xOf(0), yOf(points[0]?.trajectory ?? 0));
  points.forEach((point, index) => doc.lineTo(xOf(index), yOf(point.trajectory)));
  doc.lineWidth(1).dash(5, { space: 3 }).strokeColor(chartColors.trajectory).stroke().undash();
  // Counted so far.
  let lastIndex = -1;
  points.forEach((point, index) => {
    if (point.standards === null) return;
    if (lastIndex === -1) doc.moveTo(xOf(index), yOf(point.standards));
    else doc.lineTo(xOf(index), yOf(point.standards));
    lastIndex = index;
  });
  if (lastIndex >= 0) doc.lineWidth(2).strokeColor(chartColors.counted).stroke();
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
      .strokeColor(chartColors.forecast)
      .stroke()
      .undash();
    doc.circle(endX, endY, 2.5).fill(chartColors.forecast);
    doc
      .fillColor(chartColors.forecast)
      .fontSize(7.5)
      .text(String(summary.forecast.projected), endX - 30, endY - 12, { width: 28, align: 'right' });
  }
  // The as-of marker.
  const asOfIndex = points.findIndex((point) => point.month === data.asOf.slice(0, 7));
  if (asOfIndex >= 0) {
    const x = xOf(asOfIndex);
    doc.moveTo(x, top).lineTo(x, bottom).lineWidth(0.8).strokeColor(chartColors.asOf).stroke();
    const label = t(pdfMessages.asOfMarker(data.asOf));
    const labelWidth = doc.fontSize(7.5).widthOfString(label);
    const labelX = x + labelWidth + 4 > right ? x - labelWidth - 3 : x + 3;
    doc.fillColor(chartColors.asOf).text(label, labelX, top + 2, { lineBreak: false });
  }
  // Legend.
  const legendY = bottom + 22;
  let x = left;
  const legend = (label: string, draw: (x: number, y: number) => void) => {
    draw(x, legendY + 4);
    doc
      .fillColor(chartColors.text)
      .fontSize(8)
      .text(label, x + 22, legendY, { lineBreak: false });
    x += 22 + doc.widthOfString(label) + 16;
  };
  legend(t(pdfMessages.legendCounted), (lx, ly) =>
    doc
      .moveTo(lx, ly)
      .lineTo(lx + 16, ly)
      .lineWidth(2)
      .strokeColor(chartColors.counted)
      .stroke(),
  );
  legend(t(pdfMessages.legendTrajectory), (lx, ly) =>
    doc
      .moveTo(lx, ly)
      .lineTo(lx + 16, ly)
      .lineWidth(1)
      .dash(5, { space: 3 })
      .strokeColor(chartColors.trajectory)
      .stroke()
      .undash(),
  );
  legend(t(pdfMessages.legendForecast), (lx, ly) =>
    doc
      .moveTo(lx, ly)
      .lineTo(lx + 16, ly)
      .lineWidth(1.5)
      .dash(2, { space: 2 })
      .strokeColor(chartColors.forecast)
      .stroke()
      .undash(),
  );
  legend(t(pdfMessages.legendGoalBand), (lx, ly) =>
    doc
      .rect(lx, ly - 4, 16, 8)
      .fillOpacity(0.15)
      .fill(chartColors.goal)
      .fillOpacity(1),
  );
  legend(t(pdfMessages.legendAsOf), (lx, ly) =>
    doc
      .moveTo(lx + 8, ly - 5)
      .lineTo(lx + 8, ly + 5)
      .lineWidth(0.8)
      .strokeColor(chartColors.asOf)
      .stroke(),
  );
  doc.x = MARGIN.left;
  doc.y = legendY + 18;
}
