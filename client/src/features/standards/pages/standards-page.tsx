import { AuditOutlined, QuestionCircleOutlined, PlusOutlined, ScheduleOutlined } from '@ant-design/icons';
import type { Standard } from '@cloudstd/shared/schemas/standard';
import { roleAllows } from '@cloudstd/shared/schemas/user';
import { App, Button, Card, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { ListEmpty } from '../../../components/list-empty.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useCurrentUser } from '../../../lib/current-user.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import { useAllDirections } from '../../../api/get-directions.ts';
import { useFramework } from '../../../api/get-framework.ts';
import { useStandards } from '../api/get-standards.ts';
import { useRestoreStandard } from '../api/restore-standard.ts';
import { CountedFilterChip } from '../components/counted-filter-chip.tsx';
import { StandardErrorAlert } from '../components/standard-error-alert.tsx';
import { StandardsFilters } from '../components/standards-filters.tsx';
import { StandardsTable } from '../components/standards-table.tsx';
import { standardsMessages as m } from '../messages.ts';
import {
  clearFilters,
  compactQuery,
  hasActiveFilters,
  parseStandardsQuery,
  standardsQueryToSearchParams,
  withFilters,
  type StandardsQuery,
} from '../utils/standards-query.ts';
import '../standards.css';

export function StandardsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const canWrite = roleAllows(user.role, 'editor');
  const [searchParams, setSearchParams] = useSearchParams();
  const query = useMemo(() => {
    const parsed = parseStandardsQuery(searchParams);
    // Only editors list deleted standards; a viewer following such a link sees the registry.
    return canWrite ? parsed : compactQuery({ ...parsed, deleted: 'exclude' });
  }, [searchParams, canWrite]);

  const standards = useStandards(query);
  const framework = useFramework();
  const directions = useAllDirections();
  const restore = useRestoreStandard();
  const directionsByCode = useMemo(() => directions.data, [directions.data]);

  // Every change is a history entry: the back button undoes the last filter, sort or page.
  const show = (next: StandardsQuery) => {
    setSearchParams(standardsQueryToSearchParams(next));
  };
  const changeFilters = (changes: Partial<StandardsQuery>) => {
    show(withFilters(query, changes));
  };
  const changeTable = (changes: Partial<StandardsQuery>) => {
    show(compactQuery({ ...query, ...changes }));
  };
  const newStandard = () => {
    void navigate('/standards/new');
  };

  const restoreStandard = (standard: Standard) => {
    restore.mutate(standard.id, {
      onSuccess: (restored) => {
        void message.success(t(m.restored, { name: restored.number ?? restored.planNumber ?? restored.titleZh }));
      },
    });
  };

  const deletedView = query.deleted === 'only';
  const total = standards.data?.total ?? 0;
  const filtered = hasActiveFilters(query);

  const empty = (
    <ListEmpty
      messages={m}
      deletedView={deletedView}
      filtered={filtered}
      canWrite={canWrite}
      onClearFilters={() => {
        show(clearFilters(query));
      }}
      onAdd={newStandard}
    />
  );

  return (
    <>
      <PageHeader
        title={t(m.pageTitle)}
        subtitle={t(m.pageSubtitle)}
        extra={
          <Space wrap>
            <Button icon={<ScheduleOutlined aria-hidden />} onClick={() => void navigate('/standards/plans')}>
              {t(m.plansLink)}
            </Button>
            <Button icon={<AuditOutlined aria-hidden />} onClick={() => void navigate('/standards/reviews')}>
              {t(m.reviewsLink)}
            </Button>
            <Button
              icon={<QuestionCircleOutlined aria-hidden />}
              onClick={() => void navigate('/standards/unknown-predecessors')}
            >
              {t(m.unknownPredecessorsLink)}
            </Button>
            {canWrite && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={newStandard}>
                {t(m.newStandard)}
              </Button>
            )}
          </Space>
        }
      />
      <StandardsFilters
        query={query}
        onChange={changeFilters}
        onClear={() => {
          show(clearFilters(query));
        }}
        parts={framework.data?.parts ?? []}
        canSeeDeleted={canWrite}
      />
      <CountedFilterChip
        query={query}
        onRemove={() => {
          changeFilters({ countedFor: undefined, month: undefined });
        }}
      />
      <section aria-labelledby="standards-heading">
        <Card>
          <div className="section-heading">
            <Typography.Title level={2} id="standards-heading" className="section-title">
              {t(deletedView ? m.showDeleted : m.pageTitle)}
            </Typography.Title>
            <Typography.Text type="secondary" role="status" aria-live="polite">
              {standards.data ? t(deletedView ? m.deletedCount : m.resultCount, { total }) : ''}
            </Typography.Text>
          </div>
          {restore.isError && (
            <StandardErrorAlert
              error={restore.error}
              onClose={() => {
                restore.reset();
              }}
              className="form-alert"
            />
          )}
          {standards.isError ? (
            <ApiErrorAlert error={standards.error} onRetry={() => void standards.refetch()} />
          ) : (
            <StandardsTable
              standards={standards.data?.items ?? []}
              total={total}
              query={query}
              loading={standards.isFetching}
              directions={directionsByCode}
              onChange={changeTable}
              onRestore={canWrite ? restoreStandard : undefined}
              restoringId={restore.isPending ? restore.variables : null}
              empty={empty}
            />
          )}
        </Card>
      </section>
    </>
  );
}
