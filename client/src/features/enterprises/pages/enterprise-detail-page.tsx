import { enterpriseSizeLabels } from '@cloudstd/shared/domain/labels';
import { DeleteOutlined, EditOutlined, PlusOutlined, UndoOutlined } from '@ant-design/icons';
import { parseCreditCode } from '@cloudstd/shared/domain/credit-code';
import type { Adoption, Enterprise } from '@cloudstd/shared/schemas/enterprise';
import { roleAllows } from '@cloudstd/shared/schemas/user';
import { Alert, App, Button, Card, Col, Descriptions, Popconfirm, Row, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { RecordQuery } from '../../../components/record-query.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { useCurrentUser } from '../../../lib/current-user.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { useDeleteAdoption } from '../api/delete-adoption.ts';
import { useDeleteEnterprise } from '../api/delete-enterprise.ts';
import { useAdoptions } from '../api/get-adoptions.ts';
import { useEnterprise } from '../api/get-enterprise.ts';
import { useRestoreEnterprise } from '../api/restore-enterprise.ts';
import { AddAdoptionDialog } from '../components/add-adoption-dialog.tsx';
import { AdoptionsTable } from '../components/adoptions-table.tsx';
import { CreditCodePreview } from '../components/credit-code-preview.tsx';
import { DraftedStandardsCard } from '../components/drafted-standards.tsx';
import { EnterpriseNotFound } from '../components/enterprise-not-found.tsx';
import { ReachTimeline } from '../components/reach-timeline.tsx';
import { useEnterpriseId } from '../hooks/use-enterprise-id.ts';
import { enterprisesMessages as m } from '../messages.ts';
import '../enterprises.css';

export function EnterpriseDetailPage() {
  const id = useEnterpriseId();
  const { t } = useI18n();
  const enterprise = useEnterprise(id);
  if (id === null) return <EnterpriseNotFound />;
  return (
    <RecordQuery query={enterprise} title={t(m.pageTitle)} notFound={<EnterpriseNotFound />}>
      {(data) => <EnterpriseView enterprise={data} />}
    </RecordQuery>
  );
}

const ADOPTIONS_PAGE_SIZE = 20;

function EnterpriseView({ enterprise }: { enterprise: Enterprise }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const canWrite = roleAllows(user.role, 'editor');
  const remove = useDeleteEnterprise();
  const restore = useRestoreEnterprise();
  const removeAdoption = useDeleteAdoption();
  const [adding, setAdding] = useState(false);
  const [page, setPage] = useState(1);
  const adoptions = useAdoptions({ enterprise: enterprise.id, page, pageSize: ADOPTIONS_PAGE_SIZE });
  const parsed = parseCreditCode(enterprise.creditCode);
  const described = parsed.ok ? parsed.value : parsed.described;
  const live = enterprise.deletedAt === null;

  const confirmDelete = () => {
    remove.mutate(enterprise.id, {
      onSuccess: () => {
        void message.success(t(m.deleted, { name: enterprise.name }));
        void navigate('/enterprises');
      },
    });
  };
  const deleteAdoption = (adoption: Adoption) => {
    removeAdoption.mutate(adoption.id, {
      onSuccess: () => void message.success(t(m.adoptionDeleted)),
      onError: (error) => void message.error(errorMessage(error, lang)),
    });
  };

  const actions = canWrite && (
    <Space wrap>
      {live ? (
        <>
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => {
              setAdding(true);
            }}
            autoInsertSpace={false}
          >
            {t(m.addAdoption)}
          </Button>
          <Button
            icon={<EditOutlined aria-hidden />}
            onClick={() => void navigate(`/enterprises/${String(enterprise.id)}/edit`)}
            autoInsertSpace={false}
          >
            {t(m.edit)}
          </Button>
          <Popconfirm
            title={t(m.confirmDelete, { name: enterprise.name })}
            description={t(m.confirmDeleteDetail)}
            okText={t(m.delete)}
            cancelText={t(m.cancel)}
            okButtonProps={{ danger: true, autoInsertSpace: false }}
            cancelButtonProps={{ autoInsertSpace: false }}
            onConfirm={confirmDelete}
          >
            <Button danger icon={<DeleteOutlined aria-hidden />} loading={remove.isPending} autoInsertSpace={false}>
              {t(m.delete)}
            </Button>
          </Popconfirm>
        </>
      ) : (
        <Button
          icon={<UndoOutlined aria-hidden />}
          loading={restore.isPending}
          onClick={() => {
            restore.mutate(enterprise.id, {
              onSuccess: () => void message.success(t(m.restored, { name: enterprise.name })),
            });
          }}
          autoInsertSpace={false}
        >
          {t(m.restore)}
        </Button>
      )}
    </Space>
  );

  const notRecorded = <span className="text-secondary">{t(m.notRecorded)}</span>;
  return (
    <>
      <p className="breadcrumb-back">
        <Link to="/enterprises">← {t(m.backToList)}</Link>
      </p>
      <PageHeader
        title={enterprise.name}
        subtitle={
          <p className="enterprise-subtitle">
            <span className="credit-code">{enterprise.creditCode}</span>
            {enterprise.firstAdoptedOn && live ? (
              <Tag color="green">{t(m.counted, { date: enterprise.firstAdoptedOn })}</Tag>
            ) : (
              <Tag>{t(m.notCounted)}</Tag>
            )}
          </p>
        }
        extra={actions}
      />
      {!live && enterprise.deletedAt && (
        <Alert
          type="warning"
          showIcon
          className="form-alert"
          title={t(m.deletedBanner, { at: formatDateTime(enterprise.deletedAt) })}
        />
      )}
      {enterprise.creditCodeOverride && (
        <Alert
          type="info"
          showIcon
          className="form-alert"
          data-testid="credit-code-override"
          title={t(m.overriddenBanner, {
            expected: enterprise.creditCodeOverride.expectedCheckCharacter,
            by: enterprise.creditCodeOverride.by ?? '—',
            at: formatDateTime(enterprise.creditCodeOverride.at),
            reason: enterprise.creditCodeOverride.reason,
          })}
        />
      )}
      {(remove.isError || restore.isError) && (
        <ApiErrorAlert
          error={remove.error ?? restore.error}
          className="form-alert"
          onClose={() => {
            remove.reset();
            restore.reset();
          }}
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Space orientation="vertical" size={16} className="full-width">
            <section aria-labelledby="enterprise-adoptions-heading">
              <Card
                title={
                  <Typography.Title level={2} id="enterprise-adoptions-heading" className="section-title">
                    {t(m.adoptionsHeading)}
                  </Typography.Title>
                }
                extra={
                  adoptions.data && (
                    <span className="text-secondary" role="status">
                      {t(m.adoptionsTotal, { total: adoptions.data.total })}
                    </span>
                  )
                }
              >
                {adoptions.isError ? (
                  <ApiErrorAlert error={adoptions.error} onRetry={() => void adoptions.refetch()} />
                ) : (
                  <AdoptionsTable
                    adoptions={adoptions.data?.items ?? []}
                    show="standard"
                    total={adoptions.data?.total ?? 0}
                    page={page}
                    pageSize={ADOPTIONS_PAGE_SIZE}
                    loading={adoptions.isFetching}
                    onPage={setPage}
                    onDelete={canWrite && live ? deleteAdoption : undefined}
                    deletingId={removeAdoption.isPending ? (removeAdoption.variables ?? null) : null}
                    empty={t(m.noAdoptions)}
                  />
                )}
              </Card>
            </section>
            <ReachTimeline enterprise={enterprise} />
            <DraftedStandardsCard enterprise={enterprise} />
            <section aria-labelledby="enterprise-fields-heading">
              <Card
                title={
                  <Typography.Title level={2} id="enterprise-fields-heading" className="section-title">
                    {t(m.fieldsHeading)}
                  </Typography.Title>
                }
              >
                <Descriptions
                  column={{ xs: 1, sm: 2 }}
                  items={[
                    {
                      key: 'creditCode',
                      label: t(m.creditCode),
                      children: <span className="credit-code">{enterprise.creditCode}</span>,
                      span: 'filled',
                    },
                    { key: 'industry', label: t(m.industry), children: enterprise.industry ?? notRecorded },
                    { key: 'province', label: t(m.province), children: enterprise.province ?? notRecorded },
                    {
                      key: 'size',
                      label: t(m.size),
                      children: enterprise.size ? t(enterpriseSizeLabels[enterprise.size]) : notRecorded,
                    },
                    { key: 'adoptionCount', label: t(m.adoptionCount), children: enterprise.adoptionCount },
                    { key: 'firstAdoptedOn', label: t(m.firstAdoptedOn), children: enterprise.firstAdoptedOn ?? '—' },
                    {
                      key: 'updatedAt',
                      label: t(m.updatedAt),
                      children: `${formatDateTime(enterprise.updatedAt)}${enterprise.updatedBy ? ` · ${enterprise.updatedBy}` : ''}`,
                    },
                    { key: 'notes', label: t(m.notes), children: enterprise.notes ?? '—', span: 'filled' },
                  ]}
                />
              </Card>
            </section>
          </Space>
        </Col>
        <Col xs={24} lg={8}>
          <section aria-labelledby="enterprise-code-heading">
            <Card
              title={
                <Typography.Title level={2} id="enterprise-code-heading" className="section-title">
                  {t(m.codeHeading)}
                </Typography.Title>
              }
            >
              {described && <CreditCodePreview described={described} verified={parsed.ok} />}
            </Card>
          </section>
        </Col>
      </Row>
      {canWrite && live && (
        <AddAdoptionDialog
          open={adding}
          context={{ enterpriseId: enterprise.id }}
          subject={enterprise.name}
          onClose={() => {
            setAdding(false);
          }}
        />
      )}
    </>
  );
}
