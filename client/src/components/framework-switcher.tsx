import { Segmented } from 'antd';
import { useFrameworks } from '../api/get-frameworks.ts';
import { pick, useI18n } from '../lib/i18n.tsx';

const messages = {
  label: { zh: '指南版本', en: 'Guideline edition' },
  option: { zh: '{edition}（{count} 个研制方向）', en: '{edition} ({count} directions)' },
};

interface FrameworkSwitcherProps {
  /** The chosen edition's key, or undefined for the default edition. */
  value: string | undefined;
  /** Called with the chosen edition's key. */
  onChange: (key: string) => void;
}

/**
 * The edition a page follows (the final 2025 edition by default, the draft beside it); the pages keep the
 * choice in the URL (`?framework=`), so a view can be shared as a link.
 */
export function FrameworkSwitcher({ value, onChange }: FrameworkSwitcherProps) {
  const { t, lang } = useI18n();
  const frameworks = useFrameworks();
  const items = frameworks.data ?? [];
  if (items.length < 2) return null;
  const chosen = value ?? items.find((item) => item.isDefault)?.key;
  return (
    <div className="framework-switcher" role="group" aria-label={t(messages.label)}>
      <span className="framework-switcher-label">{t(messages.label)}</span>
      <Segmented<string>
        value={chosen}
        options={items.map((item) => ({
          value: item.key,
          label: (
            <span title={pick(lang, item.nameZh, item.nameEn)} data-framework={item.key}>
              {t(messages.option, { edition: item.edition, count: item.directionCount })}
            </span>
          ),
        }))}
        onChange={onChange}
      />
    </div>
  );
}
