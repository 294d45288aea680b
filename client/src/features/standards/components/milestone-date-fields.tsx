import type { MilestoneField } from '@cloudstd/shared/domain/standard-status';
import { Col, Form, Row } from 'antd';
import { DateInput, dateTextProblem } from '../../../components/date-input.tsx';
import { checkRule } from '../../../lib/form.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { standardsMessages as m } from '../messages.ts';
import { milestoneProblem } from '../utils/standard-form-checks.ts';
import { milestoneFields, type StandardFormValues } from '../utils/standard-form-values.ts';
import { milestoneLabels } from '../utils/standard-labels.ts';
import { StandardFormSection } from './standard-form-section.tsx';

/** One milestone's date, checked against the others and the number whenever any of them changes. */
function MilestoneDateField({ field }: { field: MilestoneField }) {
  const { t, lang } = useI18n();
  return (
    <Col xs={24} sm={12} lg={8}>
      <Form.Item
        name={field}
        label={t(milestoneLabels[field])}
        dependencies={[...milestoneFields.filter((other) => other !== field), 'number']}
        // A date that does not exist is reported as such, before any comparison with the others.
        validateFirst
        rules={[
          checkRule((value) => dateTextProblem(value, lang)),
          checkRule((_value, { getFieldsValue }) =>
            milestoneProblem(field, getFieldsValue(true) as Partial<StandardFormValues>, lang),
          ),
        ]}
      >
        <DateInput />
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
