import { describe, expect, it } from 'vitest';
import { breakdownToBars, timelineToAdoptionPoints } from './adoption-series.ts';

describe('adoption chart series', () => {
  it('takes the enterprise series and its trajectory from the timeline', () => {
    const points = timelineToAdoptionPoints({
      asOf: '2025-11-15',
      targetSet: 'goals-2027-2025-edition',
      goal: 30,
      stretch: 50,
      enterprisesGoal: 1000,
      points: [
        {
          month: '2025-10',
          standards: 1,
          enterprises: 3,
          enterprisesSplit: null,
          trajectory: 0.5,
          enterprisesTrajectory: 10.5,
        },
        {
          month: '2025-11',
          standards: 2,
          enterprises: 5,
          enterprisesSplit: null,
          trajectory: 1.5,
          enterprisesTrajectory: 48.2,
        },
        {
          month: '2025-12',
          standards: null,
          enterprises: null,
          enterprisesSplit: null,
          trajectory: 2.5,
          enterprisesTrajectory: 85.9,
        },
      ],
    });
    expect(points).toEqual([
      { month: '2025-10', enterprises: 3, trajectory: 10.5 },
      { month: '2025-11', enterprises: 5, trajectory: 48.2 },
      { month: '2025-12', enterprises: null, trajectory: 85.9 },
    ]);
  });

  it('sorts bars by count, puts "not recorded" last without a link, and links to what each bar counts', () => {
    const bars = breakdownToBars(
      'industry',
      [
        { key: '', count: 9 },
        { key: '制造', count: 2 },
        { key: '金融', count: 5 },
      ],
      '未填写',
    );
    expect(bars.map((bar) => [bar.label, bar.count])).toEqual([
      ['金融', 5],
      ['制造', 2],
      ['未填写', 9],
    ]);
    expect(decodeURIComponent(bars[0]?.href ?? '')).toBe('/enterprises?industry=金融');
    expect(bars[2]?.href).toBeNull();
    const standards = breakdownToBars('standard', [{ key: '12', label: 'GB/T 32400-2015', count: 3 }], '');
    expect(standards[0]).toEqual({ key: '12', label: 'GB/T 32400-2015', count: 3, href: '/standards/12' });
    const province = breakdownToBars('province', [{ key: '广东', count: 1 }], '', (key) => `${key} (en)`)[0];
    expect(province?.label).toBe('广东 (en)');
    expect(decodeURIComponent(province?.href ?? '')).toBe('/enterprises?province=广东');
  });
});
