import type { FrameworkTreeNode } from '@cloudstd/shared/schemas/framework';
import { useI18n } from '../../../lib/i18n.tsx';
import { frameworkMessages as m } from '../messages.ts';
import { FrameworkNodeName } from './framework-node-name.tsx';

/** One research direction: code, names and the guideline's scope text. */
export function DirectionItem({ direction, query }: { direction: FrameworkTreeNode; query: string }) {
  const { t } = useI18n();
  return (
    <li className="direction" data-testid="direction" data-code={direction.code}>
      <div className="direction-title">
        <FrameworkNodeName node={direction} query={query} />
      </div>
      {direction.scope && (
        <p className="direction-scope">
          <span className="visually-hidden">{t(m.scope)}: </span>
          <span lang="zh-CN">{direction.scope}</span>
        </p>
      )}
    </li>
  );
}
