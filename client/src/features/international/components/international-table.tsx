import { chinaRoleLabels, internationalBodyLabels, internationalStageLabels } from '@cloudstd/shared/domain/labels';
import type { InternationalItem } from '@cloudstd/shared/schemas/international-item';
import { Button, Popconfirm, Space, Table, Tag } from 'antd';
import type { ReactNode } from 'react';
import { pick, useI18n } from '../../../lib/i18n.tsx';
import { internationalMessages as m } from '../messages.ts';

interface InternationalTableProps {
  items: InternationalItem[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  /** The date the stage column shows. */
  asOf: string;
  onPage: (page: number, pageSize: number) => void;
  onOpen: (item: InternationalItem) => void;
  onEdit?: ((item: InternationalItem) => void) | undefined;
  onDelete?: ((item: InternationalItem) => void) | undefined;
  empty: ReactNode;
}

const roleColors = { led: 'red', co_edited: 'orange', participated: 'blue' } as const;

export function InternationalTable(props: InternationalTableProps) {
  const { t, lang } = useI18n();
  const { onEdit, onDelete } = props;
  return (
    <Table<InternationalItem>
      rowKey="id"
      size="middle"
      dataSource={props.items}
      loading={props.loading}
      locale={{ emptyText: props.empty }}
      pagination={{
        current: props.page,
        pageSize: props.pageSize,
        total: props.total,
        showSizeChanger: true,
        onChange: props.onPage,
      }}
      columns={[
        {
          title: t(m.reference),
          key: 'reference',
          render: (_value, item) => (
            <Button
              type="link"
              className="intl-ref"
              onClick={() => {
                props.onOpen(item);
              }}
            >
              {item.reference}
            </Button>
          ),
        },
        {
          title: t(m.body),
          key: 'body',
          render: (_value, item) => (
            <>
              {t(internationalBodyLabels[item.body])}
              {item.committee && <div className="intl-muted">{item.committee}</div>}
            </>
          ),
        },
        {
          title: t(m.titleEn),
          key: 'title',
          render: (_value, item) => pick(lang, item.titleZh ?? item.titleEn, item.titleEn),
        },
        {
          title: t(m.stageAt, { date: props.asOf }),
          key: 'stage',
          render: (_value, item) =>
            item.currentStage ? t(internationalStageLabels[item.currentStage]) : <em>{t(m.noStage)}</em>,
        },
        {
          title: t(m.chinaRole),
          key: 'chinaRole',
          render: (_value, item) => <Tag color={roleColors[item.chinaRole]}>{t(chinaRoleLabels[item.chinaRole])}</Tag>,
        },
        {
          title: t(m.relatedStandard),
          key: 'relatedStandard',
          render: (_value, item) => item.relatedStandard ?? t(m.none),
        },
        ...(onEdit && onDelete
          ? [
              {
                title: t(m.actions),
                key: 'actions',
                render: (_value: unknown, item: InternationalItem) => (
                  <Space>
                    <Button
                      size="small"
                      onClick={() => {
                        onEdit(item);
                      }}
                    >
                      {t(m.edit)}
                    </Button>
                    <Popconfirm
                      title={t(m.deleteConfirm, { reference: item.reference })}
                      onConfirm={() => {
                        onDelete(item);
                      }}
                    >
                      <Button size="small" danger>
                        {t(m.delete)}
                      </Button>
                    </Popconfirm>
                  </Space>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
