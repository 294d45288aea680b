import { internationalStageKeys } from '@cloudstd/shared/domain/international-stage';
import { chinaRoleLabels, internationalBodyLabels, internationalStageLabels } from '@cloudstd/shared/domain/labels';
import { chinaRoles, internationalBodies } from '@cloudstd/shared/schemas/international-item';
import { Button, DatePicker, Form, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { useI18n } from '../../../lib/i18n.tsx';
import { internationalMessages as m } from '../messages.ts';
import type { InternationalQuery } from '../utils/international-query.ts';

interface InternationalFiltersProps {
  query: InternationalQuery;
  onChange: (changes: Partial<InternationalQuery>) => void;
  onClear: () => void;
}

/** Text, body, stage as of a date, and China's role; every change goes to the URL. */
export function InternationalFilters({ query, onChange, onClear }: InternationalFiltersProps) {
  const { t } = useI18n();
  return (
    <Form layout="inline" aria-label={t(m.filtersLabel)} className="intl-filters">
      <Form.Item label={t(m.search)}>
        <Input.Search
          allowClear
          defaultValue={query.q}
          placeholder={t(m.searchPlaceholder)}
          onSearch={(value) => {
            onChange({ q: value.trim() || undefined });
          }}
        />
      </Form.Item>
      <Form.Item label={t(m.body)}>
        <Select
          mode="multiple"
          allowClear
          style={{ minWidth: 160 }}
          placeholder={t(m.anyBody)}
          value={query.body ?? []}
          options={internationalBodies.map((value) => ({ value, label: t(internationalBodyLabels[value]) }))}
          onChange={(body) => {
            onChange({ body: body.length ? body : undefined });
          }}
        />
      </Form.Item>
      <Form.Item label={t(m.stage)}>
        <Select
          mode="multiple"
          allowClear
          style={{ minWidth: 160 }}
          placeholder={t(m.anyStage)}
          value={query.stage ?? []}
          options={internationalStageKeys.map((value) => ({ value, label: t(internationalStageLabels[value]) }))}
          onChange={(stage) => {
            onChange({ stage: stage.length ? stage : undefined });
          }}
        />
      </Form.Item>
      <Form.Item label={t(m.chinaRole)}>
        <Select
          mode="multiple"
          allowClear
          style={{ minWidth: 140 }}
          placeholder={t(m.anyRole)}
          value={query.chinaRole ?? []}
          options={chinaRoles.map((value) => ({ value, label: t(chinaRoleLabels[value]) }))}
          onChange={(chinaRole) => {
            onChange({ chinaRole: chinaRole.length ? chinaRole : undefined });
          }}
        />
      </Form.Item>
      <Form.Item label={t(m.asOf)}>
        <DatePicker
          value={query.asOf ? dayjs(query.asOf) : null}
          onChange={(date) => {
            onChange({ asOf: date ? date.format('YYYY-MM-DD') : undefined });
          }}
        />
      </Form.Item>
      <Button onClick={onClear}>{t(m.clearFilters)}</Button>
    </Form>
  );
}
