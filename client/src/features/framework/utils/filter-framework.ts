import type { FrameworkTreeNode } from '@cloudstd/shared/schemas/framework';

export function normalizeQuery(query: string): string {
  return query.trim().toLowerCase();
}

function nodeMatches(node: FrameworkTreeNode, needle: string): boolean {
  return (
    node.code.includes(needle) ||
    node.nameZh.toLowerCase().includes(needle) ||
    node.nameEn.toLowerCase().includes(needle)
  );
}

/**
 * The tree pruned to the directions whose code or name (zh or en) contains the query, or whose part or
 * group does; parts and groups left without directions are dropped. An empty query keeps everything.
 */
export function filterFramework(nodes: readonly FrameworkTreeNode[], query: string): FrameworkTreeNode[] {
  const needle = normalizeQuery(query);
  if (needle === '') return [...nodes];
  const visit = (node: FrameworkTreeNode, ancestorMatched: boolean): FrameworkTreeNode | null => {
    const matched = ancestorMatched || nodeMatches(node, needle);
    if (node.kind === 'direction') return matched ? node : null;
    const children = node.children
      .map((child) => visit(child, matched))
      .filter((child): child is FrameworkTreeNode => child !== null);
    return children.length > 0 ? { ...node, children } : null;
  };
  return nodes.map((node) => visit(node, false)).filter((node): node is FrameworkTreeNode => node !== null);
}

/** How many directions (leaves) lie under these nodes. */
export function countDirections(nodes: readonly FrameworkTreeNode[]): number {
  return nodes.reduce((count, node) => count + (node.kind === 'direction' ? 1 : countDirections(node.children)), 0);
}
