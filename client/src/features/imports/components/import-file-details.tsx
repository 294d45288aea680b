import type { ImportReport } from '@cloudstd/shared/schemas/import';
import { Select } from 'antd';
import { useId } from 'react';
import { useI18n } from '../../../lib/i18n.tsx';
import { importMessages as m } from '../messages.ts';

interface ImportFileDetailsProps {
  fileName: string;
  sheets: readonly string[];
  sheet: string | undefined;
  onSheet: (name: string) => void;
  report: ImportReport | null;
  disabled: boolean;
}

/** The file being checked, its worksheet (a choice when it has several) and where its header row was found. */
export function ImportFileDetails({ fileName, sheets, sheet, onSheet, report, disabled }: ImportFileDetailsProps) {
  const { t } = useI18n();
  const sheetLabelId = useId();
  return (
    <dl className="import-file">
      <div>
        <dt>{t(m.fileLabel)}</dt>
        <dd>{fileName}</dd>
      </div>
      {sheets.length > 1 && (
        <div>
          <dt id={sheetLabelId}>{t(m.sheetLabel)}</dt>
          <dd>
            <Select
              aria-labelledby={sheetLabelId}
              value={sheet ?? report?.sheet}
              options={sheets.map((name) => ({ value: name, label: name }))}
              onChange={onSheet}
              disabled={disabled}
              className="import-sheet-select"
            />
          </dd>
        </div>
      )}
      {report && report.headerRow > 1 && (
        <div>
          <dt>{t(m.headerRowLabel)}</dt>
          <dd className="import-file-note">{t(m.headerRowValue, { row: report.headerRow })}</dd>
        </div>
      )}
    </dl>
  );
}
