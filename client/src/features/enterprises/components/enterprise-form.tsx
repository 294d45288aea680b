import { enterpriseSizeLabels } from '@cloudstd/shared/domain/labels';
import { normaliseCreditCode, parseCreditCode } from '@cloudstd/shared/domain/credit-code';
import { provinces } from '@cloudstd/shared/domain/credit-code-regions';
import {
  createEnterpriseInputSchema,
  creditCodeOverrideSchema,
  enterpriseSizes,
} from '@cloudstd/shared/schemas/enterprise';
import { AutoComplete, Alert, Button, Card, Checkbox, Col, Form, Input, Radio, Row, Select, Space } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useRevalidateOnLanguageChange } from '../../../lib/form.ts';
import { pick, useI18n } from '../../../lib/i18n.tsx';
import { zodRule } from '../../../lib/zod-rule.ts';
import { enterprisesMessages as m, suggestedIndustries } from '../messages.ts';
import type { EnterpriseFormValues } from '../utils/enterprise-form-values.ts';
import { CreditCodePreview } from './credit-code-preview.tsx';

interface EnterpriseFormProps {
  initialValues: EnterpriseFormValues;
  /** Admins may record a code failing its check character, with a reason. */
  canOverride: boolean;
  onSubmit: (values: EnterpriseFormValues) => void;
  onCancel: () => void;
  submitting: boolean;
  submitLabel: string;
  /** The last failed save: field errors go to their fields, anything else to an alert above the form. */
  error: unknown;
  notice?: ReactNode;
}

