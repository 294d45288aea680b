import { KeyOutlined, LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { roleAllows } from '@cloudstd/shared/schemas/user';
import { App, Avatar, Button, Drawer, Grid, Layout, Menu, Tag, Tooltip, type MenuProps } from 'antd';
import { useState } from 'react';
import { Link, Outlet, useLocation, useNavigation } from 'react-router';
import { LanguageSwitch } from '../../components/language-switch.tsx';
import { OutageScope } from '../../components/outage-banner.tsx';
import { ChangePasswordDialog } from '../../features/auth/components/change-password-dialog.tsx';
import { RequireAuth } from '../../features/auth/components/require-auth.tsx';
import { useLogout } from '../../features/auth/api/logout.ts';
import { errorMessage } from '../../lib/api-client.ts';
import { useCurrentUser } from '../../lib/current-user.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { navItems, navKeyFor } from './nav-items.tsx';

const NAV_ID = 'main-navigation';

/** The signed-in frame: navigation, the user's controls, and the current page. */
export function AppShell() {
  return (
    <RequireAuth>
      <App component={false}>
        <ShellLayout />
      </App>
    </RequireAuth>
  );
}

function ShellLayout() {
  const { t } = useI18n();
  const screens = Grid.useBreakpoint();
  const wide = screens.lg ?? true;
  const compact = !(screens.md ?? true);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const navigation = useNavigation();

  return (
    <Layout className="app-layout">
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      {navigation.state === 'loading' && <div className="route-progress" aria-hidden />}
      {wide ? (
        <Layout.Sider width={224} theme="dark" className="app-sider">
          <Brand />
          <Navigation />
        </Layout.Sider>
      ) : (
        <Drawer
          open={drawerOpen}
          onClose={() => {
            setDrawerOpen(false);
          }}
          placement="left"
          size={260}
          title={<Brand />}
          footer={compact ? <UserIdentity /> : undefined}
          classNames={{ body: 'app-drawer-body' }}
          id={NAV_ID}
        >
          <Navigation
            onNavigate={() => {
              setDrawerOpen(false);
            }}
          />
        </Drawer>
      )}
      <Layout>
        <Layout.Header className="app-header">
          {!wide && (
            <Button
              type="text"
              icon={<MenuOutlined aria-hidden />}
              aria-label={t('nav.openMenu')}
              aria-expanded={drawerOpen}
              aria-controls={NAV_ID}
              onClick={() => {
                setDrawerOpen(true);
              }}
            />
          )}
          {!wide && <span className="app-header-title">{t('app.name')}</span>}
          <div className="app-header-spacer" />
          <UserControls compact={compact} />
        </Layout.Header>
        <Layout.Content id="main" tabIndex={-1} className="app-content">
          <OutageScope>
            <Outlet />
          </OutageScope>
        </Layout.Content>
        <Layout.Footer className="app-footer">
          <span lang="zh-CN">云标看板</span> · <span lang="en">Cloud Standards Progress Tracker</span>
        </Layout.Footer>
      </Layout>
    </Layout>
  );
}

function Brand() {
  return (
    <Link to="/" className="brand">
      <img src="/favicon.svg" alt="" width={32} height={32} />
      <span className="brand-text">
        <span className="brand-name" lang="zh-CN">
          云标看板
        </span>
        <span className="brand-sub" lang="en">
          Cloud Standards Tracker
        </span>
      </span>
    </Link>
  );
}

function Navigation({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useI18n();
  const user = useCurrentUser();
  const location = useLocation();
  const items: MenuProps['items'] = navItems
    .filter((item) => roleAllows(user.role, item.role))
    .map((item) => ({
      key: item.path,
      icon: item.icon,
      label: (
        <Link to={item.path} onClick={onNavigate}>
          {t(item.label)}
        </Link>
      ),
    }));
  return (
    <nav aria-label={t('nav.label')} id={onNavigate ? undefined : NAV_ID}>
      <Menu
        theme={onNavigate ? 'light' : 'dark'}
        mode="inline"
        selectedKeys={[navKeyFor(location.pathname)]}
        items={items}
        // The links inside are the tab stops; the list itself need not be one.
        tabIndex={-1}
        className="app-menu"
      />
    </nav>
  );
}

/** The signed-in user's name and role; in the header, or in the navigation drawer on narrow screens. */
function UserIdentity() {
  const { t } = useI18n();
  const user = useCurrentUser();
  return (
    <div className="user-identity">
      <Avatar size="small" icon={<UserOutlined aria-hidden />} className="user-avatar" />
      <span className="user-identity-name" data-testid="current-username">
        {user.username}
      </span>
      <Tag color={user.role === 'admin' ? 'gold' : user.role === 'editor' ? 'blue' : 'default'} className="user-role">
        {t(`role.${user.role}`)}
      </Tag>
    </div>
  );
}

function UserControls({ compact }: { compact: boolean }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const logout = useLogout();
  const [changingPassword, setChangingPassword] = useState(false);

  const signOut = () => {
    logout.mutate(undefined, { onError: (error) => void message.error(errorMessage(error, lang)) });
  };

  return (
    <div className="user-controls">
      {!compact && <UserIdentity />}
      <LanguageSwitch compact={compact} />
      <Tooltip title={compact ? t('action.changePassword') : undefined}>
        <Button
          type="text"
          icon={<KeyOutlined aria-hidden />}
          onClick={() => {
            setChangingPassword(true);
          }}
          aria-label={compact ? t('action.changePassword') : undefined}
        >
          {compact ? null : t('action.changePassword')}
        </Button>
      </Tooltip>
      <Tooltip title={compact ? t('action.signOut') : undefined}>
        <Button
          type="text"
          icon={<LogoutOutlined aria-hidden />}
          onClick={signOut}
          loading={logout.isPending}
          aria-label={compact ? t('action.signOut') : undefined}
        >
          {compact ? null : t('action.signOut')}
        </Button>
      </Tooltip>
      <ChangePasswordDialog
        open={changingPassword}
        onClose={() => {
          setChangingPassword(false);
        }}
      />
    </div>
  );
}
