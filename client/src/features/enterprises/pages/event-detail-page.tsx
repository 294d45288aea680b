import { DeleteOutlined, ImportOutlined } from '@ant-design/icons';
import { eventKindLabels, eventModeLabels } from '@cloudstd/shared/domain/labels';
import type { Event, EventAttendee } from '@cloudstd/shared/schemas/event';
import { roleAllows } from '@cloudstd/shared/schemas/user';
import { App, Button, Card, Descriptions, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../../components/page-header.tsx';
import { RecordNotFound } from '../../../components/record-not-found.tsx';
import { RecordQuery } from '../../../components/record-query.tsx';
import { useCurrentUser } from '../../../lib/current-user.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import { useDeleteEvent } from '../api/delete-event.ts';
import { useEvent } from '../api/get-event.ts';
import { ReachTabs } from '../components/reach-tabs.tsx';
import { eventsMessages as m } from '../messages.ts';
import '../enterprises.css';

const EventNotFound = () => <RecordNotFound messages={m} listPath="/enterprises/events" />;

export function EventDetailPage() {
  const { id } = useParams();
  const { t } = useI18n();
  const eventId = id !== undefined && /^[1-9]\d{0,15}$/.test(id) ? Number(id) : null;
  const event = useEvent(eventId);
  if (eventId === null) return <EventNotFound />;
  return (
    <RecordQuery query={event} title={t(m.pageTitle)} notFound={<EventNotFound />}>
      {(data) => <EventView event={data} />}
    </RecordQuery>
  );
}

function EventView({ event }: { event: Event }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const canWrite = roleAllows(user.role, 'editor') && event.deletedAt === null;
  const remove = useDeleteEvent();
  return (
    <>
      <ReachTabs active="events" />
      <PageHeader
        title={event.title}
        subtitle={<Link to="/enterprises/events">{t(m.backToList)}</Link>}
        extra={
          canWrite && (
            <Space wrap>
              <Link to={`/import?kind=attendees&event=${event.id}`}>
                <Button type="primary" icon={<ImportOutlined aria-hidden />} tabIndex={-1}>
                  {t(m.importAttendees)}
                </Button>
              </Link>
              <Popconfirm
                title={t(m.delete)}
                description={t(m.deleteConfirm)}
                onConfirm={() => {
                  remove.mutate(event.id, {
                    onSuccess: () => {
                      void message.success(t(m.deleted));
                      void navigate('/enterprises/events');
                    },
                  });
                }}
              >
                <Button danger icon={<DeleteOutlined aria-hidden />} loading={remove.isPending}>
                  {t(m.delete)}
                </Button>
              </Popconfirm>
            </Space>
          )
        }
      />
      <Card className="form-alert">
        <Descriptions
          column={{ xs: 1, md: 2 }}
          items={[
            {
              key: 'dates',
              label: t(m.dates),
              children: event.startsOn === event.endsOn ? event.startsOn : `${event.startsOn} – ${event.endsOn}`,
            },
            { key: 'kind', label: t(m.kind), children: eventKindLabels[event.kind][lang] },
            { key: 'mode', label: t(m.mode), children: eventModeLabels[event.mode][lang] },
            { key: 'organiser', label: t(m.organiser), children: event.organiser ?? '—' },
            {
              key: 'place',
              label: t(m.place),
              children: [event.province, event.city].filter(Boolean).join(' ') || '—',
            },
            { key: 'participants', label: t(m.participants), children: event.participants },
            {
              key: 'standards',
              label: t(m.standards),
              span: 2,
              children: (
                <Space wrap>
                  {event.standardDetails.map((standard) => (
                    <Link key={standard.id} to={`/standards/${standard.id}`}>
                      <Tag color={standard.deleted ? 'default' : 'blue'}>
                        {standard.number ?? standard.titleZh}
                        {standard.deleted ? `（${t(m.deletedStandard)}）` : ''}
                      </Tag>
                    </Link>
                  ))}
                </Space>
              ),
            },
            { key: 'notes', label: t(m.notes), span: 2, children: event.notes ?? '—' },
          ]}
        />
      </Card>
      <section aria-labelledby="attendees-heading">
        <Card>
          <Typography.Title level={2} id="attendees-heading" className="section-title">
            {t(m.attendees)}（{event.attendeeCount}）
          </Typography.Title>
          <Table<EventAttendee>
            rowKey="enterpriseId"
            dataSource={event.attendees}
            locale={{ emptyText: t(m.noAttendees) }}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            columns={[
              {
                key: 'name',
                title: t(m.tabEnterprises),
                render: (_value, attendee) => <Link to={`/enterprises/${attendee.enterpriseId}`}>{attendee.name}</Link>,
              },
              { key: 'creditCode', title: 'USCC', dataIndex: 'creditCode', className: 'code-cell' },
              { key: 'participants', title: t(m.participants), dataIndex: 'participants', align: 'right' },
              { key: 'notes', title: t(m.notes), dataIndex: 'notes' },
            ]}
          />
        </Card>
      </section>
    </>
  );
}
