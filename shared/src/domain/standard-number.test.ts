import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { provinces } from './credit-code-regions.ts';
import { findIndustrySector, industrySectors } from './industry-sectors.ts';
import {
  normalisePlanNumber,
  normaliseStandardNumber,
  parsePlanNumber,
  parseStandardNumber,
  type ParsedStandardNumber,
  type StandardNumberError,
} from './standard-number.ts';

function parsed(input: string, currentYear = 2025): ParsedStandardNumber {
  const result = parseStandardNumber(input, { currentYear });
  if (!result.ok)
    throw new Error(`expected ${JSON.stringify(input)} to parse, got ${result.error.code}: ${result.error.messageEn}`);
  return result.value;
}

function refused(input: string, currentYear = 2025): StandardNumberError {
  const result = parseStandardNumber(input, { currentYear });
  if (result.ok) throw new Error(`expected ${JSON.stringify(input)} to be refused, got ${result.value.canonical}`);
  return result.error;
}

describe('industry sector table', () => {
  it('holds at least 40 unique two-letter codes with zh and en sector names', () => {
    expect(industrySectors.length).toBeGreaterThanOrEqual(40);
    const codes = industrySectors.map((s) => s.prefix);
    expect(new Set(codes).size).toBe(codes.length);
    for (const sector of industrySectors) {
      expect(sector.prefix).toMatch(/^[A-Z]{2,3}$/);
      expect(sector.sectorZh).toMatch(/\p{Script=Han}/u);
      expect(sector.sectorEn).toMatch(/^[A-Z]/);
    }
  });

  it.each([
    ['YD', '通信'],
    ['SJ', '电子'],
    ['GA', '公共安全'],
    ['JR', '金融'],
    ['GM', '密码'],
    ['DL', '电力'],
    ['JT', '交通'],
    ['DB', '地震'],
    ['XB', '稀土'],
  ])('knows %s as %s', (code, sectorZh) => {
    expect(findIndustrySector(code)?.sectorZh).toBe(sectorZh);
  });

  it('does not treat GB, T or an unknown code as an industry', () => {
    expect(findIndustrySector('GB')).toBeUndefined();
    expect(findIndustrySector('T')).toBeUndefined();
    expect(findIndustrySector('XX')).toBeUndefined();
    expect(findIndustrySector('yd')).toBeUndefined();
  });
});

