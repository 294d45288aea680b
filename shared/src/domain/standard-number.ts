import { provinces, type Province } from './credit-code-regions.ts';
import { findIndustrySector } from './industry-sectors.ts';
import { looksInternational, normaliseInternationalReference } from './international-reference.ts';

/**
 * National (GB), industry (YD/T, SJ/T, JGJ, …), group (T/<body>), local (DB11/T: a province's standard) or
 * other (Q/<body>: an alliance's or enterprise's document). Local and other are recorded, never counted.
 */
export type StandardLevel = 'national' | 'industry' | 'group' | 'local' | 'other';

/** The levels a target set may count: local standards and alliance/enterprise documents never count. */
export const countableLevels = ['national', 'industry', 'group'] as const satisfies readonly StandardLevel[];

/** No suffix → mandatory, `/T` → recommended, `/Z` → guidance (指导性技术文件); group standards are always recommended. */
export type StandardNature = 'mandatory' | 'recommended' | 'guidance';

/** The sector of an industry standard, from the industry-sector table. */
export interface StandardSector {
  readonly code: string;
  readonly sectorZh: string;
  readonly sectorEn: string;
}

/** A standard number split into its parts; `canonical` is `PREFIX SEQ-YEAR` without adoption or amendment suffixes. */
export interface ParsedStandardNumber {
  readonly canonical: string;
  readonly level: StandardLevel;
  readonly prefix: string;
  readonly nature: StandardNature;
  readonly sector: StandardSector | null;
  readonly body: string | null;
  /** The province of a local standard (DB + its two-digit code), else null. */
  readonly province: Province | null;
  readonly sequence: string;
  readonly year: number;
  readonly internationalRef: string | null;
  readonly amendment: string | null;
}

/** Why an input is not an acceptable standard number. */
export type StandardNumberErrorCode =
  | 'EMPTY'
  | 'UNRECOGNISED'
  | 'UNKNOWN_PREFIX'
  | 'UNKNOWN_PROVINCE'
  | 'INTERNATIONAL_NUMBER'
  | 'MISSING_YEAR'
  | 'BAD_YEAR';

/** A user-facing error in zh and en; `prefix` is set for UNKNOWN_PREFIX and UNKNOWN_PROVINCE (e.g. `'XX/T'`, `'DB99/T'`). */
export interface StandardNumberError {
  readonly code: StandardNumberErrorCode;
  readonly messageZh: string;
  readonly messageEn: string;
  readonly prefix?: string;
}

/** The outcome of `parseStandardNumber`. */
export type StandardNumberResult =
  | { readonly ok: true; readonly value: ParsedStandardNumber }
  | { readonly ok: false; readonly error: StandardNumberError };

/** `currentYear` bounds plausible years (1950 … currentYear + 1); it defaults to the local calendar year of the clock. */
export interface StandardNumberOptions {
  readonly currentYear?: number;
}

/** A plan number (计划号): national `YYYYNNNN-K-DDD` or MIIT industry `YYYY-NNNNK-XX`. */
export interface ParsedPlanNumber {
  readonly canonical: string;
  readonly level: 'national' | 'industry';
  readonly year: number;
  readonly serial: string;
  readonly natureLetter: string;
  readonly nature: StandardNature | null;
  readonly committee: string | null;
  readonly sector: StandardSector | null;
}

/** Why an input is not an acceptable plan number. */
export type PlanNumberErrorCode = 'EMPTY' | 'UNRECOGNISED' | 'UNKNOWN_PREFIX' | 'BAD_YEAR';

/** A user-facing plan-number error in zh and en; `prefix` names an unknown industry code. */
export interface PlanNumberError {
  readonly code: PlanNumberErrorCode;
  readonly messageZh: string;
  readonly messageEn: string;
  readonly prefix?: string;
}

/** The outcome of `parsePlanNumber`. */
export type PlanNumberResult =
  { readonly ok: true; readonly value: ParsedPlanNumber } | { readonly ok: false; readonly error: PlanNumberError };

/** The earliest year accepted in a standard or plan number. */
export const MIN_STANDARD_YEAR = 1950;

