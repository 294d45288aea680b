import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { stringify } from 'csv-stringify';

export type CsvCell = string | number | null;

// What may start a formula (full-width forms too, which some spreadsheet locales convert), after any
// white space or invisible characters a reader might drop.
const INVISIBLE = '[\\s\\u200b-\\u200d\\u2060\\ufeff]*';
const FORMULA = '[=+\\-@\\uff1d\\uff0b\\uff0d\\uff20]';
const FORMULA_START = new RegExp(`^(?:[\\t\\r\\n]|${INVISIBLE}${FORMULA})`);
const FORMULA_AFTER_BREAK = new RegExp(`(\\r\\n|\\r|\\n)(?=${INVISIBLE}${FORMULA})`, 'g');

/**
 * A text cell that a spreadsheet would read as a formula (= + - @, or a tab or line break before one) gets
 * a leading apostrophe, and so does every line inside it that starts like one: a reader that splits the
 * cell at a line break (a bare CR ends a row for Excel) still finds no formula. Numbers are left as
 * numbers, so `-3` stays a number and `-3` typed as text is defused.
 */
export function neutraliseCell(value: CsvCell): string | number {
  if (value === null) return '';
  if (typeof value === 'number') return value;
  const lines = value.replace(FORMULA_AFTER_BREAK, "$1'");
  return FORMULA_START.test(lines) ? `'${lines}` : lines;
}

/**
 * Streams a CSV to `out`: UTF-8 with a BOM (Excel on Chinese Windows reads it without garbling; no
 * `sep=` line, which would make Excel ignore the BOM), CRLF records, RFC 4180 quoting by csv-stringify
 * (and of every field with a line break),
 * every text cell neutralised against formula injection. Waits on the socket between chunks.
 */
export async function writeCsv(
  out: Writable,
  header: readonly string[],
  rows: AsyncIterable<readonly CsvCell[][]> | Iterable<readonly CsvCell[][]>,
): Promise<void> {
  const stringifier = stringify({
    bom: true,
    record_delimiter: '\r\n',
    // csv-stringify quotes a field holding the whole record delimiter (CRLF) only; a bare CR or LF must be
    // quoted too, or a spreadsheet starts a new row there.
    quoted_match: /[\r\n]/,
    cast: { number: (value) => String(value) },
  });
  stringifier.pipe(out);
  // A client that goes away stops the export instead of leaving it waiting for a drain that never comes.
  const gone = new AbortController();
  out.once('close', () => gone.abort());
  const write = async (record: readonly CsvCell[]) => {
    if (!stringifier.write(record.map(neutraliseCell))) await once(stringifier, 'drain', { signal: gone.signal });
  };
  await write(header);
  for await (const chunk of rows) {
    for (const record of chunk) await write(record);
  }
  stringifier.end();
  await finished(out);
}
