import { PlusOutlined } from '@ant-design/icons';
import { todayInChina } from '@cloudstd/shared/domain/calendar';
import type { Enterprise } from '@cloudstd/shared/schemas/enterprise';
import { roleAllows } from '@cloudstd/shared/schemas/user';
import { App, Button, Card, Typography } from 'antd';
import { useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useStandard } from '../../../api/get-standard.ts';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { ListEmpty } from '../../../components/list-empty.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useCurrentUser } from '../../../lib/current-user.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import { useEnterprises } from '../api/get-enterprises.ts';
import { useRestoreEnterprise } from '../api/restore-enterprise.ts';
import { AdoptionStats } from '../components/adoption-stats.tsx';
import { EnterprisesFilters } from '../components/enterprises-filters.tsx';
import { EnterprisesTable } from '../components/enterprises-table.tsx';
import { ReachTabs } from '../components/reach-tabs.tsx';
import { enterprisesMessages as m } from '../messages.ts';
import {
  clearEnterpriseFilters,
  compactEnterprisesQuery,
  enterprisesQueryToSearchParams,
  hasActiveEnterpriseFilters,
  parseEnterprisesQuery,
  withEnterpriseFilters,
  type EnterprisesQuery,
} from '../utils/enterprises-query.ts';
import '../enterprises.css';

export function EnterprisesPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const canWrite = roleAllows(user.role, 'editor');
  const [searchParams, setSearchParams] = useSearchParams();
  const query = useMemo(() => {
    const parsed = parseEnterprisesQuery(searchParams);
    return canWrite ? parsed : compactEnterprisesQuery({ ...parsed, deleted: 'exclude' });
  }, [searchParams, canWrite]);
  const enterprises = useEnterprises(query);
  const restore = useRestoreEnterprise();
  const filterStandard = useStandard(query.standard);
  const standardLabel = filterStandard.data
    ? (filterStandard.data.number ?? filterStandard.data.planNumber ?? filterStandard.data.titleZh)
    : null;

  const show = (next: EnterprisesQuery) => {
    setSearchParams(enterprisesQueryToSearchParams(next));
  };
  const total = enterprises.data?.total ?? 0;
  const deletedView = query.deleted === 'only';
  const filtered = hasActiveEnterpriseFilters(query);
  const newEnterprise = () => void navigate('/enterprises/new');

  const empty = (
    <ListEmpty
      messages={m}
      deletedView={deletedView}
      filtered={filtered}
      canWrite={canWrite}
      onClearFilters={() => {
        show(clearEnterpriseFilters(query));
      }}
      onAdd={newEnterprise}
    />
  );

  const restoreEnterprise = (enterprise: Enterprise) => {
    restore.mutate(enterprise.id, {
      onSuccess: () => void message.success(t(m.restored, { name: enterprise.name })),
    });
  };

  return (
    <>
      <ReachTabs active="enterprises" />
      <PageHeader
        title={t(m.pageTitle)}
        subtitle={t(m.pageSubtitle)}
        extra={
          canWrite && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={newEnterprise}>
              {t(m.newEnterprise)}
            </Button>
          )
        }
      />
      <AdoptionStats asOf={todayInChina()} />
      <EnterprisesFilters
        query={query}
        onChange={(changes) => {
          show(withEnterpriseFilters(query, changes));
        }}
        onClear={() => {
          show(clearEnterpriseFilters(query));
        }}
        canSeeDeleted={canWrite}
        standardLabel={standardLabel}
      />
      <section aria-labelledby="enterprises-heading">
        <Card>
          <div className="section-heading">
            <Typography.Title level={2} id="enterprises-heading" className="section-title">
              {t(deletedView ? m.showDeleted : m.listHeading)}
            </Typography.Title>
            <Typography.Text type="secondary" role="status" aria-live="polite">
              {enterprises.data ? t(deletedView ? m.deletedCount : m.resultCount, { total }) : ''}
            </Typography.Text>
          </div>
          {restore.isError && (
            <ApiErrorAlert
              error={restore.error}
              className="form-alert"
              onClose={() => {
                restore.reset();
              }}
            />
          )}
          {enterprises.isError ? (
            <ApiErrorAlert error={enterprises.error} onRetry={() => void enterprises.refetch()} />
          ) : (
            <EnterprisesTable
              enterprises={enterprises.data?.items ?? []}
              total={total}
              query={query}
              loading={enterprises.isFetching}
              onChange={(changes) => {
                show(compactEnterprisesQuery({ ...query, ...changes }));
              }}
              onRestore={canWrite ? restoreEnterprise : undefined}
              restoringId={restore.isPending ? (restore.variables ?? null) : null}
              empty={empty}
            />
          )}
        </Card>
      </section>
    </>
  );
}