const DASHES = /[\u02D7\u2010-\u2015\u2043\u2212\u2E3A\u2E3B\uFE58\uFE63\uFF0D]/g;
const SLASHES = /[\\\u2044\u2215\u29F8]/g;
const INVISIBLES = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const EXAMPLES = 'GB/T 32400-2015, YD/T 3763.1-2020, T/CESA 1234-2022';

const NATURE_MARK: Readonly<Record<StandardNature, string>> = { mandatory: '', recommended: '/T', guidance: '/Z' };

function clean(input: string): string {
  return input
    .normalize('NFKC')
    .replace(INVISIBLES, '')
    .replace(DASHES, '-')
    .replace(SLASHES, '/')
    .replace(/。/g, '.')
    .replace(/\s+/g, ' ')
    .replace(/-(?:\s*-)+/g, '-')
    .trim();
}

function quote(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function currentYearOf(options: StandardNumberOptions): number {
  return options.currentYear ?? new Date().getFullYear();
}

function expandYear(digits: string): number | null {
  if (/^\d{4}$/.test(digits)) return Number(digits);
  if (/^\d{2}$/.test(digits)) {
    const yy = Number(digits);
    return yy >= 50 ? 1900 + yy : 2000 + yy;
  }
  return null;
}

function checkYear(digits: string, maxYear: number): number | { messageZh: string; messageEn: string } {
  const year = expandYear(digits);
  if (year !== null && year >= MIN_STANDARD_YEAR && year <= maxYear) return year;
  return {
    messageZh: `年份“${quote(digits)}”不合理：应为 ${MIN_STANDARD_YEAR}–${maxYear} 之间的四位年份（两位年份按 50–99 → 19xx、00–49 → 20xx 换算）。`,
    messageEn: `The year “${quote(digits)}” is not plausible: use a four-digit year from ${MIN_STANDARD_YEAR} to ${maxYear} (two-digit years read 50–99 as 19xx and 00–49 as 20xx).`,
  };
}

function fail(error: StandardNumberError): StandardNumberResult {
  return { ok: false, error };
}

function unrecognised(text: string): StandardNumberResult {
  const plan = parsePlanNumber(text);
  const planHintZh = plan.ok ? `这看起来是计划号（${plan.value.canonical}），请填在“计划号”一栏。` : '';
  const planHintEn = plan.ok
    ? ` This looks like a plan number (${plan.value.canonical}); enter it as the plan number.`
    : '';
  return fail({
    code: 'UNRECOGNISED',
    messageZh: `无法识别标准号“${quote(text)}”。${planHintZh}标准号应写作“代号 顺序号-年份”，例如 ${EXAMPLES.replace(/, /g, '、')}。`,
    messageEn: `“${quote(text)}” is not a recognisable standard number.${planHintEn} Write it as “prefix sequence-year”, e.g. ${EXAMPLES}.`,
  });
}

function unknownPrefix(prefix: string): StandardNumberError {
  if (prefix.startsWith('DB')) {
    return {
      code: 'UNKNOWN_PREFIX',
      prefix,
      messageZh: `未知的标准代号“${prefix}”：行业标准代号 DB 只用于地震行业推荐性标准（DB/T）；地方标准写作 DB 加两位省级代码，如 DB11/T 1234-2020。`,
      messageEn: `Unknown standard prefix “${prefix}”: the industry code DB is only used as DB/T (seismology, recommended); local standards are DB followed by a two-digit province code, e.g. DB11/T 1234-2020.`,
    };
  }
  const [code = prefix, mark] = prefix.split('/');
  if (mark !== undefined && (code === 'T' || code === 'Q')) {
    return {
      code: 'UNKNOWN_PREFIX',
      prefix,
      messageZh: `无法识别的团体标准代号“${prefix}”：团体代号应为至少两个字母，例如 T/CESA、T/CCSA。`,
      messageEn: `Unrecognised group-standard prefix “${prefix}”: the body code must have at least two letters, e.g. T/CESA, T/CCSA.`,
    };
  }
  if (mark !== undefined && (code === 'GB' || findIndustrySector(code) !== undefined)) {
    return {
      code: 'UNKNOWN_PREFIX',
      prefix,
      messageZh: `未知的标准代号“${prefix}”：“${code}”之后只能是 /T（推荐性）或 /Z（指导性技术文件），强制性标准不带后缀。`,
      messageEn: `Unknown standard prefix “${prefix}”: “${code}” may only be followed by /T (recommended) or /Z (guidance); mandatory standards have no suffix.`,
    };
  }
  return {
    code: 'UNKNOWN_PREFIX',
    prefix,
    messageZh: `未知的标准代号“${prefix}”：“${code}”不是国家标准代号（GB、GB/T、GB/Z）或已收录的行业标准代号（如 YD/T、SJ/T、GA/T），团体标准请写作 T/团体代号（如 T/CESA）。`,
    messageEn: `Unknown standard prefix “${prefix}”: “${code}” is not a national prefix (GB, GB/T, GB/Z) or a known industry prefix (e.g. YD/T, SJ/T, GA/T); write group standards as T/<body> (e.g. T/CESA).`,
  };
}

interface PrefixInfo {
  readonly level: StandardLevel;
  readonly prefix: string;
  readonly nature: StandardNature;
  readonly sector: StandardSector | null;
  readonly body: string | null;
  readonly province: Province | null;
}

function codeWithNature(code: string, nature: StandardNature): PrefixInfo | StandardNumberError | null {
  const prefix = `${code}${NATURE_MARK[nature]}`;
  if (code === 'GB') return { level: 'national', prefix, nature, sector: null, body: null, province: null };
  const sector = findIndustrySector(code);
  if (sector === undefined) return null;
  if (sector.recommendedOnly === true && nature !== 'recommended') return unknownPrefix(prefix);
  return {
    level: 'industry',
    prefix,
    nature,
    sector: { code: sector.prefix, sectorZh: sector.sectorZh, sectorEn: sector.sectorEn },
    body: null,
    province: null,
  };
}

function natureOfMark(mark: string): StandardNature | null {
  if (mark === 'T') return 'recommended';
  if (mark === 'Z') return 'guidance';
  return null;
}

function group(body: string): PrefixInfo {
  return { level: 'group', prefix: `T/${body}`, nature: 'recommended', sector: null, body, province: null };
}

function isGroupKind(token: string): token is 'T' | 'Q' {
  return token === 'T' || token === 'Q';
}

/** Local standards: DB + the province's two-digit code (GB/T 2260, 11 北京 … 65 新疆), `/T` recommended. */
const localProvinces: ReadonlyMap<string, Province> = new Map(
  provinces.filter((province) => Number(province.code) <= 65).map((province) => [province.code, province]),
);

function localPrefix(code: string, mark: string | undefined): PrefixInfo | StandardNumberError {
  const nature: StandardNature = mark === undefined ? 'mandatory' : (natureOfMark(mark) ?? 'recommended');
  const prefix = `DB${code}${NATURE_MARK[nature]}`;
  const province = localProvinces.get(code);
  if (province === undefined) {
    return {
      code: 'UNKNOWN_PROVINCE',
      prefix,
      messageZh: `地方标准代号“${prefix}”中的“${code}”不是省级行政区划代码（11 北京 … 65 新疆）。`,
      messageEn: `“${code}” in the local-standard prefix “${prefix}” is not a province code (11 Beijing … 65 Xinjiang).`,
    };
  }
  return { level: 'local', prefix, nature, sector: null, body: null, province };
}

function resolvePrefix(tokens: readonly string[]): PrefixInfo | StandardNumberError {
  const [first, second, ...more] = tokens;
  if (first === undefined) return unknownPrefix('');
  if (second === undefined) {
    const exact = codeWithNature(first, 'mandatory');
    if (exact !== null) return exact;
    const nature = natureOfMark(first.slice(-1));
    if ((first.length === 3 || first.length === 4) && nature !== null) {
      const marked = codeWithNature(first.slice(0, -1), nature);
      if (marked !== null) return marked;
    }
    // A group body needs its separator (T/CESA, T-CESA): without it any word starting with T or Q would pass.
    return unknownPrefix(first.length === 3 && nature !== null ? `${first.slice(0, 2)}/${first.slice(2)}` : first);
  }
  if (more.length > 0) return unknownPrefix(tokens.join('/'));
  if (first === 'T') return second.length >= 2 ? group(second) : unknownPrefix(`${first}/${second}`);
  if (isGroupKind(first)) return unknownPrefix(`${first}/${second}`);
  const nature = natureOfMark(second);
  if (nature === null) return unknownPrefix(`${first}/${second}`);
  return codeWithNature(first, nature) ?? unknownPrefix(`${first}/${second}`);
}

function isError(value: PrefixInfo | StandardNumberError): value is StandardNumberError {
  return 'code' in value;
}

function normaliseInternationalRef(text: string): string {
  return normaliseInternationalReference(
    text
      .replace(/\s*([/:.-])\s*/g, '$1')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^[A-Za-z]+(?:[/-][A-Za-z]+)*/, (org) => org.toUpperCase()),
  );
}

