import type { FrameworkTreeNode } from '@cloudstd/shared/schemas/framework';
import { describe, expect, it } from 'vitest';
import { countDirections, filterFramework } from './filter-framework.ts';

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

const codes = (nodes: readonly FrameworkTreeNode[]): string[] =>
  nodes.flatMap((item) => (item.kind === 'direction' ? [item.code] : codes(item.children)));

describe('filterFramework', () => {
  it('keeps everything for an empty or blank query', () => {
    expect(countDirections(filterFramework(parts, '   '))).toBe(5);
  });

  it('finds a direction by code, Chinese name or English name (any case)', () => {
    expect(codes(filterFramework(parts, '02.2.4'))).toEqual(['02.2.4']);
    expect(codes(filterFramework(parts, '云原生'))).toEqual(['02.2.4']);
    expect(codes(filterFramework(parts, 'CLOUD NATIVE'))).toEqual(['02.2.4']);
  });

  it('keeps every direction of a part or group whose name matches', () => {
    expect(codes(filterFramework(parts, 'platform'))).toEqual(['02.2.3', '02.2.4']);
    expect(codes(filterFramework(parts, '基础标准'))).toEqual(['01.1', '01.2']);
  });

  it('drops parts and groups left without directions', () => {
    const result = filterFramework(parts, '交互');
    expect(result.map((part) => part.code)).toEqual(['02']);
    expect(result[0]?.children.map((child) => child.code)).toEqual(['02.4']);
  });

  it('returns nothing when nothing matches', () => {
    expect(filterFramework(parts, 'quantum')).toEqual([]);
  });
});
