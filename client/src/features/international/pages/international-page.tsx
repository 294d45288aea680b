import { PlusOutlined } from '@ant-design/icons';
import { todayInChina } from '@cloudstd/shared/domain/calendar';
import type { InternationalItem } from '@cloudstd/shared/schemas/international-item';
import { roleAllows } from '@cloudstd/shared/schemas/user';
import { App, Button, Card, Empty, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useCurrentUser } from '../../../lib/current-user.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import { useDeleteInternationalItem } from '../api/delete-international-item.ts';
import { useInternationalItems } from '../api/get-international-items.ts';
import { useSaveInternationalItem } from '../api/save-international-item.ts';
import { InternationalFilters } from '../components/international-filters.tsx';
import { InternationalItemDrawer } from '../components/international-item-drawer.tsx';
import { InternationalItemForm } from '../components/international-item-form.tsx';
import { InternationalTable } from '../components/international-table.tsx';
import { internationalMessages as m } from '../messages.ts';
import {
  internationalQueryToSearchParams,
  parseInternationalQuery,
  type InternationalQuery,
} from '../utils/international-query.ts';
import '../international.css';

/** 国际标准: the items with filters (body, stage as of a date, China's role), details and, for editors, the form. */
export function InternationalPage() {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const user = useCurrentUser();
  const canWrite = roleAllows(user.role, 'editor');
  const [searchParams, setSearchParams] = useSearchParams();
  const query = useMemo(() => parseInternationalQuery(searchParams), [searchParams]);
  const items = useInternationalItems(query);
  const save = useSaveInternationalItem();
  const remove = useDeleteInternationalItem();
  const [open, setOpen] = useState<InternationalItem | null>(null);
  const [editing, setEditing] = useState<{ item: InternationalItem | null } | null>(null);
  const asOf = query.asOf ?? todayInChina();

  const show = (next: InternationalQuery) => {
    setSearchParams(internationalQueryToSearchParams(next));
  };
  const startEdit = (item: InternationalItem | null) => {
    save.reset();
    setEditing({ item });
  };

  return (
    <>
      <PageHeader
        title={t(m.pageTitle)}
        subtitle={t(m.pageSubtitle)}
        extra={
          canWrite && (
            <Button
              type="primary"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => {
                startEdit(null);
              }}
            >
              {t(m.newItem)}
            </Button>
          )
        }
      />
      <Card className="intl-filters-card">
        <InternationalFilters
          query={query}
          onChange={(changes) => {
            show({ ...query, ...changes, page: 1 });
          }}
          onClear={() => {
            show({ page: 1, pageSize: query.pageSize });
          }}
        />
      </Card>
      <section aria-labelledby="intl-heading">
        <Card>
          <div className="section-heading">
            <Typography.Title level={2} id="intl-heading" className="section-title">
              {t(m.listHeading)}
            </Typography.Title>
            <Typography.Text type="secondary" role="status" aria-live="polite">
              {items.data ? t(m.resultCount, { total: items.data.total }) : ''}
            </Typography.Text>
          </div>
          {remove.isError && <ApiErrorAlert error={remove.error} className="form-alert" />}
          {items.isError ? (
            <ApiErrorAlert error={items.error} onRetry={() => void items.refetch()} />
          ) : (
            <InternationalTable
              items={items.data?.items ?? []}
              total={items.data?.total ?? 0}
              page={query.page}
              pageSize={query.pageSize}
              loading={items.isFetching}
              asOf={asOf}
              onPage={(page, pageSize) => {
                show({ ...query, page, pageSize });
              }}
              onOpen={setOpen}
              onEdit={canWrite ? startEdit : undefined}
              onDelete={
                canWrite
                  ? (item) => {
                      remove.mutate(item.id, {
                        onSuccess: () => void message.success(t(m.deleted, { reference: item.reference })),
                      });
                    }
                  : undefined
              }
              empty={<Empty description={t(m.empty)} />}
            />
          )}
        </Card>
      </section>
      <InternationalItemDrawer
        item={open}
        onClose={() => {
          setOpen(null);
        }}
      />
      {canWrite && (
        <InternationalItemForm
          key={`${editing?.item?.id ?? 'new'}-${lang}`}
          open={editing !== null}
          item={editing?.item ?? null}
          submitting={save.isPending}
          error={save.error}
          onCancel={() => {
            setEditing(null);
          }}
          onSubmit={(input) => {
            const current = editing?.item ?? null;
            save.mutate(
              current ? { id: current.id, input: { ...input, version: current.version } } : { id: null, input },
              {
                onSuccess: (saved) => {
                  setEditing(null);
                  void message.success(t(m.saved, { reference: saved.reference }));
                },
              },
            );
          }}
        />
      )}
    </>
  );
}
