import { findProvinceOfRegion, type Province } from './credit-code-regions.ts';

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters —
 * 1 registration authority, 2 organisation type, 3–8 the registering authority's region code,
 * 9–17 the organisation code, 18 a check character over the first 17.
 */
export const CREDIT_CODE_LENGTH = 18;

/** The code's 31 characters; I, O, Z, S and V are never used. A character's value is its index. */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Weights of positions 1–17 (3^(i−1) mod 31: each coprime to 31, so any single change moves the sum). */
export const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

interface Named {
  readonly code: string;
  readonly nameZh: string;
  readonly nameEn: string;
}

interface Authority extends Named {
  readonly types: readonly Named[];
}

const other = (code = '9'): Named => ({ code, nameZh: '其他', nameEn: 'Other' });

/** Registration authorities (position 1) and the organisation types each registers (position 2). */
export const registrationAuthorities: readonly Authority[] = [
  {
    code: '1',
    nameZh: '机构编制',
    nameEn: 'Institutional establishment',
    types: [
      { code: '1', nameZh: '机关', nameEn: 'Government body' },
      { code: '2', nameZh: '事业单位', nameEn: 'Public institution' },
      { code: '3', nameZh: '中央编办直接管理机构编制的群众团体', nameEn: 'Mass organisation' },
      other(),
    ],
  },
  {
    code: '2',
    nameZh: '外交',
    nameEn: 'Foreign affairs',
    types: [{ code: '1', nameZh: '外国常驻新闻机构', nameEn: 'Resident foreign news agency' }, other()],
  },
  {
    code: '3',
    nameZh: '司法行政',
    nameEn: 'Judicial administration',
    types: [
      { code: '1', nameZh: '律师执业机构', nameEn: 'Law firm' },
      { code: '2', nameZh: '公证处', nameEn: 'Notary office' },
      { code: '3', nameZh: '基层法律服务所', nameEn: 'Legal service office' },
      { code: '4', nameZh: '司法鉴定机构', nameEn: 'Forensic appraisal institution' },
      { code: '5', nameZh: '仲裁委员会', nameEn: 'Arbitration commission' },
      other(),
    ],
  },
  {
    code: '4',
    nameZh: '文化',
    nameEn: 'Culture',
    types: [{ code: '1', nameZh: '外国在华文化中心', nameEn: 'Foreign cultural centre' }, other()],
  },
  {
    code: '5',
    nameZh: '民政',
    nameEn: 'Civil affairs',
    types: [
      { code: '1', nameZh: '社会团体', nameEn: 'Social organisation' },
      { code: '2', nameZh: '民办非企业单位', nameEn: 'Private non-enterprise unit' },
      { code: '3', nameZh: '基金会', nameEn: 'Foundation' },
      other(),
    ],
  },
  {
    code: '6',
    nameZh: '旅游',
    nameEn: 'Tourism',
    types: [
      { code: '1', nameZh: '外国旅游部门常驻代表机构', nameEn: 'Foreign tourism office' },
      { code: '2', nameZh: '港澳台地区旅游部门常驻内地（大陆）代表机构', nameEn: 'HK/Macao/Taiwan tourism office' },
      other(),
    ],
  },
  {
    code: '7',
    nameZh: '宗教',
    nameEn: 'Religious affairs',
    types: [
      { code: '1', nameZh: '宗教活动场所', nameEn: 'Place of religious activity' },
      { code: '2', nameZh: '宗教院校', nameEn: 'Religious school' },
      other(),
    ],
  },
  {
    code: '8',
    nameZh: '工会',
    nameEn: 'Trade unions',
    types: [{ code: '1', nameZh: '基层工会', nameEn: 'Grassroots trade union' }, other()],
  },
  {
    code: '9',
    nameZh: '工商',
    nameEn: 'Market regulation (industry and commerce)',
    types: [
      { code: '1', nameZh: '企业', nameEn: 'Enterprise' },
      { code: '2', nameZh: '个体工商户', nameEn: 'Individual business' },
      { code: '3', nameZh: '农民专业合作社', nameEn: 'Farmers’ cooperative' },
    ],
  },
  {
    code: 'A',
    nameZh: '中央军委改革和编制办公室',
    nameEn: 'CMC reform and establishment office',
    types: [{ code: '1', nameZh: '军队事业单位', nameEn: 'Military public institution' }, other()],
  },
  {
    code: 'N',
    nameZh: '农业',
    nameEn: 'Agriculture',
    types: [
      { code: '1', nameZh: '组级集体经济组织', nameEn: 'Group-level collective economic organisation' },
      { code: '2', nameZh: '村级集体经济组织', nameEn: 'Village collective economic organisation' },
      { code: '3', nameZh: '乡镇级集体经济组织', nameEn: 'Township collective economic organisation' },
      other(),
    ],
  },
  { code: 'Y', nameZh: '其他', nameEn: 'Other', types: [{ code: '1', nameZh: '其他', nameEn: 'Other' }] },
];

/** What a well-formed code says about its holder; the names are null for codes the tables do not list. */
export interface CreditCodeDescription {
  /** Upper-case, half-width, 18 characters. */
  readonly canonical: string;
  readonly authority: { readonly code: string; readonly nameZh: string | null; readonly nameEn: string | null };
  readonly organisationType: { readonly code: string; readonly nameZh: string | null; readonly nameEn: string | null };
  /** Positions 3–8: the registering authority's administrative division code. */
  readonly regionCode: string;
  readonly province: Province | null;
  readonly checkCharacter: string;
}

