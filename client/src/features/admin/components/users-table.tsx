import type { Role, User } from '@cloudstd/shared/schemas/user';
import { Button, Popconfirm, Select, Space, Table, Tag, type TableColumnsType } from 'antd';
import { formatDateTime } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { adminMessages as m } from '../messages.ts';
import { roleMessageKey, roles } from '../utils/roles.ts';

interface UsersTableProps {
  users: readonly User[];
  currentUserId: User['id'];
  loading: boolean;
  /** The user whose change is being saved; their row's controls wait. */
  savingUserId: User['id'] | null;
  onChangeRole: (user: User, role: Role) => void;
  onSetDisabled: (user: User, disabled: boolean) => void;
  onResetPassword: (user: User) => void;
}

export function UsersTable({
  users,
  currentUserId,
  loading,
  savingUserId,
  onChangeRole,
  onSetDisabled,
  onResetPassword,
}: UsersTableProps) {
  const { t } = useI18n();
  const roleOptions = roles.map((role) => ({ value: role, label: t(roleMessageKey(role)) }));

  const columns: TableColumnsType<User> = [
    {
      key: 'username',
      title: t(m.username),
      dataIndex: 'username',
      sorter: (a, b) => a.username.localeCompare(b.username),
      render: (_value, user) => (
        <span className="user-name">
          {user.username}
          {user.id === currentUserId && <span className="user-you">{t(m.you)}</span>}
        </span>
      ),
    },
    {
      key: 'role',
      title: t(m.role),
      dataIndex: 'role',
      filters: roleOptions.map((option) => ({ value: option.value, text: option.label })),
      onFilter: (value, user) => user.role === value,
      render: (_value, user) => (
        <Select<Role>
          value={user.role}
          options={roleOptions}
          onChange={(role) => {
            onChangeRole(user, role);
          }}
          disabled={savingUserId === user.id}
          aria-label={t(m.roleOf, { username: user.username })}
          className="user-role-select"
          popupMatchSelectWidth={false}
        />
      ),
    },
    {
      key: 'status',
      title: t(m.status),
      dataIndex: 'disabled',
      render: (_value, user) =>
        user.disabled ? <Tag color="default">{t(m.disabled)}</Tag> : <Tag color="green">{t(m.active)}</Tag>,
    },
    {
      key: 'createdAt',
      title: t(m.createdAt),
      dataIndex: 'createdAt',
      sorter: (a, b) => a.createdAt.localeCompare(b.createdAt),
      render: (_value, user) => <time dateTime={user.createdAt}>{formatDateTime(user.createdAt)}</time>,
    },
    {
      key: 'actions',
      title: t(m.actions),
      render: (_value, user) => {
        const saving = savingUserId === user.id;
        const self = user.id === currentUserId;
        return (
          <Space wrap size="small">
            {user.disabled ? (
              <Button
                size="small"
                onClick={() => {
                  onSetDisabled(user, false);
                }}
                loading={saving}
              >
                {t(m.enable)}
              </Button>
            ) : (
              <Popconfirm
                title={t(m.confirmDisable, { username: user.username })}
                description={self ? t(m.confirmDisableSelf) : t(m.confirmDisableDetail)}
                okText={t(m.confirm)}
                cancelText={t('action.cancel')}
                okButtonProps={{ danger: true }}
                onConfirm={() => {
                  onSetDisabled(user, true);
                }}
              >
                <Button size="small" danger loading={saving}>
                  {t(m.disable)}
                </Button>
              </Popconfirm>
            )}
            <Button
              size="small"
              onClick={() => {
                onResetPassword(user);
              }}
              disabled={saving}
            >
              {t(m.resetPassword)}
            </Button>
          </Space>
        );
      },
    },
  ];

  return (
    <Table<User>
      rowKey="id"
      columns={columns}
      dataSource={users}
      loading={loading}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: 'max-content' }}
      rowClassName={(user) => (user.disabled ? 'user-row-disabled' : '')}
    />
  );
}