interface Suffixes {
  readonly internationalRef: string | null;
  readonly amendment: string | null;
}

function parseSuffixes(text: string, maxYear: number): Suffixes | StandardNumberResult {
  let rest = text;
  let amendment: string | null = null;
  const found = /(?:^|\/)\s*XG\s*(\d+)(?:\s*-\s*(\d+))?\s*(?=\/|$)/i.exec(rest);
  if (found !== null) {
    const [whole, number, yearDigits] = found;
    if (yearDigits === undefined) {
      amendment = `XG${number ?? ''}`;
    } else {
      const year = checkYear(yearDigits, maxYear);
      if (typeof year !== 'number') return fail({ code: 'BAD_YEAR', ...year });
      amendment = `XG${number ?? ''}-${year}`;
    }
    rest = rest.slice(0, found.index) + rest.slice(found.index + whole.length);
  }
  const ref = normaliseInternationalRef(rest.replace(/^[\s/]+|[\s/]+$/g, ''));
  if (ref === '') return { internationalRef: null, amendment };
  if (!/^[A-Z][A-Za-z0-9 ./:()+&,-]*$/.test(ref) || !/\d/.test(ref)) return unrecognised(text);
  return { internationalRef: ref, amendment };
}

/**
 * An alliance or enterprise document, `Q/<body> <sequence>-<year>` (`Q/KXY SL008-2025`): kept as written
 * (the body upper-cased, the sequence untouched, letters included); level other. Null when the text is not one.
 */
