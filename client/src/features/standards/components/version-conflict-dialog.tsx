import type { Standard } from '@cloudstd/shared/schemas/standard';
import { Button, Modal, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import { formatDateTime } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { standardsMessages as m } from '../messages.ts';
import type { StandardFormValues } from '../utils/standard-form-values.ts';
import { fieldLabel, formatFieldValue } from '../utils/standard-labels.ts';
import { compareVersions, type ConflictRow } from '../utils/version-conflict.ts';

export interface VersionConflict {
  /** The version the user started editing from. */
  base: Standard;
  /** What the user tried to save. */
  mine: StandardFormValues;
  /** The record as the server has it now. */
  current: Standard;
}

interface VersionConflictDialogProps {
  conflict: VersionConflict | null;
  saving: boolean;
  onReload: () => void;
  onKeepEditing: () => void;
  onOverwrite: () => void;
}

/**
 * A save met a newer version: the fields either side changed, both values, and the three ways on —
 * take theirs, save mine over theirs, or keep editing on top of theirs. Nothing typed is dropped.
 */
export function VersionConflictDialog({
  conflict,
  saving,
  onReload,
  onKeepEditing,
  onOverwrite,
}: VersionConflictDialogProps) {
  const { t, lang } = useI18n();
  const rows = conflict ? compareVersions(conflict.base, conflict.mine, conflict.current) : [];

  const columns: TableColumnsType<ConflictRow> = [
    {
      key: 'field',
      title: t(m.conflictField),
      render: (_value, row) => (
        <span className="conflict-field">
          {fieldLabel(row.field, lang)}
          <Tag className="conflict-note" color={row.clash ? 'red' : row.mineChanged ? 'blue' : 'default'}>
            {t(
              row.mineChanged && row.theirsChanged
                ? m.conflictBoth
                : row.mineChanged
                  ? m.conflictMineOnly
                  : m.conflictTheirsOnly,
            )}
          </Tag>
        </span>
      ),
    },
    {
      key: 'mine',
      title: t(m.conflictMine),
      render: (_value, row) => (
        <span className={row.mineChanged ? 'conflict-value conflict-value-changed' : 'conflict-value'}>
          {formatFieldValue(row.field, row.mine, lang)}
        </span>
      ),
    },
    {
      key: 'theirs',
      title: t(m.conflictTheirs),
      render: (_value, row) => (
        <span className={row.theirsChanged ? 'conflict-value conflict-value-changed' : 'conflict-value'}>
          {formatFieldValue(row.field, row.theirs, lang)}
        </span>
      ),
    },
  ];

  return (
    <Modal
      open={conflict !== null}
      title={t(m.conflictTitle)}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      width={760}
      footer={
        <div className="conflict-actions">
          <Tooltip title={t(m.conflictReloadHelp)}>
            <Button onClick={onReload} disabled={saving} autoInsertSpace={false}>
              {t(m.conflictReload)}
            </Button>
          </Tooltip>
          <Tooltip title={t(m.conflictKeepEditingHelp)}>
            <Button onClick={onKeepEditing} disabled={saving} autoInsertSpace={false}>
              {t(m.conflictKeepEditing)}
            </Button>
          </Tooltip>
          <Tooltip title={t(m.conflictOverwriteHelp)}>
            <Button type="primary" danger onClick={onOverwrite} loading={saving} autoInsertSpace={false}>
              {t(m.conflictOverwrite)}
            </Button>
          </Tooltip>
        </div>
      }
    >
      {conflict && (
        <>
          <p>
            {t(m.conflictIntro, {
              user: conflict.current.updatedBy ?? t(m.someone),
              at: formatDateTime(conflict.current.updatedAt),
              version: conflict.current.version,
            })}
          </p>
          <ul className="conflict-choices">
            <li>
              <strong>{t(m.conflictReload)}</strong>: {t(m.conflictReloadHelp)}
            </li>
            <li>
              <strong>{t(m.conflictKeepEditing)}</strong>: {t(m.conflictKeepEditingHelp)}
            </li>
            <li>
              <strong>{t(m.conflictOverwrite)}</strong>: {t(m.conflictOverwriteHelp)}
            </li>
          </ul>
          <Table<ConflictRow>
            data-testid="conflict-table"
            rowKey="field"
            columns={columns}
            dataSource={rows}
            pagination={false}
            size="small"
            scroll={{ x: 'max-content' }}
          />
        </>
      )}
    </Modal>
  );
}
