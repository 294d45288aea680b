import { directionLabel, directionPathOf } from '@cloudstd/shared/domain/direction-name';
import type { FrameworkTreeNode } from '@cloudstd/shared/schemas/framework';
import type { Lang } from '../../../lib/i18n.tsx';

/** A node of the framework as an antd TreeSelect option. */
export interface DirectionOption {
  value: string;
  /** What the tree shows: code and name in the current language. */
  title: string;
  /** What a chosen value shows in the select box. */
  label: string;
  /** Code and both names, lower-cased: what a search matches. */
  searchText: string;
  kind: FrameworkTreeNode['kind'];
  selectable: boolean;
  children?: DirectionOption[];
}

/**
 * The framework as TreeSelect options. With `leavesOnly`, parts and groups only organise the tree and
 * only research directions can be chosen (a standard belongs to directions); otherwise any node can be.
 */
export function directionOptions(
  parts: readonly FrameworkTreeNode[],
  lang: Lang,
  { leavesOnly }: { leavesOnly: boolean },
): DirectionOption[] {
  const nameOf = (node: FrameworkTreeNode) => (lang === 'en' && node.nameEn ? node.nameEn : node.nameZh);
  const toOption = (node: FrameworkTreeNode, group?: FrameworkTreeNode): DirectionOption => {
    // A leaf shows its path (group › leaf) in the tree and when chosen: names repeat (设备安全 under F.2 and F.3).
    const text =
      node.kind === 'direction'
        ? directionLabel({ code: node.code, path: directionPathOf(node, group) }, lang)
        : `${node.code} ${nameOf(node)}`;
    const option: DirectionOption = {
      value: node.code,
      title: text,
      label: text,
      searchText:
        `${node.code} ${group ? `${group.nameZh} ${group.nameEn} ` : ''}${node.nameZh} ${node.nameEn}`.toLowerCase(),
      kind: node.kind,
      selectable: !leavesOnly || node.kind === 'direction',
    };
    if (node.children.length > 0)
      option.children = node.children.map((child) => toOption(child, node.kind === 'group' ? node : undefined));
    return option;
  };
  return parts.map((part) => toOption(part));
}

/** Whether a tree option matches what was typed: its code, Chinese or English name contains it. */
export function matchesDirectionSearch(input: string, option: object): boolean {
  const needle = input.trim().toLowerCase();
  if (needle === '') return true;
  const searchText = 'searchText' in option ? option.searchText : undefined;
  return typeof searchText === 'string' && searchText.includes(needle);
}

function findNode(nodes: readonly FrameworkTreeNode[], code: string): FrameworkTreeNode | undefined {
  for (const node of nodes) {
    if (node.code === code) return node;
    const found = findNode(node.children, code);
    if (found) return found;
  }
  return undefined;
}

function leafCodes(node: FrameworkTreeNode): string[] {
  return node.kind === 'direction' ? [node.code] : node.children.flatMap(leafCodes);
}

/**
 * The list filter for what was ticked in the part/direction tree: whole parts alone stay parts
 * (`part=02,05`, a short link); any other choice becomes the directions it covers, so the server
 * never has to combine a part with a direction.
 */
export function selectionToFilter(
  selected: readonly string[],
  parts: readonly FrameworkTreeNode[],
): { part?: string[]; direction?: string[] } {
  if (selected.length === 0) return {};
  const nodes = selected.map((code) => findNode(parts, code) ?? null);
  if (nodes.every((node) => node?.kind === 'part')) return { part: [...selected] };
  const codes = selected.flatMap((code, index) => {
    const node = nodes[index];
    return node ? leafCodes(node) : [code];
  });
  return { direction: [...new Set(codes)] };
}

/** The tree's ticked values for a list filter. */
export function filterToSelection(filter: { part?: string[] | undefined; direction?: string[] | undefined }): string[] {
  return [...(filter.part ?? []), ...(filter.direction ?? [])];
}
