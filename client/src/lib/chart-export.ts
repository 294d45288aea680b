/**
 * Chart downloads: a chart's <svg> serialised with its computed styles inlined (so it looks the same
 * outside the page), framed with its title on top and its legend drawn below as SVG; PNG is that SVG
 * drawn onto a canvas at twice the size.
 */

import { downloadBlob } from './download.ts';

export interface LegendEntry {
  label: string;
  color: string;
  /** A dashed stroke (trajectory, forecast) rather than a solid one. */
  dashed?: boolean;
  /** A filled swatch (bars, bands) rather than a line. */
  swatch?: boolean;
}

export interface ChartImage {
  svg: string;
  width: number;
  height: number;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT = '-apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans SC", "Noto Sans CJK SC", sans-serif';
const TITLE_HEIGHT = 36;
const LEGEND_ROW = 22;
const PADDING = 16;

/** The style properties that decide how a chart's shapes and texts look. */
const inlinedProperties = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-size',
  'font-weight',
  'font-family',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

/** The chart's drawing: the largest <svg> inside the element (Recharts draws legend icons as small SVGs too). */
export function findChartSvg(root: Element): SVGSVGElement | null {
  let best: SVGSVGElement | null = null;
  let bestArea = 0;
  for (const svg of root.querySelectorAll<SVGSVGElement>('svg')) {
    if (svg.closest('.recharts-legend-wrapper, .anticon')) continue;
    const { width, height } = svg.getBoundingClientRect();
    if (width * height > bestArea) {
      best = svg;
      bestArea = width * height;
    }
  }
  return bestArea > 2500 ? best : null;
}

/** Legend entries as Recharts renders them (HTML beside the SVG): the text and the icon's colour. */
export function readLegend(root: Element, barLabel = ''): LegendEntry[] {
  const entries: LegendEntry[] = [];
  for (const item of root.querySelectorAll('.recharts-legend-item')) {
    const label = item.querySelector('.recharts-legend-item-text')?.textContent?.trim() ?? item.textContent?.trim();
    const icon = item.querySelector('path, line, rect');
    if (!label || !icon) continue;
    const style = getComputedStyle(icon);
    const stroke = icon.getAttribute('stroke') ?? style.stroke;
    const fill = icon.getAttribute('fill') ?? style.fill;
    const dash = icon.getAttribute('stroke-dasharray') ?? style.strokeDasharray;
    const color = stroke && stroke !== 'none' ? stroke : fill;
    entries.push({ label, color, dashed: Boolean(dash && dash !== 'none' && dash !== '0') });
  }
  if (entries.length > 0) return entries;
  // Bar charts without a legend: one entry per distinct bar colour, named by the caller.
  const bars = new Map<string, LegendEntry>();
  for (const bar of root.querySelectorAll('.recharts-bar-rectangle path, .recharts-rectangle')) {
    const fill = bar.getAttribute('fill') ?? getComputedStyle(bar).fill;
    if (fill && !bars.has(fill)) bars.set(fill, { label: barLabel, color: fill, swatch: true });
  }
  return [...bars.values()];
}

function copyComputedStyles(source: Element, target: Element): void {
  const style = getComputedStyle(source);
  const declarations = inlinedProperties
    .map((property) => [property, style.getPropertyValue(property)] as const)
    .filter(([, value]) => value !== '' && value !== 'normal')
    .map(([property, value]) => `${property}:${value}`);
  if (declarations.length > 0) {
    const existing = target.getAttribute('style');
    target.setAttribute('style', `${declarations.join(';')}${existing ? `;${existing}` : ''}`);
  }
  const sourceChildren = source.children;
  const targetChildren = target.children;
  for (let i = 0; i < sourceChildren.length; i++) {
    const s = sourceChildren[i];
    const t = targetChildren[i];
    if (s && t) copyComputedStyles(s, t);
  }
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function legendSvg(entries: readonly LegendEntry[], width: number, top: number): { markup: string; height: number } {
  if (entries.length === 0) return { markup: '', height: 0 };
  let x = PADDING;
  let y = top + 14;
  const parts: string[] = [];
  for (const entry of entries) {
    // A rough width: CJK characters are about one em, Latin about half.
    const textWidth = [...entry.label].reduce((sum, ch) => sum + (ch.charCodeAt(0) > 0x2e80 ? 12 : 6.6), 0);
    const itemWidth = 22 + textWidth + 18;
    if (x + itemWidth > width - PADDING && x > PADDING) {
      x = PADDING;
      y += LEGEND_ROW;
    }
    const color = escapeXml(entry.color);
    parts.push(
      entry.swatch
        ? `<rect x="${x}" y="${y - 6}" width="14" height="10" fill="${color}"/>`
        : `<line x1="${x}" y1="${y - 1}" x2="${x + 16}" y2="${y - 1}" stroke="${color}" stroke-width="2.5"${entry.dashed ? ' stroke-dasharray="5 3"' : ''}/>`,
      `<text x="${x + 22}" y="${y + 3}" font-size="12" fill="#262626">${escapeXml(entry.label)}</text>`,
    );
    x += itemWidth;
  }
  return { markup: `<g font-family='${FONT}'>${parts.join('')}</g>`, height: y - top + 12 };
}

/**
 * The chart as a standalone SVG: white background, its title above, the chart with computed styles
 * inlined, and its legend below. Null when the element holds no chart drawing.
 */
export function buildChartImage(
  root: Element,
  title: string,
  options: { subtitle?: string | undefined; barLabel?: string | undefined } = {},
): ChartImage | null {
  const { subtitle, barLabel } = options;
  const svg = findChartSvg(root);
  if (!svg) return null;
  const { width, height } = svg.getBoundingClientRect();
  const chartWidth = Math.round(width);
  const chartHeight = Math.round(height);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  copyComputedStyles(svg, clone);
  clone.setAttribute('x', String(PADDING));
  clone.setAttribute('y', String(TITLE_HEIGHT + (subtitle ? 18 : 0)));
  clone.setAttribute('width', String(chartWidth));
  clone.setAttribute('height', String(chartHeight));
  clone.removeAttribute('style');
  clone.removeAttribute('class');
  const total = chartWidth + 2 * PADDING;
  const legendTop = TITLE_HEIGHT + (subtitle ? 18 : 0) + chartHeight + 8;
  const legend = legendSvg(readLegend(root, barLabel), total, legendTop);
  const fullHeight = legendTop + legend.height + PADDING;
  const serialised = new XMLSerializer().serializeToString(clone);
  const markup = [
    `<svg xmlns="${SVG_NS}" width="${total}" height="${fullHeight}" viewBox="0 0 ${total} ${fullHeight}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${PADDING}" y="26" font-family='${FONT}' font-size="16" font-weight="600" fill="#1f1f1f">${escapeXml(title)}</text>`,
    subtitle
      ? `<text x="${PADDING}" y="46" font-family='${FONT}' font-size="12" fill="#595959">${escapeXml(subtitle)}</text>`
      : '',
    serialised,
    legend.markup,
    '</svg>',
  ].join('');
  return { svg: markup, width: total, height: fullHeight };
}

/** A file name from a chart's title: characters Windows refuses become `_`. */
export function chartFileName(title: string, extension: 'svg' | 'png'): string {
  return `${title.replace(/[\\/:*?"<>|\s]+/g, '_')}.${extension}`;
}

export function downloadSvg(image: ChartImage, fileName: string): void {
  downloadBlob(new Blob([image.svg], { type: 'image/svg+xml;charset=utf-8' }), fileName);
}

/** Draws the SVG onto a canvas at `scale`× and downloads it as PNG. */
export async function downloadPng(image: ChartImage, fileName: string, scale = 2): Promise<void> {
  const url = URL.createObjectURL(new Blob([image.svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const picture = new Image();
    picture.decoding = 'async';
    const loaded = new Promise<void>((resolve, reject) => {
      picture.onload = () => resolve();
      picture.onerror = () => reject(new Error('The chart image could not be drawn'));
    });
    picture.src = url;
    await loaded;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.width * scale);
    canvas.height = Math.round(image.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No canvas');
    context.scale(scale, scale);
    context.drawImage(picture, 0, 0, image.width, image.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('The chart image could not be encoded');
    downloadBlob(blob, fileName);
  } finally {
    URL.revokeObjectURL(url);
  }
}
