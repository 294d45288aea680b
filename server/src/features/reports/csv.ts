import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { stringify } from 'csv-stringify';

export type CsvCell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell that a spreadsheet would read as a formula (= + - @, or a tab or CR before one) gets a
 * leading apostrophe; numbers are left as numbers, so `-3` stays a number and `-3` typed as text is defused.
 */
export function neutraliseCell(value: CsvCell): string | number {
  if (value === null) return '';
  if (typeof value === 'number') return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * Streams a CSV to `out`: UTF-8 with a BOM (Excel on Chinese Windows reads it without garbling; no
 * `sep=` line, which would make Excel ignore the BOM), CRLF records, RFC 4180 quoting by csv-stringify,
 * every text cell neutralised against formula injection. Waits on the socket between chunks.
 */
export async function writeCsv(
  out: Writable,
  header: readonly string[],
  rows: AsyncIterable<readonly CsvCell[][]> | Iterable<readonly CsvCell[][]>,
): Promise<void> {
  const stringifier = stringify({ bom: true, record_delimiter: '\r\n', cast: { number: (value) => String(value) } });
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
