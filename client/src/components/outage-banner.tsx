import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button } from 'antd';
import { createContext, useContext, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useI18n } from '../lib/i18n.tsx';
import { isInOutage, reportServerAnswered, serverIsReady, subscribeToOutage } from '../lib/outage.ts';

const BannerShown = createContext(false);

function useOutage(): boolean {
  return useSyncExternalStore(subscribeToOutage, isInOutage);
}

/** Whether an outage banner above stands in for this section's own "could not load" alert. */
export function useOutageBannerCovers(): boolean {
  const bannerShown = useContext(BannerShown);
  const outage = useOutage();
  return bannerShown && outage;
}

/**
 * The one message during an outage, above the page: the sections below keep quiet about reads that failed
 * for the same reason, and everything that failed is fetched again when the server is back (by itself, or
 * at once with the retry).
 */
export function OutageScope({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const outage = useOutage();
  const queryClient = useQueryClient();
  const [checking, setChecking] = useState(false);
  const retry = async () => {
    setChecking(true);
    const ready = await serverIsReady();
    setChecking(false);
    if (!ready) return;
    reportServerAnswered();
    await queryClient.refetchQueries({ predicate: (query) => query.state.status === 'error' });
  };
  return (
    <BannerShown.Provider value={true}>
      {outage && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          className="outage-banner"
          title={t('outage.title')}
          description={t('outage.detail')}
          action={
            <Button size="small" loading={checking} onClick={() => void retry()}>
              {t('action.retry')}
            </Button>
          }
        />
      )}
      {children}
    </BannerShown.Provider>
  );
}
