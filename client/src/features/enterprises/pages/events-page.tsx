import { PlusOutlined } from '@ant-design/icons';
import { eventKindLabels, eventModeLabels } from '@cloudstd/shared/domain/labels';
import type { EventSummary } from '@cloudstd/shared/schemas/event';
import { roleAllows } from '@cloudstd/shared/schemas/user';
import { Button, Card, DatePicker, Input, Space, Table, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useCurrentUser } from '../../../lib/current-user.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import { useEvents, type EventsQuery } from '../api/get-events.ts';
import { ReachTabs } from '../components/reach-tabs.tsx';
import { eventsMessages as m } from '../messages.ts';
import '../enterprises.css';

const FILTERS = ['q', 'from', 'to', 'asOf'] as const;

/** The URL's filters (`?q=&from=&to=&asOf=&page=`), so a filtered list can be shared as a link. */
function queryOf(params: URLSearchParams): EventsQuery {
  const query: EventsQuery = {};
  for (const key of FILTERS) {
    const value = params.get(key);
    if (value) query[key] = value;
  }
  const page = Number(params.get('page'));
  if (Number.isInteger(page) && page > 1) query.page = page;
  return query;
}

export function EventsPage() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const canWrite = roleAllows(user.role, 'editor');
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => queryOf(params), [params]);
  const events = useEvents(query);
  const show = (changes: Partial<Record<(typeof FILTERS)[number] | 'page', string | undefined>>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next);
  };
  const dateFilter = (key: 'from' | 'to' | 'asOf') => (
    <DatePicker
      aria-label={t(m[key])}
      placeholder={t(m[key])}
      value={query[key] ? dayjs(query[key]) : null}
      onChange={(value) => {
        show({ [key]: value ? value.format('YYYY-MM-DD') : undefined });
      }}
    />
  );

  const columns: TableColumnsType<EventSummary> = [
    {
      key: 'title',
      title: t(m.title),
      render: (_value, event) => <Link to={`/enterprises/events/${event.id}`}>{event.title}</Link>,
    },
    {
      key: 'dates',
      title: t(m.dates),
      render: (_value, event) =>
        event.startsOn === event.endsOn ? event.startsOn : `${event.startsOn} – ${event.endsOn}`,
    },
    { key: 'kind', title: t(m.kind), render: (_value, event) => eventKindLabels[event.kind][lang] },
    { key: 'mode', title: t(m.mode), render: (_value, event) => eventModeLabels[event.mode][lang] },
    { key: 'organiser', title: t(m.organiser), dataIndex: 'organiser' },
    {
      key: 'place',
      title: t(m.place),
      render: (_value, event) => [event.province, event.city].filter(Boolean).join(' '),
    },
    { key: 'standards', title: t(m.standards), render: (_value, event) => event.standards.join('；') },
    { key: 'attendeeCount', title: t(m.attendeeCount), dataIndex: 'attendeeCount', align: 'right' },
  ];

  return (
    <>
      <ReachTabs active="events" />
      <PageHeader
        title={t(m.pageTitle)}
        subtitle={t(m.pageSubtitle)}
        extra={
          canWrite && (
            <Button
              type="primary"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => void navigate('/enterprises/events/new')}
            >
              {t(m.newEvent)}
            </Button>
          )
        }
      />
      <Card className="form-alert">
        <Space wrap>
          <Input.Search
            aria-label={t(m.search)}
            placeholder={t(m.search)}
            defaultValue={query.q}
            allowClear
            onSearch={(value) => {
              show({ q: value.trim() || undefined });
            }}
            style={{ width: 280 }}
          />
          {dateFilter('from')}
          {dateFilter('to')}
          {dateFilter('asOf')}
        </Space>
      </Card>
      <section aria-labelledby="events-heading">
        <Card>
          <div className="section-heading">
            <Typography.Title level={2} id="events-heading" className="section-title">
              {t(m.pageTitle)}
            </Typography.Title>
            <Typography.Text type="secondary" role="status" aria-live="polite">
              {events.data ? t(m.resultCount, { total: events.data.total }) : ''}
            </Typography.Text>
          </div>
          {events.isError ? (
            <ApiErrorAlert error={events.error} onRetry={() => void events.refetch()} />
          ) : (
            <Table<EventSummary>
              rowKey="id"
              columns={columns}
              dataSource={events.data?.items ?? []}
              loading={events.isFetching}
              locale={{ emptyText: t(m.noEvents) }}
              pagination={{
                current: query.page ?? 1,
                pageSize: 20,
                total: events.data?.total ?? 0,
                showSizeChanger: false,
                onChange: (page) => {
                  show({ page: page > 1 ? String(page) : undefined });
                },
              }}
            />
          )}
        </Card>
      </section>
    </>
  );
}