describe('parseStandardNumber: levels, natures and parts', () => {
  it('parses a mandatory national standard with a part number', () => {
    expect(parsed('GB 4943.1-2022')).toEqual({
      canonical: 'GB 4943.1-2022',
      level: 'national',
      prefix: 'GB',
      nature: 'mandatory',
      sector: null,
      body: null,
      province: null,
      sequence: '4943.1',
      year: 2022,
      internationalRef: null,
      amendment: null,
    });
  });

  it('parses recommended and guidance national standards', () => {
    expect(parsed('GB/T 32400-2015')).toMatchObject({
      level: 'national',
      prefix: 'GB/T',
      nature: 'recommended',
      sequence: '32400',
      year: 2015,
    });
    expect(parsed('GB/Z 12345-2020')).toMatchObject({
      canonical: 'GB/Z 12345-2020',
      prefix: 'GB/Z',
      nature: 'guidance',
    });
  });

  it('parses industry standards with their sector', () => {
    expect(parsed('YD/T 3763.1-2020')).toMatchObject({
      canonical: 'YD/T 3763.1-2020',
      level: 'industry',
      prefix: 'YD/T',
      nature: 'recommended',
      sector: { code: 'YD', sectorZh: '通信', sectorEn: 'Telecommunications' },
      body: null,
      sequence: '3763.1',
    });
    expect(parsed('SJ/T 11674.2-2017').sector?.sectorZh).toBe('电子');
    expect(parsed('GA/T 1390.2-2017').sector?.sectorZh).toBe('公共安全');
    expect(parsed('JR/T 0166-2020')).toMatchObject({ canonical: 'JR/T 0166-2020', sequence: '0166' });
    expect(parsed('GM/T 0054-2018').sector?.code).toBe('GM');
    expect(parsed('YD 5002-2005')).toMatchObject({ prefix: 'YD', nature: 'mandatory', level: 'industry' });
    expect(parsed('SJ/Z 11362-2006')).toMatchObject({ prefix: 'SJ/Z', nature: 'guidance' });
  });

  it('keeps multi-level part numbers and leading zeros', () => {
    expect(parsed('GB/T 31916.3-2018').sequence).toBe('31916.3');
    expect(parsed('GB/T 20271.1.2-2020').canonical).toBe('GB/T 20271.1.2-2020');
    expect(parsed('SF/T 0111-2021').canonical).toBe('SF/T 0111-2021');
  });

  it('parses group standards as recommended, with their body', () => {
    expect(parsed('T/CESA 1234-2022')).toEqual({
      canonical: 'T/CESA 1234-2022',
      level: 'group',
      prefix: 'T/CESA',
      nature: 'recommended',
      sector: null,
      body: 'CESA',
      province: null,
      sequence: '1234',
      year: 2022,
      internationalRef: null,
      amendment: null,
    });
    expect(parsed('T/CCSA 123-2021').canonical).toBe('T/CCSA 123-2021');
  });

  it('records alliance and enterprise documents Q/<body> as level other, the sequence kept as written', () => {
    expect(parsed('q/cesa 001—2020')).toMatchObject({
      canonical: 'Q/CESA 001-2020',
      level: 'other',
      prefix: 'Q/CESA',
      body: 'CESA',
      nature: 'recommended',
    });
    expect(parsed('Q/KXY SL008-2025')).toMatchObject({
      canonical: 'Q/KXY SL008-2025',
      level: 'other',
      body: 'KXY',
      sequence: 'SL008',
      year: 2025,
    });
    expect(parsed('Ｑ／KXY　SL008－2025').canonical).toBe('Q/KXY SL008-2025');
    expect(parsed('Q/CESA001-2020').canonical).toBe('Q/CESA 001-2020');
  });

  it.each([
    ['DB11/T 1234-2020', 'DB11/T 1234-2020', '11', '北京', 'recommended'],
    ['DB31/T 1000-2016', 'DB31/T 1000-2016', '31', '上海', 'recommended'],
    ['db 44／t 123—2019', 'DB44/T 123-2019', '44', '广东', 'recommended'],
    ['DB11T 1234-2020', 'DB11/T 1234-2020', '11', '北京', 'recommended'],
    ['DB11 1234-2020', 'DB11 1234-2020', '11', '北京', 'mandatory'],
    ['DB65/T 4000.1-2021', 'DB65/T 4000.1-2021', '65', '新疆', 'recommended'],
  ])('records the local standard %s as level local with its province', (input, canonical, code, nameZh, nature) => {
    expect(parsed(input)).toMatchObject({
      canonical,
      level: 'local',
      nature,
      province: { code, nameZh },
      sector: null,
    });
  });

  it('records the engineering-construction codes and the tax sector as industry', () => {
    expect(parsed('JGJ/T 1-2020')).toMatchObject({ level: 'industry', prefix: 'JGJ/T', sector: { code: 'JGJ' } });
    expect(parsed('jgjt 1-2020').canonical).toBe('JGJ/T 1-2020');
    expect(parsed('CJJ 1-2008')).toMatchObject({ level: 'industry', prefix: 'CJJ', sector: { code: 'CJJ' } });
    expect(parsed('JTG D60-2015')).toMatchObject({
      canonical: 'JTG D60-2015',
      sequence: 'D60',
      sector: { code: 'JTG' },
    });
    expect(parsed('JTG/T 3650-2020').canonical).toBe('JTG/T 3650-2020');
    expect(parsed('SW/T 1-2020')).toMatchObject({ level: 'industry', sector: { code: 'SW', sectorZh: '税务' } });
  });

  it.each(['ISO/IEC 17788:2014', 'ISO/IEC 17788：2014', 'iso/iec 17788 : 2014', 'IEC 60950-1:2005', 'ITU-T Y.3500'])(
    'points the international number %s to the international-adoption field',
    (input) => {
      const error = refused(input);
      expect(error.code).toBe('INTERNATIONAL_NUMBER');
      expect(error.messageZh).toContain('采用的国际标准');
      expect(error.messageEn).toContain('adopted international standard of a Chinese standard');
      expect(error.messageEn).not.toMatch(/group/i);
    },
  );

  it('accepts DB/T as the seismology industry code', () => {
    expect(parsed('DB/T 12-2020')).toMatchObject({
      canonical: 'DB/T 12-2020',
      level: 'industry',
      sector: { code: 'DB', sectorZh: '地震', sectorEn: 'Seismology' },
    });
    expect(parsed('dbt 12—2020').canonical).toBe('DB/T 12-2020');
  });

  it('reads slash-less industry codes (TBT is TB/T, QCT is QC/T) but wants the separator of a group body', () => {
    expect(parsed('TBT 1234-2020').canonical).toBe('TB/T 1234-2020');
    expect(parsed('QCT 1234-2020').canonical).toBe('QC/T 1234-2020');
    expect(parsed('JT 1234-2020').prefix).toBe('JT');
    expect(parseStandardNumber('TCESA 1234-2022')).toMatchObject({ ok: false, error: { code: 'UNKNOWN_PREFIX' } });
    expect(parseStandardNumber('test 1-2020')).toMatchObject({ ok: false, error: { code: 'UNKNOWN_PREFIX' } });
    expect(parsed('T-CCSA 123-2021').canonical).toBe('T/CCSA 123-2021');
  });
});

