import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findProvinceByName, findProvinceOfRegion, provinces } from './credit-code-regions.ts';
import {
  CREDIT_CODE_ALPHABET,
  CREDIT_CODE_WEIGHTS,
  completeCreditCode,
  creditCodeCheckCharacter,
  normaliseCreditCode,
  parseCreditCode,
  registrationAuthorities,
  type CreditCodeDescription,
  type CreditCodeError,
} from './credit-code.ts';

/** The worked example of GB 32100-2015. */
const STANDARD_EXAMPLE = '91350100M000100Y43';
const FORBIDDEN = ['I', 'O', 'Z', 'S', 'V'];

function valid(input: string): CreditCodeDescription {
  const result = parseCreditCode(input);
  if (!result.ok) throw new Error(`expected ${input} to be valid: ${result.error.messageEn}`);
  return result.value;
}

function refused(input: string): CreditCodeError {
  const result = parseCreditCode(input);
  if (result.ok) throw new Error(`expected ${input} to be refused`);
  return result.error;
}

/** The check character computed from the definition, independently of the implementation's loop. */
function referenceCheck(first17: string): string {
  const sum = [...first17].reduce(
    (total, character, i) => total + CREDIT_CODE_ALPHABET.indexOf(character) * (CREDIT_CODE_WEIGHTS[i] ?? 0),
    0,
  );
  return CREDIT_CODE_ALPHABET.charAt((31 - (sum % 31)) % 31);
}

const alphabetChar = fc.constantFrom(...CREDIT_CODE_ALPHABET);
const first17 = fc.array(alphabetChar, { minLength: 17, maxLength: 17 }).map((chars) => chars.join(''));
const validCode = first17.map((body) => body + referenceCheck(body));

describe('the GB 32100-2015 constants', () => {
  it('has 31 characters without I, O, Z, S or V, and weights 3^(i−1) mod 31', () => {
    expect(CREDIT_CODE_ALPHABET).toHaveLength(31);
    expect(new Set(CREDIT_CODE_ALPHABET).size).toBe(31);
    for (const letter of FORBIDDEN) expect(CREDIT_CODE_ALPHABET).not.toContain(letter);
    expect(CREDIT_CODE_WEIGHTS).toEqual(Array.from({ length: 17 }, (_, i) => 3 ** i % 31));
  });

  it('accepts the standard’s worked example and describes it', () => {
    expect(valid(STANDARD_EXAMPLE)).toEqual({
      canonical: STANDARD_EXAMPLE,
      authority: { code: '9', nameZh: '工商', nameEn: 'Market regulation (industry and commerce)' },
      organisationType: { code: '1', nameZh: '企业', nameEn: 'Enterprise' },
      regionCode: '350100',
      province: { code: '35', nameZh: '福建', nameEn: 'Fujian' },
      checkCharacter: '3',
    });
  });
});

describe('parseCreditCode', () => {
  it('normalises full-width characters, lower case and spaces', () => {
    expect(normaliseCreditCode(' ９１３５０１００ｍ０００１００ｙ４３ ')).toBe(STANDARD_EXAMPLE);
    expect(valid('91350100m000100y43').canonical).toBe(STANDARD_EXAMPLE);
    expect(valid('9135 0100 M000 100Y 43').canonical).toBe(STANDARD_EXAMPLE);
    expect(valid('９１３５０１００Ｍ０００１００Ｙ４３').canonical).toBe(STANDARD_EXAMPLE);
    expect(valid(`\u3000${STANDARD_EXAMPLE}\t`).canonical).toBe(STANDARD_EXAMPLE);
  });

  it('refuses an empty code, a wrong length and a character outside the alphabet, never overridable', () => {
    expect(refused('   ')).toMatchObject({ code: 'EMPTY', overridable: false });
    const short = refused('91350100M000100Y4');
    expect(short).toMatchObject({ code: 'LENGTH', overridable: false });
    expect(short.messageZh).toContain('17 位');
    expect(short.messageEn).toContain('has 17');
    expect(refused(`${STANDARD_EXAMPLE}0`).code).toBe('LENGTH');
    const letterO = refused('91350100MO00100Y43');
    expect(letterO).toMatchObject({ code: 'CHARACTER', position: 10, overridable: false });
    expect(letterO.messageZh).toContain('第 10 位');
    expect(letterO.messageEn).toContain('I, O, Z, S and V');
    expect(refused('91350100M000100Y4-').code).toBe('CHARACTER');
  });

  it('reports a checksum failure with the expected character, overridable, still describing the code', () => {
    const result = parseCreditCode('91350100M000100Y44');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: 'CHECKSUM', overridable: true, expectedCheckCharacter: '3' });
    expect(result.error.messageZh).toContain('“3”');
    expect(result.error.messageEn).toMatch(/should be “3”, not “4”/);
    expect(result.described?.province?.nameZh).toBe('福建');
  });

  it('describes authorities and types it knows, and leaves unknown ones unnamed', () => {
    const socialOrg = valid(completeCreditCode('51110000500000000'));
    expect(socialOrg.authority.nameZh).toBe('民政');
    expect(socialOrg.organisationType.nameZh).toBe('社会团体');
    expect(socialOrg.province?.nameZh).toBe('北京');
    const unknown = valid(completeCreditCode('B2000000500000000'));
    expect(unknown.authority).toEqual({ code: 'B', nameZh: null, nameEn: null });
    expect(unknown.province).toBeNull();
    const lettersInRegion = valid(completeCreditCode('91AB0000500000000'));
    expect(lettersInRegion.regionCode).toBe('AB0000');
    expect(lettersInRegion.province).toBeNull();
    expect(valid(completeCreditCode('11100000000013127')).province?.nameZh).toBe('国家级');
    for (const authority of registrationAuthorities) {
      expect(authority.types.length).toBeGreaterThan(0);
      for (const code of [authority.code, ...authority.types.map((type) => type.code)]) {
        expect(CREDIT_CODE_ALPHABET).toContain(code);
      }
    }
  });
});

