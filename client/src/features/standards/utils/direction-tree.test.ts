import type { FrameworkTreeNode } from '@cloudstd/shared/schemas/framework';
import { describe, expect, it } from 'vitest';
import { directionOptions, filterToSelection, matchesDirectionSearch, selectionToFilter } from './direction-tree.ts';

const node = (code: string, nameZh: string, nameEn: string, children: FrameworkTreeNode[] = []): FrameworkTreeNode => ({
  code,
  kind: children.length > 0 ? (code.includes('.') ? 'group' : 'part') : 'direction',
  nameZh,
  nameEn,
  scope: null,
  children,
});

const parts = [
  node('01', '基础标准', 'Basic standards', [
    node('01.1', '术语', 'Terminology'),
    node('01.2', '参考架构', 'Reference architecture'),
  ]),
  node('02', '技术与产品标准', 'Technology and product standards', [
    node('02.2', '平台类', 'Platform', [
      node('02.2.3', '环境', 'Environment'),
      node('02.2.4', '云原生', 'Cloud native'),
    ]),
    node('02.4', '交互', 'Interaction'),
  ]),
];

describe('directionOptions', () => {
  it('names each node by code and the current language, and searches all three', () => {
    const [basic] = directionOptions(parts, 'en', { leavesOnly: true });
    expect(basic).toMatchObject({ value: '01', label: '01 Basic standards', selectable: false });
    expect(basic?.children?.[0]).toMatchObject({
      value: '01.1',
      title: '01.1 Terminology',
      searchText: '01.1 术语 terminology',
      selectable: true,
    });
  });

  it('labels a chosen leaf with its path, so the two 设备安全 of the 2025 edition differ', () => {
    const security = node('F', '安全标准', 'Security standards', [
      node('F.2', '安全技术与产品', 'Security technologies and products', [
        node('F.2.2', '设备安全', 'Device security'),
      ]),
      node('F.3', '基础设施安全', 'Infrastructure security', [node('F.3.1', '设备安全', 'Device security')]),
      node('F.5', '应用安全', 'Application security'),
    ]);
    const [part] = directionOptions([security], 'zh', { leavesOnly: true });
    const labels = part?.children?.flatMap((child) => [child, ...(child.children ?? [])]).map((o) => o.label);
    expect(labels).toEqual([
      'F.2 安全技术与产品',
      'F.2.2 安全技术与产品 › 设备安全',
      'F.3 基础设施安全',
      'F.3.1 基础设施安全 › 设备安全',
      'F.5 应用安全',
    ]);
    const infrastructure = part?.children?.[1]?.children?.[0];
    expect(infrastructure && matchesDirectionSearch('基础设施安全', infrastructure)).toBe(true);
  });

  it('lets the filter choose parts and groups too', () => {
    const [basic] = directionOptions(parts, 'zh', { leavesOnly: false });
    expect(basic).toMatchObject({ label: '01 基础标准', selectable: true });
  });
});

describe('matchesDirectionSearch', () => {
  const [, technology] = directionOptions(parts, 'zh', { leavesOnly: true });
  const cloudNative = technology?.children?.[0]?.children?.[1];
  if (!cloudNative) throw new Error('fixture');

  it('matches by code, Chinese name or English name in any case', () => {
    expect(matchesDirectionSearch('02.2.4', cloudNative)).toBe(true);
    expect(matchesDirectionSearch('云原生', cloudNative)).toBe(true);
    expect(matchesDirectionSearch(' CLOUD nat', cloudNative)).toBe(true);
    expect(matchesDirectionSearch('术语', cloudNative)).toBe(false);
    expect(matchesDirectionSearch('', cloudNative)).toBe(true);
  });
});

describe('selectionToFilter / filterToSelection', () => {
  it('keeps whole parts as parts', () => {
    expect(selectionToFilter(['01', '02'], parts)).toEqual({ part: ['01', '02'] });
  });

  it('turns groups and mixed choices into the directions they cover', () => {
    expect(selectionToFilter(['02.2'], parts)).toEqual({ direction: ['02.2.3', '02.2.4'] });
    expect(selectionToFilter(['01', '02.4', '01.1'], parts)).toEqual({ direction: ['01.1', '01.2', '02.4'] });
  });

  it('keeps an unknown code as a direction and clears on nothing', () => {
    expect(selectionToFilter(['09.9'], parts)).toEqual({ direction: ['09.9'] });
    expect(selectionToFilter([], parts)).toEqual({});
  });

  it('shows a URL’s parts and directions ticked', () => {
    expect(filterToSelection({ part: ['01'], direction: ['02.2.4'] })).toEqual(['01', '02.2.4']);
    expect(filterToSelection({})).toEqual([]);
  });
});
