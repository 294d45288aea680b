import { PlusOutlined } from '@ant-design/icons';
import type { Role, User } from '@cloudstd/shared/schemas/user';
import { App, Button, Card, Typography } from 'antd';
import { useState } from 'react';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { ForbiddenResult } from '../../../components/forbidden-result.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useCurrentUser } from '../../../lib/current-user.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import { useUsers } from '../api/get-users.ts';
import { useUpdateUser, type UpdateUserVariables } from '../api/update-user.ts';
import { roleMessageKey } from '../utils/roles.ts';
import { CreateUserDialog } from './create-user-dialog.tsx';
import { ResetPasswordDialog } from './reset-password-dialog.tsx';
import { UsersTable } from './users-table.tsx';
import { adminMessages as m } from '../messages.ts';

/** The accounts and their roles: create, change role, disable, reset a password. */
export function UsersSection() {
  const { t } = useI18n();
  const { message, modal } = App.useApp();
  const currentUser = useCurrentUser();
  const users = useUsers();
  const update = useUpdateUser();
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<User | null>(null);

  if (isApiError(users.error) && users.error.status === 403) return <ForbiddenResult />;

  const save = (variables: UpdateUserVariables, success: string) => {
    update.mutate(variables, { onSuccess: () => void message.success(success) });
  };

  const changeRole = (user: User, role: Role) => {
    const roleName = t(roleMessageKey(role));
    const apply = () => {
      save({ id: user.id, changes: { role } }, t(m.roleChanged, { username: user.username, role: roleName }));
    };
    if (user.id === currentUser.id && role !== 'admin') {
      modal.confirm({
        title: t(m.confirmDemoteSelf, { role: roleName }),
        okText: t(m.confirm),
        cancelText: t('action.cancel'),
        onOk: apply,
      });
    } else {
      apply();
    }
  };

  const setDisabled = (user: User, disabled: boolean) => {
    save(
      { id: user.id, changes: { disabled } },
      t(disabled ? m.userDisabled : m.userEnabled, { username: user.username }),
    );
  };

  return (
    <>
      <section aria-labelledby="users-heading">
        <Card>
          <div className="section-heading">
            <Typography.Title level={2} id="users-heading" className="section-title">
              {t(m.usersHeading)}
            </Typography.Title>
            {users.data && (
              <Typography.Text type="secondary">{t(m.userCount, { count: users.data.total })}</Typography.Text>
            )}
            <Button
              type="primary"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => {
                setCreating(true);
              }}
              className="section-heading-action"
            >
              {t(m.newUser)}
            </Button>
          </div>
          {update.isError && (
            <ApiErrorAlert
              error={update.error}
              onClose={() => {
                update.reset();
              }}
              className="form-alert"
            />
          )}
          {users.isError ? (
            <ApiErrorAlert error={users.error} onRetry={() => void users.refetch()} />
          ) : (
            <UsersTable
              users={users.data?.items ?? []}
              currentUserId={currentUser.id}
              loading={users.isPending}
              savingUserId={update.isPending ? update.variables.id : null}
              onChangeRole={changeRole}
              onSetDisabled={setDisabled}
              onResetPassword={setResetting}
            />
          )}
        </Card>
      </section>
      <CreateUserDialog
        open={creating}
        onClose={() => {
          setCreating(false);
        }}
      />
      <ResetPasswordDialog
        user={resetting}
        onClose={() => {
          setResetting(null);
        }}
      />
    </>
  );
}
