import type { Enterprise } from '@cloudstd/shared/schemas/enterprise';
import { adoptionEvidenceLabels } from '@cloudstd/shared/domain/labels';
import { Card, Empty, Timeline, Typography } from 'antd';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import { useAdoptions } from '../api/get-adoptions.ts';
import { useEvents } from '../api/get-events.ts';
import { eventsMessages as m } from '../messages.ts';
import { mergeReachTimeline } from '../utils/reach-timeline.ts';

/** An enterprise's events attended and standards implemented, in one timeline (newest first). */
export function ReachTimeline({ enterprise }: { enterprise: Enterprise }) {
  const { t } = useI18n();
  const events = useEvents({ enterprise: enterprise.id, pageSize: 200 });
  const adoptions = useAdoptions({ enterprise: enterprise.id, page: 1, pageSize: 200 });
  const error = events.error ?? adoptions.error;
  const entries = mergeReachTimeline(events.data?.items ?? [], adoptions.data?.items ?? []);
  return (
    <section aria-labelledby="enterprise-timeline-heading">
      <Card
        title={
          <Typography.Title level={2} id="enterprise-timeline-heading" className="section-title">
            {t(m.timeline)}
          </Typography.Title>
        }
        loading={events.isPending || adoptions.isPending}
      >
        {error ? (
          <ApiErrorAlert error={error} />
        ) : entries.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
        ) : (
          <Timeline
            items={entries.map((entry) => ({
              key: entry.key,
              color: entry.kind === 'event' ? 'gray' : 'blue',
              children:
                entry.kind === 'event' ? (
                  <>
                    {entry.on} ·{' '}
                    <Link to={`/enterprises/events/${entry.id}`}>{t(m.attended, { title: entry.label })}</Link>
                  </>
                ) : (
                  <>
                    {entry.on} · <Link to={`/standards/${entry.id}`}>{t(m.implemented, { number: entry.label })}</Link>
                    {entry.evidence && ` · ${t(adoptionEvidenceLabels[entry.evidence])}`}
                  </>
                ),
            }))}
          />
        )}
      </Card>
    </section>
  );
}