function parseEnterpriseDocument(text: string, maxYear: number): StandardNumberResult | null {
  const match = /^Q\s*[/-]\s*([A-Z0-9]+?)(?:\s+|(?=\d))([A-Z0-9][A-Z0-9.]*)\s*-\s*(\d{2,4})$/i.exec(text);
  if (match === null) return null;
  const [, rawBody = '', sequence = '', yearDigits = ''] = match;
  const body = rawBody.toUpperCase();
  const year = checkYear(yearDigits, maxYear);
  if (typeof year !== 'number') return fail({ code: 'BAD_YEAR', ...year });
  return {
    ok: true,
    value: {
      canonical: `Q/${body} ${sequence}-${year}`,
      level: 'other',
      prefix: `Q/${body}`,
      nature: 'recommended',
      sector: null,
      body,
      province: null,
      sequence,
      year,
      internationalRef: null,
      amendment: null,
    },
  };
}

/**
 * Parses a national (GB, GB/T, GB/Z), industry (YD/T, DB/T, JGJ, …), group (T/<body>), local (DB11/T: the
 * province from its two digits) or alliance/enterprise (Q/<body>, kept as written) number typed in any
 * common variant (Unicode dashes, full-width, spaces, lower case, slash missing or `-`), with optional
 * `/ISO…` adoption and `/XG1-2016` amendment suffixes; 2-digit years 50–99 → 19xx, 00–49 → 20xx. An
 * international number (ISO/IEC 17788:2014) is refused with a pointer to the international-adoption field.
 */
