import { adoptionEvidenceLabels } from '@cloudstd/shared/domain/labels';
import type { AdoptionEvidence } from '@cloudstd/shared/schemas/enterprise';
import type { ImportChange, ImportKind, ImportReport, ImportRow } from '@cloudstd/shared/schemas/import';
import { Table, Tag, type TableColumnsType } from 'antd';
import { useMemo, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { Bilingual } from '../../../lib/i18n.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import {
  adoptionColumnLabels,
  attendeeColumnLabels,
  columnLabels,
  fieldLabels,
  importMessages as m,
} from '../messages.ts';
import { formatImportValue, splitErrors, splitWarnings, visibleRows } from '../utils/import-rows.ts';
import { ImportActionTag } from './import-action-tag.tsx';

interface ImportRowsTableProps {
  report: ImportReport;
  errorsOnly: boolean;
  /** After a commit: numbers link to their standards, enterprise names to their enterprises. */
  linkRecords?: boolean;
  label: string;
}

const pageSizes = [20, 50, 100, 200];

const labelsByKind: Record<ImportKind, Record<string, Bilingual>> = {
  standards: columnLabels,
  adoptions: adoptionColumnLabels,
  attendees: attendeeColumnLabels,
};

/** Column widths by the kind of content, so long titles wrap instead of stretching the numbers. */
const widths: Record<string, number> = {
  number: 170,
  plan_number: 150,
  title_zh: 240,
  title_en: 240,
  directions: 180,
  international: 200,
  replaces: 170,
  notes: 200,
  enterprise: 220,
  credit_code: 190,
  standard_number: 170,
  reference: 170,
};

/**
 * The file's rows as the spreadsheet has them (row numbers, the file's own headers), each with its
 * outcome; a cell with a problem is marked and says what is wrong, problems of the row as a whole
 * stand under its outcome. Paginated, so ten thousand rows stay quick.
 */
