import { todayInChina } from '@cloudstd/shared/domain/calendar';
import { milestones } from '@cloudstd/shared/domain/standard-status';
import type { Standard } from '@cloudstd/shared/schemas/standard';
import { Tag, Timeline } from 'antd';
import { useI18n } from '../../../lib/i18n.tsx';
import { standardsMessages as m } from '../messages.ts';

/**
 * The six milestones in lifecycle order with their dates, whether each is reached today, and the
 * current status marked in words as well as colour.
 */
export function StandardLifecycle({ standard }: { standard: Standard }) {
  const { t, lang } = useI18n();
  const today = todayInChina();
  const items = milestones.map((milestone) => {
    const date = standard[milestone.field];
    const reached = date !== null && date <= today;
    const current = milestone.status === standard.status;
    const color = current ? 'blue' : reached ? (milestone.status === 'withdrawn' ? 'red' : 'green') : 'gray';
    const state = date === null ? t(m.notRecorded) : reached ? t(m.reached) : t(m.notReached);
    return {
      key: milestone.field,
      color,
      content: (
        <div
          className={current ? 'lifecycle-step lifecycle-step-current' : 'lifecycle-step'}
          data-milestone={milestone.status}
          data-reached={reached}
          aria-current={current ? 'step' : undefined}
        >
          <span className="lifecycle-name">{lang === 'zh' ? milestone.zh : milestone.en}</span>{' '}
          {date !== null && (
            <time className="lifecycle-date" dateTime={date}>
              {date}
            </time>
          )}{' '}
          <span className="lifecycle-state">{lang === 'zh' ? `（${state}）` : `(${state})`}</span>
          {current && (
            <Tag color="blue" className="lifecycle-current-tag">
              {t(m.currentStatus)}
            </Tag>
          )}
        </div>
      ),
    };
  });
  return (
    <div role="group" aria-label={t(m.lifecycleHeading)}>
      <Timeline items={items} className="standard-lifecycle" />
    </div>
  );
}
