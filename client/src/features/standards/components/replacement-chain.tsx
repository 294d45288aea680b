import type { Standard } from '@cloudstd/shared/schemas/standard';
import { Skeleton, Tag } from 'antd';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import { useReplacementChain } from '../api/get-replacement-chain.ts';
import { standardsMessages as m } from '../messages.ts';
import { StandardStatusTag } from './standard-status-tag.tsx';

/** The editions that replace one another through this standard (2014 → 2023 → …), oldest first. */
export function ReplacementChain({ standard }: { standard: Standard }) {
  const { t } = useI18n();
  const chain = useReplacementChain(standard.id);
  if (chain.isPending) return <Skeleton active paragraph={{ rows: 1 }} />;
  if (chain.isError) return <ApiErrorAlert error={chain.error} onRetry={() => void chain.refetch()} />;
  return (
    <>
      <ol className="replacement-chain" aria-label={t(m.chainLabel)} data-testid="replacement-chain">
        {chain.data.items.map((item) => {
          const current = item.id === standard.id;
          return (
            <li key={item.number} aria-current={current ? 'true' : undefined} data-number={item.number}>
              {item.id === null || current ? (
                <strong>{item.number}</strong>
              ) : (
                <Link to={`/standards/${String(item.id)}`}>{item.number}</Link>
              )}{' '}
              {item.status ? <StandardStatusTag status={item.status} /> : <Tag>{t(m.chainUnregistered)}</Tag>}
              {current && <Tag color="blue">{t(m.chainCurrent)}</Tag>}
              {item.inForceOn && (
                <span className="replacement-chain-date">{t(m.chainInForce, { date: item.inForceOn })}</span>
              )}
            </li>
          );
        })}
      </ol>
      {standard.withdrawalDerived && standard.replacedBy && (
        <p className="replacement-chain-note">{t(m.withdrawalDerived, { number: standard.replacedBy })}</p>
      )}
    </>
  );
}
