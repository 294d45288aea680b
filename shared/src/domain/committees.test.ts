import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { committeeLabel, committees, findCommittee, normaliseCommittee } from './committees.ts';

describe('normaliseCommittee', () => {
  it.each([
    ['SAC/TC 28/SC 38', 'TC28/SC38'],
    ['TC28/SC38', 'TC28/SC38'],
    ['tc28sc38', 'TC28/SC38'],
    ['ＳＡＣ／ＴＣ２８', 'TC28'],
    ['全国信息技术标准化技术委员会(SAC/TC 28)', 'TC28'],
    ['全国信息技术标准化技术委员会（SAC/TC 28）', 'TC28'],
    ['全国信息技术标准化技术委员会', 'TC28'],
    ['全国信息安全标准化技术委员会', 'TC260'],
    ['全国网络安全标准化技术委员会(SAC/TC 260)', 'TC260'],
    ['TC28/SC38 云计算和分布式平台分技术委员会', 'TC28/SC38'],
    ['TC260 National Cybersecurity Standardization Technical Committee', 'TC260'],
    ['SAC/TC 485', 'TC485'],
    ['工业和信息化部', '工业和信息化部'],
    ['中国通信标准化协会（CCSA）', '中国通信标准化协会（CCSA）'],
    ['工业和信息化部  信息技术发展司', '工业和信息化部  信息技术发展司'],
  ])('%s → %s', (input, code) => {
    expect(normaliseCommittee(input)).toBe(code);
  });

  it('gives each code of the table its current name, and an export label that reads back to the code', () => {
    expect(findCommittee('TC260')?.nameZh).toBe('全国网络安全标准化技术委员会');
    expect(findCommittee('TC28/SC38')?.nameZh).toBe('云计算和分布式平台分技术委员会');
    expect(committeeLabel('TC999', 'zh')).toBe('TC999');
    for (const committee of committees) {
      for (const lang of ['zh', 'en'] as const) {
        expect(normaliseCommittee(committeeLabel(committee.code, lang))).toBe(committee.code);
      }
    }
  });

  it('spelling variants of any TC/SC code normalise to one code, idempotently', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.option(fc.integer({ min: 1, max: 99 }), { nil: undefined }),
        fc.boolean(),
        fc.constantFrom('', ' ', '/'),
        fc.boolean(),
        (tc, sc, sac, separator, lower) => {
          const code = sc === undefined ? `TC${tc}` : `TC${tc}/SC${sc}`;
          let typed = `${sac ? 'SAC/' : ''}TC ${tc}${sc === undefined ? '' : `${separator}SC ${sc}`}`;
          if (lower) typed = typed.toLowerCase();
          expect(normaliseCommittee(typed)).toBe(code);
          expect(normaliseCommittee(code)).toBe(code);
        },
      ),
      { numRuns: 300 },
    );
  });
});