export type CreditCodeErrorCode = 'EMPTY' | 'LENGTH' | 'CHARACTER' | 'CHECKSUM';

/** Why a code is refused. Only a checksum failure may be overridden (by an admin, with a reason). */
export interface CreditCodeError {
  readonly code: CreditCodeErrorCode;
  readonly messageZh: string;
  readonly messageEn: string;
  readonly overridable: boolean;
  /** 1-based position of the first character not in the alphabet (CHARACTER). */
  readonly position?: number;
  /** The check character the first 17 characters call for (CHECKSUM). */
  readonly expectedCheckCharacter?: string;
}

export type CreditCodeResult =
  | { readonly ok: true; readonly value: CreditCodeDescription }
  | {
      readonly ok: false;
      readonly error: CreditCodeError;
      /** Present for a checksum failure: the code is well formed, so it can still be described (and stored on override). */
      readonly described?: CreditCodeDescription;
    };

/** Full-width characters become half-width (NFKC), letters upper case, and every space goes. */
export function normaliseCreditCode(input: string): string {
  return input.normalize('NFKC').toUpperCase().replace(/\s+/gu, '');
}

/** The check character for 17 alphabet characters; null when any is not in the alphabet. */
export function creditCodeCheckCharacter(first17: string): string | null {
  if (first17.length !== CREDIT_CODE_LENGTH - 1) return null;
  let sum = 0;
  for (let i = 0; i < first17.length; i++) {
    const value = CREDIT_CODE_ALPHABET.indexOf(first17.charAt(i));
    if (value < 0) return null;
    sum += value * (CREDIT_CODE_WEIGHTS[i] ?? 0);
  }
  return CREDIT_CODE_ALPHABET.charAt((31 - (sum % 31)) % 31);
}

function describe(canonical: string): CreditCodeDescription {
  const authority = registrationAuthorities.find((item) => item.code === canonical.charAt(0));
  const type = authority?.types.find((item) => item.code === canonical.charAt(1));
  const regionCode = canonical.slice(2, 8);
  return {
    canonical,
    authority: { code: canonical.charAt(0), nameZh: authority?.nameZh ?? null, nameEn: authority?.nameEn ?? null },
    organisationType: { code: canonical.charAt(1), nameZh: type?.nameZh ?? null, nameEn: type?.nameEn ?? null },
    regionCode,
    province: /^\d{6}$/.test(regionCode) ? (findProvinceOfRegion(regionCode) ?? null) : null,
    checkCharacter: canonical.charAt(17),
  };
}

/**
 * Normalises and checks a code: length, alphabet, then the check character
 * `ALPHABET[(31 − Σ value·weight mod 31) mod 31]`. A wrong length or character is never acceptable;
 * a checksum failure is reported with the expected character and the code's description, because
 * some codes in circulation fail it and an admin may record them with a reason.
 */
export function parseCreditCode(input: string): CreditCodeResult {
  const canonical = normaliseCreditCode(input);
  if (canonical === '') {
    return fail('EMPTY', '请填写统一社会信用代码', 'Enter the unified social credit code');
  }
  const characters = [...canonical];
  if (characters.length !== CREDIT_CODE_LENGTH) {
    return fail(
      'LENGTH',
      `统一社会信用代码应为 18 位，当前为 ${characters.length} 位`,
      `A unified social credit code has 18 characters; this one has ${characters.length}`,
    );
  }
  const badIndex = characters.findIndex((character) => !CREDIT_CODE_ALPHABET.includes(character));
  if (badIndex >= 0) {
    const character = characters[badIndex] ?? '';
    return {
      ok: false,
      error: {
        code: 'CHARACTER',
        messageZh: `第 ${badIndex + 1} 位“${character}”不是有效字符：代码只用数字和大写字母，且不用 I、O、Z、S、V`,
        messageEn: `Character ${badIndex + 1} (“${character}”) is not allowed: codes use digits and capital letters except I, O, Z, S and V`,
        overridable: false,
        position: badIndex + 1,
      },
    };
  }
  const expected = creditCodeCheckCharacter(canonical.slice(0, 17)) ?? '';
  const described = describe(canonical);
  if (expected !== canonical.charAt(17)) {
    return {
      ok: false,
      error: {
        code: 'CHECKSUM',
        messageZh: `校验位不符：按 GB 32100-2015 计算，第 18 位应为“${expected}”而不是“${canonical.charAt(17)}”，请核对代码是否录入有误`,
        messageEn: `The check character fails: by GB 32100-2015 the 18th character should be “${expected}”, not “${canonical.charAt(17)}”; check the code for typing errors`,
        overridable: true,
        expectedCheckCharacter: expected,
      },
      described,
    };
  }
  return { ok: true, value: described };
}

function fail(code: 'EMPTY' | 'LENGTH', messageZh: string, messageEn: string): CreditCodeResult {
  return { ok: false, error: { code, messageZh, messageEn, overridable: false } };
}

/** A valid code from its first 17 characters (tests, demo data); throws when they are not 17 alphabet characters. */
export function completeCreditCode(first17: string): string {
  const check = creditCodeCheckCharacter(first17);
  if (check === null) throw new Error(`not 17 credit-code characters: ${first17}`);
  return first17 + check;
}
