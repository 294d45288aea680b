import type { FrameworkTreeNode } from '@cloudstd/shared/schemas/framework';
import { Card, Tag } from 'antd';
import { useI18n } from '../../../lib/i18n.tsx';
import { frameworkMessages as m } from '../messages.ts';
import { countDirections } from '../utils/filter-framework.ts';
import { FrameworkChildren } from './framework-children.tsx';
import { FrameworkNodeName } from './framework-node-name.tsx';

/** One part (部分) of the framework as a card: heading, scope, then its groups and directions. */
export function FrameworkPart({ part, query }: { part: FrameworkTreeNode; query: string }) {
  const { t } = useI18n();
  const titleId = `node-${part.code}`;
  return (
    <section className="framework-part" id={`part-${part.code}`} aria-labelledby={titleId}>
      <Card
        title={
          <h2 className="framework-part-title" id={titleId}>
            <FrameworkNodeName node={part} query={query} />
          </h2>
        }
        extra={<Tag color="blue">{t(m.partDirectionCount, { count: countDirections(part.children) })}</Tag>}
      >
        {part.scope && (
          <p className="framework-part-scope" lang="zh-CN">
            {part.scope}
          </p>
        )}
        <FrameworkChildren nodes={part.children} headingLevel={3} query={query} />
      </Card>
    </section>
  );
}
