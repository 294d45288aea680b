import { Alert, Button } from 'antd';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n.tsx';
import { dashboardMessages as m } from '../messages.ts';

interface SectionErrorBoundaryProps {
  children: ReactNode;
  /** Called with the retry, before the section renders again (e.g. to refetch its data). */
  onRetry?: (() => void) | undefined;
  /** New data (another date, a refetch) clears the failure: the section tries again with it. */
  resetKey?: unknown;
  /** Show nothing instead of the alert (for a section's small extras). */
  quiet?: boolean;
}

interface SectionErrorBoundaryState {
  failed: boolean;
  resetKey: unknown;
}

/** Keeps a section's render failure inside the section: one broken chart never blanks the dashboard. */
export class SectionErrorBoundary extends Component<SectionErrorBoundaryProps, SectionErrorBoundaryState> {
  override state: SectionErrorBoundaryState = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(): Partial<SectionErrorBoundaryState> {
    return { failed: true };
  }

  static getDerivedStateFromProps(
    props: SectionErrorBoundaryProps,
    state: SectionErrorBoundaryState,
  ): Partial<SectionErrorBoundaryState> | null {
    return Object.is(props.resetKey, state.resetKey) ? null : { failed: false, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('A dashboard section failed to render', error, info.componentStack);
  }

  private readonly retry = () => {
    this.props.onRetry?.();
    this.setState({ failed: false });
  };

  override render() {
    if (!this.state.failed) return this.props.children;
    return this.props.quiet ? null : <SectionFailed onRetry={this.retry} />;
  }
}

function SectionFailed({ onRetry }: { onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t(m.sectionFailed)}
      description={t(m.sectionFailedDetail)}
      action={
        <Button size="small" onClick={onRetry}>
          {t('action.retry')}
        </Button>
      }
    />
  );
}
