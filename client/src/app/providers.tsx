import { QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider, type ThemeConfig } from 'antd';
import type { ReactNode } from 'react';
import { I18nProvider } from '../lib/i18n.tsx';
import { queryClient } from './query-client.ts';

const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1652d9',
    colorLink: '#1652d9',
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Helvetica Neue', Arial, sans-serif",
  },
};

/** Everything every page needs. antd's <App> (message, modal, notification) joins in the signed-in shell. */
export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider theme={theme}>
        <I18nProvider>{children}</I18nProvider>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
