import { standardLevelLabels } from '@cloudstd/shared/domain/labels';
import { parsePlanNumber, parseStandardNumber } from '@cloudstd/shared/domain/standard-number';
import { createStandardInputSchema } from '@cloudstd/shared/schemas/standard';
import { Col, Form, Input, Radio, Row } from 'antd';
import { checkRule } from '../../../lib/form.ts';
import { useI18n, type Lang } from '../../../lib/i18n.tsx';
import { zodRule } from '../../../lib/zod-rule.ts';
import { standardsMessages as m } from '../messages.ts';
import { hasText, levelProblem, numberProblem, planNumberProblem } from '../utils/standard-form-checks.ts';
import type { StandardFormValues } from '../utils/standard-form-values.ts';
import { standardLevels } from '../utils/standard-labels.ts';
import { DirectionSuggestionChips } from './direction-suggestion-chips.tsx';
import { NumberPreview, PlanNumberPreview } from './number-preview.tsx';
import { StandardFormSection } from './standard-form-section.tsx';

/** A typed number's parse error as the field's help, in place of the preview. */
function parseErrorHelp(error: { messageZh: string; messageEn: string }, lang: Lang, testId?: string) {
  return {
    validateStatus: 'error' as const,
    help: (
      <span className="number-preview" data-testid={testId} data-valid={testId ? 'false' : undefined} role="alert">
        {lang === 'zh' ? error.messageZh : error.messageEn}
      </span>
    ),
  };
}

/** Number and plan number with what they read as, the level when neither tells it, and the titles. */
export function StandardIdentityFields() {
  const { t, lang } = useI18n();
  const form = Form.useFormInstance<StandardFormValues>();
  const number = Form.useWatch('number', form) ?? '';
  const planNumber = Form.useWatch('planNumber', form) ?? '';
  const parsedNumber = hasText(number) ? parseStandardNumber(number) : null;
  const parsedPlan = hasText(planNumber) ? parsePlanNumber(planNumber) : null;
  const numberless = !hasText(number) && !hasText(planNumber);

  // A number that does not parse says why at once, before the field is left.
  const numberHelp = parsedNumber && !parsedNumber.ok ? parseErrorHelp(parsedNumber.error, lang, 'number-preview') : {};
  const planNumberHelp = parsedPlan && !parsedPlan.ok ? parseErrorHelp(parsedPlan.error, lang) : {};

  return (
    <StandardFormSection title={t(m.formIdentity)}>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="number"
            label={t(m.number)}
            rules={[
              checkRule((value, { getFieldValue }) =>
                numberProblem(value, getFieldValue('publishedOn') as string | null, lang),
              ),
            ]}
            dependencies={['publishedOn']}
            extra={
              parsedNumber?.ok ? (
                <NumberPreview parsed={parsedNumber.value} />
              ) : parsedNumber === null ? (
                t(m.numberHint)
              ) : undefined
            }
            {...numberHelp}
          >
            <Input placeholder={t(m.numberPlaceholder)} autoComplete="off" spellCheck={false} autoFocus />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="planNumber"
            label={t(m.planNumber)}
            rules={[checkRule((value) => planNumberProblem(value, lang))]}
            extra={parsedPlan?.ok ? <PlanNumberPreview parsed={parsedPlan.value} /> : t(m.planNumberHint)}
            {...planNumberHelp}
          >
            <Input placeholder={t(m.planNumberPlaceholder)} autoComplete="off" spellCheck={false} />
          </Form.Item>
        </Col>
      </Row>
      {numberless && (
        <Form.Item
          name="level"
          label={t(m.levelWithoutNumber)}
          rules={[
            checkRule((value, { getFieldValue }) =>
              levelProblem(value, getFieldValue('number'), getFieldValue('planNumber'), lang),
            ),
          ]}
          dependencies={['number', 'planNumber']}
        >
          <Radio.Group
            options={standardLevels.map((level) => ({ value: level, label: t(standardLevelLabels[level]) }))}
            optionType="button"
          />
        </Form.Item>
      )}
      <Form.Item
        name="titleZh"
        label={t(m.titleZh)}
        rules={[zodRule(createStandardInputSchema.shape.titleZh, lang, { trimmed: true })]}
        required
        extra={<DirectionSuggestionChips />}
      >
        <Input placeholder={t(m.titleZhPlaceholder)} lang="zh-CN" />
      </Form.Item>
      <Form.Item
        name="titleEn"
        label={t(m.titleEn)}
        rules={[zodRule(createStandardInputSchema.shape.titleEn, lang, { trimmed: true })]}
      >
        <Input lang="en" />
      </Form.Item>
    </StandardFormSection>
  );
}
