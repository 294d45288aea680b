import { Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/page-header.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import { BackupSection } from '../components/backup-section.tsx';
import { TargetSetsSection } from '../components/target-sets-section.tsx';
import { UsersSection } from '../components/users-section.tsx';
import { adminMessages as m } from '../messages.ts';
import '../admin.css';

const tabs = ['users', 'target-sets', 'backup'] as const;
type AdminTab = (typeof tabs)[number];

function isAdminTab(value: string | null): value is AdminTab {
  return tabs.some((tab) => tab === value);
}

/** 管理: accounts, target sets and backup, one tab each; the open tab is in the URL (`?tab=target-sets`) to link to. */
export function AdminPage() {
  const { t } = useI18n();
  const [search, setSearch] = useSearchParams();
  const requested = search.get('tab');
  const active: AdminTab = isAdminTab(requested) ? requested : 'users';

  return (
    <>
      <PageHeader title={t(m.pageTitle)} subtitle={t(m.pageSubtitle)} />
      <Tabs
        activeKey={active}
        onChange={(key) => {
          setSearch(key === 'users' ? {} : { tab: key }, { replace: true });
        }}
        aria-label={t(m.sectionsLabel)}
        items={[
          { key: 'users', label: t(m.usersHeading), children: <UsersSection /> },
          { key: 'target-sets', label: t(m.targetSetsHeading), children: <TargetSetsSection /> },
          { key: 'backup', label: t(m.backupHeading), children: <BackupSection /> },
        ]}
      />
    </>
  );
}
