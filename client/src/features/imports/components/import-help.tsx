import { CheckCircleOutlined } from '@ant-design/icons';
import type { ImportKind } from '@cloudstd/shared/schemas/import';
import { Card, Typography } from 'antd';
import { useI18n } from '../../../lib/i18n.tsx';
import { importCapabilities, importMessages as m } from '../messages.ts';

/** What an import of this kind does (and does not), for the user deciding whether to upload. */
export function ImportHelp({ kind }: { kind: ImportKind }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="import-help-heading" className="import-section">
      <Card className="import-card">
        <Typography.Title level={2} id="import-help-heading" className="section-title">
          {t(m.helpHeading)}
        </Typography.Title>
        <ul className="import-help">
          {importCapabilities[kind].map((capability) => (
            <li key={capability.en}>
              <CheckCircleOutlined aria-hidden className="import-help-check" />
              <span>{t(capability)}</span>
            </li>
          ))}
        </ul>
      </Card>
    </section>
  );
}
