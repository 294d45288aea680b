import { enterpriseCountingLabels, standardKindLabels, standardLevelLabels } from '@cloudstd/shared/domain/labels';
import { updateTargetSetInputSchema } from '@cloudstd/shared/schemas/target-set';
import { Checkbox, Col, Form, Input, InputNumber, Radio, Switch, type FormRule } from 'antd';
import { DateInput, dateTextProblem } from '../../../components/date-input.tsx';
import { checkRule } from '../../../lib/form.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { zodRule } from '../../../lib/zod-rule.ts';
import { adminMessages as m } from '../messages.ts';
import { nullableSchemaProblem, stretchProblem, windowEndProblem } from '../utils/target-set-form-checks.ts';
import { countableKinds, countableLevels, type TargetSetFormField } from '../utils/target-set-form-values.ts';
import { targetSetFieldLabels } from '../utils/target-set-labels.ts';

/*
 * The target-set form's fields in three groups: names, the window and goals, and what counts. Each
 * renders columns of the form's one grid row.
 */

const { shape } = updateTargetSetInputSchema;

function useFieldText() {
  const { t, lang } = useI18n();
  return {
    t,
    lang,
    label: (field: TargetSetFormField) => t(targetSetFieldLabels[field]),
    required: { required: true, message: t(m.required) } satisfies FormRule,
  };
}

/** The set's Chinese and English names. */
export function TargetSetNameFields() {
  const { t, lang, label } = useFieldText();
  const requiredText: FormRule = { required: true, whitespace: true, message: t(m.required) };
  return (
    <>
      <Col xs={24} sm={12}>
        <Form.Item
          name="nameZh"
          label={label('nameZh')}
          rules={[requiredText, zodRule(shape.nameZh.unwrap(), lang, { trimmed: true })]}
        >
          <Input maxLength={200} autoFocus />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item
          name="nameEn"
          label={label('nameEn')}
          rules={[requiredText, zodRule(shape.nameEn.unwrap(), lang, { trimmed: true })]}
        >
          <Input maxLength={200} />
        </Form.Item>
      </Col>
    </>
  );
}

/** The window, the standards goal and its stretch, and the enterprise goal with its due date. */
export function TargetSetGoalFields() {
  const { t, lang, label, required } = useFieldText();
  return (
    <>
      <Col xs={24} sm={12}>
        <Form.Item
          name="windowStart"
          label={label('windowStart')}
          extra={t(m.windowHelp)}
          validateFirst
          rules={[required, checkRule((value) => dateTextProblem(value, lang))]}
        >
          <DateInput />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item
          name="windowEnd"
          label={label('windowEnd')}
          dependencies={['windowStart']}
          validateFirst
          rules={[
            required,
            checkRule((value) => dateTextProblem(value, lang)),
            checkRule((value, { getFieldValue }) =>
              windowEndProblem(getFieldValue('windowStart') as string | null, value as string | null, lang),
            ),
          ]}
        >
          <DateInput />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item
          name="standardsGoal"
          label={label('standardsGoal')}
          rules={[required, checkRule((value) => nullableSchemaProblem(shape.standardsGoal.unwrap(), value, lang))]}
        >
          <InputNumber min={1} precision={0} className="target-set-input" />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item
          name="standardsStretch"
          label={label('standardsStretch')}
          extra={t(m.stretchHelp)}
          dependencies={['standardsGoal']}
          rules={[
            checkRule((value) => nullableSchemaProblem(shape.standardsStretch.unwrap(), value, lang)),
            checkRule((value, { getFieldValue }) =>
              stretchProblem(getFieldValue('standardsGoal') as number | null, (value ?? null) as number | null, lang),
            ),
          ]}
        >
          <InputNumber min={1} precision={0} className="target-set-input" />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item
          name="enterprisesGoal"
          label={label('enterprisesGoal')}
          extra={t(m.enterprisesGoalHelp)}
          rules={[checkRule((value) => nullableSchemaProblem(shape.enterprisesGoal.unwrap(), value, lang))]}
        >
          <InputNumber min={1} precision={0} className="target-set-input" />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item
          name="enterprisesDue"
          label={label('enterprisesDue')}
          rules={[checkRule((value) => dateTextProblem(value, lang))]}
        >
          <DateInput />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item name="enterpriseCounting" label={label('enterpriseCounting')}>
          <Radio.Group
            optionType="button"
            options={(['reached', 'implementing_only'] as const).map((value) => ({
              value,
              label: t(enterpriseCountingLabels[value]),
            }))}
          />
        </Form.Item>
      </Col>
    </>
  );
}

/** One of the rules of what counts: at least one of its values, checked by the shared schema. */
function CountedChoiceField({
  name,
  options,
}: {
  name: 'countedLevels' | 'countedKinds';
  options: { value: string; label: string }[];
}) {
  const { lang, label } = useFieldText();
  return (
    <Col xs={24} sm={12}>
      <Form.Item name={name} label={label(name)} required rules={[zodRule(shape[name].unwrap(), lang)]}>
        <Checkbox.Group role="group" aria-label={label(name)} options={options} />
      </Form.Item>
    </Col>
  );
}

/** Which levels and kinds count toward the goal, and whether this is the default set. */
export function TargetSetCountingFields({ isDefault }: { isDefault: boolean }) {
  const { t, label } = useFieldText();
  return (
    <>
      <CountedChoiceField
        name="countedLevels"
        options={countableLevels.map((level) => ({ value: level, label: t(standardLevelLabels[level]) }))}
      />
      <CountedChoiceField
        name="countedKinds"
        options={countableKinds.map((kind) => ({ value: kind, label: t(standardKindLabels[kind]) }))}
      />
      <Col xs={24}>
        <Form.Item
          name="isDefault"
          label={label('isDefault')}
          valuePropName="checked"
          extra={isDefault ? t(m.defaultLocked) : t(m.defaultHelp)}
        >
          <Switch disabled={isDefault} />
        </Form.Item>
      </Col>
    </>
  );
}
