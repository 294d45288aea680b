import { DownloadOutlined } from '@ant-design/icons';
import type { ImportKind } from '@cloudstd/shared/schemas/import';
import { Button, Radio } from 'antd';
import { useId } from 'react';
import { FrameworkSwitcher } from '../../../components/framework-switcher.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import { importTemplateUrl } from '../api/import-spreadsheet.ts';
import { importMessages as m } from '../messages.ts';

/** What the page imports: a spreadsheet of one kind, or a pasted announcement. */
export type ImportMode = ImportKind | 'announcement';

/**
 * The page's title, the template of the chosen kind (standards: of the chosen edition), the choice of what to
 * import and, for standards, of the edition whose direction codes and names the file uses.
 */
export function ImportHeader({
  kind,
  onKind,
  framework,
  onFramework,
  disabled,
}: {
  kind: ImportMode;
  onKind: (kind: ImportMode) => void;
  framework?: string | undefined;
  onFramework?: (key: string) => void;
  disabled: boolean;
}) {
  const { t } = useI18n();
  const kindLabelId = useId();
  return (
    <>
      <PageHeader
        title={t(m.pageTitle)}
        subtitle={t(m.pageSubtitle)}
        extra={
          kind === 'announcement' ? undefined : (
            <Button href={importTemplateUrl(kind, framework)} download icon={<DownloadOutlined aria-hidden />}>
              {t(m.downloadTemplate)}
            </Button>
          )
        }
      />
      <div className="import-kind">
        <span className="import-kind-label" id={kindLabelId}>
          {t(m.kindLabel)}
        </span>
        <Radio.Group
          aria-labelledby={kindLabelId}
          optionType="button"
          buttonStyle="solid"
          value={kind}
          disabled={disabled}
          onChange={(event) => {
            onKind(event.target.value as ImportMode);
          }}
          options={[
            { value: 'standards', label: t(m.kindStandards) },
            { value: 'adoptions', label: t(m.kindAdoptions) },
            { value: 'announcement', label: t(m.kindAnnouncement) },
            // Attendee lists are imported into an event, from the event's page.
            ...(kind === 'attendees' ? [{ value: 'attendees', label: t(m.kindAttendees) }] : []),
          ]}
        />
      </div>
      {kind === 'standards' && onFramework && (
        <div className="import-kind" data-testid="import-edition">
          <FrameworkSwitcher value={framework} onChange={onFramework} />
          <span className="import-kind-hint">{t(m.editionHint)}</span>
        </div>
      )}
    </>
  );
}
