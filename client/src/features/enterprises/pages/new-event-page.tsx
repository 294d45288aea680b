import { eventKindLabels, eventModeLabels } from '@cloudstd/shared/domain/labels';
import {
  eventKinds,
  eventModes,
  type CreateEventFormValues,
  type EventAttendeeInput,
} from '@cloudstd/shared/schemas/event';
import { roleAllows } from '@cloudstd/shared/schemas/user';
import { App, Button, Card, DatePicker, Form, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { Link, useNavigate } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { ForbiddenResult } from '../../../components/forbidden-result.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useCurrentUser } from '../../../lib/current-user.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import { useCreateEvent } from '../api/create-event.ts';
import { ReachTabs } from '../components/reach-tabs.tsx';
import { enterprisesMessages, eventsMessages as m } from '../messages.ts';
import { parseAttendeeLines } from '../utils/attendee-lines.ts';

interface EventFormFields {
  title: string;
  kind: CreateEventFormValues['kind'];
  mode: CreateEventFormValues['mode'];
  dates: [Dayjs, Dayjs | null];
  organiser?: string;
  province?: string;
  city?: string;
  standards?: string[];
  attendees?: string;
  notes?: string;
}

export function NewEventPage() {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const create = useCreateEvent();
  const [form] = Form.useForm<EventFormFields>();
  if (!roleAllows(user.role, 'editor')) return <ForbiddenResult detail={t(enterprisesMessages.editorsOnly)} />;

  const submit = (fields: EventFormFields) => {
    const lines = parseAttendeeLines(fields.attendees ?? '');
    if (!lines.ok) {
      form.setFields([{ name: 'attendees', errors: [t(m.attendeesLineError, { line: lines.line })] }]);
      return;
    }
    const attendees: EventAttendeeInput[] = lines.attendees;
    const [start, end] = fields.dates;
    create.mutate(
      {
        title: fields.title,
        kind: fields.kind,
        mode: fields.mode,
        startsOn: start.format('YYYY-MM-DD'),
        endsOn: end ? end.format('YYYY-MM-DD') : null,
        organiser: fields.organiser ?? null,
        province: fields.province ?? null,
        city: fields.city ?? null,
        standards: fields.standards ?? [],
        attendees,
        notes: fields.notes ?? null,
      },
      {
        onSuccess: (event) => {
          void message.success(t(m.created, { title: event.title, count: event.createdEnterprises.length }));
          void navigate(`/enterprises/events/${event.id}`);
        },
      },
    );
  };

  return (
    <>
      <ReachTabs active="events" />
      <PageHeader title={t(m.newEvent)} subtitle={<Link to="/enterprises/events">{t(m.backToList)}</Link>} />
      <Card>
        {create.isError && <ApiErrorAlert error={create.error} className="form-alert" />}
        <Form<EventFormFields>
          form={form}
          layout="vertical"
          initialValues={{ kind: 'training', mode: 'on_site' }}
          onFinish={submit}
          style={{ maxWidth: 720 }}
        >
          <Form.Item name="title" label={t(m.title)} rules={[{ required: true, message: t(m.required) }]}>
            <Input maxLength={300} />
          </Form.Item>
          <Space wrap>
            <Form.Item name="kind" label={t(m.kind)}>
              <Select
                style={{ width: 160 }}
                options={eventKinds.map((kind) => ({ value: kind, label: eventKindLabels[kind][lang] }))}
              />
            </Form.Item>
            <Form.Item name="mode" label={t(m.mode)}>
              <Select
                style={{ width: 160 }}
                options={eventModes.map((mode) => ({ value: mode, label: eventModeLabels[mode][lang] }))}
              />
            </Form.Item>
            <Form.Item name="dates" label={t(m.dates)} rules={[{ required: true, message: t(m.required) }]}>
              <DatePicker.RangePicker allowEmpty={[false, true]} />
            </Form.Item>
          </Space>
          <Form.Item name="organiser" label={t(m.organiser)}>
            <Input maxLength={200} />
          </Form.Item>
          <Space wrap>
            <Form.Item name="province" label={t(m.province)}>
              <Input maxLength={50} />
            </Form.Item>
            <Form.Item name="city" label={t(m.city)}>
              <Input maxLength={50} />
            </Form.Item>
          </Space>
          <Form.Item name="standards" label={t(m.standards)} extra={t(m.standardsHint)}>
            <Select mode="tags" open={false} tokenSeparators={['；', ';']} />
          </Form.Item>
          <Form.Item name="attendees" label={t(m.attendees)} extra={t(m.attendeesHint)}>
            <Input.TextArea rows={6} />
          </Form.Item>
          <Form.Item name="notes" label={t(m.notes)}>
            <Input.TextArea rows={2} maxLength={5000} />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={create.isPending}>
              {t(m.save)}
            </Button>
            <Link to="/enterprises/events">
              <Button tabIndex={-1}>{t(m.cancel)}</Button>
            </Link>
          </Space>
        </Form>
      </Card>
    </>
  );
}
