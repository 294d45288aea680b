import { describe, expect, it } from 'vitest';
import { formatCount, formatDecimal, formatShare } from './format-figures.ts';

describe('dashboard figures', () => {
  it('groups thousands and keeps at most one decimal', () => {
    expect(formatCount(1000, 'zh')).toBe('1,000');
    expect(formatDecimal(1.2345, 'en')).toBe('1.2');
    expect(formatDecimal(3, 'zh')).toBe('3');
  });

  it('writes shares as percentages', () => {
    expect(formatShare(0.125, 'zh')).toBe('12.5%');
    expect(formatShare(0, 'en')).toBe('0%');
  });
});
