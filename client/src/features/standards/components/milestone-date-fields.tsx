import type { MilestoneField } from '@cloudstd/shared/domain/standard-status';
import { Col, DatePicker, Form, Row } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { checkRule } from '../../../lib/form.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { standardsMessages as m } from '../messages.ts';
import { milestoneProblem } from '../utils/standard-form-checks.ts';
import { milestoneFields, type StandardFormValues } from '../utils/standard-form-values.ts';
import { milestoneLabels } from '../utils/standard-labels.ts';
import { StandardFormSection } from './standard-form-section.tsx';

const DATE = 'YYYY-MM-DD';

/** One milestone's date, checked against the others and the number whenever any of them changes. */
function MilestoneDateField({ field }: { field: MilestoneField }) {
  const { t, lang } = useI18n();
  return (
    <Col xs={24} sm={12} lg={8}>
      <Form.Item
        name={field}
        label={t(milestoneLabels[field])}
        dependencies={[...milestoneFields.filter((other) => other !== field), 'number']}
        rules={[
          checkRule((_value, { getFieldsValue }) =>
            milestoneProblem(field, getFieldsValue(true) as Partial<StandardFormValues>, lang),
          ),
        ]}
        getValueProps={(value: unknown) => ({ value: typeof value === 'string' && value ? dayjs(value) : null })}
        normalize={(value: Dayjs | null) => (value ? value.format(DATE) : null)}
      >
        <DatePicker
          format={DATE}
          className="full-width"
          placeholder={DATE}
          // Enter confirms a typed date; it must not also submit the whole form.
          onKeyDown={(event) => {
            if (event.key === 'Enter') event.preventDefault();
          }}
        />
      </Form.Item>
    </Col>
  );
}

/** The lifecycle: approved, draft, submitted, published, in force and withdrawn dates, in order. */
export function MilestoneDateFields() {
  const { t } = useI18n();
  return (
    <StandardFormSection title={t(m.formLifecycle)}>
      <p className="standard-form-help">{t(m.milestonesHelp)}</p>
      <Row gutter={16}>
        {milestoneFields.map((field) => (
          <MilestoneDateField key={field} field={field} />
        ))}
      </Row>
    </StandardFormSection>
  );
}
