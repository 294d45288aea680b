import type { CoverageRow } from '@cloudstd/shared/schemas/dashboard';
import finalEdition from '@cloudstd/shared/framework/cloud-computing-2025.json';
import draftEdition from '@cloudstd/shared/framework/cloud-computing-draft.json';
import {
  frameworkFileSchema,
  type FrameworkFileNode,
  type FrameworkTreeNode,
} from '@cloudstd/shared/schemas/framework';
import { describe, expect, it } from 'vitest';
import { buildHeatmapRows, compareCodes, gapDirections } from './heatmap-layout.ts';

function row(code: string, state: CoverageRow['state'], pipeline = 0): CoverageRow {
  return {
    code,
    nameZh: `方向 ${code}`,
    nameEn: `Direction ${code}`,
    path: { zh: `方向 ${code}`, en: `Direction ${code}` },
    partCode: code.slice(0, 2),
    national: state === 'covered' ? 1 : 0,
    industry: 0,
    group: state === 'group-only' ? 2 : 0,
    local: 0,
    pipeline,
    state,
  };
}

function node(code: string, kind: FrameworkTreeNode['kind'], children: FrameworkTreeNode[] = []): FrameworkTreeNode {
  return { code, kind, nameZh: `名称 ${code}`, nameEn: `Name ${code}`, scope: `范围 ${code}`, children };
}

const parts: FrameworkTreeNode[] = [
  node('01', 'part', [node('01.1', 'direction'), node('01.2', 'direction')]),
  node('02', 'part', [
    node('02.2', 'group', [node('02.2.10', 'direction'), node('02.2.9', 'direction')]),
    node('02.1', 'direction'),
  ]),
];

describe('compareCodes', () => {
  it('orders the final edition’s lettered codes, a parent before its children', () => {
    expect(['F.3.1', 'B.2', 'A.3', 'B.10', 'B.2.1', 'F'].sort(compareCodes)).toEqual([
      'A.3',
      'B.2',
      'B.2.1',
      'B.10',
      'F',
      'F.3.1',
    ]);
  });

  it('orders dotted codes numerically, a parent before its children', () => {
    expect(['02.2.10', '02.2.9', '02', '01.1', '02.2'].sort(compareCodes)).toEqual([
      '01.1',
      '02',
      '02.2',
      '02.2.9',
      '02.2.10',
    ]);
  });
});

describe('buildHeatmapRows', () => {
  const coverage = [
    row('02.1', 'gap'),
    row('02.2.9', 'covered'),
    row('01.2', 'group-only'),
    row('02.2.10', 'covered'),
    row('01.1', 'gap'),
  ];

  it('makes one row per part, cells in the framework’s reading order, with scopes and part names', () => {
    const rows = buildHeatmapRows(coverage, parts);
    expect(rows.map((heatmapRow) => heatmapRow.partCode)).toEqual(['01', '02']);
    expect(rows[1]?.cells.map((cell) => cell.code)).toEqual(['02.2.10', '02.2.9', '02.1']);
    expect(rows[1]?.nameZh).toBe('名称 02');
    expect(rows[1]?.cells[0]?.scope).toBe('范围 02.2.10');
    expect(rows.map((heatmapRow) => heatmapRow.covered)).toEqual([0, 2]);
  });

  it('works without the framework: codes only, in numeric order', () => {
    const rows = buildHeatmapRows(coverage, undefined);
    expect(rows[1]?.nameZh).toBeNull();
    expect(rows[1]?.cells.map((cell) => cell.code)).toEqual(['02.1', '02.2.9', '02.2.10']);
    expect(rows[0]?.cells[0]?.scope).toBeNull();
  });

  it('keeps every coverage row, even one the framework does not know', () => {
    const rows = buildHeatmapRows([...coverage, row('07.1', 'gap')], parts);
    expect(rows.map((heatmapRow) => heatmapRow.partCode)).toEqual(['01', '02', '07']);
    expect(rows.flatMap((heatmapRow) => heatmapRow.cells)).toHaveLength(6);
  });
});

describe('gapDirections', () => {
  it('lists only the gaps, in code order, with their pipeline', () => {
    const gaps = gapDirections([row('02.1', 'gap', 3), row('01.2', 'covered'), row('01.1', 'gap')]);
    expect(gaps.map((gap) => [gap.code, gap.pipeline])).toEqual([
      ['01.1', 0],
      ['02.1', 3],
    ]);
  });
});

describe('buildHeatmapRows with either edition', () => {
  const leaves = (nodes: readonly FrameworkFileNode[]): FrameworkFileNode[] =>
    nodes.flatMap((n) => (n.kind === 'direction' ? [n] : leaves(n.children ?? [])));
  const asTree = (n: FrameworkFileNode): FrameworkTreeNode => ({
    code: n.code,
    kind: n.kind,
    nameZh: n.nameZh,
    nameEn: n.nameEn,
    scope: n.scope ?? null,
    children: (n.children ?? []).map(asTree),
  });

  it.each([
    [frameworkFileSchema.parse(finalEdition).parts, 53, ['A', 'B', 'C', 'D', 'E', 'F'], [3, 11, 7, 2, 13, 17]],
    [frameworkFileSchema.parse(draftEdition).parts, 50, ['01', '02', '03', '04', '05', '06'], [2, 13, 7, 2, 13, 13]],
  ] as const)('lays out the tree it is given: %#', (fileParts, total, partCodes, sizes) => {
    const tree = fileParts.map(asTree);
    const coverage = fileParts.flatMap((part) =>
      leaves([part]).map((leaf) => ({ ...row(leaf.code, 'gap'), partCode: part.code })),
    );
    expect(coverage).toHaveLength(total);
    // Coverage rows in any order: the framework's reading order wins.
    const rows = buildHeatmapRows([...coverage].reverse(), tree);
    expect(rows.map((r) => r.partCode)).toEqual(partCodes);
    expect(rows.map((r) => r.cells.length)).toEqual(sizes);
    expect(rows.flatMap((r) => r.cells.map((c) => c.code))).toEqual(coverage.map((c) => c.code));
    expect(gapDirections(coverage).map((c) => c.code)).toEqual(coverage.map((c) => c.code));
  });
});
