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

/**
 * Checks a framework's crosswalk against its own directions and the other edition's (`otherDirections`, the
 * codes of the framework it names, or null when that framework is not loaded): every own direction listed
 * once, every continued code a direction of the other edition, every other direction either continued or
 * listed as having no successor, and no code on both sides of a "none".
 */
export function checkFrameworkCrosswalk(
  file: FrameworkFile,
  otherDirections: ReadonlySet<string> | null,
): FieldError[] {
  const crosswalk = file.crosswalk;
  if (!crosswalk) return [];
  const errors: FieldError[] = [];
  const fail = (field: string, messageZh: string, messageEn: string): void => {
    errors.push({ field: `crosswalk.${field}`, messageZh, messageEn });
  };
  if (crosswalk.framework === file.key) {
    fail('framework', '对照表不能指向本体系自身', 'a crosswalk cannot point to its own framework');
    return errors;
  }
  if (otherDirections === null) {
    fail(
      'framework',
      `对照的体系 ${crosswalk.framework} 尚未加载`,
      `the framework ${crosswalk.framework} the crosswalk points to is not loaded`,
    );
    return errors;
  }
  const own = new Set(
    flattenFrameworkTree(file)
      .filter((n) => n.kind === 'direction')
      .map((n) => n.code),
  );
  const listed = new Set<string>();
  const continued = new Set<string>();
  crosswalk.directions.forEach((entry, index) => {
    if (!own.has(entry.code))
      fail(
        `directions.${index}.code`,
        `${entry.code}：不是本体系的研制方向`,
        `${entry.code}: not a direction of this framework`,
      );
    if (listed.has(entry.code))
      fail(`directions.${index}.code`, `${entry.code}：重复列出`, `${entry.code}: listed twice`);
    listed.add(entry.code);
    entry.continues.forEach((code, at) => {
      continued.add(code);
      if (!otherDirections.has(code))
        fail(
          `directions.${index}.continues.${at}`,
          `${code}：不是 ${crosswalk.framework} 的研制方向`,
          `${code}: not a direction of ${crosswalk.framework}`,
        );
    });
  });
  for (const code of own) {
    if (!listed.has(code))
      fail('directions', `${code}：对照表未列出该研制方向`, `${code}: the crosswalk does not list this direction`);
  }
  crosswalk.noSuccessor.forEach((code, index) => {
    if (!otherDirections.has(code))
      fail(
        `noSuccessor.${index}`,
        `${code}：不是 ${crosswalk.framework} 的研制方向`,
        `${code}: not a direction of ${crosswalk.framework}`,
      );
    if (continued.has(code))
      fail(
        `noSuccessor.${index}`,
        `${code}：既被延续又被列为无后继`,
        `${code}: both continued and listed as having no successor`,
      );
  });
  const none = new Set(crosswalk.noSuccessor);
  for (const code of otherDirections) {
    if (!continued.has(code) && !none.has(code))
      fail(
        'noSuccessor',
        `${code}：既未被延续也未列为无后继`,
        `${code}: neither continued nor listed as having no successor`,
      );
  }
  return errors;
}