describe('parseStandardNumber: input variants normalise to one canonical form', () => {
  it.each([
    'GB/T 32400-2015',
    'GB/T 32400—2015',
    'GB/T 32400–2015',
    'GB/T 32400−2015',
    'GB/T 32400－2015',
    'GB/T 32400‐2015',
    'GB/T 32400‑2015',
    'GB/T 32400‒2015',
    'GB/T 32400―2015',
    'GB/T 32400﹣2015',
    'GB/T 32400--2015',
    'GB/T 32400 -- 2015',
    'GBT 32400-2015',
    'GB-T 32400-2015',
    'GB／T32400-2015',
    'gb/t 32400—2015',
    'GB/T32400-2015',
    'GB /T 32400 - 2015',
    '  GB / T   32400-2015  ',
    'ＧＢ／Ｔ　３２４００－２０１５',
    'ｇｂ／ｔ３２４００—２０１５',
    'GB/T\u00A032400-2015',
    'GB/T\t32400-2015\n',
    'GB/T 32400-2015\u200B',
    'G B/T 32400-2015',
    'GB/T-32400-2015',
    'GB\\T 32400-2015',
  ])('%j → GB/T 32400-2015', (input) => {
    expect(normaliseStandardNumber(input)).toBe('GB/T 32400-2015');
  });

  it('normalises part numbers typed with full-width or ideographic full stops', () => {
    expect(normaliseStandardNumber('GB/T 31916．3—2018')).toBe('GB/T 31916.3-2018');
    expect(normaliseStandardNumber('GB/T 31916。3-2018')).toBe('GB/T 31916.3-2018');
    expect(normaliseStandardNumber('GB/T 31916 . 3 - 2018')).toBe('GB/T 31916.3-2018');
  });

  it('normalises industry and group variants', () => {
    expect(normaliseStandardNumber('yd/t3763.1–2020')).toBe('YD/T 3763.1-2020');
    expect(normaliseStandardNumber('YD-T 3763.1-2020')).toBe('YD/T 3763.1-2020');
    expect(normaliseStandardNumber('t/cesa 1234 — 2022')).toBe('T/CESA 1234-2022');
    expect(normaliseStandardNumber('Ｔ／ＣＥＳＡ　１２３４－２０２２')).toBe('T/CESA 1234-2022');
  });
});