export function parseStandardNumber(input: string, options: StandardNumberOptions = {}): StandardNumberResult {
  const text = clean(input);
  if (text === '') {
    return fail({
      code: 'EMPTY',
      messageZh: `请输入标准号，例如 ${EXAMPLES.replace(/, /g, '、')}。`,
      messageEn: `Enter a standard number, e.g. ${EXAMPLES}.`,
    });
  }
  const maxYear = currentYearOf(options) + 1;

  if (looksInternational(text)) {
    return fail({
      code: 'INTERNATIONAL_NUMBER',
      messageZh: `“${quote(text)}”是国际标准号：请把它作为某项中国标准所采用的国际标准填写（“采用的国际标准”一栏），标准号一栏填写该中国标准的编号，例如 GB/T 32400-2015。`,
      messageEn: `“${quote(text)}” is an international standard number: enter it as the adopted international standard of a Chinese standard (the “international standard adopted” field), and put that Chinese standard’s number here, e.g. GB/T 32400-2015.`,
    });
  }

  const enterprise = parseEnterpriseDocument(text, maxYear);
  if (enterprise !== null) return enterprise;
  // The adoption suffix starts at the first slash after a digit, except the slash of a local prefix (DB11/T).
  const split = /^(DB\s*\d{2}\s*\/[^/]*?\d|(?!DB\s*\d{2}\s*\/).*?\d)\s*\/(.*)$/i.exec(text);
  const main = (split?.[1] ?? text).replace(/(?<!\d) | (?!\d)/g, '').toUpperCase();
  const local = /^DB(\d{2})(?:[/-]?([TZ]))?[ /-]?(?=\d)/.exec(main);
  const parts = /^([A-Z][A-Z/-]*)(\d+(?:\.\d+)*)(?:-(\d+))?(.*)$/.exec(
    local === null ? main : `DB${main.slice(local[0].length)}`,
  );
  if (parts === null) return unrecognised(text);
  const [, rawHead = '', rawSequence = '', yearDigits, tail = ''] = parts;
  // JTG sequences may open with a letter (JTG D60-2015): the letter belongs to the sequence, not the prefix.
  const lettered = /^(JTG(?:\/[TZ])?)([A-H])$/.exec(rawHead);
  const head = lettered?.[1] ?? rawHead;
  const sequence = `${lettered?.[2] ?? ''}${rawSequence}`;

  const prefixInfo =
    local === null
      ? resolvePrefix(head.split(/[/-]+/).filter((token) => token !== ''))
      : localPrefix(local[1] ?? '', local[2]);
  if (isError(prefixInfo)) return fail(prefixInfo);

  if (yearDigits === undefined) {
    if (tail !== '' && tail !== '-') return unrecognised(text);
    return fail({
      code: 'MISSING_YEAR',
      messageZh: `标准号“${prefixInfo.prefix} ${sequence}”缺少年份，应写作“${prefixInfo.prefix} ${sequence}-年份”，例如 ${prefixInfo.prefix} ${sequence}-2020。`,
      messageEn: `The standard number “${prefixInfo.prefix} ${sequence}” has no year; write it as “${prefixInfo.prefix} ${sequence}-YYYY”, e.g. ${prefixInfo.prefix} ${sequence}-2020.`,
    });
  }
  if (tail !== '' && !tail.startsWith('XG')) return unrecognised(text);

  const year = checkYear(yearDigits, maxYear);
  if (typeof year !== 'number') return fail({ code: 'BAD_YEAR', ...year });

  const suffixText = [tail, split?.[2] ?? ''].filter((part) => part !== '').join('/');
  const suffixes = parseSuffixes(suffixText, maxYear);
  if ('ok' in suffixes) return suffixes;

  return {
    ok: true,
    value: {
      canonical: `${prefixInfo.prefix} ${sequence}-${year}`,
      ...prefixInfo,
      sequence,
      year,
      ...suffixes,
    },
  };
}

