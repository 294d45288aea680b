import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import type { MilestonesResponse } from '@cloudstd/shared/schemas/dashboard';
import { Link } from 'react-router';
import { pick, useI18n } from '../../../lib/i18n.tsx';
import { dashboardMessages as m } from '../messages.ts';
import { standardUrl } from '../../../lib/standards-link.ts';

/** The set's dated milestones: met ✓ with the standard that met it, or not met ✗ with the due date. */
export function MilestonesChecklist({ milestones }: { milestones: MilestonesResponse }) {
  const { t, lang } = useI18n();
  const separator = lang === 'zh' ? '、' : ', ';
  return (
    <ul className="milestones">
      {milestones.items.map((item) => (
        <li key={item.code} className={item.met ? 'milestone milestone-met' : 'milestone milestone-open'}>
          <span className="milestone-mark">
            {item.met ? <CheckOutlined aria-hidden /> : <CloseOutlined aria-hidden />}
            <span className="milestone-state">{t(item.met ? m.milestoneMet : m.milestoneNotMet)}</span>
          </span>
          <span className="milestone-body">
            <span className="milestone-name">{pick(lang, item.nameZh, item.nameEn)}</span>
            <span className="milestone-meta">
              {item.met && item.metBy ? (
                <>
                  {t(m.milestoneMetBy)}
                  <Link to={standardUrl(item.metBy.id)}>{item.metBy.number ?? item.metBy.titleZh}</Link>
                  {t(m.milestonePublished, { date: item.metBy.publishedOn })}
                </>
              ) : (
                <>
                  {t(m.milestoneDue, { date: item.dueOn })}
                  {item.dueOn < milestones.asOf && (
                    <strong className="milestone-overdue"> · {t(m.milestoneOverdue)}</strong>
                  )}
                </>
              )}
              {item.directions.length > 0 && (
                <> · {t(m.milestoneDirections, { codes: item.directions.join(separator) })}</>
              )}
            </span>
          </span>
        </li>
      ))}
    </ul>
  );
}