/** The create and edit form of an enterprise; the credit code is checked as it is typed, with the server's rule. */
export function EnterpriseForm({
  initialValues,
  canOverride,
  onSubmit,
  onCancel,
  submitting,
  submitLabel,
  error,
  notice,
}: EnterpriseFormProps) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<EnterpriseFormValues>();
  useRevalidateOnLanguageChange(form);
  const creditCode = Form.useWatch('creditCode', form) ?? initialValues.creditCode;
  const override = Form.useWatch('override', form) ?? false;
  const parsed = creditCode.trim() === '' ? null : parseCreditCode(creditCode);
  const checksumFails = parsed !== null && !parsed.ok && parsed.error.code === 'CHECKSUM';
  const described = parsed === null ? null : parsed.ok ? parsed.value : (parsed.described ?? null);
  const message = (error: { messageZh: string; messageEn: string }) =>
    lang === 'zh' ? error.messageZh : error.messageEn;

  // A failed save marks the fields the server named.
  useEffect(() => {
    if (!isApiError(error)) return;
    const fields = error.fieldErrors
      .filter((fieldError) => ['name', 'creditCode', 'industry', 'province', 'notes'].includes(fieldError.field))
      .map((fieldError) => ({
        name: fieldError.field as keyof EnterpriseFormValues,
        errors: [lang === 'zh' ? fieldError.messageZh : fieldError.messageEn],
      }));
    if (isApiError(error, 'CREDIT_CODE_TAKEN')) {
      fields.push({
        name: 'creditCode',
        errors: [lang === 'zh' ? (error.problem?.detailZh ?? '') : (error.problem?.detail ?? '')],
      });
    }
    if (fields.length > 0) form.setFields(fields);
    // Only a new error is applied; the language switch revalidates on its own.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [error, form]);

  const province = Form.useWatch('province', form);
  const codeProvince = described?.province && described.province.code !== '10' ? described.province : null;

  const creditCodeRule = {
    validator: (_rule: unknown, value: unknown) => {
      const result = parseCreditCode(typeof value === 'string' ? value : '');
      if (result.ok) return Promise.resolve();
      if (result.error.code === 'CHECKSUM' && canOverride && form.getFieldValue('override') === true) {
        return Promise.resolve();
      }
      return Promise.reject(new Error(message(result.error)));
    },
  };

  return (
    <Form<EnterpriseFormValues>
      form={form}
      layout="vertical"
      name="enterprise"
      initialValues={initialValues}
      onFinish={() => {
        onSubmit(form.getFieldsValue(true) as EnterpriseFormValues);
      }}
      scrollToFirstError={{ block: 'center' }}
      disabled={submitting}
      className="enterprise-form"
    >
      {notice}
      {Boolean(error) && !isApiError(error, 'VALIDATION_FAILED') && !isApiError(error, 'CREDIT_CODE_CHECKSUM') && (
        <ApiErrorAlert error={error} className="form-alert" />
      )}
      {(isApiError(error, 'VALIDATION_FAILED') || isApiError(error, 'CREDIT_CODE_CHECKSUM')) && (
        <Alert type="error" showIcon role="alert" className="form-alert" title={t(m.fixErrors)} />
      )}
      <Card className="enterprise-form-card">
        <Form.Item
          name="name"
          label={t(m.name)}
          rules={[zodRule(createEnterpriseInputSchema.shape.name, lang, { trimmed: true })]}
          required
        >
          <Input placeholder={t(m.namePlaceholder)} autoComplete="off" autoFocus />
        </Form.Item>
        <Form.Item
          name="creditCode"
          label={t(m.creditCode)}
          rules={[creditCodeRule]}
          dependencies={['override']}
          required
          extra={
            described ? <CreditCodePreview described={described} verified={parsed?.ok === true} /> : t(m.creditCodeHint)
          }
        >
          <Input
            placeholder={t(m.creditCodePlaceholder)}
            autoComplete="off"
            spellCheck={false}
            className="credit-code-input"
            maxLength={60}
            onBlur={(event) => {
              // What is stored: half-width, upper case, no spaces.
              const normalised = normaliseCreditCode(event.target.value);
              if (normalised !== event.target.value) {
                form.setFieldValue('creditCode', normalised);
                void form.validateFields(['creditCode']).catch(() => undefined);
              }
            }}
          />
        </Form.Item>
        {checksumFails &&
          (canOverride ? (
            <div className="credit-code-override">
              <Form.Item name="override" valuePropName="checked" extra={t(m.overrideHelp)}>
                <Checkbox>{t(m.overrideLabel)}</Checkbox>
              </Form.Item>
              {override && (
                <Form.Item
                  name="overrideReason"
                  label={t(m.overrideReason)}
                  rules={[zodRule(creditCodeOverrideSchema.shape.reason, lang, { trimmed: true })]}
                  required
                >
                  <Input.TextArea rows={2} placeholder={t(m.overrideReasonPlaceholder)} maxLength={500} showCount />
                </Form.Item>
              )}
            </div>
          ) : (
            <Alert type="info" showIcon className="form-alert" title={t(m.overrideAdminsOnly)} />
          ))}
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="industry" label={t(m.industry)}>
              <AutoComplete
                options={suggestedIndustries.map((value) => ({ value }))}
                placeholder={t(m.industryPlaceholder)}
                allowClear
                showSearch={{
                  filterOption: (input, option) => String(option?.value ?? '').includes(input.trim()),
                }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="province"
              label={t(m.province)}
              extra={
                codeProvince && province !== codeProvince.nameZh ? (
                  <Button
                    type="link"
                    size="small"
                    className="inline-link-button"
                    onClick={() => {
                      form.setFieldValue('province', codeProvince.nameZh);
                    }}
                  >
                    {t(m.provinceFromCode, { province: pick(lang, codeProvince.nameZh, codeProvince.nameEn) })}
                  </Button>
                ) : undefined
              }
            >
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t(m.provincePlaceholder)}
                options={provinces.map((item) => ({
                  value: item.nameZh,
                  label: lang === 'zh' ? item.nameZh : `${item.nameEn} ${item.nameZh}`,
                }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="size" label={t(m.size)}>
          <Radio.Group
            optionType="button"
            options={enterpriseSizes.map((value) => ({ value, label: t(enterpriseSizeLabels[value]) }))}
          />
        </Form.Item>
        <Form.Item
          name="notes"
          label={t(m.notes)}
          rules={[zodRule(createEnterpriseInputSchema.shape.notes, lang, { trimmed: true })]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
      </Card>
      <Space className="form-actions">
        <Button type="primary" htmlType="submit" loading={submitting}>
          {submitLabel}
        </Button>
        <Button onClick={onCancel} disabled={false}>
          {t(m.cancel)}
        </Button>
      </Space>
    </Form>
  );
}
