import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseInternationalReference, parseInternationalReference } from './international-reference.ts';

describe('parseInternationalReference', () => {
  it.each([
    ['ISO/IEC 17788:2014', 'ISO/IEC 17788:2014', 'ISO/IEC', '17788', 2014],
    ['ISO/IEC 17788：2014', 'ISO/IEC 17788:2014', 'ISO/IEC', '17788', 2014],
    ['iso/iec 17788 : 2014', 'ISO/IEC 17788:2014', 'ISO/IEC', '17788', 2014],
    ['ISO/IEC 17789:2014', 'ISO/IEC 17789:2014', 'ISO/IEC', '17789', 2014],
    ['IEC 60950-1:2005', 'IEC 60950-1:2005', 'IEC', '60950-1', 2005],
    ['ISO/IEC 27001：2013', 'ISO/IEC 27001:2013', 'ISO/IEC', '27001', 2013],
    ['ITU-T Y.3500 (08/2014)', 'ITU-T Y.3500 (08/2014)', 'ITU-T', 'Y.3500', 2014],
    ['ITU-T Y.3500', 'ITU-T Y.3500', 'ITU-T', 'Y.3500', null],
    ['IEEE 2301-2020', 'IEEE 2301-2020', 'IEEE', '2301', 2020],
  ])('reads %s as %s', (input, canonical, body, number, year) => {
    expect(parseInternationalReference(input)).toEqual({ ok: true, value: { canonical, body, number, year } });
  });

  it('refuses what is not an international reference, in zh and en', () => {
    for (const input of ['GB/T 32400-2015', 'foo', 'ISO', '']) {
      const result = parseInternationalReference(input);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.messageZh).toContain('国际标准号');
        expect(result.error.messageEn).toContain('international reference');
      }
    }
  });

  it('one reference is one reference: width, case and spacing variants normalise alike', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('ISO/IEC', 'ISO', 'IEC'),
        fc.integer({ min: 1, max: 99999 }),
        fc.integer({ min: 1950, max: 2026 }),
        fc.constantFrom(':', '：', ' : ', ' ：'),
        fc.boolean(),
        (body, number, year, colon, lower) => {
          const canonical = `${body} ${number}:${year}`;
          const typed = `${lower ? body.toLowerCase() : body}  ${number}${colon}${year}`;
          expect(normaliseInternationalReference(typed)).toBe(canonical);
          expect(normaliseInternationalReference(canonical)).toBe(canonical);
        },
      ),
      { numRuns: 300 },
    );
  });
});
