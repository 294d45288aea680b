import { adoptionEvidenceLabels, adoptionStageLabels } from '@cloudstd/shared/domain/labels';
import { todayInChina } from '@cloudstd/shared/domain/calendar';
import {
  adoptionEvidences,
  adoptionStages,
  type AdoptionEvidence,
  type AdoptionStage,
} from '@cloudstd/shared/schemas/enterprise';
import { App, Checkbox, Form, Input, Modal, Radio } from 'antd';
import { DateInput, dateTextProblem } from '../../../components/date-input.tsx';
import { checkRule } from '../../../lib/form.ts';
import { useEffect } from 'react';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { useCreateAdoption } from '../api/create-adoption.ts';
import { enterprisesMessages as m } from '../messages.ts';
import { EnterprisePicker, StandardPicker } from './record-pickers.tsx';

/** The side already known: an enterprise's page adds a standard, a standard's page adds an enterprise. */
type AdoptionContext = { enterpriseId: number; standardId?: never } | { standardId: number; enterpriseId?: never };

interface AdoptionFormValues {
  enterpriseId: number | undefined;
  standardId: number | undefined;
  adoptedOn: string | null;
  evidence: AdoptionEvidence;
  stages?: AdoptionStage[];
  assessmentBody?: string;
  assessmentResult?: string;
  reference: string;
  notes: string;
}

interface AddAdoptionDialogProps {
  open: boolean;
  context: AdoptionContext;
  /** Names the known side in the title, e.g. the enterprise's name or the standard's number. */
  subject: string;
  onClose: () => void;
}

/** Records that an enterprise adopted a standard: picker, date (not after today), evidence, reference. */
export function AddAdoptionDialog({ open, context, subject, onClose }: AddAdoptionDialogProps) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<AdoptionFormValues>();
  // Only a third-party assessment has an assessing body and a result.
  const evidence = Form.useWatch('evidence', form);
  const create = useCreateAdoption();
  const today = todayInChina();
  const pickerField = context.enterpriseId === undefined ? 'enterpriseId' : 'standardId';

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    create.reset();
    // Only on opening.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  // The server's refusals go to their fields: a duplicate to the picker, a date to the date.
  useEffect(() => {
    const error = create.error;
    if (!isApiError(error)) return;
    if (error.code === 'ADOPTION_EXISTS') {
      const existing = error.problem?.existing as { adoptedOn?: string } | undefined;
      form.setFields([{ name: pickerField, errors: [t(m.adoptionExists, { date: existing?.adoptedOn ?? '' })] }]);
      return;
    }
    form.setFields(
      error.fieldErrors
        .filter((fieldError) =>
          [
            'enterpriseId',
            'standardId',
            'adoptedOn',
            'evidence',
            'stages',
            'assessmentBody',
            'assessmentResult',
            'reference',
            'notes',
          ].includes(fieldError.field),
        )
        .map((fieldError) => ({
          name: fieldError.field as keyof AdoptionFormValues,
          errors: [lang === 'zh' ? fieldError.messageZh : fieldError.messageEn],
        })),
    );
  }, [create.error, form, lang, pickerField, t]);

  const submit = (values: AdoptionFormValues) => {
    create.mutate(
      {
        enterpriseId: context.enterpriseId ?? values.enterpriseId ?? 0,
        standardId: context.standardId ?? values.standardId ?? 0,
        adoptedOn: values.adoptedOn ?? '',
        evidence: values.evidence,
        stages: values.stages ?? [],
        ...(values.evidence === 'assessment'
          ? {
              assessmentBody: values.assessmentBody?.trim() || null,
              assessmentResult: values.assessmentResult?.trim() || null,
            }
          : {}),
        reference: values.reference.trim() || null,
        notes: values.notes.trim() || null,
      },
      {
        onSuccess: () => {
          void message.success(t(m.adoptionAdded));
          onClose();
        },
      },
    );
  };

  const unplaced =
    create.isError && !isApiError(create.error, 'ADOPTION_EXISTS') && !isApiError(create.error, 'VALIDATION_FAILED');

  return (
    <Modal
      open={open}
      title={`${t(m.adoptionDialogTitle)} · ${subject}`}
      okText={t(m.create)}
      cancelText={t(m.cancel)}
      onOk={() => {
        form.submit();
      }}
      onCancel={onClose}
      confirmLoading={create.isPending}
      destroyOnHidden
      okButtonProps={{ autoInsertSpace: false }}
      cancelButtonProps={{ autoInsertSpace: false }}
    >
      {unplaced && <ApiErrorAlert error={create.error} className="form-alert" />}
      <Form<AdoptionFormValues>
        form={form}
        layout="vertical"
        name="adoption"
        initialValues={{ adoptedOn: today, evidence: 'certificate', reference: '', notes: '' }}
        onFinish={submit}
        disabled={create.isPending}
      >
        {context.enterpriseId === undefined ? (
          <Form.Item
            name="enterpriseId"
            label={t(m.enterprise)}
            rules={[{ required: true, message: t(m.chooseEnterprise) }]}
          >
            <EnterprisePicker />
          </Form.Item>
        ) : (
          <Form.Item name="standardId" label={t(m.standard)} rules={[{ required: true, message: t(m.chooseStandard) }]}>
            <StandardPicker />
          </Form.Item>
        )}
        <Form.Item
          name="adoptedOn"
          label={t(m.adoptedOn)}
          validateFirst
          rules={[
            { required: true, message: t(m.chooseDate) },
            checkRule((value) => dateTextProblem(value, lang)),
            {
              validator: (_rule, value: unknown) =>
                typeof value === 'string' && value > today
                  ? Promise.reject(new Error(t(m.futureDate)))
                  : Promise.resolve(),
            },
          ]}
        >
          <DateInput disabledDate={(date) => date > today} />
        </Form.Item>
        <Form.Item name="evidence" label={t(m.evidence)} rules={[{ required: true, message: t(m.chooseEvidence) }]}>
          <Radio.Group
            optionType="button"
            options={adoptionEvidences.map((value) => ({ value, label: t(adoptionEvidenceLabels[value]) }))}
          />
        </Form.Item>
        {evidence === 'assessment' && (
          <>
            <Form.Item name="assessmentBody" label={t(m.assessmentBody)}>
              <Input maxLength={200} autoComplete="off" />
            </Form.Item>
            <Form.Item name="assessmentResult" label={t(m.assessmentResult)}>
              <Input maxLength={200} autoComplete="off" />
            </Form.Item>
          </>
        )}
        <Form.Item name="stages" label={t(m.stages)} extra={t(m.stagesHint)}>
          <Checkbox.Group options={adoptionStages.map((value) => ({ value, label: t(adoptionStageLabels[value]) }))} />
        </Form.Item>
        <Form.Item name="reference" label={t(m.reference)}>
          <Input placeholder={t(m.referencePlaceholder)} maxLength={500} autoComplete="off" />
        </Form.Item>
        <Form.Item name="notes" label={t(m.adoptionNotes)}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
