import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { planDueOn } from '@cloudstd/shared/domain/plan-schedule';
import { planExtensionSchema } from '@cloudstd/shared/schemas/standard';
import { Button, Col, Form, Input, InputNumber, Row, Typography } from 'antd';
import { DateInput, dateTextProblem } from '../../../components/date-input.tsx';
import { checkRule } from '../../../lib/form.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { zodRule } from '../../../lib/zod-rule.ts';
import { standardsMessages as m } from '../messages.ts';
import { planExtensionsProblem, planIssueProblem, planPeriodProblem } from '../utils/standard-form-checks.ts';
import type { PlanExtensionFormValues, StandardFormValues } from '../utils/standard-form-values.ts';
import { StandardFormSection } from './standard-form-section.tsx';

const extensionDateSchema = planExtensionSchema.shape.grantedOn;

/** The due date the plan's values give (the server's own rule), or null while incomplete. */
function dueOnOf(values: Partial<StandardFormValues>): string | null {
  const { planIssuedOn, planPeriodMonths, planExtensions = [] } = values;
  if (!planIssuedOn || !planPeriodMonths || planPeriodMonths < 1 || !Number.isInteger(planPeriodMonths)) return null;
  const extended = planExtensions.flatMap((extension: PlanExtensionFormValues | undefined) =>
    extension?.dueOn ? [{ dueOn: extension.dueOn }] : [],
  );
  return planDueOn(planIssuedOn, planPeriodMonths, extended);
}

/** 计划: issue date (下达), period (项目周期) → due date, and the extensions (延期) granted since. */
export function StandardPlanFields() {
  const { t, lang } = useI18n();
  const form = Form.useFormInstance<StandardFormValues>();
  const watched = Form.useWatch((values: StandardFormValues) => values, form) as
    Partial<StandardFormValues> | undefined;
  const due = watched ? dueOnOf(watched) : null;
  return (
    <StandardFormSection title={t(m.formPlan)}>
      <p className="standard-form-help">{t(m.planHelp)}</p>
      <Row gutter={16}>
        <Col xs={24} sm={12} lg={8}>
          <Form.Item
            name="planIssuedOn"
            label={t(m.planIssuedOn)}
            dependencies={['planPeriodMonths', 'planExtensions']}
            validateFirst
            rules={[
              checkRule((value) => dateTextProblem(value, lang)),
              checkRule((_value, { getFieldsValue }) =>
                planIssueProblem(getFieldsValue(true) as Partial<StandardFormValues>, lang),
              ),
            ]}
          >
            <DateInput />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={8}>
          <Form.Item
            name="planPeriodMonths"
            label={t(m.planPeriodMonths)}
            dependencies={['planIssuedOn']}
            rules={[
              checkRule((_value, { getFieldsValue }) =>
                planPeriodProblem(getFieldsValue(true) as Partial<StandardFormValues>, lang),
              ),
            ]}
          >
            <InputNumber min={1} max={120} precision={0} className="full-width" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={8}>
          <Form.Item label={t(m.planDueOn)}>
            <Typography.Text data-testid="plan-due-on">{due ?? m.none[lang]}</Typography.Text>
          </Form.Item>
        </Col>
      </Row>
      <Form.List
        name="planExtensions"
        rules={[
          {
            validator: () => {
              const problem = planExtensionsProblem(form.getFieldsValue(true) as Partial<StandardFormValues>, lang);
              return problem === null ? Promise.resolve() : Promise.reject(new Error(problem));
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <fieldset className="plan-extensions">
            <legend>{t(m.planExtensions)}</legend>
            {fields.map((field, index) => (
              <Row gutter={16} key={field.key} align="top">
                <Col xs={24} sm={12} lg={6}>
                  <Form.Item
                    name={[field.name, 'grantedOn']}
                    label={t(m.extensionGrantedOn)}
                    validateFirst
                    rules={[checkRule((value) => dateTextProblem(value, lang)), zodRule(extensionDateSchema, lang)]}
                  >
                    <DateInput />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12} lg={6}>
                  <Form.Item
                    name={[field.name, 'dueOn']}
                    label={t(m.extensionDueOn)}
                    validateFirst
                    rules={[checkRule((value) => dateTextProblem(value, lang)), zodRule(extensionDateSchema, lang)]}
                  >
                    <DateInput />
                  </Form.Item>
                </Col>
                <Col xs={20} lg={10}>
                  <Form.Item
                    name={[field.name, 'reason']}
                    label={t(m.extensionReason)}
                    rules={[{ required: true, whitespace: true, message: t(m.extensionReason) }]}
                  >
                    <Input maxLength={500} />
                  </Form.Item>
                </Col>
                <Col xs={4} lg={2} className="plan-extension-remove">
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={`${t(m.removeExtension)} ${String(index + 1)}`}
                    onClick={() => {
                      remove(field.name);
                    }}
                  />
                </Col>
              </Row>
            ))}
            <Form.ErrorList errors={errors} />
            <Button
              type="dashed"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => {
                add({ grantedOn: null, dueOn: null, reason: '' } satisfies PlanExtensionFormValues);
              }}
              autoInsertSpace={false}
            >
              {t(m.addExtension)}
            </Button>
          </fieldset>
        )}
      </Form.List>
    </StandardFormSection>
  );
}
