import { describe, expect, it } from 'vitest';
import finalEdition from '../framework/cloud-computing-2025.json' with { type: 'json' };
import draftEdition from '../framework/cloud-computing-draft.json' with { type: 'json' };
import { frameworkFileSchema } from '../schemas/framework.ts';
import { DirectionSuggester } from './direction-suggest.ts';
import { flattenFrameworkTree } from './framework-tree.ts';

const finalNodes = flattenFrameworkTree(frameworkFileSchema.parse(finalEdition));
const draftNodes = flattenFrameworkTree(frameworkFileSchema.parse(draftEdition));
const top = (suggester: DirectionSuggester, title: string, n = 3) =>
  suggester.suggest(title, { limit: n }).map((suggestion) => suggestion.code);

describe('direction suggestions', () => {
  const cold = new DirectionSuggester(finalNodes);

  it('ranks fixed real titles from the guideline’s words and the domain cues', () => {
    expect(top(cold, '信息技术 云计算 云服务采购指南')[0]).toBe('E.1.2');
    expect(top(cold, '信息技术 云计算 云服务级别协议基本要求')[0]).toBe('E.1.3');
    expect(top(cold, '信息技术 云计算 面向云原生的应用支撑平台功能要求')[0]).toBe('B.2.1');
    expect(top(cold, '信息技术 云计算 概览与词汇')[0]).toBe('A.1');
    expect(top(cold, '信息安全技术 云计算安全参考架构')[0]).toBe('F.1.3');
    // A security title stays in the security part; an SLA in English is the 服务级别协议 direction.
    expect(top(cold, '信息安全技术 云计算服务安全指南').every((code) => code.startsWith('F.'))).toBe(true);
    expect(top(cold, 'Cloud SLA', 1)).toEqual(['E.1.3']);
  });

  it('says why: the matched words and the cues, in both languages', () => {
    const [first] = cold.suggest('信息技术 云计算 云服务采购指南');
    expect(first?.reasons.map((reason) => [reason.kind, reason.words])).toContainEqual(['name', ['服务采购']]);
    expect(first?.reasons.some((reason) => reason.kind === 'cue' && reason.words.includes('采购'))).toBe(true);
    for (const reason of first?.reasons ?? []) expect(reason.messageEn).not.toBe('');
  });

  it('is deterministic: the same title, registry and order give the same answer, scores within 0–1', () => {
    const registered = [
      { number: 'GB/T 37734-2019', titleZh: '信息技术 云计算 云服务采购指南', directions: ['E.1.2'] },
    ];
    const a = new DirectionSuggester(finalNodes, registered).suggest('云服务采购 管理要求');
    const b = new DirectionSuggester(finalNodes, registered).suggest('云服务采购 管理要求');
    expect(a).toEqual(b);
    expect(a.every((item) => item.score > 0 && item.score < 1)).toBe(true);
    expect(a.map((item) => item.score)).toEqual([...a.map((item) => item.score)].sort((x, y) => y - x));
  });

  it('lets similar registered standards vote for their directions, naming them', () => {
    const title = '信息技术 云计算 虚拟桌面服务质量要求';
    const before = top(cold, title, 1);
    const warm = new DirectionSuggester(finalNodes, [
      { number: 'GB/T 99991-2025', titleZh: '信息技术 云计算 虚拟桌面服务通用要求', directions: ['C.7'] },
    ]);
    const [first] = warm.suggest(title);
    expect(before).not.toEqual(['C.7']);
    expect(first?.code).toBe('C.7');
    expect(first?.reasons.find((reason) => reason.kind === 'similar')?.standard).toMatchObject({
      number: 'GB/T 99991-2025',
      directions: ['C.7'],
    });
  });

  it('works on the draft edition by its own names', () => {
    const draft = new DirectionSuggester(draftNodes);
    expect(top(draft, '信息技术 云计算 云服务采购指南')[0]).toBe('05.1.2');
    expect(top(draft, '信息技术 云计算 容器服务技术要求')[0]).toBe('02.2.4');
  });

  it('scores cloud relevance for an announcement’s rows: 云 words, not 云南', () => {
    expect(cold.relevance('信息技术 云计算 云服务交付要求').score).toBeGreaterThanOrEqual(0.5);
    expect(cold.relevance('信息技术 服务网格 技术要求').score).toBeGreaterThanOrEqual(0.5);
    expect(cold.relevance('云南小粒咖啡 质量分级').score).toBe(0);
    expect(cold.relevance('电动汽车传导充电系统 第1部分：通用要求').score).toBe(0);
  });

  it('answers nothing for a title with no evidence', () => {
    expect(cold.suggest('xyz')).toEqual([]);
  });
});
