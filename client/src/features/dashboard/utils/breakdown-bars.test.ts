import { describe, expect, it } from 'vitest';
import { breakdownRows, limitBars } from './breakdown-bars.ts';

const options = { asOf: '2026-06-30', linkAsOf: undefined };

describe('breakdownRows', () => {
  it('puts levels in their natural order and links each to the filtered list', () => {
    const rows = breakdownRows(
      'level',
      [
        { key: 'group', count: 9 },
        { key: 'national', count: 3 },
      ],
      options,
    );
    expect(rows.map((row) => [row.key, row.label.zh, row.count, row.href])).toEqual([
      ['national', '国家标准', 3, '/standards?level=national'],
      ['group', '团体标准', 9, '/standards?level=group'],
    ]);
  });

  it('puts statuses in lifecycle order and dates their links', () => {
    const rows = breakdownRows(
      'status',
      [
        { key: 'published', count: 5 },
        { key: 'approved', count: 2 },
        { key: 'none', count: 1 },
      ],
      options,
    );
    expect(rows.map((row) => row.key)).toEqual(['none', 'approved', 'published']);
    expect(rows[2]?.href).toBe('/standards?status=published&asOf=2026-06-30');
    expect(rows[2]?.label.en).toBe('Published');
  });

  it('sorts committees by count, with "not recorded" last and unlinked', () => {
    const rows = breakdownRows(
      'committee',
      [
        { key: '', count: 7 },
        { key: 'TC28/SC38', count: 2 },
        { key: 'TC485', count: 4 },
      ],
      { asOf: '2026-06-30', linkAsOf: '2026-06-30' },
    );
    expect(rows.map((row) => [row.key, row.count])).toEqual([
      ['TC485', 4],
      ['TC28/SC38', 2],
      ['', 7],
    ]);
    expect(rows[1]?.href).toBe('/standards?asOf=2026-06-30&committee=TC28%2FSC38');
    expect(rows[2]?.href).toBeNull();
    expect(rows[2]?.label.zh).toBe('未记录');
  });

  it('labels parts and links each to its part', () => {
    const rows = breakdownRows('part', [{ key: '02', count: 4 }], options);
    expect(rows[0]?.label).toEqual({ zh: '第 02 部分', en: 'Part 02' });
    expect(rows[0]?.href).toBe('/standards?part=02');
  });
});

describe('limitBars', () => {
  const rows = breakdownRows(
    'committee',
    Array.from({ length: 10 }, (_, index) => ({ key: `TC${index}`, count: 20 - index })),
    options,
  );

  it('keeps short breakdowns as they are', () => {
    expect(limitBars(rows.slice(0, 3), 8)).toHaveLength(3);
  });

  it('sums the rest into one unlinked "others" bar', () => {
    const bars = limitBars(rows, 8);
    expect(bars).toHaveLength(8);
    const others = bars[7];
    expect(others?.label).toEqual({ zh: '其他 3 个', en: '3 others' });
    expect(others?.count).toBe(13 + 12 + 11);
    expect(others?.href).toBeNull();
    expect(bars.reduce((sum, bar) => sum + bar.count, 0)).toBe(rows.reduce((sum, row) => sum + row.count, 0));
  });
});
