import type { Standard } from '@cloudstd/shared/schemas/standard';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App } from 'antd';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../../components/page-header.tsx';
import { RecordQuery } from '../../../components/record-query.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { getStandardQueryOptions, useStandard } from '../../../api/get-standard.ts';
import { useUpdateStandard } from '../api/update-standard.ts';
import { StandardForm } from '../components/standard-form.tsx';
import { StandardNotFound } from '../components/standard-not-found.tsx';
import { VersionConflictDialog, type VersionConflict } from '../components/version-conflict-dialog.tsx';
import { useLeaveGuard } from '../hooks/use-leave-guard.ts';
import { useStandardId } from '../hooks/use-standard-id.ts';
import { standardsMessages as m } from '../messages.ts';
import {
  hasChanges,
  standardToFormValues,
  updateBody,
  type StandardFormValues,
} from '../utils/standard-form-values.ts';
import { currentStandardOf } from '../utils/server-errors.ts';
import { rebaseFormValues } from '../utils/version-conflict.ts';
import '../standards.css';

export function EditStandardPage() {
  const id = useStandardId();
  return id === null ? <StandardNotFound /> : <EditStandard id={id} />;
}

function EditStandard({ id }: { id: Standard['id'] }) {
  const { t } = useI18n();
  const standard = useStandard(id);
  // The loaded version is the base of the edit; a background refetch must not move it under the user.
  return (
    <RecordQuery query={standard} title={t(m.editStandard)} notFound={<StandardNotFound />}>
      {(data) => <EditSession key={data.id} loaded={data} />}
    </RecordQuery>
  );
}

/** What the form starts from; a new draft remounts the form with these values. */
interface Draft {
  base: Standard;
  values: StandardFormValues;
  revision: number;
}

function EditSession({ loaded }: { loaded: Standard }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const update = useUpdateStandard();
  const [draft, setDraft] = useState<Draft>(() => ({
    base: loaded,
    values: standardToFormValues(loaded),
    revision: 0,
  }));
  const [conflict, setConflict] = useState<VersionConflict | null>(null);
  const dirty = useRef(false);
  useLeaveGuard(dirty);

  const detailPath = `/standards/${String(loaded.id)}`;
  const name = loaded.number ?? loaded.planNumber ?? loaded.titleZh;

  /** Saves `values` as an edit of `base`; a newer version on the server opens the conflict dialog. */
  const save = (base: Standard, values: StandardFormValues, saveAsNew = false) => {
    const changes = { ...updateBody(base, values), ...(saveAsNew ? { saveAsNew } : {}) };
    if (!hasChanges(changes)) {
      dirty.current = false;
      void message.info(t(m.nothingChanged));
      void navigate(detailPath);
      return;
    }
    update.mutate(
      { id: base.id, changes },
      {
        onSuccess: (saved) => {
          dirty.current = false;
          setConflict(null);
          void message.success(t(m.saved, { name: saved.number ?? saved.planNumber ?? saved.titleZh }));
          void navigate(detailPath);
        },
        onError: (error) => {
          const current = currentStandardOf(error);
          if (current) setConflict({ base, mine: values, current });
        },
      },
    );
  };

  const startOver = (base: Standard, values: StandardFormValues) => {
    setDraft((previous) => ({ base, values, revision: previous.revision + 1 }));
    dirty.current = hasChanges(updateBody(base, values));
    update.reset();
  };

  const reload = () => {
    if (!conflict) return;
    queryClient.setQueryData(getStandardQueryOptions(conflict.current.id).queryKey, conflict.current);
    startOver(conflict.current, standardToFormValues(conflict.current));
    setConflict(null);
    void message.info(t(m.conflictReloaded));
  };

  const keepEditing = () => {
    if (!conflict) return;
    startOver(conflict.current, rebaseFormValues(conflict.base, conflict.mine, conflict.current));
    setConflict(null);
  };

  const overwrite = () => {
    if (!conflict) return;
    const rebased = rebaseFormValues(conflict.base, conflict.mine, conflict.current);
    // The form shows what is being saved, so a further conflict starts from it.
    startOver(conflict.current, rebased);
    setConflict(null);
    save(conflict.current, rebased);
  };

  return (
    <>
      <PageHeader title={`${t(m.editStandard)} · ${name}`} />
      <StandardForm
        key={draft.revision}
        initialValues={draft.values}
        onSubmit={(values) => {
          save(draft.base, values);
        }}
        onSubmitAsNew={(values) => {
          save(draft.base, values, true);
        }}
        onCancel={() => void navigate(detailPath)}
        onValuesChange={(values) => {
          dirty.current = hasChanges(updateBody(draft.base, values));
        }}
        submitting={update.isPending}
        error={update.error}
        notice={
          draft.base.deletedAt ? (
            <Alert
              type="warning"
              showIcon
              className="form-alert"
              title={t(m.deletedBanner, { at: formatDateTime(draft.base.deletedAt) })}
            />
          ) : undefined
        }
      />
      <VersionConflictDialog
        conflict={conflict}
        saving={update.isPending}
        onReload={reload}
        onKeepEditing={keepEditing}
        onOverwrite={overwrite}
      />
    </>
  );
}
