import type { Standard, StandardHistoryEntry } from '@cloudstd/shared/schemas/standard';
import { Empty, Skeleton, Tag } from 'antd';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useI18n, type Bilingual } from '../../../lib/i18n.tsx';
import { useStandardHistory } from '../api/get-standard-history.ts';
import { standardsMessages as m } from '../messages.ts';
import { fieldLabel, formatFieldValue } from '../utils/standard-labels.ts';

const actionLabels: Record<string, Bilingual> = {
  create: m.actionCreate,
  update: m.actionUpdate,
  delete: m.actionDelete,
  restore: m.actionRestore,
  replace: m.actionReplace,
  unreplace: m.actionUnreplace,
};
const actionColors: Record<string, string> = {
  create: 'green',
  update: 'blue',
  delete: 'red',
  restore: 'gold',
  replace: 'purple',
  unreplace: 'purple',
};

const MAX_VALUE = 160;

function shorten(text: string): string {
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE)}…` : text;
}

/** Who changed what and when, newest first; each change as field: before → after, in the current language. */
export function StandardHistory({ id }: { id: Standard['id'] }) {
  const { t } = useI18n();
  const history = useStandardHistory(id);
  if (history.isPending) return <Skeleton active paragraph={{ rows: 3 }} />;
  if (history.isError) return <ApiErrorAlert error={history.error} onRetry={() => void history.refetch()} />;
  if (history.data.length === 0) {
    return (
      <div data-testid="standard-history">
        <Empty description={t(m.historyEmpty)} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      </div>
    );
  }
  return (
    <ol className="standard-history" data-testid="standard-history">
      {history.data.map((entry) => (
        <HistoryEntry key={entry.id} entry={entry} />
      ))}
    </ol>
  );
}

function HistoryEntry({ entry }: { entry: StandardHistoryEntry }) {
  const { t, lang } = useI18n();
  const action = actionLabels[entry.action];
  const creating = entry.action === 'create';
  // A new record lists what it was created with; its empty fields say nothing.
  const changes = creating
    ? entry.changes.filter((change) => formatFieldValue(change.field, change.after, lang) !== m.none[lang])
    : entry.changes;
  return (
    <li className="history-entry" data-action={entry.action}>
      <div className="history-head">
        <Tag color={actionColors[entry.action] ?? 'default'}>{action ? t(action) : entry.action}</Tag>
        <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
        <span className="history-actor">{entry.actor ?? t(m.historyUnknownActor)}</span>
      </div>
      {changes.length > 0 && (
        <ul className="history-changes" aria-label={t(m.historyChangeList)}>
          {changes.map((change) => {
            const before = formatFieldValue(change.field, change.before, lang);
            const after = formatFieldValue(change.field, change.after, lang);
            return (
              <li key={change.field} className="history-change">
                <span className="history-field">{fieldLabel(change.field, lang)}</span>
                {lang === 'zh' ? '：' : ': '}
                {!creating && (
                  <>
                    <del className="history-before" title={before}>
                      {shorten(before)}
                    </del>
                    <span aria-hidden> → </span>
                    <span className="visually-hidden">{lang === 'zh' ? '改为' : ' changed to '}</span>
                  </>
                )}
                <ins className="history-after" title={after}>
                  {shorten(after)}
                </ins>
              </li>
            );
          })}
        </ul>
      )}
    </li>
  );
}