describe('parseStandardNumber: years', () => {
  it.each([
    ['GB/T 12505-90', 'GB/T 12505-1990', 1990],
    ['GB 1234-50', 'GB 1234-1950', 1950],
    ['GB 1234-99', 'GB 1234-1999', 1999],
    ['GB/T 1234-05', 'GB/T 1234-2005', 2005],
    ['GB/T 1234-00', 'GB/T 1234-2000', 2000],
  ])('reads the two-digit year in %s (YY >= 50 → 19YY, else 20YY)', (input, canonical, year) => {
    expect(parsed(input)).toMatchObject({ canonical, year });
  });

  it('accepts 1950 up to next year and refuses years outside that range as BAD_YEAR', () => {
    expect(parsed('GB 1-1950').year).toBe(1950);
    expect(parsed('GB/T 1-2026', 2025).year).toBe(2026);
    expect(refused('GB/T 1-2027', 2025).code).toBe('BAD_YEAR');
    expect(refused('GB/T 1-1949').code).toBe('BAD_YEAR');
    expect(refused('GB/T 1-49', 2025).code).toBe('BAD_YEAR');
    expect(refused('GB/T 32400-201').code).toBe('BAD_YEAR');
    expect(refused('GB/T 32400-20155').code).toBe('BAD_YEAR');
  });

  it('bounds years by the clock when no current year is given', () => {
    const next = new Date().getFullYear() + 1;
    expect(normaliseStandardNumber(`GB/T 1-${next}`)).toBe(`GB/T 1-${next}`);
    expect(normaliseStandardNumber(`GB/T 1-${next + 1}`)).toBeNull();
  });

  it('explains a bad year in both languages, naming the year', () => {
    const error = refused('GB/T 32400-3015');
    expect(error.messageZh).toContain('3015');
    expect(error.messageEn).toContain('3015');
    expect(error.messageEn).toContain('1950');
  });

  it('reports a number without a year as MISSING_YEAR', () => {
    for (const input of ['GB/T 32400', 'GB/T 32400-', 'gb/t 31916.3', 'T/CESA 1234', 'GB/T 32400/ISO/IEC 17788:2014']) {
      const error = refused(input);
      expect(error.code).toBe('MISSING_YEAR');
      expect(error.messageEn).toMatch(/year/i);
      expect(error.messageZh).toContain('年份');
    }
  });
});

describe('parseStandardNumber: adoption and amendment suffixes', () => {
  it('splits an adoption suffix off the canonical number', () => {
    expect(parsed('GB/T 32400-2015/ISO/IEC 17788:2014')).toMatchObject({
      canonical: 'GB/T 32400-2015',
      internationalRef: 'ISO/IEC 17788:2014',
      amendment: null,
    });
    expect(parsed('gb/t 32400—2015 / iso/iec 17788 : 2014').internationalRef).toBe('ISO/IEC 17788:2014');
    expect(parsed('YD/T 1234-2020/ITU-T Y.3500:2014').internationalRef).toBe('ITU-T Y.3500:2014');
  });

  it('splits an amendment suffix off the canonical number', () => {
    expect(parsed('GB/T 12345-2010/XG1-2016')).toMatchObject({
      canonical: 'GB/T 12345-2010',
      amendment: 'XG1-2016',
      internationalRef: null,
    });
    expect(parsed('GB/T 12345-2010 xg1—2016').amendment).toBe('XG1-2016');
    expect(parsed('GB 4943.1-2011/XG1-2014/IEC 60950-1:2005')).toMatchObject({
      canonical: 'GB 4943.1-2011',
      amendment: 'XG1-2014',
      internationalRef: 'IEC 60950-1:2005',
    });
  });

  it('refuses an implausible amendment year and an unreadable suffix', () => {
    expect(refused('GB/T 12345-2010/XG1-2990').code).toBe('BAD_YEAR');
    expect(refused('GB/T 32400-2015/???').code).toBe('UNRECOGNISED');
    expect(refused('GB/T 32400-2015 云计算 概览与词汇').code).toBe('UNRECOGNISED');
  });
});

