import type { FrameworkTreeNode } from '@cloudstd/shared/schemas/framework';
import { useI18n } from '../../../lib/i18n.tsx';
import { Highlight } from './highlight.tsx';

/** A node's code and name in the current language, with its name in the other language after it. */
export function FrameworkNodeName({ node, query }: { node: FrameworkTreeNode; query: string }) {
  const { lang } = useI18n();
  const [primary, secondary] = lang === 'zh' ? [node.nameZh, node.nameEn] : [node.nameEn, node.nameZh];
  return (
    <>
      <span className={`node-code node-code-${node.kind}`}>
        <Highlight text={node.code} query={query} />
      </span>{' '}
      <span className="node-name">
        <Highlight text={primary} query={query} />
      </span>{' '}
      <span className="node-name-secondary" lang={lang === 'zh' ? 'en' : 'zh-CN'}>
        <Highlight text={secondary} query={query} />
      </span>
    </>
  );
}
