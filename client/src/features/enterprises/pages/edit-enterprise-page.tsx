import type { Enterprise } from '@cloudstd/shared/schemas/enterprise';
import { roleAllows } from '@cloudstd/shared/schemas/user';
import { Alert, App } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../../../components/page-header.tsx';
import { RecordQuery } from '../../../components/record-query.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useCurrentUser } from '../../../lib/current-user.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import { getEnterpriseQueryOptions, useEnterprise } from '../api/get-enterprise.ts';
import { useUpdateEnterprise } from '../api/update-enterprise.ts';
import { EnterpriseForm } from '../components/enterprise-form.tsx';
import { EnterpriseNotFound } from '../components/enterprise-not-found.tsx';
import { useEnterpriseId } from '../hooks/use-enterprise-id.ts';
import { enterprisesMessages as m } from '../messages.ts';
import { enterpriseToFormValues, formValuesToChanges } from '../utils/enterprise-form-values.ts';
import '../enterprises.css';

export function EditEnterprisePage() {
  const id = useEnterpriseId();
  const { t } = useI18n();
  const enterprise = useEnterprise(id);
  // Set when a save met a newer version: the form is remounted with it, and says why.
  const [conflict, setConflict] = useState(false);
  if (id === null) return <EnterpriseNotFound />;
  return (
    <RecordQuery query={enterprise} title={t(m.pageTitle)} notFound={<EnterpriseNotFound />}>
      {(data) =>
        data.deletedAt ? (
          <EnterpriseNotFound />
        ) : (
          // Keyed by version: after a conflict the form starts again from the current record.
          <EditEnterprise
            key={data.version}
            enterprise={data}
            conflict={conflict}
            onConflict={() => {
              setConflict(true);
            }}
          />
        )
      }
    </RecordQuery>
  );
}

interface EditEnterpriseProps {
  enterprise: Enterprise;
  conflict: boolean;
  onConflict: () => void;
}

function EditEnterprise({ enterprise, conflict, onConflict }: EditEnterpriseProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const user = useCurrentUser();
  const update = useUpdateEnterprise();
  const detailPath = `/enterprises/${String(enterprise.id)}`;
  return (
    <>
      <p className="breadcrumb-back">
        <Link to={detailPath}>← {enterprise.name}</Link>
      </p>
      <PageHeader title={t(m.editTitle, { name: enterprise.name })} />
      <EnterpriseForm
        initialValues={enterpriseToFormValues(enterprise)}
        canOverride={roleAllows(user.role, 'admin')}
        submitting={update.isPending}
        submitLabel={t(m.save)}
        error={isApiError(update.error, 'VERSION_CONFLICT') ? null : update.error}
        notice={
          conflict ? <Alert type="warning" showIcon className="form-alert" title={t(m.versionConflict)} /> : undefined
        }
        onCancel={() => void navigate(detailPath)}
        onSubmit={(values) => {
          update.mutate(
            { id: enterprise.id, changes: formValuesToChanges(enterprise, values) },
            {
              onSuccess: (saved) => {
                void message.success(t(m.saved, { name: saved.name }));
                void navigate(detailPath);
              },
              onError: (error) => {
                const current = isApiError(error, 'VERSION_CONFLICT') ? error.problem?.current : undefined;
                if (current) {
                  onConflict();
                  queryClient.setQueryData(getEnterpriseQueryOptions(enterprise.id).queryKey, current as Enterprise);
                }
              },
            },
          );
        }}
      />
    </>
  );
}
