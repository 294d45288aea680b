import type { FrameworkTreeNode } from '@cloudstd/shared/schemas/framework';
import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useI18n } from '../../../lib/i18n.tsx';
import { standardsMessages as m } from '../messages.ts';
import { directionOptions, matchesDirectionSearch } from '../utils/direction-tree.ts';

interface DirectionPickerProps {
  /** Set by Form.Item: ties the control to its label. */
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
  parts: readonly FrameworkTreeNode[];
  loading?: boolean;
  status?: 'error' | 'warning' | '';
}

/**
 * The research directions of a standard: the framework tree, searchable by code and by Chinese or
 * English name. Parts and groups only organise the tree; the leaves are chosen.
 */
export function DirectionPicker({ id, value, onChange, parts, loading = false, status }: DirectionPickerProps) {
  const { t, lang } = useI18n();
  const treeData = useMemo(() => directionOptions(parts, lang, { leavesOnly: true }), [parts, lang]);
  return (
    <TreeSelect<string[]>
      id={id}
      treeData={treeData}
      value={value ?? []}
      onChange={(next) => {
        onChange?.(next);
      }}
      multiple
      treeNodeLabelProp="label"
      showSearch={{ filterTreeNode: (input, node) => matchesDirectionSearch(input, node) }}
      treeDefaultExpandAll
      treeExpandAction="click"
      placeholder={t(m.directionsPlaceholder)}
      loading={loading}
      status={status}
      allowClear
      listHeight={400}
      popupMatchSelectWidth={false}
      className="direction-picker"
    />
  );
}
