/**
 * An international standard a Chinese standard adopts (采用国际标准), structured and normalised so one
 * international standard is one reference: `ISO/IEC 17788：2014`, `iso/iec 17788 : 2014` and
 * `ISO/IEC 17788:2014` are the same `{body: 'ISO/IEC', number: '17788', year: 2014}`.
 */
export interface InternationalReference {
  /** `ISO/IEC 17788:2014`, `IEEE 2301-2020`, `ITU-T Y.3500 (08/2014)`. */
  readonly canonical: string;
  readonly body: string;
  readonly number: string;
  readonly year: number | null;
}

export type InternationalReferenceResult =
  | { readonly ok: true; readonly value: InternationalReference }
  | { readonly ok: false; readonly error: { readonly messageZh: string; readonly messageEn: string } };

/** International and foreign bodies whose numbers people type; the first that matches wins, so longer ones first. */
export const internationalBodies = [
  'ISO/IEC/IEEE',
  'ISO/IEC',
  'ISO/TS',
  'ISO/TR',
  'ISO',
  'IEC',
  'ITU-T',
  'ITU-R',
  'IEEE',
  'ETSI',
  'IETF',
  'EN',
  'ANSI',
  'NIST',
] as const;

const bodyPattern = new RegExp(
  `^(${internationalBodies.map((body) => body.replace(/[/-]/g, '[/-]?\\s*')).join('|')})(?![A-Z])\\s*(.*)$`,
);

/** True when the text starts with an international body's name (`ISO/IEC 17788:2014`, `ITU-T Y.3500`). */
export function looksInternational(text: string): boolean {
  return bodyPattern.test(cleanReference(text).toUpperCase());
}

function cleanReference(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212\uFF0D]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

function canonicalBody(matched: string): string {
  const compact = matched.replace(/\s+/g, '').toUpperCase();
  return internationalBodies.find((body) => body.replace(/[/-]/g, '') === compact.replace(/[/-]/g, '')) ?? compact;
}

/**
 * Parses an international reference: a known body, then its number (parts and letters kept, spaces
 * around `-`, `.`, `/` and `:` dropped), then the year after `:` (ISO, IEC), after `-` (IEEE: a 4-digit
 * year) or in `(MM/YYYY)` (ITU). Unknown bodies are refused, so a Chinese number never lands here.
 */
export function parseInternationalReference(input: string): InternationalReferenceResult {
  const text = cleanReference(input);
  const match = bodyPattern.exec(text.toUpperCase());
  const rest = match?.[2]?.replace(/\s*([-./:])\s*/g, '$1').trim() ?? '';
  if (match === null || !/\d/.test(rest)) {
    return {
      ok: false,
      error: {
        messageZh: `无法识别国际标准号“${text.slice(0, 40)}”：应写作“组织 编号:年份”，例如 ISO/IEC 17788:2014、IEC 60950-1:2005、ITU-T Y.3500。`,
        messageEn: `“${text.slice(0, 40)}” is not a recognisable international reference: write “body number:year”, e.g. ISO/IEC 17788:2014, IEC 60950-1:2005, ITU-T Y.3500.`,
      },
    };
  }
  const body = canonicalBody(match[1] ?? '');
  const itu = /^(.*?)\s*\((\d{2})\/(\d{4})\)$/.exec(rest);
  const colon = /^(.*?):(\d{4})$/.exec(rest);
  const ieee = body.includes('IEEE') && !body.startsWith('ISO') ? /^(.*?)-(\d{4})$/.exec(rest) : null;
  let number = rest;
  let year: number | null = null;
  let canonical = `${body} ${rest}`;
  if (itu !== null) {
    number = itu[1] ?? rest;
    year = Number(itu[3]);
    canonical = `${body} ${number} (${itu[2] ?? ''}/${itu[3] ?? ''})`;
  } else if (colon !== null) {
    number = colon[1] ?? rest;
    year = Number(colon[2]);
    canonical = `${body} ${number}:${year}`;
  } else if (ieee !== null) {
    number = ieee[1] ?? rest;
    year = Number(ieee[2]);
    canonical = `${body} ${number}-${year}`;
  }
  return { ok: true, value: { canonical, body, number, year } };
}

/** The canonical reference, or the cleaned text when it cannot be parsed (old records keep what they hold). */
export function normaliseInternationalReference(input: string): string {
  const parsed = parseInternationalReference(input);
  return parsed.ok ? parsed.value.canonical : cleanReference(input);
}
