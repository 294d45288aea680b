import { describe, expect, it } from 'vitest';
import { todayInChina } from '../domain/calendar.ts';
import { committeeSchema, createStandardInputSchema } from './standard.ts';

describe('committeeSchema', () => {
  it.each([
    ['TC28/SC38', 'TC28/SC38'],
    ['tc28sc38', 'TC28/SC38'],
    ['ＴＣ２８／ＳＣ３８', 'TC28/SC38'],
    [' TC 260 ', 'TC260'],
    ['TC28/SC38/WG1', 'TC28/SC38/WG1'],
    ['中国通信标准化协会', '中国通信标准化协会'],
  ])('%s → %s', (input, expected) => {
    expect(committeeSchema.parse(input)).toBe(expected);
  });
});

describe('createStandardInputSchema', () => {
  it('normalises numbers and replaced numbers as it validates', () => {
    const parsed = createStandardInputSchema.parse({
      number: 'gb/t 32400—2015',
      kind: 'revision',
      replaces: ['GB/T 12345--2010'],
      titleZh: '标题',
      directions: ['01.1'],
    });
    expect(parsed).toMatchObject({ number: 'GB/T 32400-2015', replaces: ['GB/T 12345-2010'], titleZh: '标题' });
  });

  it('keeps free text as sent: white space at either end is refused, never trimmed (#17)', () => {
    const base = { number: 'GB/T 32400-2015', directions: ['01.1'] };
    for (const titleZh of [' 标题', '标题\u3000', '\n标题', '  ']) {
      expect(createStandardInputSchema.safeParse({ ...base, titleZh }).success).toBe(false);
    }
    expect(createStandardInputSchema.parse({ ...base, titleZh: '标题　云  计算' }).titleZh).toBe('标题　云  计算');
    expect(committeeSchema.safeParse(' 中国通信标准化协会').success).toBe(false);
    expect(committeeSchema.parse('中国通信标准化协会（CCSA）')).toBe('中国通信标准化协会（CCSA）');
  });
});

describe('todayInChina', () => {
  it('is the Beijing calendar date, whatever the machine’s zone', () => {
    expect(todayInChina(new Date('2026-11-21T15:59:59Z'))).toBe('2026-11-21');
    expect(todayInChina(new Date('2026-11-21T16:00:00Z'))).toBe('2026-11-22');
  });
});
