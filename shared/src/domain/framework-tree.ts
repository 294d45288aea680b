import type { FrameworkFile, FrameworkFileNode, FrameworkNodeKind } from '../schemas/framework.ts';
import type { FieldError } from '../schemas/messages.ts';

/** One node of a framework in depth-first (code) order, with its place in the tree. */
export interface FlatFrameworkNode {
  code: string;
  kind: FrameworkNodeKind;
  parentCode: string | null;
  partCode: string;
  nameZh: string;
  nameEn: string;
  scope: string | null;
  position: number;
}

/**
 * Checks what the schema cannot: parts only at the top, groups with children, directions without,
 * each child's code extending its parent's (`02.1` under `02`), and no code twice.
 */
export function checkFrameworkTree(file: FrameworkFile): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  const visit = (node: FrameworkFileNode, parent: FrameworkFileNode | null, path: string): void => {
    const fail = (messageZh: string, messageEn: string): void => {
      errors.push({ field: path, messageZh: `${node.code}：${messageZh}`, messageEn: `${node.code}: ${messageEn}` });
    };
    if (seen.has(node.code)) fail('编码重复', 'duplicate code');
    seen.add(node.code);
    if (parent === null && node.kind !== 'part') fail('顶层节点必须是部分（part）', 'top-level nodes must be parts');
    if (parent !== null && node.kind === 'part') fail('部分（part）只能位于顶层', 'parts may only be at the top level');
    if (parent !== null && !node.code.startsWith(`${parent.code}.`)) {
      fail(`编码应以上级编码 ${parent.code}. 开头`, `code must start with its parent's code ${parent.code}.`);
    }
    const children = node.children ?? [];
    if (node.kind === 'direction' && children.length > 0)
      fail('研制方向不能有下级', 'a direction cannot have children');
    if (node.kind !== 'direction' && children.length === 0)
      fail('部分或分组必须有下级', 'a part or group needs children');
    children.forEach((child, index) => visit(child, node, `${path}.children.${index}`));
  };
  file.parts.forEach((part, index) => visit(part, null, `parts.${index}`));
  return errors;
}

/** The tree as rows in depth-first order; `position` keeps the file's (code) order. */
export function flattenFrameworkTree(file: FrameworkFile): FlatFrameworkNode[] {
  const rows: FlatFrameworkNode[] = [];
  const visit = (node: FrameworkFileNode, parentCode: string | null, partCode: string): void => {
    rows.push({
      code: node.code,
      kind: node.kind,
      parentCode,
      partCode,
      nameZh: node.nameZh,
      nameEn: node.nameEn,
      scope: node.scope ?? null,
      position: rows.length,
    });
    for (const child of node.children ?? []) visit(child, node.code, partCode);
  };
  for (const part of file.parts) visit(part, null, part.code);
  return rows;
}
