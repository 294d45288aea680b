import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { internationalStageKeys, type InternationalStage } from '@cloudstd/shared/domain/international-stage';
import { chinaRoleLabels, internationalBodyLabels, internationalStageLabels } from '@cloudstd/shared/domain/labels';
import {
  chinaRoles,
  internationalBodies,
  type CreateInternationalItemInput,
  type InternationalItem,
} from '@cloudstd/shared/schemas/international-item';
import { Alert, Button, DatePicker, Form, Input, Modal, Radio, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { internationalMessages as m } from '../messages.ts';

interface FormValues {
  body: InternationalItem['body'];
  committee?: string;
  reference: string;
  titleEn: string;
  titleZh?: string;
  chinaRole: InternationalItem['chinaRole'];
  experts: string[];
  relatedStandard?: string;
  notes?: string;
  stages: { stage?: InternationalStage; on?: Dayjs | null }[];
}

function toFormValues(item: InternationalItem | null): FormValues {
  if (!item)
    return { body: 'iso_iec_jtc1', reference: '', titleEn: '', chinaRole: 'participated', experts: [], stages: [] };
  return {
    body: item.body,
    committee: item.committee ?? '',
    reference: item.reference,
    titleEn: item.titleEn,
    titleZh: item.titleZh ?? '',
    chinaRole: item.chinaRole,
    experts: item.experts,
    relatedStandard: item.relatedStandard ?? '',
    notes: item.notes ?? '',
    stages: item.stages.map((stage) => ({ stage: stage.stage, on: dayjs(stage.on) })),
  };
}

/** The form's values as the API takes them (the server checks stages and the related standard). */
function toInput(values: FormValues): CreateInternationalItemInput {
  return {
    body: values.body,
    committee: values.committee?.trim() || null,
    reference: values.reference.trim(),
    titleEn: values.titleEn.trim(),
    titleZh: values.titleZh?.trim() || null,
    chinaRole: values.chinaRole,
    experts: values.experts.map((e) => e.trim()).filter(Boolean),
    relatedStandard: values.relatedStandard?.trim() || null,
    notes: values.notes?.trim() || null,
    stages: values.stages.flatMap((row) =>
      row.stage && row.on ? [{ stage: row.stage, on: row.on.format('YYYY-MM-DD') }] : [],
    ),
  };
}

interface InternationalItemFormProps {
  open: boolean;
  /** null: a new item. */
  item: InternationalItem | null;
  submitting: boolean;
  error: unknown;
  onSubmit: (input: CreateInternationalItemInput) => void;
  onCancel: () => void;
}

/** Create or edit an item with its stage rows; the server's field errors land on their fields. */
export function InternationalItemForm({
  open,
  item,
  submitting,
  error,
  onSubmit,
  onCancel,
}: InternationalItemFormProps) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<FormValues>();

  useEffect(() => {
    if (open) form.setFieldsValue(toFormValues(item));
    if (open && !item) form.resetFields();
  }, [open, item, form]);

  useEffect(() => {
    if (!isApiError(error)) return;
    const fields = error.fieldErrors.flatMap((fieldError) => {
      const path = fieldError.field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
      if (path.length === 0 || path[0] === '') return [];
      return [{ name: path, errors: [lang === 'zh' ? fieldError.messageZh : fieldError.messageEn] }];
    });
    if (fields.length > 0) form.setFields(fields as Parameters<typeof form.setFields>[0]);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [error, form]);

  const required = (message: string) => ({ required: true, message });

  return (
    <Modal
      open={open}
      title={t(item ? m.editItem : m.newItem)}
      okText={t(m.save)}
      cancelText={t(m.cancel)}
      confirmLoading={submitting}
      onOk={() => {
        form.submit();
      }}
      onCancel={onCancel}
      width={760}
      destroyOnHidden
    >
      {error !== null && error !== undefined && <ApiErrorAlert error={error} className="form-alert" />}
      <Form<FormValues>
        form={form}
        layout="vertical"
        initialValues={toFormValues(item)}
        onFinish={(values) => {
          onSubmit(toInput(values));
        }}
      >
        <Form.Item name="body" label={t(m.body)} rules={[required(t(m.body))]}>
          <Radio.Group
            options={internationalBodies.map((value) => ({ value, label: t(internationalBodyLabels[value]) }))}
          />
        </Form.Item>
        <Space.Compact block>
          <Form.Item name="committee" label={t(m.committee)} style={{ flex: 1 }}>
            <Input placeholder={t(m.committeePlaceholder)} />
          </Form.Item>
          <Form.Item name="reference" label={t(m.reference)} rules={[required(t(m.reference))]} style={{ flex: 1 }}>
            <Input />
          </Form.Item>
        </Space.Compact>
        <Form.Item name="titleEn" label={t(m.titleEn)} rules={[required(t(m.titleEn))]}>
          <Input />
        </Form.Item>
        <Form.Item name="titleZh" label={t(m.titleZh)}>
          <Input />
        </Form.Item>
        <Form.Item name="chinaRole" label={t(m.chinaRole)} rules={[required(t(m.chinaRole))]}>
          <Radio.Group options={chinaRoles.map((value) => ({ value, label: t(chinaRoleLabels[value]) }))} />
        </Form.Item>
        <Form.Item name="experts" label={t(m.experts)}>
          <Select mode="tags" placeholder={t(m.expertsPlaceholder)} open={false} />
        </Form.Item>
        <Form.Item name="relatedStandard" label={t(m.relatedStandard)}>
          <Input placeholder={t(m.relatedStandardPlaceholder)} />
        </Form.Item>
        <fieldset className="intl-stages">
          <legend>{t(m.stages)}</legend>
          <Alert type="info" showIcon title={t(m.stagesHelp)} className="intl-stages-help" />
          <Form.List name="stages">
            {(rows, { add, remove }) => (
              <>
                {rows.map((row, index) => (
                  <Space key={row.key} align="baseline" data-testid="intl-stage-row">
                    <Form.Item name={[row.name, 'stage']} rules={[required(t(m.stage))]} label={t(m.stage)}>
                      <Select
                        style={{ width: 240 }}
                        aria-label={`${t(m.stage)} ${index + 1}`}
                        options={internationalStageKeys.map((value) => ({
                          value,
                          label: t(internationalStageLabels[value]),
                        }))}
                      />
                    </Form.Item>
                    <Form.Item name={[row.name, 'on']} rules={[required(t(m.stageDate))]} label={t(m.stageDate)}>
                      <DatePicker aria-label={`${t(m.stageDate)} ${index + 1}`} />
                    </Form.Item>
                    <Button
                      type="text"
                      aria-label={t(m.removeStage)}
                      icon={<MinusCircleOutlined aria-hidden />}
                      onClick={() => {
                        remove(row.name);
                      }}
                    />
                  </Space>
                ))}
                <Button
                  type="dashed"
                  icon={<PlusOutlined aria-hidden />}
                  onClick={() => {
                    add({});
                  }}
                >
                  {t(m.addStage)}
                </Button>
              </>
            )}
          </Form.List>
        </fieldset>
        <Form.Item name="notes" label={t(m.notes)}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
