import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty } from 'antd';
import { useI18n, type Bilingual } from '../lib/i18n.tsx';
import './list-empty.css';

interface ListEmptyProps {
  /** A list feature's messages for its three empty states. */
  messages: {
    noDeleted: Bilingual;
    noMatch: Bilingual;
    clearFilters: Bilingual;
    emptyRegistry: Bilingual;
    emptyRegistryEditor: Bilingual;
    emptyRegistryViewer: Bilingual;
    addFirst: Bilingual;
  };
  deletedView: boolean;
  filtered: boolean;
  /** Editors are offered the first record; viewers are told who records them. */
  canWrite: boolean;
  onClearFilters: () => void;
  onAdd: () => void;
}

/** What a registry list shows with no rows: nothing deleted, nothing matching the filters, or nothing yet. */
export function ListEmpty({ messages: m, deletedView, filtered, canWrite, onClearFilters, onAdd }: ListEmptyProps) {
  const { t } = useI18n();
  if (deletedView) return <Empty description={t(m.noDeleted)} />;
  if (filtered) {
    return (
      <Empty description={t(m.noMatch)}>
        <Button onClick={onClearFilters}>{t(m.clearFilters)}</Button>
      </Empty>
    );
  }
  return (
    <Empty
      description={
        <>
          <span className="list-empty-title">{t(m.emptyRegistry)}</span>
          <br />
          {t(canWrite ? m.emptyRegistryEditor : m.emptyRegistryViewer)}
        </>
      }
    >
      {canWrite && (
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={onAdd}>
          {t(m.addFirst)}
        </Button>
      )}
    </Empty>
  );
}
