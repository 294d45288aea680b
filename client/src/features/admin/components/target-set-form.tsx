import type { TargetSet } from '@cloudstd/shared/schemas/target-set';
import { Button, Form, Row, Space } from 'antd';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { useRevalidateOnLanguageChange } from '../../../lib/form.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { useTargetSetSave } from '../hooks/use-target-set-save.ts';
import { targetSetSaveNeedsAlert } from '../utils/target-set-form-checks.ts';
import { targetSetToFormValues, type TargetSetFormValues } from '../utils/target-set-form-values.ts';
import { TargetSetConflictAlert } from './target-set-conflict-alert.tsx';
import { TargetSetCountingFields, TargetSetGoalFields, TargetSetNameFields } from './target-set-fields.tsx';

/** Edits a target set: names, window and goals, what counts; saves only what changed. */
export function TargetSetForm({ targetSet, onDone }: { targetSet: TargetSet; onDone: () => void }) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<TargetSetFormValues>();
  useRevalidateOnLanguageChange(form);
  const { update, base, conflict, dismissConflict, submit } = useTargetSetSave(form, targetSet, onDone);

  return (
    <Form<TargetSetFormValues>
      form={form}
      layout="vertical"
      name="target-set"
      initialValues={targetSetToFormValues(targetSet)}
      onFinish={submit}
      onValuesChange={() => {
        if (update.isError) update.reset();
      }}
      disabled={update.isPending}
    >
      {conflict && <TargetSetConflictAlert conflict={conflict} onClose={dismissConflict} />}
      {targetSetSaveNeedsAlert(update.error, lang) && <ApiErrorAlert error={update.error} className="form-alert" />}
      <Row gutter={16}>
        <TargetSetNameFields />
        <TargetSetGoalFields />
        <TargetSetCountingFields isDefault={base.isDefault} />
      </Row>
      <Form.Item className="form-actions">
        <Space>
          <Button onClick={onDone}>{t('action.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={update.isPending}>
            {t('action.save')}
          </Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
