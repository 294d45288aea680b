import type { CoverageRow } from '@cloudstd/shared/schemas/dashboard';
import type { FrameworkTreeNode } from '@cloudstd/shared/schemas/framework';

export interface HeatmapCell extends CoverageRow {
  /** The direction's scope from the framework, when it has loaded. */
  scope: string | null;
}

export interface HeatmapRow {
  partCode: string;
  /** Null when the framework has not loaded (or lacks the part): the row is labelled by its code. */
  nameZh: string | null;
  nameEn: string | null;
  cells: HeatmapCell[];
  covered: number;
}

/** Dotted codes in order, numbers numerically and letters alphabetically: 02.2.9 before 02.2.10, B.4 before C.1. */
export function compareCodes(a: string, b: string): number {
  const left = a.split('.');
  const right = b.split('.');
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const [x, y] = [left[index], right[index]];
    if (x === undefined || y === undefined) return x === undefined ? -1 : 1;
    const difference = /^\d+$/.test(x) && /^\d+$/.test(y) ? Number(x) - Number(y) : x.localeCompare(y);
    if (difference !== 0) return difference;
  }
  return 0;
}

interface FrameworkDirection {
  order: number;
  scope: string | null;
}

function indexDirections(parts: readonly FrameworkTreeNode[]): Map<string, FrameworkDirection> {
  const index = new Map<string, FrameworkDirection>();
  const visit = (node: FrameworkTreeNode) => {
    if (node.kind === 'direction') index.set(node.code, { order: index.size, scope: node.scope });
    node.children.forEach(visit);
  };
  parts.forEach(visit);
  return index;
}

/**
 * The heatmap's rows: one per part, its directions as cells in the framework's reading order. Works
 * without the framework too (codes only, numeric order), so coverage never waits for it.
 */
export function buildHeatmapRows(
  coverage: readonly CoverageRow[],
  parts: readonly FrameworkTreeNode[] | undefined,
): HeatmapRow[] {
  const directions = indexDirections(parts ?? []);
  const partNames = new Map((parts ?? []).map((part, order) => [part.code, { part, order }]));
  const rows = new Map<string, HeatmapRow>();
  for (const item of coverage) {
    let row = rows.get(item.partCode);
    if (!row) {
      const named = partNames.get(item.partCode)?.part;
      row = {
        partCode: item.partCode,
        nameZh: named?.nameZh ?? null,
        nameEn: named?.nameEn ?? null,
        cells: [],
        covered: 0,
      };
      rows.set(item.partCode, row);
    }
    row.cells.push({ ...item, scope: directions.get(item.code)?.scope ?? null });
    if (item.state === 'covered') row.covered += 1;
  }
  const order = (code: string) => directions.get(code)?.order ?? Number.MAX_SAFE_INTEGER;
  for (const row of rows.values()) {
    row.cells.sort((a, b) => order(a.code) - order(b.code) || compareCodes(a.code, b.code));
  }
  const partOrder = (code: string) => partNames.get(code)?.order ?? Number.MAX_SAFE_INTEGER;
  return [...rows.values()].sort(
    (a, b) => partOrder(a.partCode) - partOrder(b.partCode) || compareCodes(a.partCode, b.partCode),
  );
}

/** Every direction without a published standard, in code order. */
export function gapDirections(coverage: readonly CoverageRow[]): CoverageRow[] {
  return coverage.filter((item) => item.state === 'gap').sort((a, b) => compareCodes(a.code, b.code));
}
