import { DownloadOutlined } from '@ant-design/icons';
import { todayInChina } from '@cloudstd/shared/domain/calendar';
import { normaliseCommittee } from '@cloudstd/shared/domain/committees';
import { reviewOutcomeLabels, standardLevelLabels } from '@cloudstd/shared/domain/labels';
import type { ReviewsDue, ReviewsDueRequest } from '@cloudstd/shared/schemas/review';
import type { StandardLevelValue } from '@cloudstd/shared/schemas/standard';
import { roleAllows } from '@cloudstd/shared/schemas/user';
import { Button, Card, DatePicker, Empty, Select, Table, Typography, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { CommitInput } from '../../../components/commit-input.tsx';
import { FilterField, ListFilters } from '../../../components/list-filters.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useCurrentUser } from '../../../lib/current-user.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import { reviewsDueSearch, useReviewsDue } from '../api/get-reviews-due.ts';
import { RecordReviewDialog } from '../components/record-review-dialog.tsx';
import { standardsMessages as m } from '../messages.ts';
import { standardLevels } from '../utils/standard-labels.ts';
import '../standards.css';

const DATE = 'YYYY-MM-DD';
type DueItem = ReviewsDue['items'][number];

function isLevel(value: string | null): value is StandardLevelValue {
  return (standardLevels as readonly (string | null)[]).includes(value);
}

function parseReviewsQuery(params: URLSearchParams): ReviewsDueRequest {
  const asOf = params.get('asOf');
  const level = params.get('level');
  const committee = params.get('committee')?.trim();
  return {
    ...(asOf && /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? { asOf } : {}),
    ...(isLevel(level) ? { level } : {}),
    ...(committee ? { committee: normaliseCommittee(committee) } : {}),
  };
}

/** 复审: standards due for their five-year review as of a date; editors record the outcome; CSV export. */
export function ReviewsPage() {
  const { t, lang } = useI18n();
  const user = useCurrentUser();
  const canWrite = roleAllows(user.role, 'editor');
  const [searchParams, setSearchParams] = useSearchParams();
  const query = useMemo(() => parseReviewsQuery(searchParams), [searchParams]);
  const due = useReviewsDue(query);
  const [reviewing, setReviewing] = useState<DueItem | null>(null);
  const show = (changes: Partial<ReviewsDueRequest>) => {
    setSearchParams(reviewsDueSearch({ ...query, ...changes }));
  };
  const asOf = query.asOf ?? todayInChina();
  const exportSearch = reviewsDueSearch({ ...query, asOf });
  if (lang === 'en') exportSearch.set('lang', 'en');
  const items = due.data?.items ?? [];

  const columns: TableColumnsType<DueItem> = [
    {
      title: t(m.number),
      key: 'number',
      width: 190,
      render: (_value, item) => (
        <Link to={`/standards/${String(item.id)}`} className="standard-number">
          {item.number ?? `#${String(item.id)}`}
        </Link>
      ),
    },
    {
      title: t(m.titleZh),
      key: 'title',
      render: (_value, item) => (
        <>
          <span lang="zh-CN">{item.titleZh}</span>
          <div className="plan-meta">{t(standardLevelLabels[item.level])}</div>
        </>
      ),
    },
    { title: t(m.inForceOnColumn), dataIndex: 'inForceOn', key: 'inForceOn', width: 120 },
    { title: t(m.reviewDueOn), dataIndex: 'dueOn', key: 'dueOn', width: 120 },
    {
      title: t(m.lastReview),
      key: 'lastReview',
      width: 180,
      render: (_value, item) =>
        item.lastReview
          ? `${t(reviewOutcomeLabels[item.lastReview.outcome])} · ${item.lastReview.reviewedOn}`
          : t(m.none),
    },
    ...(canWrite
      ? [
          {
            title: t(m.actions),
            key: 'actions',
            width: 150,
            render: (_value: unknown, item: DueItem) => (
              <Button
                size="small"
                onClick={() => {
                  setReviewing(item);
                }}
                aria-label={`${t(m.recordReview)} ${item.number ?? item.titleZh}`}
                autoInsertSpace={false}
              >
                {t(m.recordReview)}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <p className="breadcrumb-back">
        <Link to="/standards">← {t(m.backToList)}</Link>
      </p>
      <PageHeader
        title={t(m.reviewsTitle)}
        subtitle={t(m.reviewsSubtitle)}
        extra={
          <Button
            icon={<DownloadOutlined aria-hidden />}
            href={`/api/v1/reports/reviews.csv?${exportSearch.toString()}`}
            download={`复审清单_${asOf}.csv`}
            autoInsertSpace={false}
          >
            {t(m.exportCsv)}
          </Button>
        }
      />
      <ListFilters label={t(m.filtersLabel)}>
        <FilterField id="reviews-as-of" label={t(m.asOf)}>
          <DatePicker
            id="reviews-as-of"
            value={query.asOf ? dayjs(query.asOf) : null}
            placeholder={todayInChina()}
            format={DATE}
            onChange={(date: Dayjs | null) => {
              show({ asOf: date ? date.format(DATE) : undefined });
            }}
            className="list-filter-control"
          />
        </FilterField>
        <FilterField id="reviews-level" label={t(m.levelFilter)}>
          <Select<StandardLevelValue | undefined>
            id="reviews-level"
            allowClear
            value={query.level}
            placeholder={t(m.anyLevel)}
            options={standardLevels.map((level) => ({ value: level, label: t(standardLevelLabels[level]) }))}
            onChange={(level) => {
              show({ level });
            }}
            className="list-filter-control"
          />
        </FilterField>
        <FilterField id="reviews-committee" label={t(m.committee)}>
          <CommitInput
            key={query.committee ?? ''}
            id="reviews-committee"
            value={query.committee ?? ''}
            placeholder={t(m.committeeFilterPlaceholder)}
            onCommit={(committee) => {
              // One committee, one code: `SAC/TC 28/SC 38` goes to the URL (and the export) as `TC28/SC38`.
              show({ committee: committee === undefined ? undefined : normaliseCommittee(committee) });
            }}
          />
        </FilterField>
      </ListFilters>
      <section aria-labelledby="reviews-heading">
        <Card>
          <div className="section-heading">
            <Typography.Title level={2} id="reviews-heading" className="section-title">
              {t(m.reviewsTitle)}
            </Typography.Title>
            <Typography.Text type="secondary" role="status" aria-live="polite">
              {due.data ? t(m.reviewsCount, { total: items.length }) : ''}
            </Typography.Text>
          </div>
          {due.isError ? (
            <ApiErrorAlert error={due.error} onRetry={() => void due.refetch()} />
          ) : (
            <Table<DueItem>
              rowKey="id"
              columns={columns}
              dataSource={items}
              loading={due.isFetching}
              pagination={{ pageSize: 50, hideOnSinglePage: true }}
              locale={{ emptyText: <Empty description={t(m.reviewsEmpty)} image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
              scroll={{ x: 880 }}
              size="middle"
            />
          )}
        </Card>
      </section>
      {canWrite && (
        <RecordReviewDialog
          item={reviewing}
          onClose={() => {
            setReviewing(null);
          }}
        />
      )}
    </>
  );
}
