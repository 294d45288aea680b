import type { ImportTotals as Totals } from '@cloudstd/shared/schemas/import';
import { useI18n } from '../../../lib/i18n.tsx';
import { importMessages as m } from '../messages.ts';

/** The counts of the check, as a definition list (read out as label and number). */
export function ImportTotals({ totals }: { totals: Totals }) {
  const { t } = useI18n();
  const items = [
    { key: 'rows', label: m.totalRows, value: totals.rows },
    { key: 'create', label: m.actionCreate, value: totals.create },
    { key: 'update', label: m.actionUpdate, value: totals.update },
    { key: 'unchanged', label: m.actionUnchanged, value: totals.unchanged },
    { key: 'error', label: m.actionError, value: totals.error },
    ...(totals.newEnterprises === undefined
      ? []
      : [{ key: 'newEnterprises', label: m.totalNewEnterprises, value: totals.newEnterprises }]),
  ];
  return (
    <dl className="import-totals" data-testid="import-totals">
      {items.map((item) => (
        <div key={item.key} className={`import-total import-total-${item.key}`}>
          <dt>{t(item.label)}</dt>
          <dd>{item.value.toLocaleString()}</dd>
        </div>
      ))}
    </dl>
  );
}
