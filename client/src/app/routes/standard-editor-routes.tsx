import { standardsMessages } from '../../features/standards/messages.ts';
import { EditStandardPage } from '../../features/standards/pages/edit-standard-page.tsx';
import { NewStandardPage } from '../../features/standards/pages/new-standard-page.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { RequireRole } from './require-role.tsx';

// Viewers read the registry; the forms are for editors (the server refuses their writes anyway).
export function NewStandardRoute() {
  const { t } = useI18n();
  return (
    <RequireRole role="editor" forbiddenDetail={t(standardsMessages.editorsOnly)}>
      <NewStandardPage />
    </RequireRole>
  );
}

export function EditStandardRoute() {
  const { t } = useI18n();
  return (
    <RequireRole role="editor" forbiddenDetail={t(standardsMessages.editorsOnly)}>
      <EditStandardPage />
    </RequireRole>
  );
}
