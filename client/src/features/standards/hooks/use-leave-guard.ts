import { App } from 'antd';
import { useEffect, type RefObject } from 'react';
import { useBlocker } from 'react-router';
import { useI18n } from '../../../lib/i18n.tsx';
import { standardsMessages as m } from '../messages.ts';

/**
 * Asks before an edit is left unsaved: leaving the page in the app asks in a dialog, closing or
 * reloading the tab asks through the browser. `dirty` is read when the user leaves, so a save that
 * clears it right before navigating is never blocked.
 */
export function useLeaveGuard(dirty: RefObject<boolean>): void {
  const { t } = useI18n();
  const { modal } = App.useApp();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty.current && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    modal.confirm({
      title: t(m.unsavedChanges),
      okText: t(m.confirm),
      cancelText: t(m.cancel),
      okButtonProps: { danger: true },
      onOk: () => {
        blocker.proceed();
      },
      onCancel: () => {
        blocker.reset();
      },
    });
  }, [blocker, modal, t]);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (dirty.current) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
    };
  }, [dirty]);
}
