import { roleAllows } from '@cloudstd/shared/schemas/user';
import { App } from 'antd';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../../../components/page-header.tsx';
import { useCurrentUser } from '../../../lib/current-user.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import { useCreateEnterprise } from '../api/create-enterprise.ts';
import { EnterpriseForm } from '../components/enterprise-form.tsx';
import { enterprisesMessages as m } from '../messages.ts';
import { emptyEnterpriseFormValues, formValuesToCreateInput } from '../utils/enterprise-form-values.ts';
import '../enterprises.css';

export function NewEnterprisePage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const create = useCreateEnterprise();
  return (
    <>
      <p className="breadcrumb-back">
        <Link to="/enterprises">← {t(m.backToList)}</Link>
      </p>
      <PageHeader title={t(m.newTitle)} />
      <EnterpriseForm
        initialValues={emptyEnterpriseFormValues}
        canOverride={roleAllows(user.role, 'admin')}
        submitting={create.isPending}
        submitLabel={t(m.create)}
        error={create.error}
        onCancel={() => void navigate('/enterprises')}
        onSubmit={(values) => {
          create.mutate(formValuesToCreateInput(values), {
            onSuccess: (enterprise) => {
              void message.success(t(m.created, { name: enterprise.name }));
              void navigate(`/enterprises/${String(enterprise.id)}`);
            },
          });
        }}
      />
    </>
  );
}
