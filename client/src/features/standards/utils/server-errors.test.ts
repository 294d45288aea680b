import type { Problem } from '@cloudstd/shared/errors';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-client.ts';
import { currentStandardOf, existingStandardOf, formFieldErrors, formFieldOf } from './server-errors.ts';
import { buildStandard } from './testing.ts';

const problem = (overrides: Partial<Problem>): Problem => ({
  type: 'about:blank',
  title: 'Invalid input',
  titleZh: '输入有误',
  status: 400,
  code: 'VALIDATION_FAILED',
  ...overrides,
});

describe('formFieldOf', () => {
  it('maps the server’s field paths to the form items showing them', () => {
    expect(formFieldOf('number')).toBe('number');
    expect(formFieldOf('directions.0')).toBe('directions');
    expect(formFieldOf('replaces.2')).toBe('replaces');
    expect(formFieldOf('publishedOn')).toBe('publishedOn');
    expect(formFieldOf('international')).toBe('internationalRef');
    expect(formFieldOf('international.ref')).toBe('internationalRef');
    expect(formFieldOf('international.degree')).toBe('internationalDegree');
    expect(formFieldOf('version')).toBeNull();
    expect(formFieldOf('')).toBeNull();
  });
});

describe('formFieldErrors', () => {
  const error = new ApiError(
    400,
    'VALIDATION_FAILED',
    problem({
      errors: [
        { field: 'directions.0', messageZh: '未知的研制方向：09.9', messageEn: 'Unknown research direction: 09.9' },
        { field: 'directions.1', messageZh: '未知的研制方向：09.8', messageEn: 'Unknown research direction: 09.8' },
        { field: 'version', messageZh: '缺少版本号', messageEn: 'The version is required' },
      ],
    }),
  );

  it('groups messages by form item in the current language, and keeps the rest for the alert', () => {
    expect(formFieldErrors(error, 'en')).toEqual({
      fields: [
        { name: 'directions', errors: ['Unknown research direction: 09.9', 'Unknown research direction: 09.8'] },
      ],
      unplaced: ['The version is required'],
    });
  });

  it('ignores other errors', () => {
    expect(formFieldErrors(new Error('boom'), 'zh')).toEqual({ fields: [], unplaced: [] });
  });
});

describe('problem extensions', () => {
  it('reads the record holding a taken number', () => {
    const taken = new ApiError(
      409,
      'STANDARD_NUMBER_TAKEN',
      problem({
        status: 409,
        code: 'STANDARD_NUMBER_TAKEN',
        existing: { id: 3, number: 'GB/T 32400-2015', planNumber: null, titleZh: '云计算 概览与词汇' },
      }),
    );
    expect(existingStandardOf(taken)).toEqual({
      id: 3,
      number: 'GB/T 32400-2015',
      planNumber: null,
      titleZh: '云计算 概览与词汇',
    });
    expect(currentStandardOf(taken)).toBeNull();
  });

  it('reads the current record of a version conflict, and refuses a malformed one', () => {
    const current = buildStandard({ version: 5 });
    const conflict = (body: unknown) =>
      new ApiError(409, 'VERSION_CONFLICT', problem({ status: 409, code: 'VERSION_CONFLICT', current: body }));
    expect(currentStandardOf(conflict(current))).toEqual(current);
    expect(currentStandardOf(conflict({ id: 1 }))).toBeNull();
    expect(existingStandardOf(conflict(current))).toBeNull();
  });
});
