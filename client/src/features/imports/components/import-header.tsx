import { DownloadOutlined } from '@ant-design/icons';
import type { ImportKind } from '@cloudstd/shared/schemas/import';
import { Button, Radio } from 'antd';
import { useId } from 'react';
import { PageHeader } from '../../../components/page-header.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import { importTemplateUrl } from '../api/import-spreadsheet.ts';
import { importMessages as m } from '../messages.ts';

/** What the page imports: a spreadsheet of one kind, or a pasted announcement. */
export type ImportMode = ImportKind | 'announcement';

/** The page's title, the template of the chosen kind, and the choice of what to import. */
export function ImportHeader({
  kind,
  onKind,
  disabled,
}: {
  kind: ImportMode;
  onKind: (kind: ImportMode) => void;
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
            <Button href={importTemplateUrl(kind)} download icon={<DownloadOutlined aria-hidden />}>
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
          ]}
        />
      </div>
    </>
  );
}