describe('parseStandardNumber: refusals', () => {
  it.each(['', '   ', '\u3000', '\u200B'])('refuses %j as EMPTY', (input) => {
    const error = refused(input);
    expect(error.code).toBe('EMPTY');
    expect(error.messageZh).toContain('标准号');
    expect(error.messageEn).toContain('standard number');
  });

  it.each(['garbage', '32400-2015', '!!!', 'GB/T', '—', '标准 GB/T 32400-2015', 'GB/T 32400 2015'])(
    'refuses %j as UNRECOGNISED',
    (input) => {
      const error = refused(input);
      expect(error.code).toBe('UNRECOGNISED');
      expect(error.messageZh.length).toBeGreaterThan(0);
      expect(error.messageEn).toContain('GB/T 32400-2015');
    },
  );

  it('points out a plan number typed where a standard number belongs', () => {
    const error = refused('20153699-T-469');
    expect(error.code).toBe('UNRECOGNISED');
    expect(error.messageZh).toContain('计划号');
    expect(error.messageEn).toContain('plan number');
  });

  it('refuses an unknown prefix and names it', () => {
    const error = refused('XX/T 1-2020');
    expect(error.code).toBe('UNKNOWN_PREFIX');
    expect(error.prefix).toBe('XX/T');
    expect(error.messageZh).toContain('XX');
    expect(error.messageEn).toContain('XX');
    expect(refused('xxt 1-2020').prefix).toBe('XX/T');
    expect(refused('ABCD 1-2020').prefix).toBe('ABCD');
  });

  it('refuses a known code with a wrong nature mark, and a one-letter group body', () => {
    expect(refused('GB/X 1-2020')).toMatchObject({ code: 'UNKNOWN_PREFIX', prefix: 'GB/X' });
    expect(refused('T/C 1-2020')).toMatchObject({ code: 'UNKNOWN_PREFIX', prefix: 'T/C' });
  });

  it('refuses DB without /T (seismology is DB/T only)', () => {
    const error = refused('DB/Z 12-2020');
    expect(error).toMatchObject({ code: 'UNKNOWN_PREFIX', prefix: 'DB/Z' });
    expect(error.messageEn).toContain('DB/T');
    expect(refused('DB-1-2020')).toMatchObject({ code: 'UNKNOWN_PREFIX', prefix: 'DB' });
  });

  it.each([
    ['DB99/T 1234-2020', 'DB99/T'],
    ['DB71/T 1-2020', 'DB71/T'],
    ['DB00 1-2020', 'DB00'],
  ])('refuses the local number %s whose province code is unknown', (input, prefix) => {
    const error = refused(input);
    expect(error.code).toBe('UNKNOWN_PROVINCE');
    expect(error.prefix).toBe(prefix);
    expect(error.messageZh).toContain('省级行政区划代码');
    expect(error.messageEn).toMatch(/province code/);
  });

  it('wants the year of a local number', () => {
    expect(refused('DB11/T 1234')).toMatchObject({ code: 'MISSING_YEAR' });
  });

  it('returns null from normaliseStandardNumber for every refusal', () => {
    for (const input of ['', 'garbage', 'XX/T 1-2020', 'DB99/T 1234-2020', 'GB/T 32400', 'GB/T 1-1900']) {
      expect(normaliseStandardNumber(input)).toBeNull();
    }
  });
});

describe('parsePlanNumber', () => {
  it('parses a national plan number', () => {
    expect(parsePlanNumber('20153699-T-469')).toEqual({
      ok: true,
      value: {
        canonical: '20153699-T-469',
        level: 'national',
        year: 2015,
        serial: '3699',
        natureLetter: 'T',
        nature: 'recommended',
        committee: '469',
        sector: null,
      },
    });
    expect(normalisePlanNumber('20230001-q-339')).toBe('20230001-Q-339');
    expect(normalisePlanNumber('20230001—Z—339')).toBe('20230001-Z-339');
    expect(normalisePlanNumber('２０２３０００１－Ｔ－４６９')).toBe('20230001-T-469');
    expect(normalisePlanNumber(' 20230001 - T - 469 ')).toBe('20230001-T-469');
    expect(normalisePlanNumber('20230001T469')).toBe('20230001-T-469');
  });

  it('parses a MIIT industry plan number with its sector', () => {
    const result = parsePlanNumber('2018-1666t—yd');
    expect(result).toEqual({
      ok: true,
      value: {
        canonical: '2018-1666T-YD',
        level: 'industry',
        year: 2018,
        serial: '1666',
        natureLetter: 'T',
        nature: 'recommended',
        committee: null,
        sector: { code: 'YD', sectorZh: '通信', sectorEn: 'Telecommunications' },
      },
    });
    expect(normalisePlanNumber('2019-0123T-SJ')).toBe('2019-0123T-SJ');
    expect(parsePlanNumber('2020-1234Z-YD')).toMatchObject({ ok: true, value: { nature: 'guidance' } });
    expect(parsePlanNumber('2020-1234X-YD')).toMatchObject({ ok: true, value: { natureLetter: 'X', nature: null } });
  });

  it('refuses empty, malformed, unknown-sector and implausible-year plan numbers', () => {
    expect(parsePlanNumber('  ')).toMatchObject({ ok: false, error: { code: 'EMPTY' } });
    expect(parsePlanNumber('GB/T 32400-2015')).toMatchObject({ ok: false, error: { code: 'UNRECOGNISED' } });
    expect(parsePlanNumber('20153699-X-469')).toMatchObject({ ok: false, error: { code: 'UNRECOGNISED' } });
    expect(parsePlanNumber('2015369-T-469')).toMatchObject({ ok: false, error: { code: 'UNRECOGNISED' } });
    expect(parsePlanNumber('2018-1666T-XX')).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_PREFIX', prefix: 'XX' },
    });
    expect(parsePlanNumber('19403699-T-469')).toMatchObject({ ok: false, error: { code: 'BAD_YEAR' } });
    expect(parsePlanNumber('29993699-T-469', { currentYear: 2025 })).toMatchObject({
      ok: false,
      error: { code: 'BAD_YEAR' },
    });
    expect(normalisePlanNumber('nonsense')).toBeNull();
  });
});

