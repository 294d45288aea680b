import { parseSpreadsheetDate } from './spreadsheet-date.ts';
import { parseStandardNumber } from './standard-number.ts';

/**
 * Reading the table of an SAC 国家标准批准发布公告 or an MIIT 行业标准公告 as staff copy it: from a web page
 * (tab-separated), Word (space-aligned, titles wrapped onto the next line) or a PDF (each cell or a
 * title's pieces on lines of their own), in full-width characters and with `—` in numbers. Columns:
 * 序号, 标准编号, 标准名称, 代替标准号, 实施日期.
 */

/** The most text one paste may hold (UTF-8 bytes). */
export const ANNOUNCEMENT_MAX_BYTES = 5 * 1024 * 1024;

export type AnnouncementColumn = 'number' | 'title_zh' | 'replaces' | 'implemented_on';

export interface AnnouncementRowError {
  column: AnnouncementColumn | null;
  messageZh: string;
  messageEn: string;
}

export interface AnnouncementRow {
  /** The line of the pasted text the row starts on (1-based). */
  line: number;
  /** The announcement's 序号, when the row has one. */
  sequence: number | null;
  /** Normalised (`GB/T 32400-2015`), or null when it could not be read (see `errors`). */
  number: string | null;
  /** The number as written, for the messages and the preview. */
  numberText: string;
  titleZh: string;
  replaces: string[];
  inForceOn: string | null;
  errors: AnnouncementRowError[];
}

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const NUMBER_SOURCE =
  '(?<![A-Za-z/])(?:[A-Z]{1,5}\\d{0,2}(?:\\s*/\\s*[A-Z]{1,10})?)\\s*\\d+(?:\\.\\d+)*\\s*-\\s*\\d{4}(?!\\d)';
const NUMBER = new RegExp(NUMBER_SOURCE, 'g');
const DATE = /(?<!\d)(?:\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日?)(?!\d)/g;
/** A line holding only column headers (repeated on each page of a PDF), or a page footer. */
const HEADER_LINE = /^(?:\s|序号|标准编号|标准号|标准名称|名称|代替标准号|代替标准|被代替标准号|实施日期|备注)+$/;
const FOOTER_LINE = /^\s*(?:[-—]\s*\d+\s*[-—]|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?)\s*$/;
/** Where a row starts: a line opening with its 序号 (the number may follow on the next line, as PDFs copy). */
const ROW_START = /(?:^|\n)[ \t]*(\d{1,4})(?:[ \t.、]+|[ \t]*\n[ \t]*)(?=[A-Za-z])/g;
const ROW_START_WITHOUT_SEQUENCE = new RegExp(`(?:^|\\n)[ \\t]*(?=${NUMBER_SOURCE})`, 'g');
const CJK = /[\u3400-\u9fff]/;
/** What stands in for a number or date taken out of a row, so the title's pieces stay apart. */
const MASK = '\n';
const MASK_OR_GAP = /\n|\t|\s{2,}/;

/** Full-width to ASCII, every dash to `-`, ideographic spaces and NBSP to spaces, CRLF to LF. */
function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(DASHES, '-')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u3000]/g, ' ');
}

/** Lines of a title as pasted, joined: Chinese to Chinese directly (a wrapped word), anything else with a space. */
function joinPieces(pieces: readonly string[]): string {
  let joined = '';
  for (const piece of pieces) {
    if (joined === '') joined = piece;
    else if (CJK.test(joined.at(-1) ?? '') && CJK.test(piece[0] ?? '')) joined += piece;
    else joined += ` ${piece}`;
  }
  return joined;
}

