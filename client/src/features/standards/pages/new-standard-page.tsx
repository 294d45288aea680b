import { App } from 'antd';
import { useRef } from 'react';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../../components/page-header.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import { useCreateStandard } from '../api/create-standard.ts';
import { StandardForm } from '../components/standard-form.tsx';
import { useLeaveGuard } from '../hooks/use-leave-guard.ts';
import { standardsMessages as m } from '../messages.ts';
import {
  changedFields,
  emptyStandardFormValues,
  formValuesToInput,
  type StandardFormValues,
} from '../utils/standard-form-values.ts';
import '../standards.css';

const emptyInput = formValuesToInput(emptyStandardFormValues);

export function NewStandardPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const create = useCreateStandard();
  const dirty = useRef(false);
  useLeaveGuard(dirty);

  const submit = (values: StandardFormValues, saveAsNew = false) => {
    create.mutate(
      { ...formValuesToInput(values), ...(saveAsNew ? { saveAsNew } : {}) },
      {
        onSuccess: (standard) => {
          dirty.current = false;
          void message.success(t(m.created, { name: standard.number ?? standard.planNumber ?? standard.titleZh }));
          void navigate(`/standards/${String(standard.id)}`);
        },
      },
    );
  };

  return (
    <>
      <PageHeader title={t(m.newStandard)} />
      <StandardForm
        initialValues={emptyStandardFormValues}
        onSubmit={(values) => submit(values)}
        onSubmitAsNew={(values) => submit(values, true)}
        onCancel={() => void navigate('/standards')}
        onValuesChange={(values) => {
          dirty.current = Object.keys(changedFields(emptyInput, formValuesToInput(values))).length > 0;
        }}
        submitting={create.isPending}
        error={create.error}
      />
    </>
  );
}