const DASH_VARIANTS = ['-', '—', '–', '−', '－', '‐', '‑', '‒', '―', '﹣', '--', '⸺', ' - ', '— —'];
const SPACE_VARIANTS = ['', '', '', ' ', '  ', '\u3000', '\t', '\u00A0'];
const SLASH_VARIANTS = ['/', '', '-', '／', ' / '];
const REAL_BODIES = ['CESA', 'CCSA', 'CAS', 'CIE', 'ZGCSA', 'CIIA', 'CSAE', 'TAF', 'CI'];

interface GeneratedNumber {
  readonly kind: string;
  readonly mark: string;
  readonly sequence: string;
  readonly year: number;
}

function prefixOf(n: GeneratedNumber): string {
  return n.mark === '' ? n.kind : `${n.kind}/${n.mark}`;
}

function canonicalOf(n: GeneratedNumber): string {
  return `${prefixOf(n)} ${n.sequence}-${n.year}`;
}

const markArb = fc.constantFrom('', 'T', 'Z');
const nationalArb = markArb.map((mark) => ({ kind: 'GB', mark }));
const industryArb = fc
  .tuple(fc.constantFrom(...industrySectors), markArb)
  .map(([sector, mark]) => ({ kind: sector.prefix, mark: sector.recommendedOnly === true ? 'T' : mark }));
const groupArb = fc
  .tuple(fc.constantFrom('T'), fc.oneof(fc.constantFrom(...REAL_BODIES), fc.stringMatching(/^[A-Z]{3,8}$/)))
  .map(([kind, mark]) => ({ kind, mark }));

const localArb = fc
  .tuple(fc.constantFrom(...provinces.filter((p) => Number(p.code) <= 65)), fc.constantFrom('', 'T'))
  .map(([province, mark]) => ({ kind: `DB${province.code}`, mark }));

const numberArb: fc.Arbitrary<GeneratedNumber> = fc
  .tuple(
    fc.oneof(nationalArb, industryArb, groupArb, localArb),
    fc.stringMatching(/^[0-9]{1,5}$/),
    fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
    fc.integer({ min: 1950, max: 2025 }),
  )
  .map(([prefix, main, part, year]) => ({ ...prefix, sequence: part === undefined ? main : `${main}.${part}`, year }));

type CharStyle = 'keep' | 'lower' | 'full' | 'fullLower';

function styleChar(char: string, style: CharStyle): string {
  const cased = style === 'lower' || style === 'fullLower' ? char.toLowerCase() : char;
  if ((style === 'full' || style === 'fullLower') && cased >= '!' && cased <= '~') {
    return String.fromCharCode(cased.charCodeAt(0) + 0xfee0);
  }
  return cased;
}

interface Variant {
  readonly dash: string;
  readonly slash: string;
  readonly spaces: readonly string[];
  readonly styles: readonly CharStyle[];
  readonly twoDigitYear: boolean;
}

const variantArb: fc.Arbitrary<Variant> = fc.record({
  dash: fc.constantFrom(...DASH_VARIANTS),
  slash: fc.constantFrom(...SLASH_VARIANTS),
  spaces: fc.array(fc.constantFrom(...SPACE_VARIANTS), { minLength: 9, maxLength: 9 }),
  styles: fc.array(fc.constantFrom<CharStyle>('keep', 'lower', 'full', 'fullLower'), { minLength: 1, maxLength: 40 }),
  twoDigitYear: fc.boolean(),
});

