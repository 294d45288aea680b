import { enterpriseCountingLabels, standardKindLabels, standardLevelLabels } from '@cloudstd/shared/domain/labels';
import { updateTargetSetInputSchema } from '@cloudstd/shared/schemas/target-set';
import {
  Checkbox,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Radio,
  Switch,
  type DatePickerProps,
  type FormRule,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
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
const DATE = 'YYYY-MM-DD';

/** Dates are held as `YYYY-MM-DD` strings; the picker works with Dayjs. */
const dateItemProps = {
  getValueProps: (value: unknown) => ({ value: typeof value === 'string' && value ? dayjs(value) : null }),
  normalize: (value: Dayjs | null) => (value ? value.format(DATE) : null),
};

/** Form.Item hands the picker its id, value and onChange. */
function TargetSetDatePicker(props: DatePickerProps) {
  return (
    <DatePicker
      {...props}
      format={DATE}
      placeholder={DATE}
      className="target-set-input"
      // Enter confirms a typed date; it must not also submit the whole form.
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.preventDefault();
      }}
    />
  );
}

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
          rules={[required]}
          {...dateItemProps}
        >
          <TargetSetDatePicker />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item
          name="windowEnd"
          label={label('windowEnd')}
          dependencies={['windowStart']}
          rules={[
            required,
            checkRule((value, { getFieldValue }) =>
              windowEndProblem(getFieldValue('windowStart') as string | null, value as string | null, lang),
            ),
          ]}
          {...dateItemProps}
        >
          <TargetSetDatePicker />
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
        <Form.Item name="enterprisesDue" label={label('enterprisesDue')} {...dateItemProps}>
          <TargetSetDatePicker />
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
