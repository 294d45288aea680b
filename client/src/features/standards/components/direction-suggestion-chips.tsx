import { BulbOutlined, CheckOutlined } from '@ant-design/icons';
import { Form, Space, Tag, Tooltip, Typography } from 'antd';
import { useDeferredValue } from 'react';
import { useDirections } from '../../../api/get-directions.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { useDirectionSuggestions } from '../api/suggest-directions.ts';
import { standardsMessages as m } from '../messages.ts';
import type { StandardFormValues } from '../utils/standard-form-values.ts';

/**
 * The directions suggested for the title as one-click chips under it (reasons on hover): a click adds the
 * direction to the standard's directions; a chosen one shows a tick.
 */
export function DirectionSuggestionChips() {
  const { t, lang } = useI18n();
  const form = Form.useFormInstance<StandardFormValues>();
  const titleZh = useDeferredValue((Form.useWatch('titleZh', form) as string | undefined) ?? '');
  const titleEn = useDeferredValue((Form.useWatch('titleEn', form) as string | undefined) ?? '');
  const chosen = (Form.useWatch('directions', form) as string[] | undefined) ?? [];
  const suggestions = useDirectionSuggestions({ titleZh: titleZh.trim(), titleEn: titleEn.trim() || undefined });
  const directions = useDirections();
  const byCode = new Map((directions.data ?? []).map((direction) => [direction.code, direction]));
  const items = titleZh.trim() === '' ? [] : (suggestions.data?.items ?? []).slice(0, 3);
  if (items.length === 0) return null;

  const add = (code: string) => {
    if (chosen.includes(code)) return;
    form.setFieldValue('directions', [...chosen, code]);
    void form.validateFields(['directions']);
  };

  return (
    <Space size={[4, 4]} wrap className="direction-suggestions" data-testid="direction-suggestions">
      <Typography.Text type="secondary">
        <BulbOutlined /> {t(m.suggestedDirections)}
      </Typography.Text>
      {items.map((item) => {
        const direction = byCode.get(item.code);
        const name = direction ? (lang === 'zh' ? direction.path.zh : direction.path.en) : '';
        const isChosen = chosen.includes(item.code);
        return (
          <Tooltip
            key={item.code}
            title={
              <ul className="direction-suggestion-reasons">
                {item.reasons.slice(0, 4).map((reason, index) => (
                  <li key={index}>{lang === 'zh' ? reason.messageZh : reason.messageEn}</li>
                ))}
              </ul>
            }
          >
            <Tag.CheckableTag
              checked={isChosen}
              onChange={() => add(item.code)}
              data-testid={`suggestion-${item.code}`}
              aria-label={t(m.addSuggestedDirection, { code: item.code, name })}
            >
              {isChosen && <CheckOutlined />} {item.code} {name}
            </Tag.CheckableTag>
          </Tooltip>
        );
      })}
    </Space>
  );
}