export function ImportRowsTable({ report, errorsOnly, linkRecords = false, label }: ImportRowsTableProps) {
  const { t, lang } = useI18n();
  const rows = useMemo(() => visibleRows(report.rows, errorsOnly), [report.rows, errorsOnly]);
  const errorsOf = useMemo(
    () => new Map(report.rows.map((row) => [row.row, splitErrors(row, report.columns)])),
    [report.rows, report.columns],
  );
  const warningsOf = useMemo(
    () => new Map(report.rows.map((row) => [row.row, splitWarnings(row, report.columns)])),
    [report.rows, report.columns],
  );
  const message = (error: { messageZh: string; messageEn: string }) =>
    lang === 'zh' ? error.messageZh : error.messageEn;
  const labels = labelsByKind[report.kind];
  const labelOf = (key: string | null) => (key === null ? null : (labels[key] ?? { zh: key, en: key }));
  const changedValue = (change: ImportChange, value: unknown) => {
    const evidence = change.field === 'evidence' ? adoptionEvidenceLabels[value as AdoptionEvidence] : undefined;
    return evidence ? t(evidence) : formatImportValue(value);
  };
  /** After a commit, the cell that names a record links to it. */
  const linked = (key: string | null, row: ImportRow, text: string): ReactNode => {
    if (!linkRecords || !text) return null;
    if ((key === 'number' || key === 'standard_number') && row.standardId !== null) {
      return <Link to={`/standards/${String(row.standardId)}`}>{row.number ?? text}</Link>;
    }
    if (key === 'enterprise' && row.enterprise?.id != null) {
      return <Link to={`/enterprises/${String(row.enterprise.id)}`}>{text}</Link>;
    }
    return null;
  };

  const columns: TableColumnsType<ImportRow> = [
    { title: t(m.rowColumn), dataIndex: 'row', key: 'row', width: 72, fixed: 'left' },
    {
      title: t(m.actionColumn),
      key: 'action',
      width: 160,
      render: (_value, row) => {
        const rowLevel = errorsOf.get(row.row)?.rowLevel ?? [];
        const rowWarnings = warningsOf.get(row.row)?.rowLevel ?? [];
        return (
          <>
            <ImportActionTag action={row.action} />
            {row.enterprise?.isNew && row.action !== 'error' && (
              <Tag color="cyan" className="import-action-tag">
                {t(m.newEnterprise)}
              </Tag>
            )}
            {rowLevel.length > 0 && (
              <ul className="import-cell-messages">
                {rowLevel.map((error) => {
                  const column = labelOf(error.column);
                  return (
                    <li key={`${error.column ?? ''}:${error.messageEn}`}>
                      {column ? `${t(column)}：` : ''}
                      {message(error)}
                    </li>
                  );
                })}
              </ul>
            )}
            {rowWarnings.length > 0 && (
              <ul className="import-cell-messages import-cell-notes">
                {rowWarnings.map((warning) => (
                  <li key={`${warning.column ?? ''}:${warning.messageEn}`}>
                    <span className="visually-hidden">{t(m.cellWarning)}</span>
                    {message(warning)}
                  </li>
                ))}
              </ul>
            )}
          </>
        );
      },
    },
    ...report.columns.map((column, position): TableColumnsType<ImportRow>[number] => {
      const known = labelOf(column.key);
      const matchedLabel = known ? t(known) : null;
      return {
        key: `column-${String(column.index)}`,
        width: (column.key === null ? undefined : widths[column.key]) ?? 120,
        title: (
          <span className={column.key === null ? 'import-column-ignored' : undefined}>
            {column.header}
            {column.key === null ? (
              <span className="import-column-note">{t(m.ignoredColumn)}</span>
            ) : (
              matchedLabel !== column.header && <span className="import-column-note">{matchedLabel}</span>
            )}
          </span>
        ),
        onCell: (row) => ({
          className:
            column.key === null
              ? ''
              : errorsOf.get(row.row)?.byColumn.has(column.key)
                ? 'import-cell-error'
                : warningsOf.get(row.row)?.byColumn.has(column.key)
                  ? 'import-cell-warning'
                  : '',
        }),
        render: (_value, row) => {
          const text = row.cells[position] ?? '';
          const errors = column.key === null ? [] : (errorsOf.get(row.row)?.byColumn.get(column.key) ?? []);
          const warnings = column.key === null ? [] : (warningsOf.get(row.row)?.byColumn.get(column.key) ?? []);
          return (
            <>
              {linked(column.key, row, text) ?? <span className="import-cell-text">{text}</span>}
              {errors.length > 0 && (
                <ul className="import-cell-messages">
                  {errors.map((error) => (
                    <li key={error.messageEn}>
                      <span className="visually-hidden">{t(m.cellError)}</span>
                      {message(error)}
                    </li>
                  ))}
                </ul>
              )}
              {warnings.length > 0 && (
                <ul className="import-cell-messages import-cell-notes">
                  {warnings.map((warning) => (
                    <li key={warning.messageEn}>
                      <span className="visually-hidden">{t(m.cellWarning)}</span>
                      {message(warning)}
                    </li>
                  ))}
                </ul>
              )}
            </>
          );
        },
      };
    }),
    {
      title: t(m.changesColumn),
      key: 'changes',
      width: 280,
      render: (_value, row) =>
        row.changes.length === 0 ? null : (
          <ul className="import-changes">
            {row.changes.map((change) => (
              <li key={change.field}>
                <Tag>{t(fieldLabels[change.field] ?? { zh: change.field, en: change.field })}</Tag>
                <del>{changedValue(change, change.from)}</del> → <ins>{changedValue(change, change.to)}</ins>
              </li>
            ))}
          </ul>
        ),
    },
  ];

  return (
    <Table<ImportRow>
      aria-label={label}
      data-testid="import-rows"
      size="small"
      rowKey="row"
      columns={columns}
      dataSource={rows}
      rowClassName={(row) => (row.action === 'error' ? 'import-row-error' : '')}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t(m.noErrorRows) }}
      pagination={{
        defaultPageSize: 50,
        pageSizeOptions: pageSizes,
        showSizeChanger: true,
        showTotal: (total, [from, to]) => t(m.rowsRange, { from, to, total }),
      }}
    />
  );
}
