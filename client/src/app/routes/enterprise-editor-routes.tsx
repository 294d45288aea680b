import { enterprisesMessages } from '../../features/enterprises/messages.ts';
import { EditEnterprisePage } from '../../features/enterprises/pages/edit-enterprise-page.tsx';
import { NewEnterprisePage } from '../../features/enterprises/pages/new-enterprise-page.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { RequireRole } from './require-role.tsx';

// Viewers read the enterprises; the forms are for editors (the server refuses their writes anyway).
export function NewEnterpriseRoute() {
  const { t } = useI18n();
  return (
    <RequireRole role="editor" forbiddenDetail={t(enterprisesMessages.editorsOnly)}>
      <NewEnterprisePage />
    </RequireRole>
  );
}

export function EditEnterpriseRoute() {
  const { t } = useI18n();
  return (
    <RequireRole role="editor" forbiddenDetail={t(enterprisesMessages.editorsOnly)}>
      <EditEnterprisePage />
    </RequireRole>
  );
}
