import { Tabs } from 'antd';
import { useNavigate } from 'react-router';
import { useI18n } from '../../../lib/i18n.tsx';
import { eventsMessages as m } from '../messages.ts';

/** 宣贯与贯标: the events and the enterprises (with their adoptions), one page family. */
export function ReachTabs({ active }: { active: 'events' | 'enterprises' }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Tabs
      aria-label={t(m.tabsLabel)}
      activeKey={active}
      onChange={(key) => void navigate(key === 'events' ? '/enterprises/events' : '/enterprises')}
      items={[
        { key: 'events', label: t(m.tabEvents) },
        { key: 'enterprises', label: t(m.tabEnterprises) },
      ]}
    />
  );
}
