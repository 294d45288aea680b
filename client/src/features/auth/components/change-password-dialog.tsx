import { changePasswordInputSchema, type ChangePasswordInput } from '@cloudstd/shared/schemas/auth';
import { App, Button, Form, Input, Modal, Space } from 'antd';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { describeError, isApiError } from '../../../lib/api-client.ts';
import { useCurrentUser } from '../../../lib/current-user.tsx';
import { useRevalidateOnLanguageChange } from '../../../lib/form.ts';
import { zodRule } from '../../../lib/zod-rule.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { useChangePassword } from '../api/change-password.ts';
import { authMessages as m } from '../messages.ts';

interface ChangePasswordValues extends ChangePasswordInput {
  confirmPassword: string;
}

interface ChangePasswordDialogProps {
  open: boolean;
  onClose: () => void;
}

export function ChangePasswordDialog({ open, onClose }: ChangePasswordDialogProps) {
  const { t } = useI18n();
  return (
    <Modal open={open} title={t(m.changePasswordTitle)} onCancel={onClose} footer={null} destroyOnHidden>
      <ChangePasswordForm onDone={onClose} />
    </Modal>
  );
}

function ChangePasswordForm({ onDone }: { onDone: () => void }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const user = useCurrentUser();
  const [form] = Form.useForm<ChangePasswordValues>();
  useRevalidateOnLanguageChange(form);
  const change = useChangePassword();
  const wrongCurrent = isApiError(change.error, 'WRONG_CURRENT_PASSWORD');

  const submit = ({ currentPassword, newPassword }: ChangePasswordValues) => {
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          void message.success(t(m.passwordChanged));
          onDone();
        },
      },
    );
  };

  return (
    <Form<ChangePasswordValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      onValuesChange={() => {
        if (change.isError) change.reset();
      }}
      disabled={change.isPending}
      name="change-password"
    >
      {/* Lets password managers file the new password under the right account. */}
      <input type="text" name="username" autoComplete="username" value={user.username} readOnly hidden />
      {change.isError && !wrongCurrent && <ApiErrorAlert error={change.error} className="form-alert" />}
      <Form.Item
        name="currentPassword"
        label={t(m.currentPassword)}
        rules={[{ required: true, message: t(m.enterCurrentPassword) }]}
        {...(wrongCurrent ? { validateStatus: 'error' as const, help: describeError(change.error, lang).title } : {})}
      >
        <Input.Password autoComplete="current-password" autoFocus />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t(m.newPassword)}
        extra={t(m.newPasswordHelp)}
        rules={[zodRule(changePasswordInputSchema.shape.newPassword, lang)]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t(m.confirmPassword)}
        dependencies={['newPassword']}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_rule, value: unknown) =>
              value === getFieldValue('newPassword')
                ? Promise.resolve()
                : Promise.reject(new Error(t(m.passwordsDiffer))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item className="form-actions">
        <Space>
          <Button onClick={onDone}>{t('action.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={change.isPending}>
            {t('action.save')}
          </Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
