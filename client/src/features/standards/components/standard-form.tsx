import { standardKindLabels, standardLevelLabels } from '@cloudstd/shared/domain/labels';
import { parsePlanNumber, parseStandardNumber } from '@cloudstd/shared/domain/standard-number';
import { checkMilestoneOrder, type MilestoneDates, type MilestoneField } from '@cloudstd/shared/domain/standard-status';
import {
  committeeSchema,
  createStandardInputSchema,
  internationalAdoptionSchema,
} from '@cloudstd/shared/schemas/standard';
import { fieldErrorsFromIssues } from '@cloudstd/shared/schemas/messages';
import { Alert, Button, Card, Col, DatePicker, Form, Input, Radio, Row, Select, Space, type FormRule } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, type ReactNode } from 'react';
import type { ZodType } from 'zod';
import { describeError, isApiError } from '../../../lib/api-client.ts';
import { useRevalidateOnLanguageChange } from '../../../lib/form.ts';
import { useI18n, type Lang } from '../../../lib/i18n.tsx';
import { zodRule } from '../../../lib/zod-rule.ts';
import { useFramework } from '../../../api/get-framework.ts';
import { standardsMessages as m } from '../messages.ts';
import { formFieldErrors, existingStandardOf } from '../utils/server-errors.ts';
import {
  canonicalNumber,
  emptyStandardFormValues,
  milestoneFields,
  type StandardFormValues,
} from '../utils/standard-form-values.ts';
import {
  adoptionDegrees,
  degreeLabels,
  milestoneLabels,
  standardKinds,
  standardLevels,
} from '../utils/standard-labels.ts';
import { DirectionPicker } from './direction-picker.tsx';
import { NumberPreview, PlanNumberPreview } from './number-preview.tsx';
import { StandardErrorAlert } from './standard-error-alert.tsx';

interface StandardFormProps {
  initialValues: StandardFormValues;
  onSubmit: (values: StandardFormValues) => void;
  onCancel: () => void;
  /** Every edit, with all values (for the unsaved-changes guard). */
  onValuesChange?: (values: StandardFormValues) => void;
  submitting: boolean;
  /** The last failed save: field errors go to their fields, anything else to an alert above the form. */
  error: unknown;
  /** Shown above the form, e.g. that the record is deleted. */
  notice?: ReactNode;
}

const suggestedTags = ['制造', '金融', '政务', '软件和信息技术服务', '信息通信', '能源', '交通', '医疗'];
const DATE = 'YYYY-MM-DD';

function milestoneDates(values: Partial<StandardFormValues>): MilestoneDates {
  return Object.fromEntries(milestoneFields.map((field) => [field, values[field] ?? null])) as MilestoneDates;
}

function hasText(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}

function message(lang: Lang, text: { messageZh: string; messageEn: string }): string {
  return lang === 'zh' ? text.messageZh : text.messageEn;
}

/** The shared schema's message for a value it refuses, in `lang`; null when it accepts it. */
function schemaMessage(schema: ZodType, value: unknown, lang: Lang): string | null {
  const result = schema.safeParse(value);
  if (result.success) return null;
  const [first] = fieldErrorsFromIssues(result.error.issues);
  return first ? message(lang, first) : null;
}

