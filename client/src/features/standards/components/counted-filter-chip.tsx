import { monthPointDate, todayInChina } from '@cloudstd/shared/domain/calendar';
import { Tag } from 'antd';
import { useTargetSets } from '../../../api/get-target-sets.ts';
import { pick, useI18n } from '../../../lib/i18n.tsx';
import { standardsMessages as m } from '../messages.ts';
import type { StandardsQuery } from '../utils/standards-query.ts';

/**
 * The dashboard's drill-down filter, `countedFor` (+ `month`): the standards a target set counts on a
 * date, as the server's counting rule decides. Shown as one chip; closing it lists the registry again.
 */
export function CountedFilterChip({ query, onRemove }: { query: StandardsQuery; onRemove: () => void }) {
  const { t, lang } = useI18n();
  const targetSets = useTargetSets();
  if (query.countedFor === undefined) return null;
  const set = targetSets.data?.find((candidate) => candidate.key === query.countedFor);
  const asOf = query.asOf ?? todayInChina();
  const date = query.month === undefined ? asOf : monthPointDate(query.month, asOf);
  return (
    <div className="counted-filter">
      <Tag
        closable
        color="blue"
        onClose={(event) => {
          event.preventDefault();
          onRemove();
        }}
        closeIcon={<span aria-label={t(m.countedForRemove)}>×</span>}
        data-testid="counted-filter"
      >
        {t(m.countedFor, { set: set ? pick(lang, set.nameZh, set.nameEn) : query.countedFor, date })}
      </Tag>
    </div>
  );
}