function readRow(chunk: string, line: number, sequence: number | null): AnnouncementRow {
  const errors: AnnouncementRowError[] = [];
  let rest = chunk;
  // The row's own number opens it; anything else there is a number that could not be read.
  let number: string | null = null;
  let numberText = '';
  const opening = new RegExp(`^\\s*(${NUMBER_SOURCE})`).exec(rest);
  if (opening) {
    numberText = (opening[1] ?? '').replace(/\s+/g, ' ').trim();
    rest = rest.slice(opening[0].length);
  } else {
    const loose = /^\s*([A-Za-z][^\u3400-\u9fff\t\n]*?)(?=\s{2,}|\t|\n|[\u3400-\u9fff]|$)/.exec(rest);
    numberText = (loose?.[1] ?? '').trim();
    rest = rest.slice(loose?.[0].length ?? 0);
  }
  const parsed = parseStandardNumber(numberText);
  if (parsed.ok) number = parsed.value.canonical;
  else errors.push({ column: 'number', messageZh: parsed.error.messageZh, messageEn: parsed.error.messageEn });

  const replaces: string[] = [];
  rest = rest.replace(NUMBER, (found) => {
    const replaced = parseStandardNumber(found);
    if (replaced.ok) replaces.push(replaced.value.canonical);
    else {
      errors.push({
        column: 'replaces',
        messageZh: `代替标准号“${found}”无法识别：${replaced.error.messageZh}`,
        messageEn: `The replaced number “${found}” cannot be read: ${replaced.error.messageEn}`,
      });
    }
    return MASK;
  });

  let inForceOn: string | null = null;
  rest = rest.replace(DATE, (found) => {
    const date = parseSpreadsheetDate(found.replace(/\s+/g, ''));
    if (!date.ok) errors.push({ column: 'implemented_on', messageZh: date.messageZh, messageEn: date.messageEn });
    else if (inForceOn === null) inForceOn = date.value;
    return MASK;
  });
  if (inForceOn === null && !errors.some((error) => error.column === 'implemented_on')) {
    errors.push({
      column: 'implemented_on',
      messageZh: '本行没有读到实施日期（应如 2026-07-01 或 2026年7月1日）',
      messageEn: 'No in-force date was found on this row (e.g. 2026-07-01 or 2026年7月1日)',
    });
  }

  // What is left is the title, in pieces where the columns and the lines cut it.
  const pieces = rest
    .split(MASK_OR_GAP)
    .map((piece) => piece.replace(/\s+/g, ' ').trim())
    .filter((piece) => piece !== '' && !/^[-、，,；;/]+$/.test(piece));
  const titleZh = joinPieces(pieces);
  if (titleZh === '') {
    errors.push({ column: 'title_zh', messageZh: '本行没有读到标准名称', messageEn: 'No title was found on this row' });
  }
  return { line, sequence, number, numberText, titleZh, replaces: [...new Set(replaces)], inForceOn, errors };
}

/**
 * Reads every row of a pasted announcement table. Header lines (also repeated per page) and page footers
 * are skipped; a row runs from its 序号 (or, without one, its number at a line's start) to the next row,
 * so a title wrapped onto further lines stays whole. Each row carries its own errors, in zh and en; the
 * other rows are still usable. Text above the first row (the announcement's preamble) is ignored.
 */
export function parseAnnouncement(text: string): AnnouncementRow[] {
  const lines = normaliseText(text)
    .split('\n')
    .map((line) => (HEADER_LINE.test(line) || FOOTER_LINE.test(line) ? '' : line));
  const body = lines.join('\n');
  const lineOf = (offset: number) => body.slice(0, offset).split('\n').length;

  const starts: { offset: number; contentFrom: number; sequence: number | null }[] = [];
  for (const match of body.matchAll(ROW_START)) {
    const offset = match.index + (match[0].startsWith('\n') ? 1 : 0);
    starts.push({ offset, contentFrom: match.index + match[0].length, sequence: Number(match[1]) });
  }
  if (starts.length === 0) {
    for (const match of body.matchAll(ROW_START_WITHOUT_SEQUENCE)) {
      const offset = match.index + (match[0].startsWith('\n') ? 1 : 0);
      starts.push({ offset, contentFrom: match.index + match[0].length, sequence: null });
    }
  }
  return starts.map((start, index) => {
    const end = starts[index + 1]?.offset ?? body.length;
    return readRow(body.slice(start.contentFrom, end), lineOf(start.offset), start.sequence);
  });
}
