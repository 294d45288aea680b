import { chinaRoleLabels, internationalBodyLabels, internationalStageLabels } from '@cloudstd/shared/domain/labels';
import type { InternationalItem } from '@cloudstd/shared/schemas/international-item';
import { Descriptions, Drawer, Timeline, Typography } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../../lib/i18n.tsx';
import { internationalMessages as m } from '../messages.ts';

/** One item: its fields and its stage history as a timeline, oldest first. */
export function InternationalItemDrawer({ item, onClose }: { item: InternationalItem | null; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Drawer
      open={item !== null}
      onClose={onClose}
      title={item?.reference}
      size="large"
      closable={{ 'aria-label': t(m.close) }}
    >
      {item && (
        <>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t(m.body)}>{t(internationalBodyLabels[item.body])}</Descriptions.Item>
            <Descriptions.Item label={t(m.committee)}>{item.committee ?? t(m.none)}</Descriptions.Item>
            <Descriptions.Item label={t(m.titleEn)}>{item.titleEn}</Descriptions.Item>
            <Descriptions.Item label={t(m.titleZh)}>{item.titleZh ?? t(m.none)}</Descriptions.Item>
            <Descriptions.Item label={t(m.chinaRole)}>{t(chinaRoleLabels[item.chinaRole])}</Descriptions.Item>
            <Descriptions.Item label={t(m.experts)}>
              {item.experts.length ? item.experts.join('、') : t(m.none)}
            </Descriptions.Item>
            <Descriptions.Item label={t(m.relatedStandard)}>
              {item.relatedStandardId !== null && item.relatedStandard ? (
                <Link to={`/standards/${item.relatedStandardId}`}>
                  {item.relatedStandard} {item.relatedStandardTitleZh}
                </Link>
              ) : (
                t(m.none)
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t(m.notes)}>{item.notes ?? t(m.none)}</Descriptions.Item>
          </Descriptions>
          <Typography.Title level={3} className="intl-drawer-heading">
            {t(m.stages)}
          </Typography.Title>
          {item.stages.length === 0 ? (
            <Typography.Text type="secondary">{t(m.noStage)}</Typography.Text>
          ) : (
            <Timeline
              items={item.stages.map((stage) => ({
                key: stage.stage,
                color: stage.stage === 'published' ? 'green' : 'blue',
                content: (
                  <span data-testid="intl-stage">
                    <strong>{stage.on}</strong> {t(internationalStageLabels[stage.stage])}
                  </span>
                ),
              }))}
            />
          )}
        </>
      )}
    </Drawer>
  );
}