function render(n: GeneratedNumber, v: Variant): string {
  const sp = (i: number): string => v.spaces[i] ?? '';
  const shortYear = v.twoDigitYear ? String(n.year).slice(2) : String(n.year);
  const [main = '', part] = n.sequence.split('.');
  const seq = part === undefined ? main : `${main}${sp(5)}.${sp(6)}${part}`;
  // Group bodies keep a separator (T/CESA, T-CESA); national and industry marks may lose it (GBT).
  const slash = v.slash === '' && (n.kind === 'T' || n.kind === 'Q') ? '/' : v.slash;
  const prefix = n.mark === '' ? n.kind : `${n.kind}${sp(1)}${slash}${sp(2)}${n.mark}`;
  const raw = `${sp(0)}${prefix}${sp(3)}${seq}${sp(4)}${v.dash}${sp(7)}${shortYear}${sp(8)}`;
  return [...raw].map((char, i) => styleChar(char, v.styles[i % v.styles.length] ?? 'keep')).join('');
}

describe('property tests', () => {
  it('an alliance or enterprise number is kept as written: body and sequence survive a round trip', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Z]{2,6}$/),
        fc.stringMatching(/^[A-Z]{0,3}[0-9]{1,5}$/),
        fc.integer({ min: 1950, max: 2025 }),
        (body, sequence, year) => {
          const canonical = `Q/${body} ${sequence}-${year}`;
          expect(parsed(canonical)).toMatchObject({ canonical, level: 'other', body, sequence, year });
          expect(normaliseStandardNumber(`q／${body.toLowerCase()}  ${sequence} — ${year}`)).toBe(canonical);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('normalising is idempotent on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (s) => {
        const once = normaliseStandardNumber(s);
        if (once !== null) expect(normaliseStandardNumber(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('normalising is idempotent on strings built from standard-number characters', () => {
    const fragment = fc.constantFrom(
      'GB',
      '/T',
      'T/',
      'YD',
      'DB',
      'CESA',
      'Q/',
      'XX',
      '-',
      '—',
      '－',
      ' ',
      '　',
      '2015',
      '90',
      '32400',
      '.3',
      '11',
      '１２',
      '/ISO/IEC 17788:2014',
      '/XG1-2016',
      'XG2',
    );
    let accepted = 0;
    fc.assert(
      fc.property(
        fc.array(fragment, { maxLength: 8 }).map((parts) => parts.join('')),
        (s) => {
          const once = normaliseStandardNumber(s);
          if (once === null) return;
          accepted += 1;
          expect(normaliseStandardNumber(once)).toBe(once);
        },
      ),
      { numRuns: 5000 },
    );
    expect(accepted).toBeGreaterThan(0);
  });

  it('normalising is idempotent on generated valid numbers and their canonical form parses back to itself', () => {
    fc.assert(
      fc.property(numberArb, (n) => {
        const canonical = canonicalOf(n);
        expect(normaliseStandardNumber(canonical)).toBe(canonical);
        const value = parsed(canonical);
        expect(value.prefix).toBe(prefixOf(n));
        expect(value.sequence).toBe(n.sequence);
        expect(value.year).toBe(n.year);
      }),
      { numRuns: 1000 },
    );
  });

  it('every formatting variant of a valid number normalises to PREFIX SEQ-YEAR', () => {
    fc.assert(
      fc.property(numberArb, variantArb, (n, v) => {
        const input = render(n, v);
        const once = normaliseStandardNumber(input);
        expect(once, JSON.stringify(input)).toBe(canonicalOf(n));
        expect(normaliseStandardNumber(once ?? '')).toBe(once);
      }),
      { numRuns: 3000 },
    );
  });

  it('adoption and amendment suffixes never change the canonical number', () => {
    fc.assert(
      fc.property(
        numberArb,
        fc.constantFrom('/ISO/IEC 17788:2014', ' / IEC 60950-1:2005', '/XG1-2016', '/XG2—2019/ISO/IEC 27001:2013'),
        (n, suffix) => {
          expect(normaliseStandardNumber(`${canonicalOf(n)}${suffix}`)).toBe(canonicalOf(n));
        },
      ),
      { numRuns: 500 },
    );
  });
});
