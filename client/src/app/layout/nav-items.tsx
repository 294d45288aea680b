import {
  ApartmentOutlined,
  BankOutlined,
  BarChartOutlined,
  DashboardOutlined,
  FileTextOutlined,
  GlobalOutlined,
  ImportOutlined,
  SettingOutlined,
} from '@ant-design/icons';
import type { Role } from '@cloudstd/shared/schemas/user';
import type { ReactNode } from 'react';
import type { MessageKey } from '../../lib/i18n.tsx';

export interface NavItem {
  path: string;
  label: MessageKey;
  icon: ReactNode;
  /** The least role that sees the item. */
  role: Role;
}

export const navItems: readonly NavItem[] = [
  { path: '/', label: 'nav.dashboard', icon: <DashboardOutlined aria-hidden />, role: 'viewer' },
  { path: '/standards', label: 'nav.standards', icon: <FileTextOutlined aria-hidden />, role: 'viewer' },
  { path: '/directions', label: 'nav.directions', icon: <ApartmentOutlined aria-hidden />, role: 'viewer' },
  { path: '/enterprises', label: 'nav.enterprises', icon: <BankOutlined aria-hidden />, role: 'viewer' },
  { path: '/international', label: 'nav.international', icon: <GlobalOutlined aria-hidden />, role: 'viewer' },
  { path: '/import', label: 'nav.import', icon: <ImportOutlined aria-hidden />, role: 'editor' },
  { path: '/reports', label: 'nav.reports', icon: <BarChartOutlined aria-hidden />, role: 'viewer' },
  { path: '/admin', label: 'nav.admin', icon: <SettingOutlined aria-hidden />, role: 'admin' },
];

/** The nav item a location belongs to: its first path segment. */
export function navKeyFor(pathname: string): string {
  const [, first = ''] = pathname.split('/');
  return `/${first}`;
}
