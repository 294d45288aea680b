import { standardKindLabels } from '@cloudstd/shared/domain/labels';
import { DeleteOutlined, EditOutlined, UndoOutlined } from '@ant-design/icons';
import type { Standard } from '@cloudstd/shared/schemas/standard';
import { roleAllows } from '@cloudstd/shared/schemas/user';
import { Alert, App, Button, Card, Col, Popconfirm, Row, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { RecordQuery } from '../../../components/record-query.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { useCurrentUser } from '../../../lib/current-user.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { pick, useI18n } from '../../../lib/i18n.tsx';
import { useDeleteStandard } from '../api/delete-standard.ts';
import { useAllDirections } from '../../../api/get-directions.ts';
import { useStandard } from '../../../api/get-standard.ts';
import { useRestoreStandard } from '../api/restore-standard.ts';
import { StandardErrorAlert } from '../components/standard-error-alert.tsx';
import { StandardFields } from '../components/standard-fields.tsx';
import { ReplacementChain } from '../components/replacement-chain.tsx';
import { StandardHistory } from '../components/standard-history.tsx';
import { StandardLevelTag } from '../components/standard-level-tag.tsx';
import { StandardLifecycle } from '../components/standard-lifecycle.tsx';
import { StandardNotFound } from '../components/standard-not-found.tsx';
import { StandardPlacements } from '../components/standard-placements.tsx';
import { StandardStatusTag } from '../components/standard-status-tag.tsx';
import { useStandardId } from '../hooks/use-standard-id.ts';
import { standardsMessages as m } from '../messages.ts';
import '../standards.css';

/** `sections` adds panels another feature owns (the app's route composes them: e.g. the standard's adopters). */
export function StandardDetailPage({ sections }: { sections?: (standard: Standard) => ReactNode } = {}) {
  const id = useStandardId();
  return id === null ? <StandardNotFound /> : <StandardDetail id={id} sections={sections} />;
}

function nameOf(standard: Standard): string {
  return standard.number ?? standard.planNumber ?? standard.titleZh;
}

function StandardDetail({
  id,
  sections,
}: {
  id: Standard['id'];
  sections?: ((standard: Standard) => ReactNode) | undefined;
}) {
  const { t } = useI18n();
  const standard = useStandard(id);
  return (
    <RecordQuery query={standard} title={t(m.pageTitle)} notFound={<StandardNotFound />}>
      {(data) => <StandardView standard={data} sections={sections} />}
    </RecordQuery>
  );
}

function StandardView({
  standard,
  sections,
}: {
  standard: Standard;
  sections?: ((standard: Standard) => ReactNode) | undefined;
}) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const canWrite = roleAllows(user.role, 'editor');
  const remove = useDeleteStandard();
  const restore = useRestoreStandard();
  const directions = useAllDirections();
  const name = nameOf(standard);
  const detailPath = `/standards/${String(standard.id)}`;

  const undo = () => {
    message.destroy(`deleted-${String(standard.id)}`);
    // The page may be gone by now; the promise still settles.
    restore.mutateAsync(standard.id).then(
      (restored) => {
        void message.success(t(m.restored, { name: nameOf(restored) }));
        void navigate(`/standards/${String(restored.id)}`);
      },
      (error: unknown) => {
        void message.error(errorMessage(error, lang));
      },
    );
  };

  const confirmDelete = () => {
    remove.mutate(standard.id, {
      onSuccess: () => {
        void navigate('/standards');
        void message.open({
          key: `deleted-${String(standard.id)}`,
          type: 'success',
          duration: 10,
          content: (
            <span className="undo-message">
              {t(m.deleted, { name })}{' '}
              <Button type="link" size="small" onClick={undo} autoInsertSpace={false} data-testid="undo-delete">
                {t(m.undo)}
              </Button>
            </span>
          ),
        });
      },
    });
  };

  const restoreHere = () => {
    restore.mutate(standard.id, {
      onSuccess: (restored) => void message.success(t(m.restored, { name: nameOf(restored) })),
    });
  };

  const actions = canWrite && (
    <Space wrap>
      {standard.deletedAt ? (
        <Button
          icon={<UndoOutlined aria-hidden />}
          onClick={restoreHere}
          loading={restore.isPending}
          autoInsertSpace={false}
        >
          {t(m.restore)}
        </Button>
      ) : (
        <>
          <Button
            type="primary"
            icon={<EditOutlined aria-hidden />}
            onClick={() => void navigate(`${detailPath}/edit`)}
            autoInsertSpace={false}
          >
            {t(m.edit)}
          </Button>
          <Popconfirm
            title={t(m.confirmDelete, { name })}
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
      )}
    </Space>
  );

  const otherTitle = lang === 'zh' ? standard.titleEn : standard.titleZh;
  return (
    <>
      <p className="breadcrumb-back">
        <Link to="/standards">← {t(m.backToList)}</Link>
      </p>
      <PageHeader
        title={name}
        subtitle={
          <>
            <p className="standard-detail-title" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
              {pick(lang, standard.titleZh, standard.titleEn)}
            </p>
            {otherTitle && (
              <p className="standard-detail-title-other" lang={lang === 'zh' ? 'en' : 'zh-CN'}>
                {otherTitle}
              </p>
            )}
            <p className="standard-detail-tags">
              <StandardLevelTag level={standard.level} />
              <StandardStatusTag status={standard.status} />
              <span className="standard-kind">{t(standardKindLabels[standard.kind])}</span>
            </p>
          </>
        }
        extra={actions}
      />
      {standard.deletedAt && (
        <Alert
          type="warning"
          showIcon
          className="form-alert"
          title={t(m.deletedBanner, { at: formatDateTime(standard.deletedAt) })}
        />
      )}
      {remove.isError && (
        <ApiErrorAlert
          error={remove.error}
          onClose={() => {
            remove.reset();
          }}
          className="form-alert"
        />
      )}
      {restore.isError && (
        <StandardErrorAlert
          error={restore.error}
          onClose={() => {
            restore.reset();
          }}
          className="form-alert"
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Space orientation="vertical" size={16} className="full-width">
            <section aria-labelledby="standard-fields-heading">
              <Card title={<SectionTitle id="standard-fields-heading">{t(m.fieldsHeading)}</SectionTitle>}>
                <StandardFields standard={standard} />
              </Card>
            </section>
            {(standard.replaces.length > 0 || standard.replacedBy !== null) && (
              <section aria-labelledby="standard-chain-heading">
                <Card title={<SectionTitle id="standard-chain-heading">{t(m.chainHeading)}</SectionTitle>}>
                  <ReplacementChain standard={standard} />
                </Card>
              </section>
            )}
            <section aria-labelledby="standard-directions-heading">
              <Card title={<SectionTitle id="standard-directions-heading">{t(m.directionsHeading)}</SectionTitle>}>
                <ul className="standard-directions">
                  {standard.directions.map((code) => {
                    const direction = directions.data.get(code);
                    return (
                      <li key={code}>
                        <Link
                          to={`/directions?q=${encodeURIComponent(code)}`}
                          aria-label={t(m.showDirection, { code })}
                          className="node-code"
                        >
                          {code}
                        </Link>{' '}
                        {direction && <span>{pick(lang, direction.path.zh, direction.path.en)}</span>}
                      </li>
                    );
                  })}
                </ul>
                <Typography.Title level={3} className="placements-heading">
                  {t(m.placementsHeading)}
                </Typography.Title>
                <StandardPlacements standardId={standard.id} />
              </Card>
            </section>
            {sections?.(standard)}
            <section aria-labelledby="standard-history-heading">
              <Card title={<SectionTitle id="standard-history-heading">{t(m.historyHeading)}</SectionTitle>}>
                <StandardHistory id={standard.id} />
              </Card>
            </section>
          </Space>
        </Col>
        <Col xs={24} lg={8}>
          <section aria-labelledby="standard-lifecycle-heading">
            <Card title={<SectionTitle id="standard-lifecycle-heading">{t(m.lifecycleHeading)}</SectionTitle>}>
              <StandardLifecycle standard={standard} />
            </Card>
          </section>
        </Col>
      </Row>
    </>
  );
}

function SectionTitle({ id, children }: { id: string; children: string }) {
  return (
    <Typography.Title level={2} id={id} className="section-title">
      {children}
    </Typography.Title>
  );
}
