import type { FrameworkTreeNode } from '@cloudstd/shared/schemas/framework';
import { DirectionItem } from './direction-item.tsx';
import { FrameworkNodeName } from './framework-node-name.tsx';

const headingTags = ['h2', 'h3', 'h4', 'h5', 'h6'] as const;

type Block = { kind: 'directions'; nodes: FrameworkTreeNode[] } | { kind: 'group'; node: FrameworkTreeNode };

/** Consecutive directions form one list; each group gets its own heading. */
function toBlocks(nodes: readonly FrameworkTreeNode[]): Block[] {
  const blocks: Block[] = [];
  for (const node of nodes) {
    const last = blocks.at(-1);
    if (node.kind !== 'direction') blocks.push({ kind: 'group', node });
    else if (last?.kind === 'directions') last.nodes.push(node);
    else blocks.push({ kind: 'directions', nodes: [node] });
  }
  return blocks;
}

interface FrameworkChildrenProps {
  nodes: readonly FrameworkTreeNode[];
  /** The heading level of the groups at this depth (parts are <h2>). */
  headingLevel: number;
  query: string;
}

/** The groups and directions under a part, in code order, with headings one level below their parent. */
export function FrameworkChildren({ nodes, headingLevel, query }: FrameworkChildrenProps) {
  const Heading = headingTags[Math.min(Math.max(headingLevel, 2), 6) - 2] ?? 'h6';
  return toBlocks(nodes).map((block) =>
    block.kind === 'directions' ? (
      <ul className="direction-list" key={block.nodes[0]?.code ?? 'directions'}>
        {block.nodes.map((direction) => (
          <DirectionItem key={direction.code} direction={direction} query={query} />
        ))}
      </ul>
    ) : (
      <section className="framework-group" key={block.node.code} aria-labelledby={`node-${block.node.code}`}>
        <Heading className="framework-group-title" id={`node-${block.node.code}`}>
          <FrameworkNodeName node={block.node} query={query} />
        </Heading>
        <FrameworkChildren nodes={block.node.children} headingLevel={headingLevel + 1} query={query} />
      </section>
    ),
  );
}
