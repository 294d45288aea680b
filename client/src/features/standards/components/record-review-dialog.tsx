import { reviewOutcomeLabels } from '@cloudstd/shared/domain/labels';
import type { CreateReviewInput, ReviewsDue } from '@cloudstd/shared/schemas/review';
import { App, Form, Input, Modal, Select } from 'antd';
import { DateInput, dateTextProblem } from '../../../components/date-input.tsx';
import { checkRule } from '../../../lib/form.ts';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import { useRecordReview } from '../api/record-review.ts';
import { standardsMessages as m } from '../messages.ts';

const outcomes = ['confirmed', 'revise', 'withdraw'] as const;

type DueItem = ReviewsDue['items'][number];

interface ReviewFormValues {
  outcome: CreateReviewInput['outcome'] | undefined;
  reviewedOn: string | null;
  notes: string;
}

/** Records a review's outcome (继续有效 / 修订 / 废止) and date for one standard due for review. */
export function RecordReviewDialog({ item, onClose }: { item: DueItem | null; onClose: () => void }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReviewFormValues>();
  const record = useRecordReview();
  const close = () => {
    record.reset();
    form.resetFields();
    onClose();
  };
  const submit = (values: ReviewFormValues) => {
    if (!item || values.outcome === undefined || values.reviewedOn === null) return;
    record.mutate(
      {
        standardId: item.id,
        review: { outcome: values.outcome, reviewedOn: values.reviewedOn, notes: values.notes.trim() || null },
      },
      {
        onSuccess: () => {
          void message.success(t(m.reviewRecorded, { number: item.number ?? item.titleZh }));
          close();
        },
      },
    );
  };
  return (
    <Modal
      open={item !== null}
      title={item ? `${t(m.recordReview)} · ${item.number ?? item.titleZh}` : t(m.recordReview)}
      okText={t(m.save)}
      cancelText={t(m.cancel)}
      confirmLoading={record.isPending}
      onOk={() => {
        form.submit();
      }}
      onCancel={close}
      destroyOnHidden
    >
      {record.isError && <ApiErrorAlert error={record.error} className="form-alert" />}
      <Form<ReviewFormValues>
        form={form}
        layout="vertical"
        name="record-review"
        initialValues={{ outcome: undefined, reviewedOn: null, notes: '' }}
        onFinish={submit}
      >
        <Form.Item name="outcome" label={t(m.reviewOutcome)} rules={[{ required: true, message: t(m.chooseOutcome) }]}>
          <Select options={outcomes.map((outcome) => ({ value: outcome, label: t(reviewOutcomeLabels[outcome]) }))} />
        </Form.Item>
        <Form.Item
          name="reviewedOn"
          label={t(m.reviewedOn)}
          validateFirst
          rules={[{ required: true, message: t(m.chooseDate) }, checkRule((value) => dateTextProblem(value, lang))]}
        >
          <DateInput />
        </Form.Item>
        <Form.Item name="notes" label={t(m.reviewNotes)}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
