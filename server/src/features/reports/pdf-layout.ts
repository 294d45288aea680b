import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Writable } from 'node:stream';

/*
 * The layout kit of our A4 PDFs, drawn with pdfkit: fonts, page geometry, colours, headings,
 * paragraphs, tables that break across pages, and the page footer. Chinese text uses Noto Sans SC
 * (SIL OFL 1.1), shipped by the npm package @expo-google-fonts/noto-sans-sc as static TrueType files:
 * pdfkit embeds a subset of the glyphs used, with a ToUnicode map, so text extraction (pdftotext,
 * pdf.js) reads the Chinese back.
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

export const A4 = { width: 595.28, height: 841.89 };
export const MARGIN = { top: 56, bottom: 64, left: 50, right: 50 };
export const CONTENT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
export const colors = {
  text: '#1f1f1f',
  muted: '#595959',
  rule: '#d9d9d9',
  headerFill: '#eef2fa',
  zebra: '#fafafa',
  partFill: '#f3f5f8',
  accent: '#1652d9',
  good: '#237804',
  warn: '#ad6800',
  bad: '#cf1322',
} as const;

export type Doc = PDFKit.PDFDocument;
export type Align = 'left' | 'right' | 'center';

export interface Column {
  header: string;
  width: number;
  align?: Align;
}

export interface Cell {
  text: string;
  color?: string;
  bold?: boolean;
}

export interface Row {
  cells: (Cell | string)[];
  fill?: string;
  bold?: boolean;
}

/** An A4 document with our margins and fonts (`regular`, `bold`), writing into `out` as it is drawn. */
export async function openA4Document(
  out: Writable,
  options: { lang: 'zh' | 'en'; info: PDFKit.DocumentInfo },
): Promise<Doc> {
  // Loaded on the first PDF, not at start-up: most processes never render one.
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    info: options.info,
    lang: options.lang === 'zh' ? 'zh-CN' : 'en',
  });
  doc.pipe(out);
  doc.registerFont('regular', fontData('regular'));
  doc.registerFont('bold', fontData('bold'));
  return doc;
}

const bottomLimit = () => A4.height - MARGIN.bottom;

/** Starts a new page unless `height` points still fit on this one. */
export function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > bottomLimit()) {
    doc.addPage();
  }
}

/** A numbered section heading, kept with at least `keepWith` points of what follows it. */
export function heading(doc: Doc, text: string, keepWith = 80): void {
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

export function paragraph(doc: Doc, text: string, options: { color?: string; size?: number } = {}): void {
  doc
    .font('regular')
    .fontSize(options.size ?? 9.5)
    .fillColor(options.color ?? colors.text)
    .text(text, MARGIN.left, doc.y, { width: CONTENT_WIDTH, lineGap: 2 });
}

const PAD = 4;

/** A table that breaks across pages, repeating its header; each row as tall as its tallest cell. */
export function table(doc: Doc, columns: Column[], rows: Row[], fontSize = 8.5): void {
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

/** Columns from headers and proportions of the content width. */
export function columnsOf(headers: string[], shares: number[], aligns: Align[] = []): Column[] {
  const total = shares.reduce((sum, share) => sum + share, 0);
  return headers.map((header, i) => ({
    header,
    width: ((shares[i] ?? 0) / total) * CONTENT_WIDTH,
    align: aligns[i] ?? 'left',
  }));
}

/** Stamps every page with a rule, `left` at the left and the page's own text (`Page 2 of 5`) at the right. */
export function footer(doc: Doc, left: string, pageText: (page: number, pages: number) => string): void {
  const range = doc.bufferedPageRange();
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
    doc.text(pageText(i + 1, range.count), MARGIN.left, y, { width: CONTENT_WIDTH, align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}
