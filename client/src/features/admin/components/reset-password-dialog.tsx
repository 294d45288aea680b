import { updateUserInputSchema, type User } from '@cloudstd/shared/schemas/user';
import { App, Button, Form, Input, Modal, Space } from 'antd';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { useRevalidateOnLanguageChange } from '../../../lib/form.ts';
import { zodRule } from '../../../lib/zod-rule.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { useUpdateUser } from '../api/update-user.ts';
import { adminMessages as m } from '../messages.ts';

interface ResetPasswordDialogProps {
  user: User | null;
  onClose: () => void;
}

export function ResetPasswordDialog({ user, onClose }: ResetPasswordDialogProps) {
  const { t } = useI18n();
  return (
    <Modal
      open={user !== null}
      title={user ? t(m.resetPasswordTitle, { username: user.username }) : ''}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
    >
      {user && <ResetPasswordForm user={user} onDone={onClose} />}
    </Modal>
  );
}

interface ResetPasswordValues {
  password: string;
  confirmPassword: string;
}

// updateUserInputSchema refines the whole object, so the field's own schema is taken from its shape.
const passwordSchema = updateUserInputSchema.shape.password.unwrap();

function ResetPasswordForm({ user, onDone }: { user: User; onDone: () => void }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ResetPasswordValues>();
  useRevalidateOnLanguageChange(form);
  const update = useUpdateUser();

  const submit = ({ password }: ResetPasswordValues) => {
    update.mutate(
      { id: user.id, changes: { password } },
      {
        onSuccess: () => {
          void message.success(t(m.passwordReset, { username: user.username }));
          onDone();
        },
      },
    );
  };

  return (
    <Form<ResetPasswordValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      onValuesChange={() => {
        if (update.isError) update.reset();
      }}
      disabled={update.isPending}
      name="reset-password"
    >
      {update.isError && <ApiErrorAlert error={update.error} className="form-alert" />}
      <Form.Item name="password" label={t(m.newPassword)} rules={[zodRule(passwordSchema, lang)]}>
        <Input.Password autoComplete="new-password" autoFocus />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t(m.confirmPassword)}
        dependencies={['password']}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_rule, value: unknown) =>
              value === getFieldValue('password') ? Promise.resolve() : Promise.reject(new Error(t(m.passwordsDiffer))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item className="form-actions">
        <Space>
          <Button onClick={onDone}>{t('action.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={update.isPending}>
            {t(m.resetPassword)}
          </Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
