import { PlusOutlined } from '@ant-design/icons';
import type { Adoption } from '@cloudstd/shared/schemas/enterprise';
import { roleAllows } from '@cloudstd/shared/schemas/user';
import { App, Button, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { useCurrentUser } from '../../../lib/current-user.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import { useDeleteAdoption } from '../api/delete-adoption.ts';
import { useAdoptions } from '../api/get-adoptions.ts';
import { enterprisesMessages as m } from '../messages.ts';
import { enterprisesListUrl } from '../utils/enterprises-query.ts';
import { AddAdoptionDialog } from './add-adoption-dialog.tsx';
import { AdoptionsTable } from './adoptions-table.tsx';
import '../enterprises.css';

interface StandardAdoptersPanelProps {
  standardId: number;
  /** The standard's number (or title), for the dialog's title. */
  label: string;
  /** A deleted standard takes no new adoptions. */
  deleted: boolean;
}

const PAGE_SIZE = 10;

/** A standard's adopting enterprises, and (for editors) recording another — shown on the standard's page. */
export function StandardAdoptersPanel({ standardId, label, deleted }: StandardAdoptersPanelProps) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const user = useCurrentUser();
  const canWrite = roleAllows(user.role, 'editor') && !deleted;
  const [page, setPage] = useState(1);
  const [adding, setAdding] = useState(false);
  const adoptions = useAdoptions({ standard: standardId, page, pageSize: PAGE_SIZE });
  const remove = useDeleteAdoption();
  const total = adoptions.data?.total ?? 0;
  const deleteAdoption = (adoption: Adoption) => {
    remove.mutate(adoption.id, {
      onSuccess: () => void message.success(t(m.adoptionDeleted)),
      onError: (error) => void message.error(errorMessage(error, lang)),
    });
  };
  return (
    <section aria-labelledby="standard-adopters-heading" data-testid="standard-adopters">
      <Card
        title={
          <Typography.Title level={2} id="standard-adopters-heading" className="section-title">
            {t(m.adoptersHeading)}
          </Typography.Title>
        }
        extra={
          adoptions.data && (
            <span className="text-secondary" role="status">
              {t(m.adoptersCount, { total })}
            </span>
          )
        }
      >
        <Space orientation="vertical" size={12} className="full-width">
          {canWrite && (
            <Button
              icon={<PlusOutlined aria-hidden />}
              onClick={() => {
                setAdding(true);
              }}
              autoInsertSpace={false}
            >
              {t(m.addAdoption)}
            </Button>
          )}
          {adoptions.isError ? (
            <ApiErrorAlert error={adoptions.error} onRetry={() => void adoptions.refetch()} />
          ) : (
            <AdoptionsTable
              adoptions={adoptions.data?.items ?? []}
              show="enterprise"
              total={total}
              page={page}
              pageSize={PAGE_SIZE}
              loading={adoptions.isFetching}
              onPage={setPage}
              onDelete={canWrite ? deleteAdoption : undefined}
              deletingId={remove.isPending ? (remove.variables ?? null) : null}
              empty={t(m.noAdopters)}
            />
          )}
          {total > 0 && <Link to={enterprisesListUrl({ standard: standardId })}>{t(m.allAdopters)}</Link>}
        </Space>
      </Card>
      {canWrite && (
        <AddAdoptionDialog
          open={adding}
          context={{ standardId }}
          subject={label}
          onClose={() => {
            setAdding(false);
          }}
        />
      )}
    </section>
  );
}
