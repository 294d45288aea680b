import { DownloadOutlined } from '@ant-design/icons';
import { todayInChina } from '@cloudstd/shared/domain/calendar';
import { planStageLabels } from '@cloudstd/shared/domain/labels';
import type { PlanTrackingRequest } from '@cloudstd/shared/schemas/plan';
import { Button, Card, DatePicker, Empty, Select, Switch, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { FilterField, ListFilters } from '../../../components/list-filters.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import { planTrackingSearch, usePlanTracking } from '../api/get-plan-tracking.ts';
import { PlanTrackingTable } from '../components/plan-tracking-table.tsx';
import { standardsMessages as m } from '../messages.ts';
import '../standards.css';

const DATE = 'YYYY-MM-DD';
const stages = ['approved', 'drafting', 'draft', 'submitted'] as const;
type Stage = (typeof stages)[number];

function isStage(value: string | null): value is Stage {
  return (stages as readonly (string | null)[]).includes(value);
}

/** The page's query from the address: a valid date, `overdue=true`, a known stage; anything else left out. */
function parsePlanQuery(params: URLSearchParams): PlanTrackingRequest {
  const asOf = params.get('asOf');
  const stage = params.get('stage');
  return {
    ...(asOf && /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? { asOf } : {}),
    ...(params.get('overdue') === 'true' ? { overdue: 'true' as const } : {}),
    ...(isStage(stage) ? { stage } : {}),
  };
}

/** 计划跟踪: open plans as of a date, overdue first, with their stage against the GB/T 16733 norms; CSV export. */
export function PlansPage() {
  const { t, lang } = useI18n();
  const [searchParams, setSearchParams] = useSearchParams();
  const query = useMemo(() => parsePlanQuery(searchParams), [searchParams]);
  const plans = usePlanTracking(query);
  const show = (changes: Partial<PlanTrackingRequest>) => {
    const next = { ...query, ...changes };
    setSearchParams(planTrackingSearch(next));
  };
  const asOf = query.asOf ?? todayInChina();
  const exportSearch = planTrackingSearch({ ...query, asOf });
  if (lang === 'en') exportSearch.set('lang', 'en');
  const items = plans.data?.items ?? [];
  const overdue = items.filter((item) => item.overdue).length;

  return (
    <>
      <p className="breadcrumb-back">
        <Link to="/standards">← {t(m.backToList)}</Link>
      </p>
      <PageHeader
        title={t(m.plansTitle)}
        subtitle={t(m.plansSubtitle)}
        extra={
          <Button
            icon={<DownloadOutlined aria-hidden />}
            href={`/api/v1/reports/plans.csv?${exportSearch.toString()}`}
            download={`计划跟踪_${asOf}.csv`}
            autoInsertSpace={false}
          >
            {t(m.exportCsv)}
          </Button>
        }
      />
      <ListFilters label={t(m.filtersLabel)}>
        <FilterField id="plans-as-of" label={t(m.asOf)}>
          <DatePicker
            id="plans-as-of"
            value={query.asOf ? dayjs(query.asOf) : null}
            placeholder={todayInChina()}
            format={DATE}
            onChange={(date: Dayjs | null) => {
              show({ asOf: date ? date.format(DATE) : undefined });
            }}
            className="list-filter-control"
          />
        </FilterField>
        <FilterField id="plans-stage" label={t(m.stage)}>
          <Select<Stage | undefined>
            id="plans-stage"
            allowClear
            value={query.stage}
            placeholder={t(m.anyStage)}
            options={stages.map((stage) => ({ value: stage, label: t(planStageLabels[stage]) }))}
            onChange={(stage) => {
              show({ stage });
            }}
            className="list-filter-control"
          />
        </FilterField>
        <FilterField id="plans-overdue" label={t(m.overdueOnly)}>
          {/* In a row of its own: a flex column would stretch the switch to the filter's width. */}
          <span className="list-filter-switch-row">
            <Switch
              id="plans-overdue"
              checked={query.overdue === 'true'}
              onChange={(checked) => {
                show({ overdue: checked ? 'true' : undefined });
              }}
            />
          </span>
        </FilterField>
      </ListFilters>
      <section aria-labelledby="plans-heading">
        <Card>
          <div className="section-heading">
            <Typography.Title level={2} id="plans-heading" className="section-title">
              {t(m.plansTitle)}
            </Typography.Title>
            <Typography.Text type="secondary" role="status" aria-live="polite">
              {plans.data ? t(m.plansCount, { total: items.length, overdue }) : ''}
            </Typography.Text>
          </div>
          {plans.isError ? (
            <ApiErrorAlert error={plans.error} onRetry={() => void plans.refetch()} />
          ) : (
            <PlanTrackingTable
              items={items}
              loading={plans.isFetching}
              empty={<Empty description={t(m.plansEmpty)} image={Empty.PRESENTED_IMAGE_SIMPLE} />}
            />
          )}
        </Card>
      </section>
    </>
  );
}