describe('credit-code properties', () => {
  it('accepts every code completed with its computed check character, in any case', () => {
    fc.assert(
      fc.property(validCode, (code) => {
        expect(parseCreditCode(code).ok).toBe(true);
        expect(parseCreditCode(code.toLowerCase()).ok).toBe(true);
        expect(creditCodeCheckCharacter(code.slice(0, 17))).toBe(code.charAt(17));
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses a valid code with any single character changed', () => {
    const replacement = fc.constantFrom(...CREDIT_CODE_ALPHABET, ...FORBIDDEN);
    fc.assert(
      fc.property(validCode, fc.integer({ min: 0, max: 17 }), replacement, (code, position, character) => {
        fc.pre(code.charAt(position) !== character);
        const changed = code.slice(0, position) + character + code.slice(position + 1);
        const result = parseCreditCode(changed);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.code).toBe(FORBIDDEN.includes(character) ? 'CHARACTER' : 'CHECKSUM');
      }),
      { numRuns: 5000 },
    );
  });

  it('holds for every position and every other character of the worked example (exhaustive)', () => {
    let checked = 0;
    for (let position = 0; position < 18; position++) {
      for (const character of CREDIT_CODE_ALPHABET) {
        if (character === STANDARD_EXAMPLE.charAt(position)) continue;
        const changed = STANDARD_EXAMPLE.slice(0, position) + character + STANDARD_EXAMPLE.slice(position + 1);
        expect(parseCreditCode(changed).ok, changed).toBe(false);
        checked++;
      }
    }
    expect(checked).toBe(18 * 30);
  });

  it('catches swapped neighbours among the first 17 characters', () => {
    fc.assert(
      fc.property(validCode, fc.integer({ min: 0, max: 15 }), (code, i) => {
        fc.pre(code.charAt(i) !== code.charAt(i + 1));
        const swapped = code.slice(0, i) + code.charAt(i + 1) + code.charAt(i) + code.slice(i + 2);
        expect(parseCreditCode(swapped).ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with the definition on arbitrary bodies', () => {
    fc.assert(
      fc.property(first17, (body) => {
        expect(creditCodeCheckCharacter(body)).toBe(referenceCheck(body));
      }),
    );
    expect(creditCodeCheckCharacter('1234567890123456')).toBeNull();
    expect(creditCodeCheckCharacter('9135010OM000100Y4')).toBeNull();
    expect(() => completeCreditCode('short')).toThrow();
  });
});

describe('provinces', () => {
  it('lists the 34 province-level divisions with unique codes, found by region code or name', () => {
    expect(provinces).toHaveLength(34);
    expect(new Set(provinces.map((p) => p.code)).size).toBe(34);
    expect(findProvinceOfRegion('440300')?.nameZh).toBe('广东');
    expect(findProvinceOfRegion('990000')).toBeUndefined();
    expect(findProvinceByName('广东省')?.code).toBe('44');
    expect(findProvinceByName('广西壮族自治区')?.code).toBe('45');
    expect(findProvinceByName('北京市')?.code).toBe('11');
    expect(findProvinceByName('inner mongolia')?.code).toBe('15');
    expect(findProvinceByName('火星')).toBeUndefined();
  });
});
