import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useI18n } from '../../../lib/i18n.tsx';
import { dashboardMessages as m } from '../messages.ts';

/** For a new installation: what to do first, so the figures have something to count. */
export function DashboardEmpty({ canWrite }: { canWrite: boolean }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <section className="dash-empty" aria-labelledby="dashboard-empty-title" data-testid="dashboard-empty">
      <h2 id="dashboard-empty-title" className="dash-empty-title">
        {t(m.emptyTitle)}
      </h2>
      <p>{t(canWrite ? m.emptyEditor : m.emptyViewer)}</p>
      <div className="dash-empty-actions">
        {canWrite && (
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => {
              void navigate('/standards/new');
            }}
          >
            {t(m.emptyAddFirst)}
          </Button>
        )}
        <Link to="/standards">{t(m.emptyOpenStandards)}</Link>
      </div>
    </section>
  );
}
