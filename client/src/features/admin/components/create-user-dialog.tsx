import { createUserInputSchema, type CreateUserInput } from '@cloudstd/shared/schemas/user';
import { App, Button, Form, Input, Modal, Select, Space } from 'antd';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { describeError, isApiError, serverFieldError } from '../../../lib/api-client.ts';
import { useRevalidateOnLanguageChange } from '../../../lib/form.ts';
import { zodRule } from '../../../lib/zod-rule.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { useCreateUser } from '../api/create-user.ts';
import { adminMessages as m } from '../messages.ts';
import { roleMessageKey, roles } from '../utils/roles.ts';

interface CreateUserDialogProps {
  open: boolean;
  onClose: () => void;
}

export function CreateUserDialog({ open, onClose }: CreateUserDialogProps) {
  const { t } = useI18n();
  return (
    <Modal open={open} title={t(m.newUser)} onCancel={onClose} footer={null} destroyOnHidden>
      <CreateUserForm onDone={onClose} />
    </Modal>
  );
}

type FieldName = keyof CreateUserInput;
const formFields: readonly string[] = ['username', 'password', 'role'] satisfies FieldName[];

function CreateUserForm({ onDone }: { onDone: () => void }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<CreateUserInput>();
  useRevalidateOnLanguageChange(form);
  const create = useCreateUser();
  const error = create.error;
  const usernameTaken = isApiError(error, 'USERNAME_TAKEN');
  // Field errors show under their fields; the alert is for everything else.
  const fieldErrorsShown =
    isApiError(error, 'VALIDATION_FAILED') &&
    error.fieldErrors.length > 0 &&
    error.fieldErrors.every((fieldError) => formFields.includes(fieldError.field));

  // The server's verdict on a field replaces the field's help until the form is edited again.
  const serverHelp = (field: FieldName) => {
    const text =
      field === 'username' && usernameTaken ? describeError(error, lang).title : serverFieldError(error, field, lang);
    return text === null ? {} : { validateStatus: 'error' as const, help: text };
  };

  const submit = (values: CreateUserInput) => {
    create.mutate(
      { ...values, username: values.username.trim() },
      {
        onSuccess: (user) => {
          void message.success(t(m.userCreated, { username: user.username }));
          onDone();
        },
      },
    );
  };

  return (
    <Form<CreateUserInput>
      form={form}
      layout="vertical"
      initialValues={{ role: 'viewer' }}
      onFinish={submit}
      onValuesChange={() => {
        if (create.isError) create.reset();
      }}
      disabled={create.isPending}
      name="create-user"
    >
      {create.isError && !usernameTaken && !fieldErrorsShown && <ApiErrorAlert error={error} className="form-alert" />}
      <Form.Item
        name="username"
        label={t(m.username)}
        extra={t(m.usernameHelp)}
        rules={[zodRule(createUserInputSchema.shape.username, lang, { trimmed: true })]}
        {...serverHelp('username')}
      >
        <Input autoComplete="off" autoCapitalize="none" spellCheck={false} autoFocus />
      </Form.Item>
      <Form.Item
        name="password"
        label={t(m.password)}
        extra={t(m.passwordHelp)}
        rules={[zodRule(createUserInputSchema.shape.password, lang)]}
        {...serverHelp('password')}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item name="role" label={t(m.role)} {...serverHelp('role')}>
        <Select options={roles.map((role) => ({ value: role, label: t(roleMessageKey(role)) }))} />
      </Form.Item>
      <Form.Item className="form-actions">
        <Space>
          <Button onClick={onDone}>{t('action.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            {t(m.create)}
          </Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