/** The create and edit form of a standard. Checks run as the user types, with the server's own rules. */
export function StandardForm({
  initialValues,
  onSubmit,
  onCancel,
  onValuesChange,
  submitting,
  error,
  notice,
}: StandardFormProps) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<StandardFormValues>();
  useRevalidateOnLanguageChange(form);
  const framework = useFramework();

  const number = Form.useWatch('number', form) ?? '';
  const planNumber = Form.useWatch('planNumber', form) ?? '';
  const kind = Form.useWatch('kind', form) ?? initialValues.kind;
  const parsedNumber = hasText(number) ? parseStandardNumber(number) : null;
  const parsedPlan = hasText(planNumber) ? parsePlanNumber(planNumber) : null;
  const numberless = !hasText(number) && !hasText(planNumber);

  // A failed save marks the fields the server named; the rest goes to the alert.
  const placed = formFieldErrors(error, lang);
  const existing = existingStandardOf(error);
  useEffect(() => {
    if (!error) return;
    const fields = placed.fields.map(({ name, errors }) => ({ name, errors }));
    if (existing) {
      const taken = form.getFieldValue('number') as string | undefined;
      const numberTaken = existing.number !== null && canonicalNumber(taken ?? '') === existing.number;
      fields.push({ name: numberTaken ? 'number' : 'planNumber', errors: [describeError(error, lang).title] });
    }
    if (fields.length > 0) form.setFields(fields);
    // Only a new error is applied; the language switch revalidates on its own.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [error, form]);
  const showAlert =
    Boolean(error) &&
    !isApiError(error, 'VERSION_CONFLICT') &&
    !(isApiError(error, 'VALIDATION_FAILED') && placed.fields.length > 0 && placed.unplaced.length === 0);

  const numberRule: FormRule = ({ getFieldValue }) => ({
    validator: (_rule, value: unknown) => {
      const text = typeof value === 'string' ? value : '';
      if (!hasText(text)) {
        const [problem] = checkMilestoneOrder(
          milestoneDates({ publishedOn: getFieldValue('publishedOn') as string | null }),
          false,
        ).filter((item) => item.field === 'number');
        return problem ? Promise.reject(new Error(message(lang, problem))) : Promise.resolve();
      }
      const parsed = parseStandardNumber(text);
      return parsed.ok ? Promise.resolve() : Promise.reject(new Error(message(lang, parsed.error)));
    },
  });

  const planNumberRule: FormRule = {
    validator: (_rule, value: unknown) => {
      if (!hasText(value)) return Promise.resolve();
      const parsed = parsePlanNumber(value as string);
      return parsed.ok ? Promise.resolve() : Promise.reject(new Error(message(lang, parsed.error)));
    },
  };

  const levelRule: FormRule = ({ getFieldValue }) => ({
    validator: (_rule, value: unknown) =>
      value !== undefined || hasText(getFieldValue('number')) || hasText(getFieldValue('planNumber'))
        ? Promise.resolve()
        : Promise.reject(new Error(t(m.levelRequired))),
  });

  const replacesRule: FormRule = {
    validator: (_rule, value: unknown) => {
      const numbers = Array.isArray(value) ? (value as string[]) : [];
      const invalid = numbers.filter((item) => !parseStandardNumber(item).ok);
      return invalid.length === 0
        ? Promise.resolve()
        : Promise.reject(new Error(t(m.replacesInvalid, { numbers: invalid.join(lang === 'zh' ? '、' : ', ') })));
    },
  };

  const milestoneRule =
    (field: MilestoneField): FormRule =>
    ({ getFieldsValue }) => ({
      validator: () => {
        const values = getFieldsValue(true) as Partial<StandardFormValues>;
        const [problem] = checkMilestoneOrder(milestoneDates(values), hasText(values.number)).filter(
          (item) => item.field === field,
        );
        return problem ? Promise.reject(new Error(message(lang, problem))) : Promise.resolve();
      },
    });

  const committeeRule: FormRule = {
    validator: (_rule, value: unknown) => {
      const problem = hasText(value) ? schemaMessage(committeeSchema, value, lang) : null;
      return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
    },
  };

  const internationalRefRule: FormRule = ({ getFieldValue }) => ({
    validator: (_rule, value: unknown) => {
      if (!hasText(value)) {
        return getFieldValue('internationalDegree') === undefined
          ? Promise.resolve()
          : Promise.reject(new Error(t(m.internationalRefRequired)));
      }
      const problem = schemaMessage(internationalAdoptionSchema.shape.ref, value, lang);
      return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
    },
  });

  const internationalDegreeRule: FormRule = ({ getFieldValue }) => ({
    validator: (_rule, value: unknown) =>
      value === undefined && hasText(getFieldValue('internationalRef'))
        ? Promise.reject(new Error(t(m.internationalDegreeRequired)))
        : Promise.resolve(),
  });

  const numberHelp =
    parsedNumber && !parsedNumber.ok
      ? {
          validateStatus: 'error' as const,
          help: (
            <span className="number-preview" data-testid="number-preview" data-valid="false" role="alert">
              {message(lang, parsedNumber.error)}
            </span>
          ),
        }
      : {};
  const planNumberHelp =
    parsedPlan && !parsedPlan.ok
      ? {
          validateStatus: 'error' as const,
          help: (
            <span className="number-preview" role="alert">
              {message(lang, parsedPlan.error)}
            </span>
          ),
        }
      : {};

  const dateItem = (field: MilestoneField) => (
    <Col xs={24} sm={12} lg={8} key={field}>
      <Form.Item
        name={field}
        label={t(milestoneLabels[field])}
        dependencies={[...milestoneFields.filter((other) => other !== field), 'number']}
        rules={[milestoneRule(field)]}
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

  return (
    <Form<StandardFormValues>
      form={form}
      layout="vertical"
      name="standard"
      initialValues={initialValues}
      onFinish={() => {
        // Hidden fields (replaced numbers of a new standard, the level of a numbered one) keep their values.
        onSubmit({ ...emptyStandardFormValues, ...(form.getFieldsValue(true) as Partial<StandardFormValues>) });
      }}
      onValuesChange={(_changed, values) => {
        onValuesChange?.({ ...emptyStandardFormValues, ...values });
      }}
      scrollToFirstError={{ block: 'center' }}
      disabled={submitting}
      className="standard-form"
    >
      {notice}
      {showAlert && <StandardErrorAlert error={error} className="form-alert" />}
      {isApiError(error, 'VALIDATION_FAILED') && !showAlert && (
        <Alert type="error" showIcon role="alert" className="form-alert" title={t(m.fixErrors)} />
      )}

      <Card title={<h2 className="standard-form-section">{t(m.formIdentity)}</h2>} className="standard-form-card">
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="number"
              label={t(m.number)}
              rules={[numberRule]}
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
              rules={[planNumberRule]}
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
            rules={[levelRule]}
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
          rules={[zodRule(createStandardInputSchema.shape.titleZh, lang)]}
          required
        >
          <Input placeholder={t(m.titleZhPlaceholder)} lang="zh-CN" />
        </Form.Item>
        <Form.Item name="titleEn" label={t(m.titleEn)} rules={[zodRule(createStandardInputSchema.shape.titleEn, lang)]}>
          <Input lang="en" />
        </Form.Item>
      </Card>

      <Card title={<h2 className="standard-form-section">{t(m.formClassification)}</h2>} className="standard-form-card">
        <Form.Item name="kind" label={t(m.kind)}>
          <Radio.Group
            options={standardKinds.map((value) => ({ value, label: t(standardKindLabels[value]) }))}
            optionType="button"
          />
        </Form.Item>
        {kind === 'revision' && (
          <Form.Item
            name="replaces"
            label={t(m.replaces)}
            rules={[replacesRule]}
            normalize={(value: string[] | undefined) => [
              ...new Set((value ?? []).map(canonicalNumber).filter(Boolean)),
            ]}
          >
            <Select
              mode="tags"
              open={false}
              suffixIcon={null}
              tokenSeparators={[',', '，', ';', '；', '、']}
              placeholder={t(m.replacesPlaceholder)}
            />
          </Form.Item>
        )}
        <Form.Item
          name="directions"
          label={t(m.directions)}
          rules={[zodRule(createStandardInputSchema.shape.directions, lang)]}
          required
        >
          <DirectionPicker parts={framework.data?.parts ?? []} loading={framework.isPending} />
        </Form.Item>
      </Card>

      <Card title={<h2 className="standard-form-section">{t(m.formLifecycle)}</h2>} className="standard-form-card">
        <p className="standard-form-help">{t(m.milestonesHelp)}</p>
        <Row gutter={16}>{milestoneFields.map(dateItem)}</Row>
      </Card>

      <Card title={<h2 className="standard-form-section">{t(m.formMore)}</h2>} className="standard-form-card">
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="committee" label={t(m.committee)} rules={[committeeRule]}>
              <Input placeholder={t(m.committeePlaceholder)} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item
              name="internationalRef"
              label={t(m.internationalRef)}
              rules={[internationalRefRule]}
              dependencies={['internationalDegree']}
            >
              <Input placeholder={t(m.internationalRefPlaceholder)} autoComplete="off" spellCheck={false} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item
              name="internationalDegree"
              label={t(m.internationalDegree)}
              rules={[internationalDegreeRule]}
              dependencies={['internationalRef']}
            >
              <Select
                allowClear
                options={adoptionDegrees.map((degree) => ({ value: degree, label: t(degreeLabels[degree]) }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="tags" label={t(m.tags)} extra={t(m.tagsHelp)}>
          <Select
            mode="tags"
            tokenSeparators={[',', '，', '、']}
            options={suggestedTags.map((tag) => ({ value: tag, label: tag }))}
            placeholder={t(m.tagsPlaceholder)}
          />
        </Form.Item>
        <Form.Item name="notes" label={t(m.notes)} rules={[zodRule(createStandardInputSchema.shape.notes, lang)]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
        </Form.Item>
      </Card>

      <div className="standard-form-actions">
        <Space>
          <Button onClick={onCancel} autoInsertSpace={false}>
            {t(m.cancel)}
          </Button>
          <Button type="primary" htmlType="submit" loading={submitting} autoInsertSpace={false}>
            {t(m.save)}
          </Button>
        </Space>
      </div>
    </Form>
  );
}