/** The canonical `PREFIX SEQ-YEAR` form of any input `parseStandardNumber` accepts, or null when it refuses it. */
export function normaliseStandardNumber(input: string, options: StandardNumberOptions = {}): string | null {
  const result = parseStandardNumber(input, options);
  return result.ok ? result.value.canonical : null;
}

function planFail(code: PlanNumberErrorCode, messageZh: string, messageEn: string, prefix?: string): PlanNumberResult {
  return {
    ok: false,
    error: prefix === undefined ? { code, messageZh, messageEn } : { code, messageZh, messageEn, prefix },
  };
}

/** Parses a plan number (计划号): national `20153699-T-469` (K = T/Q/Z, 3-digit committee code) or MIIT `2018-1666T-YD` (any letter, known industry code); dashes optional, same dash/space/case tolerance as standard numbers. */
export function parsePlanNumber(input: string, options: StandardNumberOptions = {}): PlanNumberResult {
  const text = clean(input);
  if (text === '') {
    return planFail(
      'EMPTY',
      '请输入计划号，例如 20153699-T-469 或 2018-1666T-YD。',
      'Enter a plan number, e.g. 20153699-T-469 or 2018-1666T-YD.',
    );
  }
  const compact = text.replace(/\s/g, '').toUpperCase();
  const maxYear = currentYearOf(options) + 1;

  const national = /^(\d{4})(\d{4})-?([TQZ])-?(\d{3})$/.exec(compact);
  const industry = national === null ? /^(\d{4})-?(\d{3,5})([A-Z])-?([A-Z]{2})$/.exec(compact) : null;
  const match = national ?? industry;
  if (match === null) {
    return planFail(
      'UNRECOGNISED',
      `无法识别计划号“${quote(text)}”：国家标准计划号形如 20153699-T-469，工业和信息化部行业标准计划号形如 2018-1666T-YD。`,
      `“${quote(text)}” is not a recognisable plan number: national plan numbers look like 20153699-T-469, MIIT industry plan numbers like 2018-1666T-YD.`,
    );
  }
  const [, yearDigits = '', serial = '', letter = '', last = ''] = match;
  const year = checkYear(yearDigits, maxYear);
  if (typeof year !== 'number') return planFail('BAD_YEAR', year.messageZh, year.messageEn);
  const nature: StandardNature | null = letter === 'Q' ? 'mandatory' : natureOfMark(letter);

  if (national !== null) {
    return {
      ok: true,
      value: {
        canonical: `${yearDigits}${serial}-${letter}-${last}`,
        level: 'national',
        year,
        serial,
        natureLetter: letter,
        nature,
        committee: last,
        sector: null,
      },
    };
  }
  const sector = findIndustrySector(last);
  if (sector === undefined) {
    return planFail(
      'UNKNOWN_PREFIX',
      `计划号中的行业代号“${last}”不在行业标准代号表中。`,
      `The industry code “${last}” in the plan number is not a known industry-standard code.`,
      last,
    );
  }
  return {
    ok: true,
    value: {
      canonical: `${yearDigits}-${serial}${letter}-${last}`,
      level: 'industry',
      year,
      serial,
      natureLetter: letter,
      nature,
      committee: null,
      sector: { code: sector.prefix, sectorZh: sector.sectorZh, sectorEn: sector.sectorEn },
    },
  };
}

/** The canonical plan number (`20153699-T-469`, `2018-1666T-YD`) or null when `parsePlanNumber` refuses the input. */
export function normalisePlanNumber(input: string, options: StandardNumberOptions = {}): string | null {
  const result = parsePlanNumber(input, options);
  return result.ok ? result.value.canonical : null;
}

/**
 * A number's family — prefix and sequence, `GB/T 32399` for `GB/T 32399-2024` — and its year: editions of
 * one standard share the family, so a later year of a registered family is proposed as its revision.
 */
export function standardNumberFamily(input: string): { family: string; year: number } | null {
  const parsed = parseStandardNumber(input);
  if (!parsed.ok) return null;
  return { family: `${parsed.value.prefix} ${parsed.value.sequence}`, year: parsed.value.year };
}
