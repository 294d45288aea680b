import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-client.ts';
import {
  internationalDegreeProblem,
  internationalRefProblem,
  levelProblem,
  milestoneProblem,
  numberProblem,
  planNumberProblem,
  replacesProblem,
  saveErrorDisplay,
} from './standard-form-checks.ts';
import { saveErrorFields } from './server-errors.ts';

const problem = (code: 'VALIDATION_FAILED' | 'STANDARD_NUMBER_TAKEN' | 'VERSION_CONFLICT', extra = {}) =>
  new ApiError(code === 'VALIDATION_FAILED' ? 400 : 409, code, {
    type: 'about:blank',
    title: code,
    titleZh: code,
    status: code === 'VALIDATION_FAILED' ? 400 : 409,
    code,
    ...extra,
  });

describe('the standard form’s checks', () => {
  it('accept a valid number and refuse a malformed one, in the language asked', () => {
    expect(numberProblem('GB/T 32400-2015', null, 'zh')).toBeNull();
    expect(numberProblem('GB/T abc', null, 'zh')).toMatch(/[\u4e00-\u9fff]/);
    expect(numberProblem('GB/T abc', null, 'en')).toMatch(/^[\x20-\x7e’“”]+$/);
  });

  it('let a standard without a number be, until it is published', () => {
    expect(numberProblem('', null, 'zh')).toBeNull();
    expect(numberProblem('', '2020-01-01', 'zh')).not.toBeNull();
  });

  it('check a plan number only when one is typed', () => {
    expect(planNumberProblem('', 'zh')).toBeNull();
    expect(planNumberProblem('20230001-T-469', 'zh')).toBeNull();
    expect(planNumberProblem('not a plan', 'zh')).not.toBeNull();
  });

  it('ask for the level only when neither number tells it', () => {
    expect(levelProblem(undefined, '', '', 'zh')).toBe('没有标准号和计划号时，请选择级别');
    expect(levelProblem(undefined, 'GB/T 32400-2015', '', 'zh')).toBeNull();
    expect(levelProblem('group', '', '', 'zh')).toBeNull();
  });

  it('name the replaced numbers that do not parse', () => {
    expect(replacesProblem(['GB/T 1-2010'], 'zh')).toBeNull();
    expect(replacesProblem(['GB/T 1-2010', 'xx', 'yy'], 'zh')).toBe('代替标准号有误：xx、yy');
  });

  it('put an out-of-order milestone on the date that breaks the order', () => {
    const values = { number: 'GB/T 32400-2015', approvedOn: '2020-05-01', publishedOn: '2019-01-01' };
    const onDates = [milestoneProblem('approvedOn', values, 'zh'), milestoneProblem('publishedOn', values, 'zh')];
    expect(onDates.filter((message) => message !== null)).toHaveLength(1);
    expect(milestoneProblem('publishedOn', { ...values, approvedOn: '2018-01-01' }, 'zh')).toBeNull();
  });

  it('want an international reference and its degree together', () => {
    expect(internationalRefProblem('', undefined, 'zh')).toBeNull();
    expect(internationalRefProblem('', 'IDT', 'zh')).toBe('请填写国际标准号');
    expect(internationalDegreeProblem(undefined, 'ISO/IEC 17788:2014', 'zh')).toBe('请选择采用程度');
    expect(internationalDegreeProblem('IDT', 'ISO/IEC 17788:2014', 'zh')).toBeNull();
  });
});

describe('a failed save on the standard form', () => {
  it('is marked on the fields when the server names only fields the form has', () => {
    const error = problem('VALIDATION_FAILED', {
      errors: [{ field: 'international.degree', messageZh: '程度有误', messageEn: 'Bad degree' }],
    });
    expect(saveErrorDisplay(error, 'zh')).toBe('fix-fields');
    expect(saveErrorFields(error, 'zh', '')).toEqual([{ name: 'internationalDegree', errors: ['程度有误'] }]);
  });

  it('also gets the alert when a problem has no field to stand under', () => {
    const error = problem('VALIDATION_FAILED', {
      errors: [
        { field: 'titleZh', messageZh: '必填', messageEn: 'Required' },
        { field: 'somethingElse', messageZh: '其他', messageEn: 'Other' },
      ],
    });
    expect(saveErrorDisplay(error, 'zh')).toBe('alert');
  });

  it('marks the number a duplicate took, or the plan number when the typed number is not the taken one', () => {
    const existing = { id: 3, number: 'GB/T 32400-2015', planNumber: null, titleZh: '概览' };
    const error = problem('STANDARD_NUMBER_TAKEN', { existing });
    expect(saveErrorFields(error, 'zh', 'gb/t 32400-2015').map((field) => field.name)).toEqual(['number']);
    expect(saveErrorFields(error, 'zh', '').map((field) => field.name)).toEqual(['planNumber']);
  });

  it('leaves a version conflict to its dialog, and shows nothing without an error', () => {
    expect(saveErrorDisplay(problem('VERSION_CONFLICT'), 'zh')).toBe('none');
    expect(saveErrorDisplay(null, 'zh')).toBe('none');
  });
});
