import { describe, expect, it } from 'vitest';
import { fieldLabel, formatFieldValue } from './standard-labels.ts';

describe('fieldLabel', () => {
  it('names fields in the current language, camelCase or snake_case', () => {
    expect(fieldLabel('publishedOn', 'zh')).toBe('发布日期');
    expect(fieldLabel('published_on', 'en')).toBe('Published on');
    expect(fieldLabel('titleZh', 'zh')).toBe('中文名称');
    expect(fieldLabel('somethingNew', 'zh')).toBe('somethingNew');
  });
});

describe('formatFieldValue', () => {
  it('shows enumerations by their label and empties as a dash', () => {
    expect(formatFieldValue('level', 'industry', 'zh')).toBe('行业标准');
    expect(formatFieldValue('kind', 'revision', 'en')).toBe('Revision');
    expect(formatFieldValue('status', 'in_force', 'zh')).toBe('现行');
    expect(formatFieldValue('sector', 'YD', 'zh')).toBe('YD 通信');
    expect(formatFieldValue('notes', null, 'zh')).toBe('—');
    expect(formatFieldValue('tags', [], 'en')).toBe('—');
  });

  it('joins lists and spells out an adoption', () => {
    expect(formatFieldValue('directions', ['01.1', '02.2.4'], 'zh')).toBe('01.1、02.2.4');
    expect(formatFieldValue('replaces', ['GB/T 1-2010', 'GB/T 2-2011'], 'en')).toBe('GB/T 1-2010, GB/T 2-2011');
    expect(formatFieldValue('international', { ref: 'ISO/IEC 17788:2014', degree: 'IDT' }, 'zh')).toBe(
      'ISO/IEC 17788:2014（IDT 等同采用）',
    );
    expect(formatFieldValue('international', { ref: 'ISO/IEC 17788:2014', degree: 'MOD' }, 'en')).toBe(
      'ISO/IEC 17788:2014 (MOD modified)',
    );
    expect(formatFieldValue('version', 4, 'en')).toBe('4');
  });
});
